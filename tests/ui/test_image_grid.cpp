// The image grid every image view draws with: where tiles land, how they scale (crisp, whole
// device pixels, any device pixel ratio), labels, captions and bands, flowing layout, hover; and
// the tile images made from samples, errors and weights.
#include "ui/views/common/image_grid.h"
#include "ui/views/common/tile_image.h"
#include "ui_fixture.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QtTest>

#include <cmath>
#include <limits>
#include <set>

using namespace ae;

namespace {

QImage filled(int w, int h, QColor colour) {
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

// A w x h checkerboard of black and white pixels, white at (0, 0).
QImage checkerboard(int w, int h) {
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) image.setPixel(x, y, (x + y) % 2 == 0 ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
    return image;
}

// rows x columns tiles, tile i a distinct colour.
ImageGrid::Content colouredGrid(int rows, int columns, int w = 8, int h = 8) {
    ImageGrid::Content c;
    c.rows = rows;
    c.columns = columns;
    for (int i = 0; i < rows * columns; ++i) c.images.push_back(filled(w, h, QColor(20 * i, 255 - 20 * i, 100)));
    return c;
}

// Pixels of `rect` in `image` that differ from `background`.
int inkIn(const QImage& image, const QRect& rect, QRgb background) {
    int ink = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) ink += image.pixel(x, y) != background;
    return ink;
}

} // namespace

class TestImageGrid : public QObject {
    Q_OBJECT
private slots:
    void tilesInRowsAndColumns();
    void wholeDevicePixelsAndHighDpi();
    void smallViewsScaleByTheFit();
    void rowLabelsAndColumnCaptions();
    void bands();
    void flowPicksTheLargestTiles();
    void emptyCellsAndPlaceholder();
    void sizeForScaleAndHover();
    void disabledFades();
    void contentLaterWaitsForUse();
    void tileImages();
};

void TestImageGrid::tilesInRowsAndColumns() {
    ImageGrid grid;
    grid.setContent(colouredGrid(2, 3));
    QCOMPARE(grid.tileCount(), 6);
    QCOMPARE(grid.cellSize(), QSize(8, 8));
    const QSize size(300, 200);
    const QImage picture = grid.render(size);
    QCOMPARE(picture.size(), size);
    const ImageGrid::Geometry g = grid.geometry(size);
    QCOMPARE(g.rows, 2);
    QCOMPARE(g.columns, 3);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c) {
            const int i = r * 3 + c;
            const QRect tile = grid.tileRect(r, c, size);
            QCOMPARE(tile, grid.tileRect(i, size));
            QCOMPARE(tile.size(), g.tile);
            QCOMPARE(picture.pixel(tile.center()), grid.image(i).pixel(0, 0));
            QCOMPARE(picture.pixel(tile.topLeft()), grid.image(i).pixel(0, 0));
            QCOMPARE(picture.pixel(tile.bottomRight()), grid.image(i).pixel(0, 0));
            if (c > 0) {  // left to right, one gap apart, same row
                const QRect left = grid.tileRect(r, c - 1, size);
                QCOMPARE(tile.left() - left.right() - 1, grid.style().gap);
                QCOMPARE(tile.top(), left.top());
            }
            if (r > 0) QCOMPARE(tile.top() - grid.tileRect(r - 1, c, size).bottom() - 1, grid.style().gap);
        }
    // The gap between tiles is background, and the grid sits in the middle.
    const QRgb background = grid.palette().color(QPalette::Window).rgb();
    const QRect a = grid.tileRect(0, 0, size), b = grid.tileRect(0, 1, size);
    QCOMPARE(picture.pixel(a.right() + 1, a.center().y()), background);
    const QRect last = grid.tileRect(1, 2, size);
    QVERIFY(std::abs(a.left() - (size.width() - 1 - last.right())) <= 1);
    QVERIFY(std::abs(a.top() - (size.height() - 1 - last.bottom())) <= 1);
    QVERIFY(b.left() > a.right());
    QCOMPARE(grid.tileRect(6, size), QRect());  // no such tile
    QCOMPARE(grid.tileRect(0, 3, size), QRect());
}

void TestImageGrid::wholeDevicePixelsAndHighDpi() {
    ImageGrid grid;
    ImageGrid::Content c;
    c.rows = 1;
    c.columns = 2;
    c.images = {checkerboard(5, 4), checkerboard(5, 4)};
    grid.setContent(c);
    // Room for 10.x device pixels per image pixel: whole ones, so 10.
    const QSize size(2 * 6 + 3 + 2 * 5 * 10 + 7, 2 * 6 + 4 * 10 + 9);
    const ImageGrid::Geometry g = grid.geometry(size);
    QCOMPARE(g.scale, 10.0);
    QCOMPARE(g.tile, QSize(50, 40));
    const QImage picture = grid.render(size);
    const QRect tile = grid.tileRect(0, size);
    // Nearest neighbour: every image pixel is a 10 x 10 block of its own colour, nothing between.
    for (int y = 0; y < tile.height(); ++y)
        for (int x = 0; x < tile.width(); ++x) {
            const QRgb expected = ((x / 10) + (y / 10)) % 2 == 0 ? qRgb(255, 255, 255) : qRgb(0, 0, 0);
            if (picture.pixel(tile.left() + x, tile.top() + y) != expected)
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2 of the tile is not its image pixel's colour").arg(x).arg(y)));
        }

    // Device pixel ratio 2: twice the device pixels, and whole device pixels again: the margins
    // and gap (12 + 3 logical pixels, 30 device ones) leave 214 / 10 = 21.4 per image pixel.
    const QImage sharp = grid.render(size, 2.0);
    QCOMPARE(sharp.size(), size * 2);
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    QCOMPARE(grid.geometry(size, 2.0).scale, 21.0);
    const QRect tile2 = grid.tileRect(0, size, 2.0);
    QCOMPARE(tile2.size(), QSize(105, 84));
    QCOMPARE(sharp.pixel(tile2.topLeft() + QPoint(20, 20)), qRgb(255, 255, 255));
    QCOMPARE(sharp.pixel(tile2.topLeft() + QPoint(21, 20)), qRgb(0, 0, 0));
    QCOMPARE(sharp.pixel(tile2.topLeft() + QPoint(21, 21)), qRgb(255, 255, 255));
}

void TestImageGrid::smallViewsScaleByTheFit() {
    ImageGrid grid;
    ImageGrid::Content c;
    c.rows = 1;
    c.columns = 1;
    c.images = {checkerboard(28, 28)};
    grid.setContent(c);
    // 2.5 device pixels per image pixel: below whole-pixel scaling, the exact fit is used.
    const QSize size(2 * 6 + 70, 2 * 6 + 70);
    const ImageGrid::Geometry g = grid.geometry(size);
    QCOMPARE(g.scale, 2.5);
    QCOMPARE(g.tile, QSize(70, 70));
    // Still nearest neighbour: no pixel is a blend of black and white.
    const QImage picture = grid.render(size);
    const QRect tile = grid.tileRect(0, size);
    std::set<QRgb> colours;
    for (int y = tile.top(); y <= tile.bottom(); ++y)
        for (int x = tile.left(); x <= tile.right(); ++x) colours.insert(picture.pixel(x, y));
    QCOMPARE(colours, (std::set<QRgb>{qRgb(0, 0, 0), qRgb(255, 255, 255)}));

    // A tiny view goes no lower than the style's minimum.
    ImageGrid::Style style;
    style.minScale = 0.5;
    grid.setStyle(style);
    QCOMPARE(grid.geometry(QSize(20, 20)).scale, 0.5);
    QCOMPARE(grid.geometry(QSize(20, 20)).tile, QSize(14, 14));
}

void TestImageGrid::rowLabelsAndColumnCaptions() {
    const QSize size(400, 200);
    ImageGrid plain;
    plain.setContent(colouredGrid(2, 4));
    ImageGrid labelled;
    ImageGrid::Content c = colouredGrid(2, 4);
    c.rowLabels = QStringList{QStringLiteral("input"), QStringLiteral("output")};
    c.columnCaptions = QStringList{QStringLiteral("a\n0.1"), QStringLiteral("b\n0.2"), QStringLiteral("c\n0.3"), QStringLiteral("d\n0.4")};
    labelled.setContent(c);
    QCOMPARE(labelled.rowLabels(), c.rowLabels);

    const ImageGrid::Geometry g = labelled.geometry(size);
    QCOMPARE(int(g.rowLabels.size()), 2);
    QCOMPARE(int(g.columnCaptions.size()), 4);
    const QImage picture = labelled.render(size);
    const QRgb background = labelled.palette().color(QPalette::Window).rgb();
    for (int r = 0; r < 2; ++r) {
        // Each label sits left of its row, level with it, and has text in it.
        const QRect label = g.rowLabels[std::size_t(r)];
        const QRect first = labelled.tileRect(r, 0, size);
        QVERIFY(label.right() < first.left());
        QCOMPARE(label.top(), first.top());
        QVERIFY(inkIn(picture, label, background) > 10);
    }
    for (int col = 0; col < 4; ++col) {
        const QRect caption = g.columnCaptions[std::size_t(col)];
        const QRect tile = labelled.tileRect(0, col, size);
        QCOMPARE(caption.left(), tile.left());
        QVERIFY(caption.bottom() < tile.top());
        QVERIFY(inkIn(picture, caption, background) > 5);
    }
    // Two caption lines stand above the tiles: the same content without them starts higher.
    const QFont captionFont = [&] {
        QFont f = labelled.font();
        f.setPixelSize(labelled.style().captionPixels);
        return f;
    }();
    QCOMPARE(g.columnCaptions[0].height(), 2 * QFontMetrics(captionFont).height());
    // Labels and captions take room: the labelled tiles are smaller or further right and down.
    const QRect bare = plain.tileRect(0, 0, size), withText = labelled.tileRect(0, 0, size);
    QVERIFY(withText.left() > g.rowLabels[0].left());
    QVERIFY(withText.width() <= bare.width());
    QVERIFY(withText.top() >= g.columnCaptions[0].bottom());
    // Nothing is drawn where the plain grid has no labels.
    const QImage plainPicture = plain.render(size);
    QCOMPARE(inkIn(plainPicture, QRect(0, 0, bare.left() - 1, size.height()), background), 0);
}

void TestImageGrid::bands() {
    const QSize size(500, 300);
    ImageGrid grid;
    ImageGrid::Style style;
    style.bandGap = 12;
    grid.setStyle(style);
    ImageGrid::Content c = colouredGrid(3, 5);
    c.rowBands = {ImageGrid::Band{1, {}, {}, {}}, ImageGrid::Band{2, QStringLiteral("run #2"), QColor(214, 39, 40), {}}};
    c.columnBands = {ImageGrid::Band{2, QStringLiteral("left"), {}, {}}, ImageGrid::Band{3, QStringLiteral("right"), {}, {}}};
    grid.setContent(c);
    const ImageGrid::Geometry g = grid.geometry(size);
    // Column bands: the band gap between columns 1 and 2, the ordinary gap inside a band.
    QCOMPARE(grid.tileRect(0, 2, size).left() - grid.tileRect(0, 1, size).right() - 1, 12);
    QCOMPARE(grid.tileRect(0, 1, size).left() - grid.tileRect(0, 0, size).right() - 1, 3);
    // Row bands: a titled band has a header line over its rows, after the band gap.
    QCOMPARE(int(g.rowBands.size()), 2);
    QCOMPARE(int(g.bandTitles.size()), 2 + 2);  // two row band headers, then two column band titles
    const QRect header = g.bandTitles[1];
    QVERIFY(header.top() >= grid.tileRect(0, 0, size).bottom() + 12);
    QCOMPARE(grid.tileRect(1, 0, size).top(), header.bottom() + 1);
    QCOMPARE(grid.tileRect(2, 0, size).top() - grid.tileRect(1, 0, size).bottom() - 1, 3);
    // The header's swatch is drawn in the band's colour, its title in a darker one.
    const QImage picture = grid.render(size);
    bool swatch = false;
    for (int x = header.left(); x < header.left() + 12 && !swatch; ++x)
        swatch = picture.pixel(x, header.center().y()) == QColor(214, 39, 40).rgb();
    QVERIFY(swatch);
    // Column band titles sit over their band.
    QCOMPARE(g.bandTitles[2].left(), grid.tileRect(0, 0, size).left());
    QCOMPARE(g.bandTitles[3].left(), grid.tileRect(0, 2, size).left());

    // Spans that do not add up are one band, not a misplaced grid.
    c.columnBands = {ImageGrid::Band{2, {}, {}, {}}};
    grid.setContent(c);
    QCOMPARE(grid.tileRect(0, 2, size).left() - grid.tileRect(0, 1, size).right() - 1, 3);
}

void TestImageGrid::flowPicksTheLargestTiles() {
    ImageGrid grid;
    ImageGrid::Content c;
    c.flow = true;
    for (int i = 0; i < 7; ++i) c.images.push_back(filled(10, 10, QColor(30 * i, 0, 0)));
    grid.setContent(c);
    QCOMPARE(grid.gridShape(QSize(800, 100)), QSize(7, 1));  // a wide strip: one row
    QCOMPARE(grid.gridShape(QSize(100, 800)), QSize(1, 7));  // a tall one: one column
    QCOMPARE(grid.gridShape(QSize(300, 300)), QSize(3, 3));
    // Row by row, left to right.
    const QSize size(300, 300);
    QCOMPARE(grid.tileRect(3, size).left(), grid.tileRect(0, size).left());
    QVERIFY(grid.tileRect(3, size).top() > grid.tileRect(0, size).bottom());
    QCOMPARE(grid.render(size).pixel(grid.tileRect(6, size).center()), qRgb(180, 0, 0));
}

void TestImageGrid::emptyCellsAndPlaceholder() {
    ImageGrid grid;
    ImageGrid::Content c;
    c.placeholder = QStringLiteral("Nothing here yet");
    grid.setContent(c);
    const QSize size(300, 100);
    const QRgb background = grid.palette().color(QPalette::Window).rgb();
    QCOMPARE(grid.tileCount(), 0);
    QVERIFY(inkIn(grid.render(size), QRect(0, 30, 300, 40), background) > 20);  // the placeholder

    // A null image leaves its cell empty; the others are drawn where they belong.
    c = colouredGrid(1, 3);
    c.images[1] = QImage();
    grid.setContent(c);
    QCOMPARE(grid.tileCount(), 2);
    const QImage picture = grid.render(size);
    QCOMPARE(picture.pixel(grid.tileRect(1, size).center()), background);
    QCOMPARE(picture.pixel(grid.tileRect(2, size).center()), grid.image(2).pixel(0, 0));
    // clearImages keeps the placeholder.
    c.placeholder = QStringLiteral("gone");
    grid.setContent(c);
    grid.clearImages();
    QCOMPARE(grid.imageCount(), 0);
    QCOMPARE(grid.content().placeholder, QStringLiteral("gone"));
}

void TestImageGrid::sizeForScaleAndHover() {
    ImageGrid grid;
    ImageGrid::Content c = colouredGrid(2, 3, 28, 28);
    c.rowLabels = QStringList{QStringLiteral("input"), QStringLiteral("output")};
    c.toolTips = QStringList{QStringLiteral("first"), QString(), QStringLiteral("third"), {}, {}, {}};
    grid.setContent(c);
    // At its own size for 2 pixels per image pixel the grid draws exactly that.
    const QSize two = grid.sizeForScale(2.0);
    QCOMPARE(grid.geometry(two).scale, 2.0);
    QVERIFY(grid.geometry(two - QSize(2, 2)).scale < 2.0);

    grid.resize(two);
    const qreal dpr = grid.devicePixelRatioF();
    const QRect tile = grid.tileRect(2, grid.size(), dpr);
    const QPoint inside = (QPointF(tile.center()) / dpr).toPoint();
    QCOMPARE(grid.tileAt(inside), 2);
    QCOMPARE(grid.tileAt(QPoint(1, 1)), -1);  // the margin
    // Hovering a tile with a tooltip shows that tooltip.
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QHelpEvent help(QEvent::ToolTip, inside, grid.mapToGlobal(inside));
    QVERIFY(QCoreApplication::sendEvent(&grid, &help));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("third"));
    QToolTip::hideText();
}

void TestImageGrid::disabledFades() {
    ImageGrid grid;
    ImageGrid::Content c;
    c.rows = c.columns = 1;
    c.images = {filled(4, 4, Qt::black)};
    grid.setContent(c);
    grid.resize(100, 100);
    const qreal dpr = grid.devicePixelRatioF();
    const QPoint centre = grid.tileRect(0, grid.size(), dpr).center();
    QCOMPARE(grid.grab().toImage().pixel(centre), qRgb(0, 0, 0));
    // Disabled (the data panel while training): half way to the background, like its neighbours.
    grid.setEnabled(false);
    const QRgb faded = grid.grab().toImage().pixel(centre);
    const int background = qGray(grid.palette().color(QPalette::Window).rgb());
    QVERIFY(std::abs(qGray(faded) - background / 2) <= 2);
}

void TestImageGrid::contentLaterWaitsForUse() {
    ImageGrid grid;
    int made = 0;
    // A burst of data for a view nobody looks at: nothing is converted yet ...
    for (int k = 1; k <= 3; ++k)
        grid.setContentLater([&made, k] {
            ++made;
            return colouredGrid(1, k);
        });
    QCOMPARE(made, 0);
    // ... and the first question converts the newest only, once.
    QCOMPARE(grid.columnCount(), 3);
    QCOMPARE(made, 1);
    const QImage picture = grid.render(QSize(200, 100));
    QCOMPARE(picture.pixel(grid.tileRect(2, QSize(200, 100)).center()), grid.image(2).pixel(0, 0));
    QCOMPARE(made, 1);
    // Content set directly replaces what was waiting.
    grid.setContentLater([&made] {
        ++made;
        return colouredGrid(1, 1);
    });
    grid.setContent(colouredGrid(2, 2));
    QCOMPARE(grid.rowCount(), 2);
    QCOMPARE(made, 1);
}

void TestImageGrid::tileImages() {
    // Grey from the first channel, or RGB for three channels; out-of-range and NaN clamp.
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float grey[4] = {0.0f, 1.0f, 0.5f, nan};
    const QImage g = sampleImage(grey, Shape{1, 2, 2});
    QCOMPARE(g.size(), QSize(2, 2));
    QCOMPARE(g.pixel(0, 0), qRgb(0, 0, 0));
    QCOMPARE(g.pixel(1, 0), qRgb(255, 255, 255));
    QCOMPARE(g.pixel(0, 1), qRgb(128, 128, 128));
    QCOMPARE(g.pixel(1, 1), qRgb(0, 0, 0));
    const float rgb[3] = {1.0f, 0.0f, 2.0f};  // one pixel: red, no green, blue clamped to 1
    QCOMPARE(sampleImage(rgb, Shape{3, 1, 1}).pixel(0, 0), qRgb(255, 0, 255));
    const std::uint8_t bytes[2] = {7, 200};
    QCOMPARE(sampleImage(bytes, Shape{1, 1, 2}).pixel(1, 0), qRgb(200, 200, 200));

    // Error heat map: no error is inferno's dark end, the range its pale end.
    const float in[2] = {0.2f, 0.0f}, out[2] = {0.2f, 0.5f};
    const QImage e = errorImage(in, out, Shape{1, 1, 2}, 0.5);
    QCOMPARE(e.pixel(0, 0), qRgb(0, 0, 4));
    QCOMPARE(e.pixel(1, 0), qRgb(252, 255, 164));

    // Weights: scaled by the largest |weight|, blue - white - red.
    const float w[3] = {-0.5f, 0.0f, 0.25f};
    const QImage d = divergingImage(w, 3, 1);
    QCOMPARE(d.pixel(0, 0), qRgb(33, 102, 172));
    QCOMPARE(d.pixel(1, 0), qRgb(255, 255, 255));
    QCOMPARE(d.pixel(2, 0), diverging(0.5));
    QVERIFY(qRed(d.pixel(2, 0)) > qBlue(d.pixel(2, 0)));
}

AELAB_UI_TEST_MAIN(TestImageGrid)
#include "test_image_grid.moc"
