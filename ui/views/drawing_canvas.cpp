#include "ui/views/drawing_canvas.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace ae {

DrawingCanvas::DrawingCanvas(QWidget* parent) : QWidget(parent), sheet_(kSide, kSide, QImage::Format_Grayscale8) {
    sheet_.fill(0);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
    retranslateUi();
}

void DrawingCanvas::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The hint on an empty sheet is drawn by paintEvent, which Qt repaints after the change.
void DrawingCanvas::retranslateUi() { setToolTip(tr("Draw one digit with the mouse or a pen, about as tall as the sheet")); }

void DrawingCanvas::paintSegment(QPointF from, QPointF to) {
    QPainter p(&sheet_);
    p.setRenderHint(QPainter::Antialiasing);
    // A soft brush: a wide faint halo under the full-strength core, as a pen's ink spreads; after
    // the area-averaging to 28 x 28 it gives MNIST's grey stroke edges.
    p.setPen(QPen(QColor(255, 255, 255, 70), kPenWidth * 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(from, to);
    p.setPen(QPen(Qt::white, kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(from, to);
    empty_ = false;
    update();
    emit changed();
}

void DrawingCanvas::beginStroke(QPointF at) {
    drawing_ = true;
    last_ = at;
    paintSegment(at, at);  // a dot for a click
}

void DrawingCanvas::extendStroke(QPointF to) {
    if (!drawing_) return;
    paintSegment(last_, to);
    last_ = to;
}

void DrawingCanvas::endStroke() {
    if (!drawing_) return;
    drawing_ = false;
    emit strokeFinished();
}

void DrawingCanvas::clear() {
    sheet_.fill(0);
    empty_ = true;
    drawing_ = false;
    update();
    emit changed();
}

void DrawingCanvas::setInk(const std::vector<float>& ink, int width, int height) {
    if (width < 1 || height < 1 || ink.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height)) return;
    QImage picture(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar* line = picture.scanLine(y);
        for (int x = 0; x < width; ++x)
            line[x] = static_cast<uchar>(std::clamp(ink[static_cast<std::size_t>(y) * width + x], 0.0f, 1.0f) * 255.0f + 0.5f);
    }
    sheet_.fill(0);
    QPainter p(&sheet_);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF fitted = QSizeF(width, height).scaled(QSizeF(kSide, kSide), Qt::KeepAspectRatio);
    p.drawImage(QRectF(QPointF((kSide - fitted.width()) / 2, (kSide - fitted.height()) / 2), fitted), picture);
    p.end();
    empty_ = std::none_of(ink.begin(), ink.end(), [](float v) { return v > 0; });
    update();
    emit changed();
}

std::vector<float> DrawingCanvas::ink() const {
    std::vector<float> out(static_cast<std::size_t>(kSide) * kSide);
    for (int y = 0; y < kSide; ++y) {
        const uchar* line = sheet_.constScanLine(y);
        for (int x = 0; x < kSide; ++x) out[static_cast<std::size_t>(y) * kSide + x] = line[x] / 255.0f;
    }
    return out;
}

QRectF DrawingCanvas::sheetRect() const {
    const double side = std::min(width(), height());
    return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

QPointF DrawingCanvas::toSheet(QPointF widgetPoint) const {
    const QRectF r = sheetRect();
    return (widgetPoint - r.topLeft()) * (kSide / r.width());
}

void DrawingCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF r = sheetRect();
    p.drawImage(r, sheet_);
    // MNIST's 20-pixel box inside its 28: where a digit of the right size goes.
    p.setPen(QPen(QColor(90, 90, 90), 1, Qt::DotLine));
    const double margin = r.width() * 4.0 / 28.0;
    p.drawRect(r.adjusted(margin, margin, -margin, -margin));
    if (empty_) {
        p.setPen(QColor(170, 170, 170));
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("Draw a digit here"));
    }
}

void DrawingCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    beginStroke(toSheet(event->position()));
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (drawing_ && (event->buttons() & Qt::LeftButton)) extendStroke(toSheet(event->position()));
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) endStroke();
}

} // namespace ae
