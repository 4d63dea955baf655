#include "ui/views/filters_view.h"

#include "ui/views/common/plot_export.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ae {
namespace {

// A diverging blue - white - red map (ColorBrewer RdBu ends): the sign of a weight is its
// hue, its magnitude how far from white it is.
QRgb diverging(double t) {  // t in [-1, 1]
    t = std::isfinite(t) ? std::clamp(t, -1.0, 1.0) : 0.0;
    const QColor end = t < 0 ? QColor(33, 102, 172) : QColor(178, 24, 43);
    const double a = std::abs(t);
    auto mix = [a](int c) { return static_cast<int>(std::lround(255 * (1 - a) + c * a)); };
    return qRgb(mix(end.red()), mix(end.green()), mix(end.blue()));
}

int pixelSize(qreal dpr, int logical) { return std::max(1, static_cast<int>(std::lround(logical * dpr))); }

} // namespace

FiltersView::FiltersView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    installExportMenu(this);
}

void FiltersView::showSnapshot(const ModelSnapshot& snapshot) {
    const int d = snapshot.filterShape.size();
    if (snapshot.filters.rows() == 0 || d <= 0 || snapshot.filters.cols() != d) {
        clear();
        return;
    }
    filters_ = snapshot.filters;
    shape_ = snapshot.filterShape;
    update();  // Qt coalesces repaints, so a burst of snapshots paints once
}

void FiltersView::clear() {
    filters_ = Matrix();
    update();
}

QImage FiltersView::tileImage(int index) const {
    const int w = shape_.w, h = shape_.h;
    QImage image(w, h, QImage::Format_RGB32);
    // The first input channel only: for a conv layer over colour images the others are
    // the same kernel's view of green and blue.
    const float* weights = filters_.row(index).data();
    double maxAbs = 0;
    for (int p = 0; p < w * h; ++p)
        if (std::isfinite(weights[p]))
            maxAbs = std::max(maxAbs, std::abs(double(weights[p])));
    const double inv = maxAbs > 0 ? 1.0 / maxAbs : 0.0;
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = diverging(weights[y * w + x] * inv);
    }
    return image;
}

QString FiltersView::caption() const {
    if (shape_.c > 1)
        return tr("%1 filters of %2x%3, first of %4 input channels").arg(tileCount()).arg(shape_.h).arg(shape_.w).arg(shape_.c);
    return tr("%1 filters of %2x%3").arg(tileCount()).arg(shape_.h).arg(shape_.w);
}

FiltersView::Layout FiltersView::layoutFor(QSize deviceSize, qreal dpr) const {
    Layout l;
    const int n = tileCount();
    if (n == 0)
        return l;
    const int margin = pixelSize(dpr, 6);
    l.gap = pixelSize(dpr, shape_.w <= 5 ? 6 : 3);  // small kernels need air to read as separate
    l.captionHeight = pixelSize(dpr, 20);
    const int availW = deviceSize.width() - 2 * margin, availH = deviceSize.height() - 2 * margin - l.captionHeight;
    // Try every column count and keep the one giving the largest tiles.
    double best = -1;
    for (int cols = 1; cols <= n; ++cols) {
        const int rows = (n + cols - 1) / cols;
        const double s = std::min(double(availW - (cols - 1) * l.gap) / (cols * shape_.w),
                                  double(availH - (rows - 1) * l.gap) / (rows * shape_.h));
        if (s > best) {
            best = s;
            l.columns = cols;
            l.rows = rows;
        }
    }
    // Whole device pixels per weight when there is room, so every weight is the same size.
    const double scale = best >= 3 ? std::floor(best) : std::max(best, 0.5);
    l.tileW = std::max(1, static_cast<int>(std::floor(shape_.w * scale)));
    l.tileH = std::max(1, static_cast<int>(std::floor(shape_.h * scale)));
    const int gridW = l.columns * l.tileW + (l.columns - 1) * l.gap;
    const int gridH = l.rows * l.tileH + (l.rows - 1) * l.gap;
    l.origin = QPoint(std::max(margin, (deviceSize.width() - gridW) / 2),
                      l.captionHeight + std::max(margin, (deviceSize.height() - l.captionHeight - gridH) / 2));
    return l;
}

QSize FiltersView::gridFor(QSize size) const {
    const Layout l = layoutFor(size, 1.0);
    return {l.columns, l.rows};
}

QRect FiltersView::tileRect(int index, QSize size, qreal dpr) const {
    const Layout l = layoutFor((QSizeF(size) * dpr).toSize(), dpr);
    if (l.columns == 0)
        return {};
    const int r = index / l.columns, c = index % l.columns;
    return {l.origin.x() + c * (l.tileW + l.gap), l.origin.y() + r * (l.tileH + l.gap), l.tileW, l.tileH};
}

QImage FiltersView::renderGrid(QSize size, qreal dpr) const {
    const QSize device = (QSizeF(size) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage image(device, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    QFont f = font();
    f.setPixelSize(pixelSize(dpr, 12));
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    if (tileCount() == 0) {
        painter.drawText(QRect(QPoint(0, 0), device), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The first layer's weights appear here once training has produced a snapshot."));
    } else {
        const Layout l = layoutFor(device, dpr);
        painter.drawText(QRect(0, 0, device.width(), l.captionHeight), Qt::AlignCenter, caption());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);  // crisp weight blocks
        // A grey frame separates tiles whose edges are white (zero weights) from the gaps.
        painter.setPen(QPen(QColor(150, 150, 150), 1));
        for (int i = 0; i < tileCount(); ++i) {
            const QRect r = tileRect(i, size, dpr);
            painter.drawImage(r, tileImage(i));
            painter.drawRect(r.adjusted(-1, -1, 0, 0));
        }
    }
    painter.end();
    image.setDevicePixelRatio(dpr);
    return image;
}

void FiltersView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawImage(QPoint(0, 0), renderGrid(size(), devicePixelRatioF()));
}

} // namespace ae
