// The assembled window, offscreen: command-line choices are applied, Train moves the progress
// bar through the real session, and closing mid-training returns promptly.
#include "ui/data_panel.h"
#include "ui/main_window.h"
#include "ui/model_panel.h"
#include "ui/run_history.h"
#include "ui/training_controls.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolButton>
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
        QFile::remove(ae::RunHistory::defaultPath());
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

    void seedExperimentLoadsItsExactSettings() {
        MainWindow w;
        QAction* sparse = nullptr;
        for (QAction* a : w.modelPanel()->findChildren<QAction*>())
            if (a->text().startsWith(QStringLiteral("001 b"))) sparse = a;
        QVERIFY(sparse);
        sparse->trigger();
        const ae::ModelConfig c = w.modelPanel()->config();
        QCOMPARE(c.variant, std::string("sparse"));
        QCOMPARE(c.l1, 1e-6f);
        QCOMPARE(c.optimizer, std::string("adadelta"));
        QCOMPARE(c.learningRate, 1.0f);
        QCOMPARE(c.latent, 32);
        QCOMPARE(c.batchSize, 256);
        QCOMPARE(c.epochs, 50);
        QVERIFY(w.modelPanel()->isValid());
    }

    void imageFolderLoadsAsGrayscaleClasses() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Two classes of 10 colour images each: dark squares and bright squares.
        for (const auto& [name, value] : {std::pair{QStringLiteral("dark"), 30}, std::pair{QStringLiteral("bright"), 220}}) {
            QVERIFY(QDir(dir.path()).mkdir(name));
            for (int i = 0; i < 10; ++i) {
                QImage image(40, 30, QImage::Format_RGB32);
                image.fill(QColor(value, value, value));
                QVERIFY(image.save(dir.filePath(QStringLiteral("%1/%2.png").arg(name).arg(i))));
            }
        }
        MainWindow w;
        w.dataPanel()->setImageSize(16);
        w.applyData(QStringLiteral("images:") + dir.path());
        const auto data = w.dataPanel()->dataset();
        QVERIFY2(data, qPrintable(w.dataPanel()->errorText()));
        QCOMPARE(data->shape, (ae::Shape{1, 16, 16}));
        QCOMPARE(data->trainX.rows() + data->testX.rows(), 20);
        QCOMPARE(data->testX.rows(), 4);  // every 5th of each class
        QCOMPARE(data->classNames, (std::vector<std::string>{"bright", "dark"}));  // sorted folder names
        QCOMPARE(data->trainY.front(), 0);
        QVERIFY(std::abs(data->trainX(0, 0) - 220.0f / 255.0f) < 0.01f);

        // Unchecking a class leaves it out of training only.
        w.dataPanel()->setNormalClasses({1});
        QCOMPARE(w.dataPanel()->dataset()->trainX.rows(), 8);
        QCOMPARE(w.dataPanel()->dataset()->testX.rows(), 4);
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
