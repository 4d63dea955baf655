#include "ui/views/manifold_view.h"

#include <QEvent>

#include "ui/views/common/tile_image.h"

#include "ui/views/common/plot_export.h"

namespace ae {

ManifoldView::ManifoldView(QWidget* parent) : ImageGrid(parent) {
    timer_.setSingleShot(true);
    timer_.setInterval(80);
    connect(&timer_, &QTimer::timeout, this, &ManifoldView::rebuild);
    Style style;
    style.gap = 0;  // one continuous picture of the plane
    style.margin = 0;
    setStyle(style);
    installExportMenu(this);
    clear();
    retranslateUi();
}

void ManifoldView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    ImageGrid::changeEvent(event);
}

// The tiles' caption and tooltips are made again by ImageGrid from present()'s maker.
void ManifoldView::retranslateUi() {
    setToolTip(tr("Each tile is the decoder's image of one point of a %1 x %1 grid over the latent plane shown in the "
                  "latent view (a VAE with a 2-D code: over the prior's quantiles)")
                   .arg(kGrid));
}

void ManifoldView::showSnapshot(const ModelSnapshot& snapshot) {
    if (decoder_.update(snapshot)) schedule();
}

void ManifoldView::setVisibleArea(QRectF area) {
    if (area == area_) return;
    area_ = area;
    schedule();
}

void ManifoldView::setPlane(const LatentPlane& plane) {
    if (plane == decoder_.plane()) return;
    decoder_.setPlane(plane);
    schedule();
}

void ManifoldView::clear() {
    decoder_.reset();
    points_.clear();
    present([] { return tr("Train a model: its decoder's images over the latent plane appear here"); });
}

void ManifoldView::schedule() {
    dirty_ = true;
    // Behind another tab the grid waits: decoding 225 images on the GUI thread at every snapshot
    // took the core training needs (a conv decoder: a tenth of the GUI thread's time) for a view
    // nobody saw. showEvent() catches up; flush() (exports) decodes regardless.
    if (isVisible() && !timer_.isActive()) timer_.start();
}

void ManifoldView::showEvent(QShowEvent* event) {
    ImageGrid::showEvent(event);
    if (dirty_ && !timer_.isActive()) timer_.start();
}

void ManifoldView::flush() {
    timer_.stop();
    rebuild();
}

void ManifoldView::present(std::function<QString()> caption, std::vector<QImage> tiles) {
    caption_ = caption;
    setContentLater([caption = std::move(caption), tiles = std::move(tiles), points = points_] {
        Content c;
        c.title = caption();
        if (!tiles.empty()) {
            c.rows = c.columns = kGrid;
            c.images = tiles;
            for (const QPointF& p : points) c.toolTips << tr("Decoded from (%1, %2)").arg(p.x(), 0, 'g', 3).arg(p.y(), 0, 'g', 3);
        }
        return c;
    });
}

void ManifoldView::rebuild() {
    if (!dirty_) return;
    dirty_ = false;
    points_.clear();
    if (!decoder_.ready()) {
        present(caption_);
        return;
    }
    if (!isImageShape(decoder_.imageShape())) {
        present([shape = decoder_.imageShape()] { return notImagesText(shape); });
        return;
    }
    if (!decoder_.planeUsable()) {
        present([] { return tr("This code cannot be drawn on a plane"); });
        return;
    }
    std::function<QString()> caption;
    usesPrior_ = decoder_.variational() && decoder_.codeSize() == 2 && decoder_.plane().axes == LatentPlane::Axes::Code;
    if (usesPrior_) {
        points_ = LatentDecoder::priorGridPoints(kGrid);
        caption = [] { return tr("prior quantiles 5–95% · %1×%1").arg(kGrid); };
    } else if (area_.isValid()) {
        points_ = LatentDecoder::gridPoints(area_, kGrid);
        const QRectF r = area_.normalized();
        caption = [r] {
            return tr("x %1…%2 · y %3…%4 · %5×%5")
                .arg(r.left(), 0, 'g', 3)
                .arg(r.right(), 0, 'g', 3)
                .arg(r.top(), 0, 'g', 3)
                .arg(r.bottom(), 0, 'g', 3)
                .arg(kGrid);
        };
    } else {
        present([] { return tr("Waiting for the latent view's range"); });
        return;
    }
    std::vector<QImage> tiles = decoder_.decodeImages(points_);
    ++decodes_;
    present(caption, std::move(tiles));
}

} // namespace ae
