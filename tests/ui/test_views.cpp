// The live views and their export, driven by hand-made snapshots: each test checks what the
// view draws (points, tiles, pixels, legend entries), not just that it runs; and every dock's
// view (the window's dock table) offers the same context menu, whose exports write valid files.
// With AELAB_VIEW_SHOTS=<dir> set, every view is also saved there as PNG, SVG and PDF to look at.
#include "ui/history/runs_view.h"
#include "ui/lessons/lessons_panel.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/explanation_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/sweep/sweep_view.h"
#include "ui/views/anomaly_view.h"
#include "ui/views/architecture_view.h"
#include "ui/views/common/plot_export.h"
#include "ui/views/distortion_view.h"
#include "ui/views/filters_view.h"
#include "ui/views/latent_explorer.h"
#include "ui/views/latent_view.h"
#include "ui/views/loss_view.h"
#include "ui/views/manifold_view.h"
#include "ui/views/reconstruction_view.h"
#include "ui/views/tradeoff_view.h"
#include "ui/window/lab_views.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QScopeGuard>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <cmath>
#include <random>

using namespace ae;

namespace {

TrainingProgress makeProgress(int epochs, int batchesPerEpoch, bool hasL1, bool withTest) {
    TrainingProgress p;
    p.epoch = epochs;
    p.totalEpochs = epochs;
    p.batchesPerEpoch = batchesPerEpoch;
    p.hasL1 = hasL1;
    std::mt19937 rng(1);
    std::normal_distribution<double> noise(0, 0.02);
    for (int e = 0; e < epochs; ++e) {
        for (int b = 0; b < batchesPerEpoch; ++b) {
            LossPoint lp;
            lp.position = e + double(b + 1) / batchesPerEpoch;
            lp.loss.reconstruction = 0.1 + 0.25 * std::exp(-lp.position) + noise(rng);
            lp.loss.l1 = hasL1 ? 0.01 * std::exp(-0.5 * lp.position) : 0;
            lp.loss.total = lp.loss.reconstruction + lp.loss.l1;
            p.batches.push_back(lp);
        }
        EpochPoint ep;
        ep.epoch = e + 1;
        ep.train.total = 0.1 + 0.25 * std::exp(-(e + 0.5));
        ep.hasTest = withTest;
        ep.test.total = ep.train.total + 0.01;
        p.epochs.push_back(ep);
    }
    return p;
}

// A digit-like blob per column, so a saved picture looks like something.
ModelSnapshot makeReconstructions(int columns, bool noisy) {
    ModelSnapshot s;
    s.inputShape = Shape{1, 28, 28};
    const int d = s.inputShape.size();
    s.inputs = Matrix::Zero(columns, d);
    s.outputs = Matrix::Zero(columns, d);
    for (int c = 1; c < columns; ++c)
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const double r = std::hypot(x - 14.0, y - 14.0);
                const float v = std::abs(r - 5.0 - c % 4) < 2.0 ? 1.0f : 0.0f;
                s.inputs(c, y * 28 + x) = v;
                s.outputs(c, y * 28 + x) = 0.8f * v + 0.1f * float(std::exp(-std::abs(r - 7)));
            }
    s.inputs.row(0).setOnes();  // column 0: an all-white input, reconstructed as black
    if (noisy) {
        std::mt19937 rng(2);
        std::uniform_real_distribution<float> u(0, 1);
        s.noisyInputs = s.inputs;
        for (int i = 0; i < s.noisyInputs.size(); ++i)
            s.noisyInputs.data()[i] = std::clamp(s.noisyInputs.data()[i] + 0.5f * (u(rng) - 0.5f), 0.0f, 1.0f);
    }
    return s;
}

ModelSnapshot makeLatent(const std::vector<int>& perClass, int unlabelled, double spread = 1.0) {
    ModelSnapshot s;
    s.classNames = {QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two")};
    for (int i = 3; i < int(perClass.size()); ++i)
        s.classNames << QString::number(i);
    s.latentXLabel = QStringLiteral("z0");
    s.latentYLabel = QStringLiteral("z1");
    int total = unlabelled;
    for (int n : perClass)
        total += n;
    s.latent2d = Matrix(total, 2);
    std::mt19937 rng(3);
    std::normal_distribution<float> g(0, 0.4f);
    int row = 0;
    for (int label = 0; label < int(perClass.size()); ++label)
        for (int i = 0; i < perClass[label]; ++i, ++row) {
            const double angle = 2 * M_PI * label / perClass.size();
            s.latent2d(row, 0) = float(spread * (2 * std::cos(angle) + g(rng)));
            s.latent2d(row, 1) = float(spread * (2 * std::sin(angle) + g(rng)));
            s.latentLabels.push_back(label);
        }
    for (int i = 0; i < unlabelled; ++i, ++row) {
        s.latent2d(row, 0) = g(rng);
        s.latent2d(row, 1) = g(rng);
        s.latentLabels.push_back(-1);
    }
    return s;
}

void saveShot(QWidget& view, const QString& name) {
    const QString dir = qEnvironmentVariable("AELAB_VIEW_SHOTS");
    if (dir.isEmpty())
        return;
    for (const char* suffix : {".png", ".svg", ".pdf"}) {
        QString error;
        QVERIFY2(exportView(&view, dir + QLatin1Char('/') + name + QLatin1String(suffix), &error), qPrintable(error));
    }
}

// Legend entries shown (a wrapped legend's grid also has empty cells).
int legendCount(QCustomPlot* plot) {
    int n = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        n += plot->legend->item(i) != nullptr;
    return n;
}

} // namespace

class TestViews : public QObject {
    Q_OBJECT
private slots:
    void lossCountsAndTerms();
    void lossTimerKeepsNewest();
    void lossLogScale();
    void reconstructionGrid();
    void reconstructionNoisyAndRgb();
    void latentClassesAndStableRange();
    void distortionHistogram();
    void filtersTiles();
    void exportFiles();
    void everyViewHasTheSameMenu();
};

void TestViews::lossCountsAndTerms() {
    LossView view;
    view.resize(640, 400);
    view.showProgress(makeProgress(3, 40, false, true));
    view.flush();
    QCOMPARE(view.pointCount(LossView::Curve::BatchRaw), 120);
    QCOMPARE(view.pointCount(LossView::Curve::BatchSmoothed), 120);
    QCOMPARE(view.pointCount(LossView::Curve::EpochTrain), 3);
    QCOMPARE(view.pointCount(LossView::Curve::EpochTest), 3);
    QVERIFY(!view.isCurveShown(LossView::Curve::L1));
    QVERIFY(!view.isCurveShown(LossView::Curve::VaeKl));
    QCOMPARE(legendCount(view.plot()), 4);
    QCOMPARE(view.plot()->xAxis->label(), QStringLiteral("epoch"));
    QCOMPARE(view.plot()->yAxis->label(), QStringLiteral("loss per element"));
    // The epoch curves are totals (reconstruction plus the weighted code terms) and say so.
    QStringList names;
    for (int i = 0; i < view.plot()->graphCount(); ++i) names << view.plot()->graph(i)->name();
    QVERIFY2(names.contains(QStringLiteral("epoch validation total")), qPrintable(names.join(", ")));
    QVERIFY(names.contains(QStringLiteral("epoch train total")));

    // The L1 term appears only with its flag; validation disappears without test points.
    view.showProgress(makeProgress(2, 25, true, false));
    view.flush();
    QVERIFY(view.isCurveShown(LossView::Curve::L1));
    QCOMPARE(view.pointCount(LossView::Curve::L1), 50);
    QVERIFY(!view.isCurveShown(LossView::Curve::EpochTest));
    QVERIFY(!view.isCurveShown(LossView::Curve::KlSparsity));
    QVERIFY(!view.isCurveShown(LossView::Curve::Distance));
    QCOMPARE(legendCount(view.plot()), 4);  // raw, smoothed, train epochs, L1
    saveShot(view, QStringLiteral("loss"));
}

void TestViews::lossTimerKeepsNewest() {
    LossView view;
    // A burst of progress: only the newest is drawn, once the short timer fires.
    for (int e = 1; e <= 5; ++e)
        view.showProgress(makeProgress(e, 10, false, false));
    QTRY_COMPARE(view.pointCount(LossView::Curve::BatchRaw), 50);
    QCOMPARE(view.pointCount(LossView::Curve::EpochTrain), 5);
}

void TestViews::lossLogScale() {
    LossView view;
    view.resize(640, 400);
    TrainingProgress p = makeProgress(2, 20, true, true);
    p.batches[0].loss.l1 = 0;  // zero cannot sit on a log axis: it must become a gap
    view.showProgress(p);
    view.setLogScale(true);
    view.flush();
    QCOMPARE(view.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(view.plot()->yAxis->range().lower > 0);
    QVERIFY(view.plot()->yAxis->range().upper > 0.3);
    QCOMPARE(view.pointCount(LossView::Curve::L1), 40);
    saveShot(view, QStringLiteral("loss_log"));
    view.setLogScale(false);
    QCOMPARE(view.plot()->yAxis->scaleType(), QCPAxis::stLinear);
    QCOMPARE(view.plot()->yAxis->range().lower, 0.0);
}

void TestViews::reconstructionGrid() {
    ReconstructionView view;
    QCOMPARE(view.rowCount(), 0);
    view.showSnapshot(makeReconstructions(10, false));
    QCOMPARE(view.rowCount(), 3);
    QCOMPARE(view.columnCount(), 10);
    QCOMPARE(view.rowLabels(), (QStringList{"input", "output", "|error|\n0 to 0.5"}));

    const QSize size(600, 240);
    const QImage grid = view.render(size);
    QCOMPARE(grid.size(), size);
    const QPoint centre = view.tileRect(0, 0, size).center();
    QCOMPARE(grid.pixel(centre), qRgb(255, 255, 255));                        // white input
    QCOMPARE(grid.pixel(view.tileRect(1, 0, size).center()), qRgb(0, 0, 0));  // black output
    QCOMPARE(grid.pixel(view.tileRect(2, 0, size).center()), qRgb(252, 255, 164));  // |error| = 1
    // The tiles of one row do not overlap and keep the image's aspect.
    const QRect a = view.tileRect(0, 0, size), b = view.tileRect(0, 1, size);
    QVERIFY(b.left() > a.right());
    QCOMPARE(a.width(), a.height());

    // High DPI: twice the pixels, the same picture.
    const QImage hi = view.render(size, 2.0);
    QCOMPARE(hi.size(), size * 2);
    QCOMPARE(hi.devicePixelRatio(), 2.0);
    QCOMPARE(hi.pixel(view.tileRect(0, 0, size, 2.0).center()), qRgb(255, 255, 255));
    view.resize(size);
    saveShot(view, QStringLiteral("reconstructions"));
}

void TestViews::reconstructionNoisyAndRgb() {
    ReconstructionView view;
    view.showSnapshot(makeReconstructions(12, true));
    QCOMPARE(view.rowCount(), 4);
    QCOMPARE(view.columnCount(), 12);
    QCOMPARE(view.rowLabels().at(1), QStringLiteral("noisy input"));
    view.resize(640, 300);
    saveShot(view, QStringLiteral("reconstructions_noisy"));

    ModelSnapshot rgb;
    rgb.inputShape = Shape{3, 8, 8};
    rgb.inputs = Matrix::Zero(10, 192);
    rgb.inputs.leftCols(64).setOnes();  // red channel only
    rgb.outputs = rgb.inputs;
    view.showSnapshot(rgb);
    QCOMPARE(view.rowCount(), 3);
    const QImage grid = view.render(QSize(400, 200));
    QCOMPARE(grid.pixel(view.tileRect(0, 3, QSize(400, 200)).center()), qRgb(255, 0, 0));
    QCOMPARE(grid.pixel(view.tileRect(2, 3, QSize(400, 200)).center()), qRgb(0, 0, 4));  // no error

    // Rows of a CSV are not pictures: no strip of grey pixels, a sentence saying why.
    ModelSnapshot table;
    table.inputShape = Shape{1, 1, 64};
    table.inputs = Matrix::Constant(10, 64, 0.5f);
    table.outputs = table.inputs;
    view.showSnapshot(table);
    QCOMPARE(view.rowCount(), 0);
    QVERIFY(view.content().images.empty());
    QVERIFY2(view.content().placeholder.contains(QStringLiteral("not images")), qPrintable(view.content().placeholder));

    // A snapshot whose sizes disagree with its shape is not drawn rather than misread.
    rgb.inputShape = Shape{1, 28, 28};
    view.showSnapshot(rgb);
    QCOMPARE(view.rowCount(), 0);
}

void TestViews::latentClassesAndStableRange() {
    LatentView view;
    view.resize(600, 450);
    const ModelSnapshot s = makeLatent({5, 7, 9}, 2);
    view.showSnapshot(s);
    view.flush();
    QCOMPARE(view.classGraphCount(), 3);
    QCOMPARE(view.pointCount(0), 5);
    QCOMPARE(view.pointCount(1), 7);
    QCOMPARE(view.pointCount(2), 9);
    QCOMPARE(view.pointCount(-1), 2);
    QCOMPARE(legendCount(view.plot()), 4);
    QCOMPARE(view.plot()->graph(1)->name(), QStringLiteral("one"));

    const QCPRange x = view.xRange(), y = view.yRange();
    view.showSnapshot(s);
    view.flush();
    QCOMPARE(view.xRange(), x);
    QCOMPARE(view.yRange(), y);

    // Points moving a little inside the range leave it alone ...
    ModelSnapshot moved = s;
    moved.latent2d *= 0.95f;
    view.showSnapshot(moved);
    view.flush();
    QCOMPARE(view.xRange(), x);
    // ... a point leaving it grows the range just enough to hold it, with a margin.
    moved.latent2d(0, 0) = float(x.upper + 1.0);
    view.showSnapshot(moved);
    view.flush();
    QVERIFY(view.xRange().upper > x.upper + 1.0);
    QCOMPARE(view.xRange().lower, x.lower);
    QCOMPARE(view.yRange(), y);
    // ... and a cloud that collapsed to a tenth is fitted again.
    ModelSnapshot small = s;
    small.latent2d *= 0.1f;
    view.showSnapshot(small);
    view.flush();
    QVERIFY(view.xRange().size() < 0.5 * x.size());

    // Hover hook: the pixel of a probe point finds that point.
    view.showSnapshot(s);
    view.flush();
    view.resetRange();
    const QPointF pixel(view.plot()->xAxis->coordToPixel(s.latent2d(3, 0)),
                        view.plot()->yAxis->coordToPixel(s.latent2d(3, 1)));
    const int found = view.probeIndexAt(pixel, 1.0);
    QVERIFY(found >= 0);
    QCOMPARE(view.toLatent(pixel).x(), double(s.latent2d(found, 0)));

    view.showSnapshot(makeLatent({60, 60, 60, 60, 60, 60, 60, 60, 60, 60}, 0));
    view.flush();
    QCOMPARE(view.classGraphCount(), 10);
    QCOMPARE(view.className(2), QStringLiteral("two"));
    saveShot(view, QStringLiteral("latent"));
}

void TestViews::distortionHistogram() {
    DistortionView view;
    view.resize(700, 450);
    ModelSnapshot s;
    std::mt19937 rng(4);
    std::gamma_distribution<float> dist(6, 1.5f);
    std::normal_distribution<float> jitter(0, 0.6f);
    const int pairs = 20000;
    for (int p = 0; p < pairs; ++p) {
        const float dx = dist(rng);
        s.shepard.inputDistances.push_back(dx);
        s.shepard.latentDistances.push_back(std::max(0.0f, 0.5f * dx + jitter(rng)));
    }
    s.distortion.spearman = 0.8123;
    s.distortion.stress = 0.25;
    view.showSnapshot(s);
    view.flush();

    QCPColorMapData* data = view.densityMap()->data();
    QCOMPARE(data->keySize(), DistortionView::kBins);
    double sum = 0;
    int nonEmpty = 0;
    for (int i = 0; i < data->keySize(); ++i)
        for (int j = 0; j < data->valueSize(); ++j) {
            const double c = data->cell(i, j);
            if (std::isfinite(c) && c > 0) {
                sum += c;
                ++nonEmpty;
            }
        }
    QCOMPARE(sum, double(pairs));
    QVERIFY(nonEmpty > 100);
    QCOMPARE(view.densityMap()->dataScaleType(), QCPAxis::stLogarithmic);

    // dz ~ dx / 2, so the best scale a of dx ~ a dz is about 2 and the line ends at xMax / a.
    QVERIFY(std::abs(view.scale() - 2.0) < 0.1);
    QCOMPARE(view.scaleLine()->data()->size(), 2);
    QVERIFY(view.metricsText().contains(QStringLiteral("Spearman 0.812")));
    QVERIFY(view.metricsText().contains(QStringLiteral("stress-1 0.250")));
    saveShot(view, QStringLiteral("distortion"));

    // Identical distances: everything sits on y = x, a = 1.
    ModelSnapshot same;
    same.shepard.inputDistances = {1, 2, 3, 4};
    same.shepard.latentDistances = {1, 2, 3, 4};
    view.showSnapshot(same);
    view.flush();
    QCOMPARE(view.scale(), 1.0);
    view.clear();
    QCOMPARE(view.scaleLine()->data()->size(), 0);
}

void TestViews::filtersTiles() {
    FiltersView view;
    view.resize(500, 400);
    ModelSnapshot s;
    s.filterShape = Shape{1, 28, 28};
    s.filters = Matrix(32, 784);
    std::mt19937 rng(5);
    std::normal_distribution<float> g(0, 0.05f);
    for (int u = 0; u < 32; ++u)
        for (int p = 0; p < 784; ++p) {
            const double angle = u * 0.2, x = p % 28 - 13.5, y = p / 28 - 13.5;
            s.filters(u, p) = float(std::sin((x * std::cos(angle) + y * std::sin(angle)) / (2 + u % 4)) *
                                    std::exp(-(x * x + y * y) / 120)) + g(rng);
        }
    s.filters.row(0).setConstant(0.3f);    // all positive: red at its own maximum
    s.filters.row(1).setConstant(-0.01f);  // all negative, however small: full blue
    s.filters.row(2).setZero();            // nothing learned: white
    view.showSnapshot(s);
    QCOMPARE(view.tileCount(), 32);
    QCOMPARE(view.cellSize(), QSize(28, 28));
    const QSize size(500, 400);
    const QImage grid = view.render(size);
    QCOMPARE(grid.pixel(view.tileRect(0, size).center()), qRgb(178, 24, 43));
    QCOMPARE(grid.pixel(view.tileRect(1, size).center()), qRgb(33, 102, 172));
    QCOMPARE(grid.pixel(view.tileRect(2, size).center()), qRgb(255, 255, 255));
    const QSize gridShape = view.gridShape(size);
    QVERIFY(gridShape.width() * gridShape.height() >= 32);
    saveShot(view, QStringLiteral("filters_dense"));

    // Conv: 16 kernels of 2 x 3 x 3 show the first input channel's 3 x 3 each.
    ModelSnapshot conv;
    conv.filterShape = Shape{2, 3, 3};
    conv.filters = Matrix::Zero(16, 18);
    for (int k = 0; k < 16; ++k)
        for (int p = 0; p < 9; ++p)
            conv.filters(k, p) = float(std::sin(k + p * 0.7));
    conv.filters(0, 4) = 1;   // centre of kernel 0, channel 0: positive maximum
    conv.filters(0, 13) = -5; // channel 1 is not shown, so it must not set the scale
    view.showSnapshot(conv);
    QCOMPARE(view.tileCount(), 16);
    QCOMPARE(view.cellSize(), QSize(3, 3));
    QCOMPARE(view.image(0).pixel(1, 1), qRgb(178, 24, 43));
    saveShot(view, QStringLiteral("filters_conv"));
}

void TestViews::exportFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LossView loss;
    loss.resize(500, 300);
    loss.showProgress(makeProgress(2, 10, false, true));
    loss.flush();
    ReconstructionView recon;
    recon.resize(500, 200);
    recon.showSnapshot(makeReconstructions(10, false));

    for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        for (QWidget* view : {static_cast<QWidget*>(&loss), static_cast<QWidget*>(&recon)}) {
            const QString path = dir.filePath(view->metaObject()->className() + QStringLiteral(".") + suffix)
                                     .replace(QStringLiteral("::"), QStringLiteral("_"));
            QString error;
            QVERIFY2(exportView(view, path, &error), qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 100, qPrintable(path));
        }
    }
    const QImage png(dir.filePath(QStringLiteral("ae_LossView.png")));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() >= 500);
    const QImage reconPng(dir.filePath(QStringLiteral("ae_ReconstructionView.png")));
    QCOMPARE(reconPng.size(), QSize(500, 200));

    // An unknown format is refused and writes nothing.
    QString error;
    QVERIFY(!exportView(&loss, dir.filePath(QStringLiteral("loss.bmp")), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("loss.bmp"))));
}

void TestViews::everyViewHasTheSameMenu() {
    // The window's own views and dock table, with something to show where that is cheap.
    LabViews lab(nullptr);
    const std::vector<DockSpec> docks = lab.docks();
    const auto cleanup = qScopeGuard([&] {
        for (const DockSpec& dock : docks) delete dock.widget;
    });
    lab.loss->showProgress(makeProgress(2, 10, false, true));
    lab.loss->flush();
    lab.reconstruction->showSnapshot(makeReconstructions(8, false));
    lab.latent->showSnapshot(makeLatent({5, 7, 9}, 2));
    lab.latent->view()->flush();
    lab.tradeoff->showProgress(makeProgress(2, 10, false, true));
    ModelSnapshot conv;
    conv.filterShape = Shape{1, 3, 3};
    conv.filters = Matrix::Random(8, 9);
    lab.filters->showSnapshot(conv);
    lab.architecture->showConfig(ModelConfig{}, Shape{1, 28, 28});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int views = 0;
    for (const DockSpec& dock : docks) {
        QWidget* view = dock.widget;
        const QString name = dock.objectName;
        // The panels are forms, not pictures: they keep their widgets' own menus.
        if (view == lab.modelPanel || view == lab.dataPanel || view == lab.explanation || view == lab.lessons) {
            QVERIFY2(!viewContextMenu(view), qPrintable(name));
            continue;
        }
        ++views;
        view->resize(520, 360);
        const std::unique_ptr<QMenu> menu = viewContextMenu(view);
        QVERIFY2(menu, qPrintable(name + QStringLiteral(": no context menu")));
        QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
        for (const char* action : {"exportPng", "exportSvg", "exportPdf", "copyImage"}) {
            QAction* found = menu->findChild<QAction*>(QLatin1String(action));
            QVERIFY2(found && menu->actions().contains(found) && !found->text().isEmpty(),
                     qPrintable(name + QStringLiteral(": no ") + QLatin1String(action)));
        }

        const QImage shown = viewImage(view);
        QVERIFY2(!shown.isNull() && shown.width() >= 64 && shown.height() >= 64, qPrintable(name));
        const QString png = dir.filePath(name + QStringLiteral(".png"));
        const QString svg = dir.filePath(name + QStringLiteral(".svg"));
        const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
        for (const QString& path : {png, svg, pdf}) {
            QString error;
            QVERIFY2(exportView(view, path, &error), qPrintable(name + QStringLiteral(": ") + error));
        }
        const QImage written(png);
        QVERIFY2(!written.isNull(), qPrintable(png));
        QCOMPARE(written.size(), shown.size());
        QSvgRenderer drawing(svg);
        QVERIFY2(drawing.isValid(), qPrintable(svg));
        QVERIFY(!drawing.defaultSize().isEmpty());
        QFile document(pdf);
        QVERIFY(document.open(QIODevice::ReadOnly));
        const QByteArray bytes = document.readAll();
        QVERIFY2(bytes.startsWith("%PDF-") && bytes.right(16).contains("%%EOF") && bytes.size() > 500, qPrintable(pdf));

        // Copy puts the same picture on the clipboard.
        QGuiApplication::clipboard()->clear();
        menu->findChild<QAction*>(QStringLiteral("copyImage"))->trigger();
        const QImage copied = QGuiApplication::clipboard()->image();
        QVERIFY2(!copied.isNull(), qPrintable(name + QStringLiteral(": nothing copied")));
        QCOMPARE(copied.size(), shown.size());
    }
    // Loss, reconstructions, latent, distortion, manifold, trade-off, filters, code activity, noise
    // ladder, neighbours, architecture, anomalies, draw, sweep, runs.
    QCOMPARE(views, 15);

    // A view with one plot exports just the plot; one with several plots exports itself whole.
    QCOMPARE(viewImage(lab.loss).size(), lab.loss->plot()->size() * lab.loss->plot()->devicePixelRatioF());
    QVERIFY(viewImage(lab.loss).height() < lab.loss->height());  // not the log-scale checkbox below
    QCOMPARE(viewImage(lab.anomaly).size(), lab.anomaly->size() * lab.anomaly->devicePixelRatioF());
    // A view's own actions come first, before the shared ones.
    const std::unique_ptr<QMenu> lossMenu = viewContextMenu(lab.loss);
    QVERIFY(lossMenu->actions().size() > 4);
    QVERIFY(lossMenu->actions().front()->objectName() != QStringLiteral("exportPng"));
    QVERIFY(!viewContextMenu(nullptr));
}

AELAB_UI_TEST_MAIN(TestViews)
#include "test_views.moc"
