#include "ui/views/anomaly_gallery.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ae {
namespace {

int toByte(float v) { return std::isfinite(v) ? static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)) : 0; }

// Row `row` of `m` as an image of `shape` (grey from the first channel, or RGB).
QImage toImage(const Matrix& m, int row, const Shape& shape) {
    const int h = shape.h, w = shape.w, plane = h * w;
    QImage image(w, h, QImage::Format_RGB32);
    const float* src = m.row(row).data();
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int p = y * w + x;
            if (shape.c == 3) line[x] = qRgb(toByte(src[p]), toByte(src[plane + p]), toByte(src[2 * plane + p]));
            else line[x] = qRgb(toByte(src[p]), toByte(src[p]), toByte(src[p]));
        }
    }
    return image;
}

bool drawable(const AnomalyGallery& g, const Shape& shape) {
    const int d = shape.size();
    return g.size() > 0 && d > 0 && g.inputs.rows() == g.size() && g.outputs.rows() == g.size() && g.inputs.cols() == d &&
           g.outputs.cols() == d;
}

} // namespace

AnomalyGalleryView::AnomalyGalleryView(QWidget* parent) : QWidget(parent) { setAttribute(Qt::WA_OpaquePaintEvent); }

void AnomalyGalleryView::setGalleries(const AnomalyGallery& mostAnomalous, const AnomalyGallery& worstNormal,
                                      const Shape& shape, const QStringList& classNames) {
    shape_ = shape;
    classNames_ = classNames;
    galleries_[0] = drawable(mostAnomalous, shape) ? mostAnomalous : AnomalyGallery{};
    galleries_[1] = drawable(worstNormal, shape) ? worstNormal : AnomalyGallery{};
    update();
}

void AnomalyGalleryView::clear() {
    galleries_[0] = galleries_[1] = AnomalyGallery{};
    update();
}

int AnomalyGalleryView::tileCount() const { return 2 * (galleries_[0].size() + galleries_[1].size()); }

QImage AnomalyGalleryView::render(QSize size, qreal dpr) const {
    const QSize device = (QSizeF(size) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage image(device, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    QFont f = font();
    const int fontPx = std::max(8, static_cast<int>(std::lround(11 * dpr)));
    f.setPixelSize(fontPx);
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    const int columns = galleries_[0].size() + galleries_[1].size();
    if (columns == 0) {
        painter.drawText(QRect(QPoint(0, 0), device), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The most anomalous test images appear here once a model trained on normal classes is scored."));
        painter.end();
        image.setDevicePixelRatio(dpr);
        return image;
    }
    // Layout: a title line and two caption lines (class, error) over each column, then the
    // input and reconstruction rows; row captions on the left.
    const int margin = static_cast<int>(std::lround(4 * dpr));
    const int gap = std::max(1, static_cast<int>(std::lround(2 * dpr)));
    const int sectionGap = static_cast<int>(std::lround(18 * dpr));
    const int line = fontPx + static_cast<int>(std::lround(3 * dpr));
    QFont small = f;
    small.setPixelSize(std::max(7, static_cast<int>(std::lround(9 * dpr))));
    const int smallLine = QFontMetrics(small).height();
    const QString rowNames[2] = {tr("input"), tr("reconstruction")};
    const QFontMetrics fm(f);
    const int captionW = std::max(fm.horizontalAdvance(rowNames[0]), fm.horizontalAdvance(rowNames[1])) +
                         static_cast<int>(std::lround(8 * dpr));
    const int sections = (galleries_[0].size() > 0) + (galleries_[1].size() > 0);
    const int availW = device.width() - 2 * margin - captionW - (columns - 1) * gap - (sections - 1) * sectionGap;
    const int headerH = line + 2 * smallLine;
    const int availH = device.height() - 2 * margin - headerH - gap;
    const double fit = std::max(0.25, std::min(double(availW) / (columns * shape_.w), double(availH) / (2 * shape_.h)));
    const double scale = fit >= 3 ? std::floor(fit) : fit;
    const int tileW = std::max(1, static_cast<int>(std::floor(shape_.w * scale)));
    const int tileH = std::max(1, static_cast<int>(std::floor(shape_.h * scale)));
    const int usedW = captionW + columns * tileW + (columns - 1) * gap + (sections - 1) * sectionGap;
    const int left = std::max(margin, (device.width() - usedW) / 2);
    const int top = margin;
    const int imagesTop = top + headerH;
    for (int r = 0; r < 2; ++r)
        painter.drawText(QRect(left, imagesTop + r * (tileH + gap), captionW - gap * 2, tileH), Qt::AlignRight | Qt::AlignVCenter,
                         rowNames[r]);
    int x = left + captionW;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QString titles[2] = {tr("Most anomalous (highest error)"), tr("Worst-scored normal")};
    for (int s = 0; s < 2; ++s) {
        const AnomalyGallery& g = galleries_[s];
        if (g.size() == 0) continue;
        const int width = g.size() * tileW + (g.size() - 1) * gap;
        QFont bold = f;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRect(x, top, std::max(width, tileW), line), Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(titles[s], Qt::ElideRight, std::max(width, tileW)));
        painter.setFont(small);
        for (int k = 0; k < g.size(); ++k) {
            const int cx = x + k * (tileW + gap);
            const int label = g.labels[k];
            const QString name = label >= 0 && label < classNames_.size() ? classNames_[label] : QString::number(label);
            const QFontMetrics sm = painter.fontMetrics();
            painter.drawText(QRect(cx, top + line, tileW, smallLine), Qt::AlignCenter, sm.elidedText(name, Qt::ElideRight, tileW));
            painter.drawText(QRect(cx, top + line + smallLine, tileW, smallLine), Qt::AlignCenter,
                             sm.elidedText(QString::number(g.errors[k], 'g', 2), Qt::ElideRight, tileW));
            painter.drawImage(QRect(cx, imagesTop, tileW, tileH), toImage(g.inputs, k, shape_));
            painter.drawImage(QRect(cx, imagesTop + tileH + gap, tileW, tileH), toImage(g.outputs, k, shape_));
        }
        painter.setFont(f);
        x += width + sectionGap;
    }
    painter.end();
    image.setDevicePixelRatio(dpr);
    return image;
}

void AnomalyGalleryView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawImage(QPoint(0, 0), render(size(), devicePixelRatioF()));
}

} // namespace ae
