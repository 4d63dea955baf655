#pragma once
// File > Export poster: every view of the session on one PNG, in a grid of equal cells with a
// title above each and a header line (variant, dataset, epoch, test loss, date) on top. Each
// view is rendered off-screen at the cell's size, so docks that are hidden or behind another
// tab come out as fully as the visible ones.
#include <QImage>
#include <QRect>
#include <QString>

#include <vector>

class QWidget;

namespace ae {

class SessionPoster {
public:
    // Logical pixels of one view; the poster is rendered at `scale` device pixels per logical
    // pixel (2 keeps text sharp when the PNG is printed or zoomed).
    static constexpr int kCellWidth = 720;
    static constexpr int kCellHeight = 480;
    static constexpr int kTitleHeight = 30;
    static constexpr int kHeaderHeight = 56;
    static constexpr int kMargin = 16;

    explicit SessionPoster(QString header, qreal scale = 1.0);

    // `view` must stay alive until render(); it is resized for the rendering and then put back.
    void addPanel(const QString& title, QWidget* view);
    int panelCount() const { return static_cast<int>(panels_.size()); }

    int columns() const;
    QSize posterSize() const;           // device pixels
    QRect viewRect(int index) const;    // where panel `index`'s view lands, in device pixels
    QImage render() const;
    // Renders and writes a PNG through QSaveFile.
    bool save(const QString& path, QString* error = nullptr) const;

    // One view drawn at `size` logical pixels, whether it is shown, hidden or tabbed away.
    static QImage renderView(QWidget* view, QSize size, qreal scale = 1.0);

private:
    struct Panel {
        QString title;
        QWidget* view;
    };
    QString header_;
    qreal scale_;
    std::vector<Panel> panels_;
};

} // namespace ae
