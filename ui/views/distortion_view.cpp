#include "ui/views/distortion_view.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/coranking_page.h"
#include "ui/views/pca_subspace_page.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ae {
namespace {

// Viridis: perceptually uniform, so density reads as brightness; empty bins stay transparent.
QCPColorGradient viridis() {
    QCPColorGradient g;
    g.clearColorStops();
    const QColor stops[] = {{68, 1, 84},    {71, 44, 122},  {59, 81, 139},   {44, 113, 142}, {33, 144, 141},
                            {39, 173, 129}, {92, 200, 99},  {170, 220, 50},  {253, 231, 37}};
    const int n = sizeof(stops) / sizeof(stops[0]);
    for (int i = 0; i < n; ++i)
        g.setColorStopAt(double(i) / (n - 1), stops[i]);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

QString figure(double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–"); }

} // namespace

DistortionView::DistortionView(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(220, 200);

    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(true);
    map_->setGradient(viridis());
    map_->setDataScaleType(QCPAxis::stLogarithmic);
    map_->data()->setSize(kBins, kBins);

    colourScale_ = new QCPColorScale(plot_);
    colourScale_->setType(QCPAxis::atRight);
    colourScale_->setDataScaleType(QCPAxis::stLogarithmic);
    colourScale_->setBarWidth(10);
    map_->setColorScale(colourScale_);
    // The scale owns gradient and ticks once connected: set them there, after connecting.
    colourScale_->setGradient(viridis());
    colourScale_->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    plot_->plotLayout()->addElement(0, 1, colourScale_);  // moves to row 1 with the plot
    // Keep the colour bar exactly as tall as the plot area.
    auto* group = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    colourScale_->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    line_ = plot_->addGraph();
    line_->setPen(QPen(QColor(214, 39, 40), 1.5, Qt::DashLine));

    metrics_ = new QCPTextElement(plot_, QString(), QFont(font().family(), 9));
    metrics_->setTextFlags(Qt::AlignLeft | Qt::AlignTop);
    metrics_->setMargins(QMargins(8, 4, 8, 0));
    // The metrics go in a row above the plot: beside it they took the width a narrow dock
    // needs for the distance axis.
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, metrics_);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
    plot_->xAxis->ticker()->setTickCount(4);  // fewer, wider-spaced labels in a narrow dock

    // The baselines table. Each metric's tooltip says what it measures, its range and what a
    // good value looks like: the numbers alone do not tell a learner whether 0.6 is good.
    table_ = new QTableWidget(RowCount, ColumnCount, this);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setFocusPolicy(Qt::NoFocus);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->horizontalHeader()->setMinimumSectionSize(40);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int r = 0; r < RowCount; ++r) {
        table_->setVerticalHeaderItem(r, new QTableWidgetItem);
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, c, item);
        }
    }
    table_->setHorizontalHeaderItem(Model, new QTableWidgetItem);
    table_->setHorizontalHeaderItem(Pca, new QTableWidgetItem(QStringLiteral("PCA")));
    table_->setHorizontalHeaderItem(Mds, new QTableWidgetItem(QStringLiteral("MDS")));

    // R_NX(K) on a log scale of K, as its AUC weighs it.
    curvePlot_ = new QCustomPlot(this);
    curvePlot_->setMinimumSize(200, 180);
    curvePlot_->xAxis->setScaleType(QCPAxis::stLogarithmic);
    curvePlot_->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    curvePlot_->xAxis->setNumberFormat(QStringLiteral("gb"));
    curvePlot_->xAxis->setNumberPrecision(0);
    curvePlot_->yAxis->setLabel(QStringLiteral("R_NX(K)"));
    curvePlot_->legend->setVisible(true);
    curvePlot_->legend->setFont(QFont(font().family(), 8));
    curvePlot_->legend->setBrush(QColor(255, 255, 255, 220));
    curvePlot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    const QPen pens[ColumnCount] = {QPen(QColor(31, 119, 180), 2), QPen(QColor(255, 127, 14), 1.5, Qt::DashLine),
                                    QPen(QColor(44, 160, 44), 1.5, Qt::DotLine)};
    for (int c = 0; c < ColumnCount; ++c) {
        curves_[c] = curvePlot_->addGraph();
        curves_[c]->setPen(pens[c]);
    }

    shepardSource_ = new QComboBox(this);
    // Worded in retranslateUi(), which keeps the choice.
    for (int i = 0; i < 3; ++i) shepardSource_->addItem(QString());
    connect(shepardSource_, &QComboBox::currentIndexChanged, this, [this] {
        dirty_ = true;
        flush();
    });
    auto* shepardPage = new QWidget(this);
    auto* shepardLayout = new QVBoxLayout(shepardPage);
    shepardLayout->setContentsMargins(0, 0, 0, 0);
    shepardLayout->setSpacing(0);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(4, 2, 4, 0);
    sourceLabel_ = new QLabel(shepardPage);
    sourceRow->addWidget(sourceLabel_);
    sourceRow->addWidget(shepardSource_);
    sourceRow->addStretch(1);
    shepardLayout->addLayout(sourceRow);
    shepardLayout->addWidget(plot_, 1);

    pages_ = new QTabWidget(this);
    pages_->setDocumentMode(true);
    // Five pages in a dock that is often narrow: the tab names shorten rather than scroll (the
    // scroll arrows would be squeezed below their size).
    pages_->setElideMode(Qt::ElideRight);
    pages_->setUsesScrollButtons(false);
    pages_->addTab(shepardPage, QString());
    // The table as tall as its rows, a note under it, the rest empty.
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* tablePage = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(table_);
    tableNote_ = new QLabel(tablePage);
    tableNote_->setWordWrap(true);
    tableNote_->setContentsMargins(6, 4, 6, 4);
    tableLayout->addWidget(tableNote_);
    tableLayout->addStretch(1);
    pages_->addTab(tablePage, QString());
    pages_->addTab(curvePlot_, QStringLiteral("R_NX(K)"));
    coRanking_ = new CoRankingPage(this);
    pages_->addTab(coRanking_, QString());
    pcaSubspace_ = new PcaSubspacePage(this);
    pages_->addTab(pcaSubspace_, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages_);

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(80);
    connect(&replotTimer_, &QTimer::timeout, this, &DistortionView::rebuild);
    installExportMenu(this);
    retranslateUi();
}

void DistortionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The fixed texts, then the metrics, the table's note and the curves' names drawn again from the
// last snapshot.
void DistortionView::retranslateUi() {
    plot_->xAxis->setLabel(tr("distance in input space"));
    map_->setName(tr("pairs"));
    colourScale_->axis()->setLabel(tr("pairs per bin"));
    line_->setName(tr("best scale"));
    const QString rowNames[RowCount] = {tr("Spearman"),   tr("Pearson"),  tr("stress-1"), tr("trustworthiness"),
                                        tr("continuity"), tr("kNN kept"), tr("R_NX AUC")};
    const QString rowTips[RowCount] = {
        tr("Spearman rank correlation between the distances of all pairs of probe images in input space and in the "
           "code. Range −1 to 1: 1 keeps the order of every distance. Good: clearly above PCA and MDS."),
        tr("Pearson (linear) correlation between the input and code distances of all pairs. Range −1 to 1: 1 means "
           "code distances are proportional to input distances. Good: above PCA and MDS."),
        tr("Kruskal's stress-1: the relative error of the code distances after the best scale factor (the dashed "
           "line of the Shepard plot). 0 is a perfect copy up to scale; lower is better; above 0.3 is a poor map."),
        tr("Trustworthiness (Venna & Kaski): are each image's 10 nearest neighbours in the code also near it in "
           "input space? 0 to 1, about 0.5 for a random map; 1 means no false neighbours. Good: above 0.9."),
        tr("Continuity (Venna & Kaski): do each image's 10 nearest input neighbours stay near it in the code? 0 to "
           "1, about 0.5 for a random map; 1 means no neighbour torn away. Good: above 0.9."),
        tr("The mean share of each image's 10 nearest input neighbours that are also among its 10 nearest in the "
           "code. 0 to 1: 1 keeps every neighbourhood, a random map about 0.01. A 2-D code rarely keeps half."),
        tr("Area under the R_NX(K) curve on a log scale of K: neighbourhoods of every size kept, with chance "
           "removed, small ones weighing as much as large ones. 0 (random) to 1 (perfect), no k to choose. The "
           "model's is measured at epoch ends."),
    };
    for (int r = 0; r < RowCount; ++r) {
        table_->verticalHeaderItem(r)->setText(rowNames[r]);
        table_->verticalHeaderItem(r)->setToolTip(rowTips[r]);
        for (int c = 0; c < ColumnCount; ++c) table_->item(r, c)->setToolTip(rowTips[r]);
    }
    table_->horizontalHeaderItem(Model)->setText(tr("model"));
    curvePlot_->xAxis->setLabel(tr("neighbourhood size K"));
    sourceLabel_->setText(tr("Distances of:"));
    shepardSource_->setItemText(ModelShepard, tr("model"));
    shepardSource_->setItemText(PcaShepard, tr("PCA"));
    shepardSource_->setItemText(MdsShepard, tr("MDS"));
    shepardSource_->setToolTip(tr("Whose distances to draw: the autoencoder's code, or PCA or classical MDS of the same "
                                  "probe images to as many dimensions as the code"));
    pages_->setTabText(ShepardPage, tr("Shepard"));
    pages_->setTabText(TablePage, tr("Baselines"));
    pages_->setTabText(CurvePage, QStringLiteral("R_NX(K)"));
    pages_->setTabText(CoRankingTab, tr("Co-ranking"));
    pages_->setTabText(PcaSubspaceTab, tr("Linear AE vs PCA"));
    pages_->setTabToolTip(ShepardPage, tr("Distance in input space against distance in the code, for pairs of probe images"));
    pages_->setTabToolTip(TablePage, tr("The metrics of the model beside PCA and classical MDS of the same images"));
    pages_->setTabToolTip(CurvePage, tr("Neighbourhoods kept at every size K, for the model, PCA and MDS"));
    pages_->setTabToolTip(CoRankingTab, tr("The co-ranking matrix: each pair's neighbour rank in the input against its "
                                           "rank in the code, measured at epoch ends"));
    pages_->setTabToolTip(PcaSubspaceTab, tr("The decoder's span against the top-k principal components of the training "
                                             "data, and the reconstruction error against PCA's, over training"));
    dirty_ = true;
    flush();
}

QString DistortionView::metricsText() const { return metrics_->text(); }

QString DistortionView::tableNote() const { return tableNote_->text(); }

QString DistortionView::cellText(Row row, Column column) const { return table_->item(row, column)->text(); }

void DistortionView::flush() {
    replotTimer_.stop();
    rebuild();
}

void DistortionView::showSnapshot(const ModelSnapshot& snapshot) {
    shepard_ = snapshot.shepard;
    distortion_ = snapshot.distortion;
    quality_ = snapshot.quality;
    qualityEpoch_ = snapshot.qualityEpoch;
    baselines_ = snapshot.baselines;
    epoch_ = snapshot.epoch;
    coRanking_->showMatrix(snapshot.coRanking, snapshot.qualityEpoch);
    pcaSubspace_->showSnapshot(snapshot);
    dirty_ = true;
    if (!replotTimer_.isActive())
        replotTimer_.start();
}

void DistortionView::clear() {
    shepard_ = ShepardData();
    distortion_ = DistortionMetrics();
    quality_ = QualityCurve();
    qualityEpoch_ = -1;
    baselines_.reset();
    coRanking_->showMatrix({}, -1);
    pcaSubspace_->clear();
    dirty_ = true;
    flush();
}

void DistortionView::rebuild() {
    if (!dirty_)
        return;
    dirty_ = false;
    const int source = shepardSource_->currentIndex();
    const ShepardData& shown = source == PcaShepard && baselines_   ? baselines_->pcaShepard
                               : source == MdsShepard && baselines_ ? baselines_->mdsShepard
                                                                    : shepard_;
    const DistortionMetrics& metrics = source == PcaShepard && baselines_   ? baselines_->pca
                                       : source == MdsShepard && baselines_ ? baselines_->mds
                                                                            : distortion_;
    plot_->yAxis->setLabel(source == PcaShepard   ? tr("distance in PCA space")
                           : source == MdsShepard ? tr("distance in MDS space")
                                                  : tr("distance in latent space"));
    const auto& dx = shown.inputDistances;
    const auto& dz = shown.latentDistances;
    const std::size_t n = std::min(dx.size(), dz.size());

    double xMax = 0, yMax = 0, sxz = 0, szz = 0;
    for (std::size_t p = 0; p < n; ++p) {
        if (!std::isfinite(dx[p]) || !std::isfinite(dz[p]))
            continue;
        xMax = std::max<double>(xMax, dx[p]);
        yMax = std::max<double>(yMax, dz[p]);
        sxz += double(dx[p]) * dz[p];
        szz += double(dz[p]) * dz[p];
    }
    if (!(xMax > 0))
        xMax = 1;
    if (!(yMax > 0))
        yMax = 1;
    // Same scale as Kruskal stress-1: dx ~ a * dz with a = sum(dx dz) / sum(dz^2).
    scale_ = szz > 0 ? sxz / szz : 0;

    // Bin edges run from 0 to the largest distance; cell centres are what QCustomPlot places.
    std::vector<double> counts(std::size_t(kBins) * kBins, 0.0);
    for (std::size_t p = 0; p < n; ++p) {
        if (!std::isfinite(dx[p]) || !std::isfinite(dz[p]))
            continue;
        const int i = std::clamp(static_cast<int>(dx[p] / xMax * kBins), 0, kBins - 1);
        const int j = std::clamp(static_cast<int>(dz[p] / yMax * kBins), 0, kBins - 1);
        counts[std::size_t(i) * kBins + j] += 1;
    }
    QCPColorMapData* data = map_->data();
    const double bx = xMax / kBins, by = yMax / kBins;
    data->setRange(QCPRange(bx / 2, xMax - bx / 2), QCPRange(by / 2, yMax - by / 2));
    double maxCount = 1;
    for (int i = 0; i < kBins; ++i)
        for (int j = 0; j < kBins; ++j) {
            const double c = counts[std::size_t(i) * kBins + j];
            maxCount = std::max(maxCount, c);
            // Empty bins are NaN, drawn transparent: log(0) has no colour.
            data->setCell(i, j, c > 0 ? c : std::numeric_limits<double>::quiet_NaN());
        }
    map_->setDataRange(QCPRange(1, std::max(maxCount, 10.0)));

    line_->setVisible(scale_ > 0);
    if (scale_ > 0)
        line_->setData(QVector<double>{0, xMax}, QVector<double>{0, xMax / scale_});
    else
        line_->data()->clear();
    plot_->xAxis->setRange(0, xMax * 1.02);
    plot_->yAxis->setRange(0, yMax * 1.02);

    if (n == 0) {
        metrics_->setText(tr("No distances yet."));
    } else {
        // A collapsed code (every probe code the same) has no rank correlation and no scale: say so.
        const auto f = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : tr("n/a"); };
        // One figure a line: the dock is often narrow (a 1200-pixel screen), and a clipped metric
        // is a lost one.
        metrics_->setText(tr("Spearman %3\n"
                             "Pearson %4\n"
                             "stress-1 %5\n"
                             "kNN kept %8\n"
                             "trustworthiness %6\n"
                             "continuity %7\n"
                             "dashed line y = x / %9\n"
                             "epoch %1 · %2 pairs")
                              .arg(epoch_)
                              .arg(QLocale().toString(qulonglong(n)))
                              .arg(f(metrics.spearman), f(metrics.pearson), f(metrics.stress),
                                   f(metrics.trustworthiness), f(metrics.continuity), f(metrics.knn),
                                   std::isfinite(scale_) && scale_ > 0 ? QString::number(scale_, 'g', 3) : tr("n/a")));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
    fillTable();
    fillCurves();
}

void DistortionView::fillTable() {
    const bool hasModel = !shepard_.inputDistances.empty();
    const bool hasQuality = qualityEpoch_ >= 0 && !quality_.rnx.empty();
    const DistortionMetrics* metrics[ColumnCount] = {hasModel ? &distortion_ : nullptr,
                                                     baselines_ ? &baselines_->pca : nullptr,
                                                     baselines_ ? &baselines_->mds : nullptr};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    double values[RowCount][ColumnCount];
    for (int c = 0; c < ColumnCount; ++c) {
        const DistortionMetrics* m = metrics[c];
        values[Spearman][c] = m ? m->spearman : nan;
        values[Pearson][c] = m ? m->pearson : nan;
        values[Stress][c] = m ? m->stress : nan;
        values[Trustworthiness][c] = m ? m->trustworthiness : nan;
        values[Continuity][c] = m ? m->continuity : nan;
        values[KnnKept][c] = m ? m->knn : nan;
    }
    values[RnxAuc][Model] = hasQuality ? quality_.auc : nan;
    values[RnxAuc][Pca] = baselines_ && !baselines_->pcaQuality.rnx.empty() ? baselines_->pcaQuality.auc : nan;
    values[RnxAuc][Mds] = baselines_ && !baselines_->mdsQuality.rnx.empty() ? baselines_->mdsQuality.auc : nan;
    for (int r = 0; r < RowCount; ++r) {
        // The best of the three in bold (stress: the lowest), compared as shown.
        double best = nan;
        for (int c = 0; c < ColumnCount; ++c) {
            const double v = figure(values[r][c]).toDouble();
            if (!std::isfinite(values[r][c])) continue;
            if (!std::isfinite(best) || (r == Stress ? v < best : v > best)) best = v;
        }
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem* item = table_->item(r, c);
            item->setText(figure(values[r][c]));
            QFont f = item->font();
            f.setBold(std::isfinite(values[r][c]) && figure(values[r][c]).toDouble() == best);
            item->setFont(f);
        }
    }
    const int d = baselines_ ? baselines_->dimension : 0;
    const int points = baselines_ ? static_cast<int>(baselines_->pcaQuality.rnx.size()) + 2 : 0;
    tableNote_->setText(baselines_ ? tr("All three on the same %1 probe images; PCA and MDS map them linearly to %2 "
                                        "dimensions, as many as the code. Bold: the best of the three. Hover a "
                                        "metric for what it measures.")
                                         .arg(QLocale().toString(points))
                                         .arg(d)
                                   : tr("The baselines appear with the first model."));
    table_->horizontalHeaderItem(Model)->setToolTip(
        tr("The autoencoder's codes of the probe images (the first 1,000 test images), epoch %1").arg(epoch_));
    table_->horizontalHeaderItem(Pca)->setToolTip(
        tr("PCA of the same images to %1 dimensions, as many as the code: the best linear projection").arg(d));
    table_->horizontalHeaderItem(Mds)->setToolTip(
        tr("Classical MDS of the same images' distances to %1 dimensions: for Euclidean distances the same "
           "map as PCA up to rounding").arg(d));
}

void DistortionView::fillCurves() {
    const QualityCurve* curves[ColumnCount] = {qualityEpoch_ >= 0 ? &quality_ : nullptr,
                                               baselines_ ? &baselines_->pcaQuality : nullptr,
                                               baselines_ ? &baselines_->mdsQuality : nullptr};
    const QString names[ColumnCount] = {tr("model"), QStringLiteral("PCA"), QStringLiteral("MDS")};
    double lowest = 0;
    int points = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        QVector<double> k, r;
        if (curves[c]) {
            const auto& rnx = curves[c]->rnx;
            k.reserve(int(rnx.size()));
            r.reserve(int(rnx.size()));
            for (std::size_t i = 0; i < rnx.size(); ++i) {
                if (!std::isfinite(rnx[i])) continue;
                k.push_back(double(i + 1));
                r.push_back(rnx[i]);
                lowest = std::min(lowest, rnx[i]);
            }
            points = std::max(points, int(rnx.size()));
        }
        curves_[c]->setData(k, r, true);
        curves_[c]->setName(k.isEmpty() ? (c == Model ? tr("model: at the next epoch end") : names[c])
                                        : tr("%1 · AUC %2").arg(names[c], figure(curves[c]->auc)));
    }
    curvePlot_->xAxis->setRange(1, std::max(points, 10));
    curvePlot_->yAxis->setRange(std::min(0.0, lowest - 0.02), 1.0);
    curvePlot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
