#include "ui/views/common/image_grid.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ae {
namespace {

using Band = ImageGrid::Band;

// Bands whose spans add up to `count`, without empty ones; anything else is one band of all.
std::vector<Band> bandsOf(const std::vector<Band>& bands, int count) {
    int total = 0;
    for (const Band& b : bands) total += std::max(0, b.span);
    if (bands.empty() || total != count) return {Band{count, {}, {}, {}}};
    std::vector<Band> kept;
    for (const Band& b : bands)
        if (b.span > 0) kept.push_back(b);
    return kept;
}

bool anyTitle(const std::vector<Band>& bands) {
    return std::any_of(bands.begin(), bands.end(), [](const Band& b) { return !b.title.isEmpty(); });
}

// The parts of the layout that do not scale with the images, in device pixels at one ratio.
struct Frame {
    QFont labelFont, captionFont, bandFont;
    int margin = 0, gap = 0, bandGap = 0, pad = 0;
    int labelWidth = 0;       // row labels' column, its padding included
    int titleHeight = 0;
    int bandTitleHeight = 0;  // over the column bands
    int captionHeight = 0;    // column captions, all lines
    int rowHeaderHeight = 0;  // over each row band
    int rows = 0, columns = 0;
    std::vector<Band> rowBands, columnBands;

    int fixedWidth() const {
        const int bands = static_cast<int>(columnBands.size());
        return 2 * margin + labelWidth + (columns - bands) * gap + (bands - 1) * bandGap;
    }
    int fixedHeight() const {
        const int bands = static_cast<int>(rowBands.size());
        return titleHeight + 2 * margin + bandTitleHeight + captionHeight + bands * rowHeaderHeight + (rows - bands) * gap +
               (bands - 1) * bandGap;
    }
    // Device pixels per image pixel that fill `device`.
    double fit(QSize device, QSize cell) const {
        return std::min(double(device.width() - fixedWidth()) / (columns * cell.width()),
                        double(device.height() - fixedHeight()) / (rows * cell.height()));
    }
};

int scaled(int logical, qreal dpr) { return static_cast<int>(std::lround(logical * dpr)); }

QColor textColour(const QPalette& palette, QPalette::ColorRole background) {
    return palette.color(background == QPalette::Base          ? QPalette::Text
                         : background == QPalette::ToolTipBase ? QPalette::ToolTipText
                                                               : QPalette::WindowText);
}

} // namespace

ImageGrid::ImageGrid(QWidget* parent) : QWidget(parent) { setAttribute(Qt::WA_OpaquePaintEvent); }

void ImageGrid::setContent(Content content) {
    pending_ = nullptr;
    maker_ = nullptr;
    adopt(std::move(content));
    cache_ = QImage();
    update();  // Qt coalesces repaints, so a burst of new content paints once
}

void ImageGrid::setContentLater(std::function<Content()> make) {
    maker_ = make;
    pending_ = std::move(make);
    cache_ = QImage();
    update();
}

const ImageGrid::Content& ImageGrid::content() const {
    if (pending_) {
        const std::function<Content()> make = std::move(pending_);
        pending_ = nullptr;
        adopt(make());
    }
    return content_;
}

void ImageGrid::adopt(Content content) const {
    content_ = std::move(content);
    content_.rows = std::max(0, content_.rows);
    content_.columns = std::max(0, content_.columns);
    if (!content_.flow) content_.images.resize(std::size_t(content_.rows) * content_.columns);
}

void ImageGrid::setStyle(const Style& style) {
    style_ = style;
    cache_ = QImage();
    update();
}

void ImageGrid::clearImages() {
    Content empty;
    empty.placeholder = content_.placeholder;  // views keep one placeholder: no need to make pending content
    setContent(std::move(empty));
}

int ImageGrid::tileCount() const {
    return static_cast<int>(
        std::count_if(content().images.begin(), content().images.end(), [](const QImage& i) { return !i.isNull(); }));
}

QSize ImageGrid::cellSize() const {
    QSize cell(0, 0);
    for (const QImage& image : content().images) cell = cell.expandedTo(image.size());
    return cell.isEmpty() ? QSize(1, 1) : cell;
}

namespace {

Frame frameFor(const ImageGrid::Content& content, const ImageGrid::Style& style, const QFont& font, qreal dpr) {
    Frame f;
    f.labelFont = font;
    f.labelFont.setPixelSize(std::max(8, scaled(style.fontPixels, dpr)));
    f.captionFont = font;
    f.captionFont.setPixelSize(std::max(7, scaled(style.captionPixels, dpr)));
    f.bandFont = f.labelFont;
    f.bandFont.setBold(true);
    f.margin = scaled(style.margin, dpr);
    f.gap = style.gap > 0 ? std::max(1, scaled(style.gap, dpr)) : 0;
    f.bandGap = scaled(style.bandGap, dpr);
    f.pad = scaled(6, dpr);
    const QFontMetrics label(f.labelFont);
    if (!content.title.isEmpty()) f.titleHeight = label.height() + scaled(6, dpr);
    if (content.flow) return f;  // rows and columns are chosen later; flowing grids have no labels

    f.rows = content.rows;
    f.columns = content.columns;
    f.rowBands = bandsOf(content.rowBands, f.rows);
    f.columnBands = bandsOf(content.columnBands, f.columns);
    for (const QString& text : content.rowLabels)
        f.labelWidth = std::max(f.labelWidth, label.boundingRect(QRect(), 0, text).width());
    if (!content.rowLabels.isEmpty()) f.labelWidth += scaled(10, dpr);
    int lines = 0;
    for (const QString& text : content.columnCaptions)
        if (!text.isEmpty()) lines = std::max(lines, static_cast<int>(text.count(QLatin1Char('\n'))) + 1);
    f.captionHeight = lines * QFontMetrics(f.captionFont).height();
    if (anyTitle(f.columnBands)) f.bandTitleHeight = QFontMetrics(f.bandFont).height() + scaled(3, dpr);
    if (anyTitle(f.rowBands)) f.rowHeaderHeight = label.height() + scaled(4, dpr);
    return f;
}

// The flowing grid's rows and columns: whichever column count gives the largest tiles.
void chooseFlow(Frame& f, int images, QSize device, QSize cell) {
    double best = -1;
    for (int columns = 1; columns <= images; ++columns) {
        Frame trial = f;
        trial.columns = columns;
        trial.rows = (images + columns - 1) / columns;
        trial.rowBands = {Band{trial.rows, {}, {}, {}}};
        trial.columnBands = {Band{columns, {}, {}, {}}};
        const double fit = trial.fit(device, cell);
        if (fit > best) {
            best = fit;
            f = trial;
        }
    }
}

} // namespace

ImageGrid::Geometry ImageGrid::geometry(QSize size, qreal dpr) const {
    Geometry g;
    const int n = imageCount();
    if (n == 0) return g;
    const QSize device = (QSizeF(size) * dpr).toSize();
    const QSize cell = cellSize();
    Frame f = frameFor(content(), style_, font(), dpr);
    if (content().flow) chooseFlow(f, n, device, cell);
    if (f.rows == 0 || f.columns == 0) return g;
    g.rows = f.rows;
    g.columns = f.columns;

    const double fit = f.fit(device, cell);
    // Whole device pixels per image pixel keep every pixel the same size; below wholeFrom that
    // would waste too much of the space, so small views scale by the exact fit instead.
    g.scale = fit >= style_.wholeFrom ? std::floor(fit) : std::max(style_.minScale, fit);
    g.tile = QSize(std::max(1, static_cast<int>(std::floor(cell.width() * g.scale))),
                   std::max(1, static_cast<int>(std::floor(cell.height() * g.scale))));
    const int gridW = f.fixedWidth() - 2 * f.margin + f.columns * g.tile.width();
    const int gridH = f.fixedHeight() - f.titleHeight - 2 * f.margin + f.rows * g.tile.height();
    const int left = std::max(f.margin, (device.width() - gridW) / 2);
    const int top = f.titleHeight + std::max(f.margin, (device.height() - f.titleHeight - gridH) / 2);
    if (f.titleHeight > 0) g.title = QRect(0, 0, device.width(), f.titleHeight);

    // Each column's and row's left / top edge, bands included.
    std::vector<int> columnX, rowY;
    int x = left + f.labelWidth;
    for (const Band& band : f.columnBands) {
        const int width = band.span * g.tile.width() + (band.span - 1) * f.gap;
        g.columnBands.emplace_back(x, top + f.bandTitleHeight + f.captionHeight, width, 0);
        for (int k = 0; k < band.span; ++k) columnX.push_back(x + k * (g.tile.width() + f.gap));
        x += width + f.bandGap;
    }
    int y = top + f.bandTitleHeight + f.captionHeight;
    for (const Band& band : f.rowBands) {
        if (f.rowHeaderHeight > 0) g.bandTitles.emplace_back(left, y, device.width() - left - f.margin, f.rowHeaderHeight);
        y += f.rowHeaderHeight;
        const int height = band.span * g.tile.height() + (band.span - 1) * f.gap;
        g.rowBands.emplace_back(left + f.labelWidth, y, gridW - f.labelWidth, height);
        for (int k = 0; k < band.span; ++k) rowY.push_back(y + k * (g.tile.height() + f.gap));
        y += height + f.bandGap;
    }
    const int tilesBottom = g.rowBands.back().bottom();
    for (QRect& band : g.columnBands) band.setBottom(tilesBottom);
    if (f.bandTitleHeight > 0)
        for (const QRect& band : g.columnBands)
            g.bandTitles.emplace_back(band.left(), top, std::max(band.width(), g.tile.width()), f.bandTitleHeight);

    for (int i = 0; i < n; ++i) {
        const int r = i / f.columns, c = i % f.columns;
        g.tiles.emplace_back(columnX[std::size_t(c)], rowY[std::size_t(r)], g.tile.width(), g.tile.height());
    }
    if (!content().rowLabels.isEmpty())
        for (int r = 0; r < f.rows; ++r)
            g.rowLabels.emplace_back(left, rowY[std::size_t(r)], f.labelWidth - f.pad, g.tile.height());
    if (f.captionHeight > 0)
        for (int c = 0; c < f.columns; ++c)
            g.columnCaptions.emplace_back(columnX[std::size_t(c)], top + f.bandTitleHeight, g.tile.width(), f.captionHeight);
    return g;
}

QImage ImageGrid::render(QSize size, qreal dpr) const {
    const QSize device = (QSizeF(size) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage image(device, QImage::Format_RGB32);
    image.fill(palette().color(style_.background));
    QPainter painter(&image);
    const Frame f = frameFor(content(), style_, font(), dpr);
    const QColor text = textColour(palette(), style_.background);
    painter.setPen(text);
    painter.setFont(f.labelFont);
    const Geometry g = geometry(size, dpr);
    if (!g.title.isEmpty()) painter.drawText(g.title, Qt::AlignCenter, content().title);
    if (g.tiles.empty()) {
        const QRect area = QRect(QPoint(0, 0), device).adjusted(f.margin, f.margin + f.titleHeight, -f.margin, -f.margin);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, content().placeholder);
        painter.end();
        image.setDevicePixelRatio(dpr);
        return image;
    }

    // Band titles: row bands first (swatch, then the title in the band's colour), then column bands.
    const std::vector<Band> rowBands = content().flow ? std::vector<Band>{} : bandsOf(content().rowBands, content().rows);
    const std::vector<Band> columnBands =
        content().flow ? std::vector<Band>{} : bandsOf(content().columnBands, content().columns);
    std::size_t title = 0;
    if (anyTitle(rowBands) && !content().flow) {
        for (const Band& band : rowBands) {
            QRect line = g.bandTitles[title++];
            if (band.colour.isValid()) {
                const int side = scaled(10, dpr);
                painter.fillRect(QRect(line.left(), line.center().y() - side / 2, side, side), band.colour);
                line.setLeft(line.left() + side + scaled(6, dpr));
                painter.setPen(band.colour.darker(130));
            }
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(band.title, Qt::ElideRight, line.width()));
            painter.setPen(text);
        }
    }
    if (anyTitle(columnBands)) {
        painter.setFont(f.bandFont);
        for (const Band& band : columnBands) {
            const QRect line = g.bandTitles[title++];
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(band.title, Qt::ElideRight, line.width()));
        }
        painter.setFont(f.labelFont);
    }
    for (std::size_t r = 0; r < g.rowLabels.size() && r < std::size_t(content().rowLabels.size()); ++r)
        painter.drawText(g.rowLabels[r], Qt::AlignRight | Qt::AlignVCenter, content().rowLabels[qsizetype(r)]);
    if (!g.columnCaptions.empty()) {
        painter.setFont(f.captionFont);
        const int lineHeight = painter.fontMetrics().height();
        for (std::size_t c = 0; c < g.columnCaptions.size() && c < std::size_t(content().columnCaptions.size()); ++c) {
            const QRect box = g.columnCaptions[c];
            const QStringList lines = content().columnCaptions[qsizetype(c)].split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i)
                painter.drawText(QRect(box.left(), box.top() + i * lineHeight, box.width(), lineHeight), Qt::AlignCenter,
                                 painter.fontMetrics().elidedText(lines[i], Qt::ElideRight, box.width()));
        }
        painter.setFont(f.labelFont);
    }
    for (std::size_t b = 0; b < rowBands.size(); ++b)
        if (!rowBands[b].note.isEmpty())
            painter.drawText(g.rowBands[b].adjusted(0, 0, device.width(), 0), Qt::AlignLeft | Qt::AlignVCenter, rowBands[b].note);

    // No smoothing: each image pixel becomes a crisp block.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    if (style_.frames) painter.setPen(QPen(QColor(150, 150, 150), 1));
    for (std::size_t i = 0; i < g.tiles.size(); ++i) {
        const QImage& tile = content().images[i];
        if (!tile.isNull()) painter.drawImage(g.tiles[i], tile);
        // The frame sits just outside the tile, on the gap, so the image stays whole; an empty
        // cell keeps its frame, as a place for an image to come.
        if (style_.frames) painter.drawRect(g.tiles[i].adjusted(-1, -1, 0, 0));
    }
    painter.end();
    image.setDevicePixelRatio(dpr);
    return image;
}

QRect ImageGrid::tileRect(int index, QSize size, qreal dpr) const {
    const Geometry g = geometry(size, dpr);
    return index >= 0 && index < static_cast<int>(g.tiles.size()) ? g.tiles[std::size_t(index)] : QRect();
}

QRect ImageGrid::tileRect(int row, int column, QSize size, qreal dpr) const {
    if (row < 0 || column < 0 || column >= content().columns) return {};
    return tileRect(row * content().columns + column, size, dpr);
}

QSize ImageGrid::gridShape(QSize size) const {
    const Geometry g = geometry(size);
    return {g.columns, g.rows};
}

int ImageGrid::tileAt(QPoint pos) const {
    const qreal dpr = devicePixelRatioF();
    const Geometry g = geometry(size(), dpr);
    const QPoint device = (QPointF(pos) * dpr).toPoint();
    for (std::size_t i = 0; i < g.tiles.size(); ++i)
        if (g.tiles[i].contains(device) && !content().images[i].isNull()) return static_cast<int>(i);
    return -1;
}

QSize ImageGrid::sizeForScale(double scale) const {
    if (imageCount() == 0) return {0, 0};
    Frame f = frameFor(content(), style_, font(), 1.0);
    if (content().flow) {
        f.columns = static_cast<int>(std::ceil(std::sqrt(double(imageCount()))));
        f.rows = (imageCount() + f.columns - 1) / f.columns;
        f.rowBands = {Band{f.rows, {}, {}, {}}};
        f.columnBands = {Band{f.columns, {}, {}, {}}};
    }
    const QSize cell = cellSize();
    return {f.fixedWidth() + static_cast<int>(std::ceil(f.columns * cell.width() * scale)),
            f.fixedHeight() + static_cast<int>(std::ceil(f.rows * cell.height() * scale))};
}

void ImageGrid::paintEvent(QPaintEvent*) {
    const qreal dpr = devicePixelRatioF();
    const QSize device = (QSizeF(size()) * dpr).toSize().expandedTo(QSize(1, 1));
    if (cache_.size() != device || cache_.devicePixelRatio() != dpr) cache_ = render(size(), dpr);
    QPainter painter(this);
    if (!isEnabled()) {  // faded like the disabled widgets around it (the data panel while training)
        painter.fillRect(rect(), palette().color(style_.background));
        painter.setOpacity(0.5);
    }
    painter.drawImage(QPoint(0, 0), cache_);
}

bool ImageGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = tileAt(help->pos());
        if (index >= 0 && index < content().toolTips.size() && !content().toolTips[index].isEmpty()) {
            const qreal dpr = devicePixelRatioF();
            const QRect device = tileRect(index, size(), dpr);
            const QRect logical((QPointF(device.topLeft()) / dpr).toPoint(), (QSizeF(device.size()) / dpr).toSize());
            QToolTip::showText(help->globalPos(), content().toolTips[index], this, logical);
            return true;
        }
    }
    return QWidget::event(event);
}

void ImageGrid::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) cache_ = QImage();
    // Content made by a maker is made again: its labels and captions come out in the new language.
    if (event->type() == QEvent::LanguageChange && maker_) setContentLater(maker_);
    QWidget::changeEvent(event);
}

} // namespace ae
