#include "ui/views/manifold_view.h"

#include <QPainter>

#include <algorithm>

namespace ae {

ManifoldView::ManifoldView(QWidget* parent) : QWidget(parent) {
    timer_.setSingleShot(true);
    timer_.setInterval(80);
    connect(&timer_, &QTimer::timeout, this, &ManifoldView::rebuild);
    caption_ = tr("Train a model: its decoder's images over the latent plane appear here");
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
    tiles_.clear();
    caption_ = tr("Train a model: its decoder's images over the latent plane appear here");
    update();
}

void ManifoldView::schedule() {
    dirty_ = true;
    // Behind another tab the grid waits: decoding 225 images on the GUI thread at every snapshot
    // took the core training needs (a conv decoder: a tenth of the GUI thread's time) for a view
    // nobody saw. showEvent() catches up; flush() (exports) decodes regardless.
    if (isVisible() && !timer_.isActive()) timer_.start();
}

void ManifoldView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_ && !timer_.isActive()) timer_.start();
}

void ManifoldView::flush() {
    timer_.stop();
    rebuild();
}

void ManifoldView::rebuild() {
    if (!dirty_) return;
    dirty_ = false;
    points_.clear();
    tiles_.clear();
    if (!decoder_.ready()) {
        update();
        return;
    }
    if (!decoder_.planeUsable()) {
        caption_ = tr("This code cannot be drawn on a plane");
        update();
        return;
    }
    usesPrior_ = decoder_.variational() && decoder_.codeSize() == 2 && decoder_.plane().axes == LatentPlane::Axes::Code;
    if (usesPrior_) {
        points_ = LatentDecoder::priorGridPoints(kGrid);
        caption_ = tr("prior quantiles 5–95% · %1×%1").arg(kGrid);
    } else if (area_.isValid()) {
        points_ = LatentDecoder::gridPoints(area_, kGrid);
        const QRectF r = area_.normalized();
        caption_ = tr("x %1…%2 · y %3…%4 · %5×%5")
                       .arg(r.left(), 0, 'g', 3)
                       .arg(r.right(), 0, 'g', 3)
                       .arg(r.top(), 0, 'g', 3)
                       .arg(r.bottom(), 0, 'g', 3)
                       .arg(kGrid);
    } else {
        caption_ = tr("Waiting for the latent view's range");
        update();
        return;
    }
    tiles_ = decoder_.decodeImages(points_);
    ++decodes_;
    update();
}

QImage ManifoldView::renderGrid(QSize size) const {
    QImage image(size, QImage::Format_RGB32);
    image.fill(palette().window().color());
    QPainter p(&image);
    const int captionH = fontMetrics().height() + 4;
    p.drawText(QRect(0, 0, size.width(), captionH), Qt::AlignCenter, caption_);
    if (!tiles_.empty()) {
        const int side = std::max(1, std::min(size.width(), size.height() - captionH) / kGrid);
        const int x0 = (size.width() - side * kGrid) / 2, y0 = captionH;
        p.fillRect(QRect(x0, y0, side * kGrid, side * kGrid), Qt::black);
        for (int i = 0; i < static_cast<int>(tiles_.size()); ++i)
            p.drawImage(QRect(x0 + (i % kGrid) * side, y0 + (i / kGrid) * side, side, side), tiles_[i]);
    }
    return image;
}

void ManifoldView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.drawImage(0, 0, renderGrid(size()));
}

} // namespace ae
