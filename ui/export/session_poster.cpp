#include "ui/export/session_poster.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QLayout>
#include <QPainter>
#include <QSaveFile>
#include <QWidget>

#include <cmath>

namespace ae {

SessionPoster::SessionPoster(QString header, qreal scale) : header_(std::move(header)), scale_(scale) {}

void SessionPoster::addPanel(const QString& title, QWidget* view) {
    if (view) panels_.push_back({title, view});
}

int SessionPoster::columns() const {
    const int n = panelCount();
    return n <= 0 ? 1 : std::min(4, static_cast<int>(std::ceil(std::sqrt(double(n)))));
}

QSize SessionPoster::posterSize() const {
    const int cols = columns();
    const int rows = std::max(1, (panelCount() + cols - 1) / cols);
    const int w = kMargin + cols * (kCellWidth + kMargin);
    const int h = kHeaderHeight + rows * (kTitleHeight + kCellHeight + kMargin) + kMargin;
    return (QSizeF(w, h) * scale_).toSize();
}

QRect SessionPoster::viewRect(int index) const {
    const int cols = columns();
    const int row = index / cols, col = index % cols;
    const QRectF logical(kMargin + col * (kCellWidth + kMargin),
                         kHeaderHeight + row * (kTitleHeight + kCellHeight + kMargin) + kTitleHeight, kCellWidth, kCellHeight);
    return QRectF(logical.topLeft() * scale_, logical.size() * scale_).toRect();
}

QImage SessionPoster::renderView(QWidget* view, QSize size, qreal scale) {
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->palette().color(QPalette::Window));
    const QSize oldSize = view->size();
    view->resize(size);
    // A view in a hidden or tabbed-away dock has never been laid out at this size; render()
    // then delivers the pending resize events to it and its children.
    if (view->layout()) view->layout()->activate();
    {
        QPainter painter(&image);
        view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        // A plot repaints its cached buffer from a queued replot, which has not run for a view
        // resized just now: draw each plot afresh at its place instead.
        for (QCustomPlot* plot : view->findChildren<QCustomPlot*>()) {
            if (!plot->isVisibleTo(view) || plot->width() <= 0 || plot->height() <= 0) continue;
            const QPoint at = plot->mapTo(view, QPoint(0, 0));
            painter.drawPixmap(QRect(at, plot->size()), plot->toPixmap(plot->width(), plot->height(), scale));
        }
    }
    view->resize(oldSize);
    if (view->layout()) view->layout()->activate();
    return image;
}

QImage SessionPoster::render() const {
    QImage poster(posterSize(), QImage::Format_RGB32);
    poster.fill(Qt::white);
    QPainter painter(&poster);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale_, scale_);  // logical coordinates from here on
    QFont headerFont = painter.font();
    headerFont.setPixelSize(22);
    headerFont.setBold(true);
    painter.setFont(headerFont);
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(kMargin, 0, posterSize().width() / scale_ - 2 * kMargin, kHeaderHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, header_);

    QFont titleFont = painter.font();
    titleFont.setPixelSize(16);
    painter.setFont(titleFont);
    for (int i = 0; i < panelCount(); ++i) {
        const QRect device = viewRect(i);
        const QRectF cell(QPointF(device.topLeft()) / scale_, QSizeF(device.size()) / scale_);
        painter.setPen(QColor(60, 60, 60));
        painter.drawText(QRectF(cell.left(), cell.top() - kTitleHeight, cell.width(), kTitleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, panels_[i].title);
        const QImage view = renderView(panels_[i].view, QSize(kCellWidth, kCellHeight), scale_);
        painter.drawImage(cell, view);
        painter.setPen(QPen(QColor(200, 200, 200), 1));
        painter.drawRect(cell.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
    painter.end();
    return poster;
}

bool SessionPoster::save(const QString& path, QString* error) const {
    const QImage poster = render();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && poster.save(&file, "PNG") && file.commit()) return true;
    if (error)
        *error = QCoreApplication::translate("ae::SessionPoster", "Cannot write the poster to \"%1\": %2").arg(path, file.errorString());
    return false;
}

} // namespace ae
