#include "ui/history/run_images_view.h"

#include "ui/views/common/plot_export.h"

#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

QImage imageOf(const RunImages& images, int row, int index) {
    const Shape& s = images.shape;
    const int plane = s.h * s.w;
    const std::uint8_t* src = (row == 0 ? images.inputs : images.outputs).data() + std::size_t(index) * s.size();
    QImage image(s.w, s.h, QImage::Format_RGB32);
    for (int y = 0; y < s.h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < s.w; ++x) {
            const int p = y * s.w + x;
            line[x] = s.c == 3 ? qRgb(src[p], src[plane + p], src[2 * plane + p]) : qRgb(src[p], src[p], src[p]);
        }
    }
    return image;
}

bool hasImages(const RunImages& images) { return images.count > 0 && images.shape.size() > 0; }

} // namespace

RunImagesView::RunImagesView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    installExportMenu(this);
}

QSize RunImagesView::sizeHint() const { return {360, 260}; }
QSize RunImagesView::minimumSizeHint() const { return {160, 80}; }

void RunImagesView::setRuns(std::vector<Entry> runs) {
    runs_ = std::move(runs);
    // At one screen pixel per image pixel the blocks must still fit: beyond that, the scroll
    // area around this view scrolls.
    Layout l = layoutFor(QSize(0, 0));
    l.scale = 1;
    l.tileH = largestShape().h;
    const int columns = std::max(1, maxColumns());
    setMinimumHeight(runs_.empty() ? minimumSizeHint().height() : 2 * l.margin + runCount() * blockHeight(l));
    setMinimumWidth(runs_.empty() ? minimumSizeHint().width()
                                  : 2 * l.margin + l.captionWidth + columns * largestShape().w + (columns - 1) * l.gap);
    update();
}

int RunImagesView::maxColumns() const {
    int columns = 0;
    for (const Entry& e : runs_)
        if (hasImages(e.images)) columns = std::max(columns, e.images.count);
    return columns;
}

Shape RunImagesView::largestShape() const {
    Shape largest{1, 1, 1};
    for (const Entry& e : runs_)
        if (hasImages(e.images)) {
            largest.h = std::max(largest.h, e.images.shape.h);
            largest.w = std::max(largest.w, e.images.shape.w);
        }
    return largest;
}

RunImagesView::Layout RunImagesView::layoutFor(QSize size) const {
    Layout l;
    const QFontMetrics fm(font());
    l.margin = 6;
    l.gap = 2;
    l.blockGap = 10;
    l.headerHeight = fm.height() + 4;
    l.captionWidth = std::max(fm.horizontalAdvance(tr("input")), fm.horizontalAdvance(tr("output"))) + 10;
    const int runs = runCount(), columns = std::max(1, maxColumns());
    const Shape shape = largestShape();
    if (runs == 0) return l;
    const double availW = size.width() - 2 * l.margin - l.captionWidth - (columns - 1) * l.gap;
    const double availH = size.height() - 2 * l.margin - runs * (l.headerHeight + l.gap + l.blockGap);
    const double fit = std::min(availW / (columns * shape.w), availH / (runs * 2.0 * shape.h));
    // Whole pixels per image pixel keep the digits crisp; below 1 they become unreadable, so the
    // view scrolls instead (see setRuns).
    l.scale = fit >= 2 ? std::floor(fit) : std::max(1.0, fit);
    l.tileW = static_cast<int>(std::floor(shape.w * l.scale));
    l.tileH = static_cast<int>(std::floor(shape.h * l.scale));
    return l;
}

QRect RunImagesView::tileRect(int run, int row, int column, QSize size) const {
    const Layout l = layoutFor(size);
    const int top = l.margin + run * blockHeight(l) + l.headerHeight + row * (l.tileH + l.gap);
    return {l.margin + l.captionWidth + column * (l.tileW + l.gap), top, l.tileW, l.tileH};
}

QImage RunImagesView::render(QSize size, qreal dpr) const {
    const QSize device = (QSizeF(size) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage image(device, QImage::Format_RGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    if (runs_.empty()) {
        painter.drawText(QRect(QPoint(0, 0), size).adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select runs in the table to compare their reconstructions side by side."));
        return image;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const Layout l = layoutFor(size);
    const QFontMetrics fm(font());
    for (int r = 0; r < runCount(); ++r) {
        const Entry& e = runs_[std::size_t(r)];
        const int top = l.margin + r * blockHeight(l);
        const QRect swatch(l.margin, top + (l.headerHeight - 10) / 2 - 1, 10, 10);
        painter.fillRect(swatch, e.colour);
        painter.setPen(e.colour.darker(130));
        painter.drawText(QRect(swatch.right() + 6, top, size.width() - swatch.right() - 6 - l.margin, l.headerHeight - 2),
                         Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(e.label, Qt::ElideRight, size.width()));
        painter.setPen(palette().color(QPalette::Text));
        if (!hasImages(e.images)) {
            painter.drawText(QRect(l.margin + l.captionWidth, top + l.headerHeight, size.width(), 2 * l.tileH + l.gap),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("No reconstructions stored for this run."));
            continue;
        }
        for (int row = 0; row < 2; ++row) {
            const QRect first = tileRect(r, row, 0, size);
            painter.drawText(QRect(l.margin, first.top(), l.captionWidth - 6, first.height()), Qt::AlignRight | Qt::AlignVCenter,
                             row == 0 ? tr("input") : tr("output"));
            for (int c = 0; c < e.images.count; ++c) painter.drawImage(tileRect(r, row, c, size), imageOf(e.images, row, c));
        }
    }
    return image;
}

void RunImagesView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawImage(QPoint(0, 0), render(size(), devicePixelRatioF()));
}

} // namespace ae
