#pragma once
// Rows x columns of small images, the one widget that every image view draws with
// (reconstructions, sweep strip, filters, anomaly gallery, stored runs, decoded manifold, data
// thumbnails, latent explorer). Optional row labels on the left, captions over each column, a
// title line, and bands: runs of rows or columns set apart by a wider gap, with a title (the
// anomaly gallery's two sections, one block per stored run). Images are scaled by nearest
// neighbour into device pixels, by whole device pixels per image pixel once there is room for
// three, so pixels stay crisp and equal at any size and device pixel ratio.
#include <QColor>
#include <QImage>
#include <QPalette>
#include <QRect>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

namespace ae {

class ImageGrid : public QWidget {
    Q_OBJECT
public:
    // Consecutive rows (or columns) drawn as one block.
    struct Band {
        int span = 0;    // rows or columns in the band
        QString title;   // over the band (column bands: bold, elided to the band's width)
        QColor colour;   // row bands: a swatch before the title, and the title's colour
        QString note;    // drawn across the band's tiles, e.g. why it has no images
    };
    struct Content {
        int rows = 0, columns = 0;
        // Row by row; a null image leaves its cell empty. Cells are as large as the largest
        // image; a smaller one is stretched to fill its cell.
        std::vector<QImage> images;
        // Lay the images out in whichever number of columns gives the largest tiles (rows,
        // columns, labels and bands are then ignored).
        bool flow = false;
        QStringList rowLabels;       // left of each row, '\n' for more lines; empty: none
        QStringList columnCaptions;  // over each column in a smaller font, '\n' between lines
        std::vector<Band> rowBands;  // spans add up to rows; empty: one band
        std::vector<Band> columnBands;
        QString title;               // one line over everything
        QStringList toolTips;        // per image; empty entries fall back to the widget's tooltip
        QString placeholder;         // shown while there are no images
    };
    struct Style {
        int fontPixels = 12;      // labels and titles, logical pixels
        int captionPixels = 9;    // column captions
        int gap = 3;              // between tiles
        int bandGap = 6;          // between bands
        int margin = 6;
        double minScale = 0.25;   // device pixels per image pixel, at least
        double wholeFrom = 3;     // from this many device pixels per image pixel on, whole ones
        bool frames = false;      // a grey frame around each tile (for images with white edges)
        QPalette::ColorRole background = QPalette::Window;
    };
    // Where everything lands at one size, in device pixels.
    struct Geometry {
        int rows = 0, columns = 0;
        double scale = 0;               // device pixels per image pixel
        QSize tile;                     // one cell
        std::vector<QRect> tiles;       // per image (empty rect when the grid has no room)
        std::vector<QRect> rowLabels;   // per row, when there are labels
        std::vector<QRect> columnCaptions;
        std::vector<QRect> rowBands, columnBands;  // each band's tiles
        std::vector<QRect> bandTitles;  // row bands' header lines, then column bands' titles
        QRect title;
    };

    explicit ImageGrid(QWidget* parent = nullptr);

    void setContent(Content content);
    // Content made on first use (a paint or any question about it): a view fed while hidden
    // behind another tab converts nothing, and a burst of data converts only the newest. The
    // maker is kept and run again on a change of language, so texts it words (placeholder, row
    // labels, titles, captions, tooltips) follow; content given to setContent() keeps its texts.
    void setContentLater(std::function<Content()> make);
    const Content& content() const;
    void setStyle(const Style& style);
    const Style& style() const { return style_; }
    // Back to no images, showing the placeholder.
    void clearImages();

    int rowCount() const { return content().rows; }
    int columnCount() const { return content().columns; }
    const QStringList& rowLabels() const { return content().rowLabels; }
    int imageCount() const { return static_cast<int>(content().images.size()); }
    const QImage& image(int index) const { return content().images[std::size_t(index)]; }
    int tileCount() const;  // images that are not null
    QSize cellSize() const;  // the largest image, in image pixels

    Geometry geometry(QSize size, qreal dpr = 1.0) const;
    // The whole grid at `size` logical pixels and device pixel ratio `dpr`: an image of
    // size * dpr pixels carrying that ratio. Used by paintEvent, export and tests.
    QImage render(QSize size, qreal dpr = 1.0) const;
    // Where image `index` (or the one at row, column) lands in render(size, dpr), device pixels.
    QRect tileRect(int index, QSize size, qreal dpr = 1.0) const;
    QRect tileRect(int row, int column, QSize size, qreal dpr = 1.0) const;
    // The columns and rows drawn at `size` (differs from the content's only when it flows).
    QSize gridShape(QSize size) const;
    // The image under `pos` (logical pixels of this widget), or -1.
    int tileAt(QPoint pos) const;
    // The logical size that draws `scale` logical pixels per image pixel: the smallest size at
    // which the images are still whole.
    QSize sizeForScale(double scale) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void adopt(Content content) const;

    mutable Content content_;                   // made from pending_ on first use
    mutable std::function<Content()> pending_;  // see setContentLater
    std::function<Content()> maker_;            // the last setContentLater's, for a change of language
    Style style_;
    mutable QImage cache_;  // the last render(): repaints without changes reuse it
};

} // namespace ae
