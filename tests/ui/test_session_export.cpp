// The window's exports after a real (short) sweep on the embedded sample: the loss history CSV,
// latent codes, report JSON and the poster of every view, written through SessionExports.
#include "ui/panels/data_panel.h"
#include "ui/window/main_window.h"
#include "ui/history/run_history.h"
#include "ui/panels/model_panel.h"
#include "ui/export/session_exports.h"
#include "ui/export/session_poster.h"
#include "ui/sweep/sweep_controller.h"
#include "ui/sweep/sweep_view.h"

#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using ae::MainWindow;

class TestSessionExport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    static QStringList readLines(const QString& file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("aelab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("aelab-test-export"));
        QSettings().clear();
        QFile::remove(ae::RunHistory::defaultPath());
        QVERIFY(dir_.isValid());

        // Seed 001's L1 triple on the sparse network, one epoch each (5,000 samples, 20 batches).
        window_ = std::make_unique<MainWindow>();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        ae::ModelConfig c = ae::presetConfig("sparse");
        c.epochs = 1;
        c.batchSize = 250;
        c.threads = 1;
        window_->modelPanel()->setConfig(c);
        QSignalSpy finished(window_->sweepController(), &ae::SweepController::finished);
        ae::SweepPlan plan{ae::SweepParameter::L1, {1e-8, 1e-6, 1e-4}, window_->modelPanel()->config()};
        QVERIFY(window_->startSweep(plan));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().first().toBool(), false);
    }

    void cleanupTestCase() { window_.reset(); }

    void theSweepViewShowsTheThreeValues() {
        window_->sweepView()->flush();
        QVERIFY(window_->sweepView()->isVisible());  // raised when the sweep started
        QTableWidget* table = window_->sweepView()->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, ae::SweepView::Value)->text(), QStringLiteral("1e-8"));
        QCOMPARE(table->item(1, ae::SweepView::Value)->text(), QStringLiteral("1e-6"));
        QCOMPARE(table->item(2, ae::SweepView::Value)->text(), QStringLiteral("1e-4"));
        for (int r = 0; r < 3; ++r) QVERIFY(!table->item(r, ae::SweepView::TestLoss)->text().isEmpty());
        QVERIFY(window_->lastError().isEmpty());
    }

    void eachRunIsRecordedWithTheConfigurationItTrained() {
        // The Model panel still shows the sweep's base; each record has its own L1 value.
        const std::vector<ae::RunRecord> runs = window_->runHistory()->runs();
        QCOMPARE(runs.size(), std::size_t(3));
        QSet<double> l1;
        for (const ae::RunRecord& run : runs) {
            const ae::ModelConfig config = ae::configFromJson(run.configJson.toStdString(), "the record");
            QCOMPARE(config.variant, std::string("sparse"));
            l1.insert(double(config.l1));
        }
        QCOMPARE(l1, (QSet<double>{double(1e-8f), double(1e-6f), double(1e-4f)}));
    }

    void lossHistoryIsACsvOfBatchesAndEpochs() {
        QString error;
        QVERIFY2(window_->exports()->exportLossHistory(path("loss.csv"), &error), qPrintable(error));
        const QStringList lines = readLines(path("loss.csv"));
        QCOMPARE(lines.value(0), QStringLiteral("kind,epoch,position,total,reconstruction,l1,kl_sparsity,vae_kl,distance,seconds"));
        // The last run's history: 20 batches, one training epoch, one validation epoch.
        QCOMPARE(lines.size(), 1 + 20 + 1 + 1);
        int batches = 0, trains = 0, tests = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char(','));
            QCOMPARE(f.size(), 10);
            batches += f[0] == QLatin1String("batch");
            trains += f[0] == QLatin1String("train");
            tests += f[0] == QLatin1String("test");
            QCOMPARE(f[1], QStringLiteral("1"));
            for (int c = 2; c < 9; ++c) {
                bool ok = false;
                const double v = f[c].toDouble(&ok);
                QVERIFY2(ok && std::isfinite(v), qPrintable(lines[i]));
            }
            QVERIFY(f[5].toDouble() > 0);  // the L1 term of a sparse model
            QCOMPARE(f[9].isEmpty(), f[0] != QLatin1String("train"));  // seconds: epochs only
        }
        QCOMPARE(batches, 20);
        QCOMPARE(trains, 1);
        QCOMPARE(tests, 1);
        QCOMPARE(lines[20].split(QLatin1Char(',')).at(2), QStringLiteral("1"));  // the last batch ends epoch 1
    }

    void latentCodesAndReport() {
        QString error;
        QVERIFY2(window_->exports()->exportLatentCodes(path("latent.csv"), &error), qPrintable(error));
        const QStringList lines = readLines(path("latent.csv"));
        QVERIFY(lines.value(0).startsWith(QStringLiteral("index,label,z0,z1,")));
        QVERIFY(lines.value(0).endsWith(QStringLiteral(",z31")));
        QCOMPARE(lines.size(), 1 + 1000);  // the probe set
        QCOMPARE(lines[1].split(QLatin1Char(',')).size(), 2 + 32);

        QVERIFY2(window_->exports()->exportReport(path("report.json"), &error), qPrintable(error));
        QFile f(path("report.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(report[QStringLiteral("config")].toObject()[QStringLiteral("variant")].toString(), QStringLiteral("sparse"));
        QCOMPARE(report[QStringLiteral("config")].toObject()[QStringLiteral("l1")].toDouble(), 1e-4);  // the last run
        QCOMPARE(report[QStringLiteral("epochs")].toArray().size(), 1);
        QVERIFY(report[QStringLiteral("test_loss")].toDouble() > 0);
        QVERIFY(report[QStringLiteral("distance")].toObject().contains(QStringLiteral("spearman")));
        QCOMPARE(report[QStringLiteral("params")].toInt(), 784 * 32 + 32 + 32 * 784 + 784);
    }

    void missingDataAndBadPathsAreExplained() {
        QString error;
        QVERIFY(!window_->exports()->exportErrors(path("errors.csv"), &error));
        QVERIFY2(error.contains(QStringLiteral("normal classes")), qPrintable(error));
        QVERIFY(!QFile::exists(path("errors.csv")));
        const QString nowhere = QStringLiteral("/nonexistent/aelab/loss.csv");
        QVERIFY(!window_->exports()->exportLossHistory(nowhere, &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
    }

    void posterHoldsEveryView() {
        // A closed dock is drawn too, like the ones behind another tab.
        auto* filters = window_->findChild<QDockWidget*>(QStringLiteral("filtersDock"));
        QVERIFY(filters);
        filters->close();
        QVERIFY(!filters->widget()->isVisible());
        QString error;
        QVERIFY2(window_->exports()->exportPoster(path("poster.png"), &error), qPrintable(error));
        const QImage poster(path("poster.png"));
        QVERIFY(!poster.isNull());
        // Ten views (the nine live ones and the sweep) at 1.5 device pixels per logical pixel.
        ae::SessionPoster expected(QString(), 1.5);
        for (int i = 0; i < 10; ++i) expected.addPanel(QString::number(i), window_.get());
        QCOMPARE(poster.size(), expected.posterSize());
        QCOMPARE(expected.columns(), 4);
        for (int i = 0; i < 10; ++i) {
            const QRect cell = expected.viewRect(i);
            QSet<QRgb> colours;
            int differing = 0;
            const QRgb corner = poster.pixel(cell.topLeft() + QPoint(2, 2));
            for (int y = cell.top(); y < cell.bottom(); y += 3)
                for (int x = cell.left(); x < cell.right(); x += 3) {
                    const QRgb p = poster.pixel(x, y);
                    colours.insert(p);
                    differing += p != corner;
                }
            QVERIFY2(colours.size() > 4 && differing > 100, qPrintable(QStringLiteral("cell %1 looks blank").arg(i)));
        }
        // The empty cells of the last row stay white.
        const QRect empty = expected.viewRect(11);
        QCOMPARE(poster.pixel(empty.center()), qRgb(255, 255, 255));
        QVERIFY(window_->exports()->posterHeader().contains(QStringLiteral("sparse")));
    }
};

QTEST_MAIN(TestSessionExport)
#include "test_session_export.moc"
