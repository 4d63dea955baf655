#include "ui/views/reconstruction_view.h"

#include "ui/views/common/plot_export.h"

#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace ae {
namespace {

enum class RowKind { Input, Noisy, Output, Error };

// Matplotlib's inferno at nine evenly spaced stops: perceptually uniform and readable in
// grey-scale print, dark for no error and pale yellow for an error of 1.
constexpr std::array<std::array<int, 3>, 9> kInferno{{{0, 0, 4},
                                                      {31, 12, 72},
                                                      {85, 15, 109},
                                                      {136, 34, 106},
                                                      {186, 54, 85},
                                                      {227, 89, 51},
                                                      {249, 140, 10},
                                                      {249, 201, 50},
                                                      {252, 255, 164}}};

QRgb inferno(double t) {
    t = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0;
    const double pos = t * (kInferno.size() - 1);
    const int i = std::min(static_cast<int>(pos), static_cast<int>(kInferno.size()) - 2);
    const double f = pos - i;
    auto mix = [&](int c) { return static_cast<int>(std::lround(kInferno[i][c] * (1 - f) + kInferno[i + 1][c] * f)); };
    return qRgb(mix(0), mix(1), mix(2));
}

int toByte(float v) {
    if (!std::isfinite(v))
        return 0;
    return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f));
}

// The heat map's full colour is an error of 0.5, not 1: late in training most errors are
// below 0.3 and would all look black on a 0-1 scale. The caption states the range.
constexpr double kErrorRange = 0.5;

constexpr int kMaxColumns = 20;  // beyond this the images become too small to read

} // namespace

ReconstructionView::ReconstructionView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    installExportMenu(this);
}

QSize ReconstructionView::sizeHint() const { return {560, 260}; }
QSize ReconstructionView::minimumSizeHint() const { return {240, 120}; }

int ReconstructionView::rowCount() const {
    if (columns_ == 0)
        return 0;
    return noisy_.rows() >= columns_ ? 4 : 3;
}

int ReconstructionView::columnCount() const { return columns_; }

QStringList ReconstructionView::rowCaptions() const {
    QStringList captions{tr("input")};
    if (rowCount() == 4)
        captions << tr("noisy input");
    captions << tr("output") << tr("|error|\n0 to %1").arg(kErrorRange);
    return rowCount() == 0 ? QStringList() : captions;
}

void ReconstructionView::showSnapshot(const ModelSnapshot& snapshot) {
    const int d = snapshot.inputShape.size();
    const bool consistent = d > 0 && snapshot.inputs.cols() == d && snapshot.outputs.cols() == d &&
                            snapshot.outputs.rows() >= snapshot.inputs.rows();
    if (!consistent) {
        clear();
        return;
    }
    shape_ = snapshot.inputShape;
    inputs_ = snapshot.inputs;
    outputs_ = snapshot.outputs;
    noisy_ = snapshot.noisyInputs.cols() == d ? snapshot.noisyInputs : Matrix();
    columns_ = std::min<int>(static_cast<int>(inputs_.rows()), kMaxColumns);
    update();  // Qt coalesces repaints, so a burst of snapshots paints once
}

void ReconstructionView::clear() {
    inputs_ = Matrix();
    outputs_ = Matrix();
    noisy_ = Matrix();
    columns_ = 0;
    update();
}

QImage ReconstructionView::tileImage(int row, int column) const {
    RowKind kind = RowKind::Input;
    const bool hasNoisy = rowCount() == 4;
    if (row == 1)
        kind = hasNoisy ? RowKind::Noisy : RowKind::Output;
    else if (row == 2)
        kind = hasNoisy ? RowKind::Output : RowKind::Error;
    else if (row == 3)
        kind = RowKind::Error;

    const int c = shape_.c, h = shape_.h, w = shape_.w, plane = h * w;
    const bool rgb = c == 3;
    QImage image(w, h, QImage::Format_RGB32);
    const float* in = inputs_.row(column).data();
    const float* out = outputs_.row(column).data();
    const float* src = kind == RowKind::Input ? in : kind == RowKind::Noisy ? noisy_.row(column).data() : out;
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int p = y * w + x;
            if (kind == RowKind::Error) {
                // Mean absolute error over the channels: one number a pixel for the heat map.
                double e = 0;
                for (int ch = 0; ch < c; ++ch)
                    e += std::abs(double(out[ch * plane + p]) - double(in[ch * plane + p]));
                line[x] = inferno(e / c / kErrorRange);
            } else if (rgb) {
                line[x] = qRgb(toByte(src[p]), toByte(src[plane + p]), toByte(src[2 * plane + p]));
            } else {
                const int v = toByte(src[p]);  // the first channel, as grey
                line[x] = qRgb(v, v, v);
            }
        }
    }
    return image;
}

ReconstructionView::Layout ReconstructionView::layoutFor(QSize deviceSize, qreal dpr) const {
    Layout l;
    const int rows = rowCount(), cols = columnCount();
    if (rows == 0)
        return l;
    QFont f = font();
    f.setPixelSize(std::max(8, static_cast<int>(std::lround(12 * dpr))));
    const QFontMetrics fm(f);
    for (const QString& caption : rowCaptions())
        l.captionWidth = std::max(l.captionWidth, fm.boundingRect(QRect(), 0, caption).width());
    l.captionWidth += static_cast<int>(std::lround(10 * dpr));
    l.gap = std::max(1, static_cast<int>(std::lround(3 * dpr)));
    const int margin = static_cast<int>(std::lround(6 * dpr));
    const int availW = deviceSize.width() - l.captionWidth - 2 * margin - (cols - 1) * l.gap;
    const int availH = deviceSize.height() - 2 * margin - (rows - 1) * l.gap;
    // Whole device pixels per image pixel keep every pixel the same size; below 3x that
    // would waste up to half the space, so small views scale by the exact fit instead.
    const double fit = std::max(0.25, std::min(double(availW) / (cols * shape_.w), double(availH) / (rows * shape_.h)));
    l.scale = fit >= 3 ? std::floor(fit) : fit;
    l.tileW = std::max(1, static_cast<int>(std::floor(shape_.w * l.scale)));
    l.tileH = std::max(1, static_cast<int>(std::floor(shape_.h * l.scale)));
    const int gridW = l.captionWidth + cols * l.tileW + (cols - 1) * l.gap;
    const int gridH = rows * l.tileH + (rows - 1) * l.gap;
    l.origin = QPoint(std::max(margin, (deviceSize.width() - gridW) / 2) + l.captionWidth,
                      std::max(margin, (deviceSize.height() - gridH) / 2));
    return l;
}

QRect ReconstructionView::tileRect(int row, int column, QSize size, qreal dpr) const {
    const QSize device = (QSizeF(size) * dpr).toSize();
    const Layout l = layoutFor(device, dpr);
    return {l.origin.x() + column * (l.tileW + l.gap), l.origin.y() + row * (l.tileH + l.gap), l.tileW, l.tileH};
}

QImage ReconstructionView::renderGrid(QSize size, qreal dpr) const {
    const QSize device = (QSizeF(size) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage image(device, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    QFont f = font();
    f.setPixelSize(std::max(8, static_cast<int>(std::lround(12 * dpr))));
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    if (columnCount() == 0) {
        painter.drawText(QRect(QPoint(0, 0), device), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Reconstructions appear here once training has produced a snapshot."));
    } else {
        // No smoothing: each image pixel becomes a crisp block.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        const Layout l = layoutFor(device, dpr);
        const QStringList captions = rowCaptions();
        for (int r = 0; r < rowCount(); ++r) {
            const QRect first = tileRect(r, 0, size, dpr);
            painter.drawText(QRect(first.left() - l.captionWidth, first.top(), l.captionWidth - l.gap * 2, first.height()),
                             Qt::AlignRight | Qt::AlignVCenter, captions[r]);
            for (int c = 0; c < columnCount(); ++c)
                painter.drawImage(tileRect(r, c, size, dpr), tileImage(r, c));
        }
    }
    painter.end();
    image.setDevicePixelRatio(dpr);
    return image;
}

void ReconstructionView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawImage(QPoint(0, 0), renderGrid(size(), devicePixelRatioF()));
}

} // namespace ae
