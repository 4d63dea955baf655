// The assembled window, offscreen: command-line choices are applied, Train moves the progress
// bar through the real session, and closing mid-training returns promptly.
#include "ui/data_panel.h"
#include "ui/main_window.h"
#include "ui/model_panel.h"
#include "ui/training_controls.h"

#include <QAction>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using ae::MainWindow;
using ae::TrainingSession;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Keep the person's real settings out of it, and each run independent of the last.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("aelab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("aelab-test"));
        QSettings().clear();
    }

    void constructsWithDefaults() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.dataPanel()->dataset());
        QCOMPARE(w.dataPanel()->dataset()->name, std::string("sample"));
        QVERIFY(w.modelPanel()->isValid());
        QVERIFY(w.trainingControls()->progressBar());
    }

    void commandLineChoicesApply() {
        MainWindow w;
        QVERIFY(w.applyVariant(QStringLiteral("conv")));
        QCOMPARE(w.modelPanel()->config().architecture, std::string("conv"));
        QCOMPARE(w.modelPanel()->config().convFilters, (std::vector<int>{16, 8, 8}));
        w.applyData(QStringLiteral("sample"));
        QCOMPARE(w.dataPanel()->spec(), QStringLiteral("sample"));
        QCOMPARE(w.dataPanel()->dataset()->trainX.rows(), 5000);

        QVERIFY(!w.applyVariant(QStringLiteral("nonsense")));
        QVERIFY(w.lastError().contains(QStringLiteral("undercomplete")));  // lists the choices
    }

    void missingDatasetIsExplainedAndBlocksTraining() {
        MainWindow w;
        w.applyData(QStringLiteral("/nonexistent/aelab-data"));
        QVERIFY(!w.dataPanel()->dataset());
        QVERIFY2(w.dataPanel()->errorText().contains(QStringLiteral("/nonexistent/aelab-data")),
                 qPrintable(w.dataPanel()->errorText()));
        w.startTraining();  // must be a no-op
        QCOMPARE(w.session()->state(), TrainingSession::State::Idle);
        w.applyData(QStringLiteral("sample"));
        QVERIFY(w.dataPanel()->dataset());
    }

    void invalidConfigurationIsExplained() {
        MainWindow w;
        ae::ModelConfig c = ae::presetConfig("undercomplete");
        c.outputActivation = "linear";  // with BCE: not allowed
        w.modelPanel()->setConfig(c);
        QVERIFY(!w.modelPanel()->isValid());
        QVERIFY(w.modelPanel()->problem().contains(QStringLiteral("sigmoid")));
    }

    void trainingMovesTheProgressBarAndCloseStopsIt() {
        QElapsedTimer timer;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            ae::ModelConfig c = ae::presetConfig("undercomplete");
            c.latent = 2;
            c.batchSize = 50;
            c.epochs = 1000;  // only closing ends it
            w.modelPanel()->setConfig(c);
            QSignalSpy snapshots(w.session(), &TrainingSession::snapshot);
            w.startTraining();
            QCOMPARE(w.session()->state(), TrainingSession::State::Training);
            QVERIFY(!w.modelPanel()->isEnabled());  // locked while it trains
            QTRY_VERIFY_WITH_TIMEOUT(w.trainingControls()->progressBar()->value() > 0, 20000);
            QVERIFY(w.trainingControls()->statusText().contains(QStringLiteral("samples/s")));
            QVERIFY(snapshots.wait(20000));

            timer.start();
            QVERIFY(w.close());
        }
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("closing took %1 ms").arg(timer.elapsed())));
    }

    void settingsRememberTheLastChoice() {
        {
            MainWindow w;
            w.applyVariant(QStringLiteral("deep"));
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.modelPanel()->config().variant, std::string("deep"));
        QCOMPARE(again.modelPanel()->config().hidden, (std::vector<int>{128, 64}));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
