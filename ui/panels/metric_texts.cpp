#include "ui/panels/metric_texts.h"

#include <QCoreApplication>

#include <vector>

namespace ae {

namespace {

// The tr() context for the free function (lupdate files it under "MetricTexts").
class MetricTexts {
    Q_DECLARE_TR_FUNCTIONS(MetricTexts)

public:
    struct Entry {
        QString name, what, range, good, baseline;
    };

    // Built on each call: tr() must run after the translator is installed.
    static std::vector<Entry> entries() {
        return {
            {tr("Spearman"), tr("Rank correlation between the distances of all pairs of probe images in the input and in the code."),
             tr("−1 to 1; 1 keeps the order of every distance."), tr("Close to 1; a 2-D code of digits rarely passes 0.8."),
             tr("PCA and MDS to as many dimensions as the code (the Baselines tab).")},
            {tr("Pearson"), tr("Linear correlation of the same pairs of distances: are code distances proportional to input distances?"),
             tr("−1 to 1."), tr("Close to 1."), tr("PCA and MDS in the Baselines tab.")},
            {tr("stress-1"), tr("Kruskal's stress: the relative error of the code distances after the best scale factor (the dashed line of the Shepard plot)."),
             tr("0 and up; 0 is a perfect copy up to scale."), tr("Below 0.1 is good, above 0.3 a poor map."),
             tr("PCA's and MDS's stress; the trade-off view draws them as dashed lines.")},
            {tr("trustworthiness"), tr("Are each image's 10 nearest neighbours in the code also near it in the input? Penalises false neighbours (intrusions)."),
             tr("0 to 1; about 0.5 for a random map."), tr("Above 0.9."), tr("PCA and MDS in the Baselines tab.")},
            {tr("continuity"), tr("Do each image's 10 nearest input neighbours stay near it in the code? Penalises torn neighbourhoods (extrusions)."),
             tr("0 to 1; about 0.5 for a random map."), tr("Above 0.9."), tr("PCA and MDS in the Baselines tab.")},
            {tr("kNN kept"), tr("The share of each image's 10 nearest input neighbours that are also among its 10 nearest in the code (Q_NX(10))."),
             tr("0 to 1; a random map keeps about 0.01."), tr("Above PCA's; a 2-D code rarely keeps half."),
             tr("PCA and MDS in the Baselines tab.")},
            {tr("train-kNN"), tr("The same for neighbours taken from the training set: does the code keep a test image next to the training images it resembles? (aelab-cli's report, key train_knn.)"),
             tr("0 to 1."), tr("Close to kNN kept: lower means the code places new images away from what it learnt."),
             tr("kNN kept of the same model.")},
            {tr("R_NX AUC"), tr("R_NX(K) is the share of K-neighbourhoods kept with chance removed; its area on a log scale of K weighs small neighbourhoods as much as large ones, so there is no k to choose."),
             tr("About 0 (random) to 1 (perfect)."), tr("Above PCA's and MDS's curve, especially at small K."),
             tr("PCA and MDS in the R_NX(K) tab; the Co-ranking tab shows the counts behind it.")},
            {tr("principal angles"), tr("The angles between the span of the decoder's weights in input space and the top-k principal components of the training data: how far the decoder is from PCA's subspace, whatever its basis."),
             tr("0° (a shared direction) to 90° (orthogonal); two random 32-dimensional subspaces of 784 dimensions have every angle above about 65°."),
             tr("For the linear preset all near 0° and its MSE equal to PCA's rank-k MSE (Baldi & Hornik 1989). For a non-linear network the angles describe its weights only."),
             tr("PCA's rank-k MSE, the dashed line of the Linear AE vs PCA tab.")},
        };
    }
};

} // namespace

QString distanceMetricsExplanation() {
    QString html = QStringLiteral("<h3>%1</h3>").arg(MetricTexts::tr("Reading the distance metrics").toHtmlEscaped());
    const QString range = MetricTexts::tr("Range"), good = MetricTexts::tr("Good"), against = MetricTexts::tr("Compare with");
    for (const MetricTexts::Entry& e : MetricTexts::entries())
        html += QStringLiteral("<p><b>%1</b>: %2<br><i>%3</i>: %4 <i>%5</i>: %6 <i>%7</i>: %8</p>")
                    .arg(e.name.toHtmlEscaped(), e.what.toHtmlEscaped(), range.toHtmlEscaped(), e.range.toHtmlEscaped(),
                         good.toHtmlEscaped(), e.good.toHtmlEscaped(), against.toHtmlEscaped(), e.baseline.toHtmlEscaped());
    return html;
}

} // namespace ae
