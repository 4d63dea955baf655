#include "ui/views/anomaly_gallery.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

namespace ae {
namespace {

bool drawable(const AnomalyGallery& g, const Shape& shape) {
    const int d = shape.size();
    return g.size() > 0 && d > 0 && g.inputs.rows() == g.size() && g.outputs.rows() == g.size() && g.inputs.cols() == d &&
           g.outputs.cols() == d && g.labels.size() == g.indices.size() && g.errors.size() == g.indices.size();
}

} // namespace

AnomalyGalleryView::AnomalyGalleryView(QWidget* parent) : ImageGrid(parent) {
    Style style;
    style.fontPixels = 11;
    style.gap = 2;
    style.bandGap = 18;
    style.margin = 4;
    setStyle(style);
    clear();
    installExportMenu(this);
}

ImageGrid::Content AnomalyGalleryView::emptyContent() {
    Content empty;
    empty.placeholder = tr("The most anomalous test images appear here once a model trained on normal classes is scored.");
    return empty;
}

void AnomalyGalleryView::clear() { setContentLater(&AnomalyGalleryView::emptyContent); }

void AnomalyGalleryView::setGalleries(const AnomalyGallery& mostAnomalous, const AnomalyGallery& worstNormal,
                                      const Shape& shape, const QStringList& classNames) {
    if (!isImageShape(shape) && shape.size() > 0) {
        setContentLater([shape] {
            Content c = emptyContent();
            c.placeholder = notImagesText(shape);
            return c;
        });
        return;
    }
    if (!drawable(mostAnomalous, shape) && !drawable(worstNormal, shape)) {
        clear();
        return;
    }
    // Worded when made, so the texts follow a change of language (ImageGrid makes it again).
    setContentLater([mostAnomalous, worstNormal, shape, classNames] { return galleries(mostAnomalous, worstNormal, shape, classNames); });
}

ImageGrid::Content AnomalyGalleryView::galleries(const AnomalyGallery& mostAnomalous, const AnomalyGallery& worstNormal,
                                                 const Shape& shape, const QStringList& classNames) {
    Content c = emptyContent();
    c.rows = 2;
    c.rowLabels = QStringList{tr("input"), tr("reconstruction")};
    std::vector<QImage> inputs, outputs;
    QStringList inputTips;
    const QString titles[2] = {tr("Most anomalous (highest error)"), tr("Worst-scored normal")};
    const AnomalyGallery* galleries[2] = {&mostAnomalous, &worstNormal};
    for (int s = 0; s < 2; ++s) {
        const AnomalyGallery& g = *galleries[s];
        if (!drawable(g, shape)) continue;
        c.columnBands.push_back(Band{g.size(), titles[s], {}, {}});
        for (int k = 0; k < g.size(); ++k) {
            const int label = g.labels[std::size_t(k)];
            const QString name = label >= 0 && label < classNames.size() ? classNames[label] : QString::number(label);
            const QString error = QString::number(g.errors[std::size_t(k)], 'g', 2);
            c.columnCaptions << name + QLatin1Char('\n') + error;
            inputTips << tr("Test image %1 · class %2 · error %3")
                             .arg(g.indices[std::size_t(k)])
                             .arg(name, QString::number(g.errors[std::size_t(k)], 'g', 4));
            inputs.push_back(sampleImage(g.inputs.row(k).data(), shape));
            outputs.push_back(sampleImage(g.outputs.row(k).data(), shape));
        }
    }
    c.columns = static_cast<int>(inputs.size());
    c.images = std::move(inputs);
    c.images.insert(c.images.end(), outputs.begin(), outputs.end());
    c.toolTips = inputTips + inputTips;
    return c;
}

} // namespace ae
