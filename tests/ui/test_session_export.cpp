// The window's exports after a real (short) sweep on the embedded sample: the loss history CSV,
// latent codes, report JSON and the poster of every view, written through SessionExports.
#include "data_loading.h"
#include "report_keys.h"
#include "ui/export/session_export.h"
#include "ui/panels/data_panel.h"
#include "ui/window/main_window.h"
#include "ui/panels/model_panel.h"
#include "ui/export/session_exports.h"
#include "ui/export/session_poster.h"
#include "ui/sweep/sweep_controller.h"
#include "ui/sweep/sweep_view.h"
#include "ui_fixture.h"

#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
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
        QVERIFY(ae::test::waitForData(*window_->dataPanel()));
        QSignalSpy finished(window_->sweepController(), &ae::SweepController::finished);
        ae::SweepPlan plan{ae::SweepParameter::L1, {1e-8, 1e-6, 1e-4}, window_->modelPanel()->config()};
        QVERIFY(window_->startSweep(plan));
        QVERIFY(finished.wait(ae::test::scaledMs(120000)));
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

    // The views keep the last run's results: their dock titles name it, the form's plain
    // titles stay on the views that do not show one run.
    void theViewsSayWhichRunTheyShow() {
        const auto titleOf = [this](const char* dock) {
            auto* d = window_->findChild<QDockWidget*>(QString::fromLatin1(dock));
            return d ? d->windowTitle() : QStringLiteral("(no dock %1)").arg(QLatin1String(dock));
        };
        for (const char* dock : {"lossDock", "latentDock", "distortionDock", "reconstructionDock", "filtersDock"})
            QVERIFY2(titleOf(dock).endsWith(QStringLiteral("sweep 3/3: L1 1e-4")), qPrintable(titleOf(dock)));
        QCOMPARE(titleOf("modelDock"), QStringLiteral("Model"));
        QCOMPARE(titleOf("sweepDock"), QStringLiteral("Sweep"));
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

    // A VAE's snapshot carries the log-variances of its probe codes; the window's export writes them.
    void vaeLatentCodesCarryTheirLogVariance() {
        ae::ModelSnapshot s;
        s.codes = ae::Matrix::Constant(3, 2, 0.5f);
        s.codeLogVariances = ae::Matrix::Constant(3, 2, -1.0f);
        s.latentLabels = {1, 2, 3};
        const QStringList lines = QString::fromUtf8(ae::latentCodesCsv(s)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("index,label,z0,z1,logvar0,logvar1"));
        QCOMPARE(lines[3], QStringLiteral("2,3,0.5,0.5,-1,-1"));
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
        QCOMPARE(report[QStringLiteral("params")].toInt(), 784 * 32 + 32 + 32 * 784 + 784);

        // The keys of docs/report.md, the same as aelab-cli's (test_cli).
        const QStringList differences = ae::test::keyDifferences(report, ae::test::goldenReport());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral("; "))));
        QCOMPARE(report[QStringLiteral("dataset")].toString(), QStringLiteral("sample"));
        const QJsonObject data = report[QStringLiteral("data")].toObject();
        QCOMPARE(data[QStringLiteral("train")].toInt(), 5000);
        QCOMPARE(data[QStringLiteral("test")].toInt(), 1000);
        QCOMPARE(data[QStringLiteral("shape")].toArray(), (QJsonArray{1, 28, 28}));
        const QJsonObject epoch = report[QStringLiteral("epochs")].toArray().first().toObject();
        QVERIFY(epoch[QStringLiteral("samples_per_second")].toDouble() > 0);
        QCOMPARE(report[QStringLiteral("test_loss")].toDouble(), epoch[QStringLiteral("test_loss")].toDouble());
        // The probe set's distances for the model and, through the CLI's function, for PCA and MDS.
        const QJsonObject distance = report[QStringLiteral("distance")].toObject();
        QCOMPARE(distance[QStringLiteral("probe")].toInt(), 1000);
        QCOMPARE(distance[QStringLiteral("dimension")].toInt(), 32);
        QVERIFY(distance[QStringLiteral("train_knn")].isNull());  // the window holds no training set
        const QJsonObject pca = report[QStringLiteral("baselines")].toObject()[QStringLiteral("pca")].toObject();
        QVERIFY(pca[QStringLiteral("spearman")].toDouble() > 0 && pca[QStringLiteral("spearman")].toDouble() <= 1);
        QVERIFY(report[QStringLiteral("baselines")].toObject()[QStringLiteral("mds")].isObject());
        // What the window cannot measure, and what this session did not.
        QVERIFY(report[QStringLiteral("reconstruction_baseline")].isNull());
        QVERIFY(report[QStringLiteral("model")].isNull());
        QVERIFY(report[QStringLiteral("anomaly")].isNull());
    }

    void theWindowsReportCarriesTheAnomalyScoring() {
        // Scored by hand: the window passes the best-F1 threshold with its precision and recall.
        ae::ModelSnapshot snapshot;
        snapshot.config = ae::presetConfig("undercomplete");
        snapshot.parameters.assign(10, 0.0f);
        ae::AnomalySnapshot anomalies;
        anomalies.errors = {0.1, 0.2, 0.9};
        anomalies.anomalous = {false, false, true};
        anomalies.labels = {1, 1, 7};
        anomalies.roc.auc = 1.0;
        anomalies.pcaRoc.auc = 0.5;
        anomalies.pcaComponents = 32;
        anomalies.bestF1.threshold = 0.9;
        anomalies.bestF1.precision = 1.0;
        anomalies.bestF1.recall = 0.75;
        anomalies.bestF1.f1 = 6.0 / 7.0;
        const QJsonObject report =
            QJsonDocument::fromJson(ae::reportJson(snapshot, ae::TrainingProgress{}, QStringLiteral("mnist"), std::nullopt, &anomalies))
                .object();
        QVERIFY(ae::test::keyDifferences(report, ae::test::goldenReport()).isEmpty());
        const QJsonObject a = report[QStringLiteral("anomaly")].toObject();
        QCOMPARE(a[QStringLiteral("auc")].toDouble(), 1.0);
        QCOMPARE(a[QStringLiteral("pca_auc")].toDouble(), 0.5);
        QCOMPARE(a[QStringLiteral("threshold")].toDouble(), 0.9);
        QCOMPARE(a[QStringLiteral("recall")].toDouble(), 0.75);
        QCOMPARE(a[QStringLiteral("f1")].toDouble(), 6.0 / 7.0);
        QCOMPARE(report[QStringLiteral("params")].toInt(), 10);
        QVERIFY(report[QStringLiteral("data")].isNull() && report[QStringLiteral("distance")].isNull());
        QCOMPARE(QString::fromUtf8(ae::reconstructionErrorsCsv(anomalies)),
                 QStringLiteral("index,label,anomaly,error\n0,1,0,0.1\n1,1,0,0.2\n2,7,1,0.9\n"));
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
        // Twelve views (the eleven live ones, code activity and the noise ladder among them, and the
        // sweep) at 1.5 device pixels per logical pixel.
        constexpr int kViews = 12;
        ae::SessionPoster expected(QString(), 1.5);
        for (int i = 0; i < kViews; ++i) expected.addPanel(QString::number(i), window_.get());
        QCOMPARE(poster.size(), expected.posterSize());
        for (int i = 0; i < kViews; ++i) {
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
        if (kViews % expected.columns() != 0) {
            const QRect empty = expected.viewRect(kViews);
            QCOMPARE(poster.pixel(empty.center()), qRgb(255, 255, 255));
        }
        // No thirteenth view: the poster has no room beyond the twelve.
        QVERIFY(!QRect(QPoint(), poster.size()).contains(expected.viewRect(expected.columns() * ((kViews + expected.columns() - 1) / expected.columns())).center()));
        QVERIFY(window_->exports()->posterHeader().contains(QStringLiteral("sparse")));
        // The sparse model's validation loss includes its L1 term: the header calls it a total.
        QVERIFY2(window_->exports()->posterHeader().contains(QStringLiteral(" · test total ")), qPrintable(window_->exports()->posterHeader()));
    }

    // Last: it trains once more. A run from the form gives the views their plain titles back.
    void aRunFromTheFormClearsTheSweepCaption() {
        QSignalSpy finished(window_->session(), &ae::TrainingSession::finished);
        window_->startTraining();
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        auto* latent = window_->findChild<QDockWidget*>(QStringLiteral("latentDock"));
        QVERIFY(latent);
        QCOMPARE(latent->windowTitle(), QStringLiteral("Latent space"));
    }
};

AELAB_UI_TEST_MAIN(TestSessionExport)
#include "test_session_export.moc"
