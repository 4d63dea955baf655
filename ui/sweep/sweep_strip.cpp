#include "ui/sweep/sweep_strip.h"

#include "ui/views/common/plot_export.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ae {
namespace {

int toByte(float v) { return std::isfinite(v) ? static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)) : 0; }

// One sample (channels-first values in [0,1]) as an image: grey, or colour for 3 channels.
QImage sampleImage(const float* values, const Shape& shape) {
    const int plane = shape.h * shape.w;
    QImage image(shape.w, shape.h, QImage::Format_RGB32);
    for (int y = 0; y < shape.h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < shape.w; ++x) {
            const int p = y * shape.w + x;
            if (shape.c == 3) {
                line[x] = qRgb(toByte(values[p]), toByte(values[plane + p]), toByte(values[2 * plane + p]));
            } else {
                const int v = toByte(values[p]);
                line[x] = qRgb(v, v, v);
            }
        }
    }
    return image;
}

} // namespace

SweepStrip::SweepStrip(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    installExportMenu(this);
}

void SweepStrip::setRuns(const std::vector<SweepRun>& runs) {
    rows_.clear();
    columns_ = 0;
    for (const SweepRun& run : runs) {
        const int d = run.inputShape.size();
        if (d <= 0 || run.outputs.rows() == 0 || run.outputs.cols() != d || run.inputs.cols() != d) continue;
        if (rows_.empty()) {
            shape_ = run.inputShape;
            columns_ = static_cast<int>(std::min(run.inputs.rows(), run.outputs.rows()));
            rows_.push_back({tr("input"), run.inputs.topRows(columns_)});
        }
        if (!(run.inputShape == shape_) || run.outputs.rows() < columns_) continue;
        rows_.push_back({run.label, run.outputs.topRows(columns_)});
    }
    if (rows_.size() < 2) clear();  // inputs alone say nothing
    update();
}

void SweepStrip::clear() {
    rows_.clear();
    columns_ = 0;
    update();
}

int SweepStrip::rowCount() const { return static_cast<int>(rows_.size()); }

QStringList SweepStrip::rowCaptions() const {
    QStringList captions;
    for (const Row& row : rows_) captions << row.caption;
    return captions;
}

QImage SweepStrip::renderStrip(QSize size, qreal dpr) const {
    const QSize device = (QSizeF(size) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage image(device, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    QFont f = font();
    f.setPixelSize(std::max(8, static_cast<int>(std::lround(12 * dpr))));
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    if (rows_.empty()) {
        painter.drawText(QRect(QPoint(0, 0), device), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("One row of reconstructions per value appears here as the sweep's runs finish."));
        painter.end();
        image.setDevicePixelRatio(dpr);
        return image;
    }
    const QFontMetrics fm(f);
    int captionWidth = 0;
    for (const Row& row : rows_) captionWidth = std::max(captionWidth, fm.horizontalAdvance(row.caption));
    captionWidth += static_cast<int>(std::lround(10 * dpr));
    const int gap = std::max(1, static_cast<int>(std::lround(3 * dpr)));
    const int margin = static_cast<int>(std::lround(6 * dpr));
    const int rows = rowCount();
    // The inputs are set apart from the outputs by an extra gap.
    const int availW = device.width() - captionWidth - 2 * margin - (columns_ - 1) * gap;
    const int availH = device.height() - 2 * margin - rows * gap;
    const double fit = std::max(0.25, std::min(double(availW) / (columns_ * shape_.w), double(availH) / (rows * shape_.h)));
    const double scale = fit >= 3 ? std::floor(fit) : fit;
    const int tileW = std::max(1, static_cast<int>(std::floor(shape_.w * scale)));
    const int tileH = std::max(1, static_cast<int>(std::floor(shape_.h * scale)));
    const int gridW = captionWidth + columns_ * tileW + (columns_ - 1) * gap;
    const int gridH = rows * tileH + rows * gap;
    const QPoint origin(std::max(margin, (device.width() - gridW) / 2) + captionWidth,
                        std::max(margin, (device.height() - gridH) / 2));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int r = 0; r < rows; ++r) {
        const int top = origin.y() + r * (tileH + gap) + (r > 0 ? gap : 0);
        painter.drawText(QRect(origin.x() - captionWidth, top, captionWidth - 2 * gap, tileH), Qt::AlignRight | Qt::AlignVCenter,
                         rows_[r].caption);
        for (int c = 0; c < columns_; ++c)
            painter.drawImage(QRect(origin.x() + c * (tileW + gap), top, tileW, tileH),
                              sampleImage(rows_[r].images.row(c).data(), shape_));
    }
    painter.end();
    image.setDevicePixelRatio(dpr);
    return image;
}

void SweepStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawImage(QPoint(0, 0), renderStrip(size(), devicePixelRatioF()));
}

} // namespace ae
