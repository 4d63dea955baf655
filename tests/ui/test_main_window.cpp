// The assembled window, offscreen: command-line choices are applied, Train moves the progress
// bar through the real session, and closing mid-training returns promptly.
#include "file_bytes.h"
#include "core/export/onnx_export.h"
#include "core/train/model_file.h"
#include "data_loading.h"
#include "ui/panels/data_panel.h"
#include "ui/window/main_window.h"
#include "ui/panels/model_panel.h"
#include "ui/export/session_exports.h"
#include "ui/panels/training_controls.h"
#include "ui/session/session_state.h"
#include "ui_fixture.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolButton>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QValidator>

using ae::MainWindow;
using ae::TrainingSession;
using ae::test::scaledMs;

namespace {

using ae::test::readBytes;
using ae::test::writeBytes;

// 784-2-784 on the embedded sample: an epoch takes well under a second.
ae::ModelConfig smallConfig() {
    ae::ModelConfig c = ae::presetConfig("undercomplete");
    c.latent = 2;
    c.batchSize = 100;
    c.epochs = 1;
    c.threads = 1;
    return c;
}

// The window's data has loaded (on its worker thread), or failed to.
bool dataLoaded(MainWindow& w) { return ae::test::waitForData(*w.dataPanel()); }

// Trains `w` to the end of its configuration; the window then holds the final snapshot.
bool trainToTheEnd(MainWindow& w) {
    if (!dataLoaded(w)) return false;
    QSignalSpy finished(w.session(), &TrainingSession::finished);
    w.startTraining();
    return finished.wait(scaledMs(60000)) && w.session()->state() == TrainingSession::State::Idle;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void constructsWithDefaults() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(dataLoaded(w));
        QVERIFY(w.dataPanel()->dataset());
        QCOMPARE(w.dataPanel()->dataset()->name, std::string("sample"));
        QVERIFY(w.modelPanel()->isValid());
        QVERIFY(w.trainingControls()->progressBar());
    }

    void defaultLayoutPlacesEveryDock() {
        MainWindow w;
        // Saved layouts name the docks: these names must not change.
        const QStringList left{"modelDock", "dataDock", "explanationDock", "lessonsDock"};
        const QStringList right{"lossDock", "tradeoffDock", "latentDock", "distortionDock", "manifoldDock", "reconstructionDock",
                                "filtersDock", "activityDock", "noiseLadderDock", "neighboursDock", "architectureDock", "anomalyDock", "drawDock", "sweepDock",
                                "runsDock"};
        QList<QAction*> viewActions;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&View")) viewActions = menu->menu()->actions();
        for (const QString& name : left + right) {
            auto* dock = w.findChild<QDockWidget*>(name);
            QVERIFY2(dock, qPrintable(name));
            QCOMPARE(w.dockWidgetArea(dock), left.contains(name) ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea);
            QVERIFY2(viewActions.contains(dock->toggleViewAction()), qPrintable(name));
        }
        QCOMPARE(w.findChildren<QDockWidget*>().size(), left.size() + right.size());
        auto tabsOf = [&w](const char* name) {
            QStringList names;
            for (QDockWidget* d : w.tabifiedDockWidgets(w.findChild<QDockWidget*>(name))) names << d->objectName();
            names.sort();
            return names;
        };
        QCOMPARE(tabsOf("dataDock"), (QStringList{"explanationDock", "lessonsDock"}));
        QCOMPARE(tabsOf("lossDock"), QStringList{"tradeoffDock"});
        QCOMPARE(tabsOf("distortionDock"), QStringList{"manifoldDock"});
        QCOMPARE(tabsOf("reconstructionDock"),
                 (QStringList{"activityDock", "anomalyDock", "architectureDock", "drawDock", "filtersDock", "neighboursDock", "noiseLadderDock",
                              "runsDock", "sweepDock"}));
        QVERIFY(tabsOf("modelDock").isEmpty() && tabsOf("latentDock").isEmpty());
    }

    void commandLineChoicesApply() {
        MainWindow w;
        QVERIFY(w.applyVariant(QStringLiteral("conv")));
        QCOMPARE(w.modelPanel()->config().architecture, ae::Architecture::Conv);
        QCOMPARE(w.modelPanel()->config().convFilters, (std::vector<int>{16, 8, 8}));
        w.applyData(QStringLiteral("sample"));
        QCOMPARE(w.dataPanel()->spec(), QStringLiteral("sample"));
        QVERIFY(dataLoaded(w));
        QCOMPARE(w.dataPanel()->dataset()->trainX.rows(), 5000);

        QVERIFY(!w.applyVariant(QStringLiteral("nonsense")));
        QVERIFY(w.lastError().contains(QStringLiteral("undercomplete")));  // lists the choices
    }

    void missingDatasetIsExplainedAndBlocksTraining() {
        MainWindow w;
        w.applyData(QStringLiteral("/nonexistent/aelab-data"));
        QVERIFY(dataLoaded(w));
        QVERIFY(!w.dataPanel()->dataset());
        QVERIFY2(w.dataPanel()->errorText().contains(QStringLiteral("/nonexistent/aelab-data")),
                 qPrintable(w.dataPanel()->errorText()));
        w.startTraining();  // must be a no-op
        QCOMPARE(w.session()->state(), TrainingSession::State::Idle);
        w.applyData(QStringLiteral("sample"));
        QVERIFY(dataLoaded(w));
        QVERIFY(w.dataPanel()->dataset());
    }

    void invalidConfigurationIsExplained() {
        MainWindow w;
        ae::ModelConfig c = ae::presetConfig("undercomplete");
        c.outputActivation = ae::Activation::Linear;  // with BCE: not allowed
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
            QVERIFY(dataLoaded(w));
            QSignalSpy snapshots(w.session(), &TrainingSession::snapshot);
            w.startTraining();
            QCOMPARE(w.session()->state(), TrainingSession::State::Training);
            QVERIFY(!w.modelPanel()->isEnabled());  // locked while it trains
            QTRY_VERIFY_WITH_TIMEOUT(w.trainingControls()->progressBar()->value() > 0, scaledMs(20000));
            QVERIFY(w.trainingControls()->statusText().contains(QStringLiteral("samples/s")));
            // The first snapshot may already have arrived with the first batch.
            QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > 0, scaledMs(20000));

            timer.start();
            // Closing during training stops the run and closes once it is recorded.
            QVERIFY(!w.close());
            QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), scaledMs(3000));
            QVERIFY(!w.session()->isBusy());
        }
        QVERIFY2(timer.elapsed() < scaledMs(3000), qPrintable(QStringLiteral("closing took %1 ms").arg(timer.elapsed())));
    }

    void seedsKeepAll64Bits() {
        // Configuration files and run records hold 64-bit seeds; the panel must give them back
        // unchanged (a spin box clipped them to 2^31 - 1), and refuse text that is no seed.
        MainWindow w;
        ae::ModelConfig c = ae::presetConfig("deep");
        for (const std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{2147483648u}, std::uint64_t{18446744073709551615u}}) {
            c.seed = seed;
            w.modelPanel()->setConfig(c);
            QCOMPARE(w.modelPanel()->config().seed, seed);
        }
        QLineEdit* edit = nullptr;
        for (QLineEdit* e : w.modelPanel()->findChildren<QLineEdit*>())
            if (e->text() == QStringLiteral("18446744073709551615")) edit = e;
        QVERIFY(edit);
        QString tooBig = QStringLiteral("18446744073709551616");
        QString negative = QStringLiteral("-1");
        int at = 0;
        QCOMPARE(edit->validator()->validate(tooBig, at), QValidator::Invalid);
        QCOMPARE(edit->validator()->validate(negative, at), QValidator::Invalid);
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
        QCOMPARE(c.optimizer, ae::OptimizerKind::Adadelta);
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
        QVERIFY(dataLoaded(w));
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

    void badModelOrConfigurationChangesNothing() {
        QTemporaryDir dir;
        MainWindow w;
        w.modelPanel()->setConfig(smallConfig());
        QVERIFY(trainToTheEnd(w));
        const QString good = dir.filePath("good.aelab");
        QVERIFY2(w.saveModelFile(good), qPrintable(w.lastError()));
        // The saved history is the run's, field for field (it once dropped the throughput).
        const auto& epochs = w.sessionState()->progress().epochs;
        const std::vector<ae::EpochResult> savedHistory = ae::loadModel(good.toStdString()).history;
        QCOMPARE(savedHistory.size(), epochs.size());
        QVERIFY(epochs.back().samplesPerSecond > 0);
        QCOMPARE(savedHistory.back().samplesPerSecond, epochs.back().samplesPerSecond);

        ae::ModelConfig shown = ae::presetConfig("deep");  // the form now differs from the model
        shown.epochs = 7;
        w.modelPanel()->setConfig(shown);
        const std::string formBefore = ae::configToJson(w.modelPanel()->config());

        QByteArray damaged = readBytes(good);
        damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x10);
        writeBytes(dir.filePath("damaged.aelab"), damaged);
        writeBytes(dir.filePath("zip.aelab"), "PK\x03\x04 not a model");
        writeBytes(dir.filePath("latent0.json"), R"({"latent": 0})");
        writeBytes(dir.filePath("typo.json"), R"({"batch": 32})");
        writeBytes(dir.filePath("type.json"), R"({"learning_rate": "fast"})");
        const struct {
            QString file;
            QString message;
        } cases[] = {
            {"damaged.aelab", "checksum mismatch, the file is damaged"},
            {"zip.aelab", "not an aelab model file (wrong magic number)"},
            {"missing.aelab", "Cannot open the model file"},
            {"latent0.json", "invalid latent = 0: allowed range is [1, 4096]"},
            {"typo.json", "unknown key 'batch'"},
            {"type.json", "key 'learning_rate' has the wrong type (string)"},
            {"missing.json", "Cannot read the configuration"},
        };
        QSignalSpy snapshots(w.session(), &TrainingSession::snapshot);
        for (const auto& c : cases) {
            const QString path = dir.filePath(c.file);
            const bool loaded = c.file.endsWith(".json") ? w.loadConfiguration(path) : w.loadModelFile(path);
            QVERIFY2(!loaded, qPrintable(c.file));
            QVERIFY2(w.lastError().contains(c.message) && w.lastError().contains(path), qPrintable(w.lastError()));
            QCOMPARE(ae::configToJson(w.modelPanel()->config()), formBefore);
        }
        QCOMPARE(w.session()->state(), TrainingSession::State::Idle);
        // The current model is the trained one, unchanged: it saves to the same bytes.
        const QString again = dir.filePath("again.aelab");
        QVERIFY(w.saveModelFile(again));
        QCOMPARE(readBytes(again), readBytes(good));

        // A good file loads: the form shows its configuration and exactly one model arrives (a
        // refused file queued nothing to the worker before it).
        QVERIFY2(w.loadModelFile(good), qPrintable(w.lastError()));
        QCOMPARE(ae::configToJson(w.modelPanel()->config()), ae::configToJson(smallConfig()));
        QVERIFY(snapshots.wait(scaledMs(20000)));
        QCOMPARE(snapshots.count(), 1);
        QCOMPARE(snapshots.first().first().value<ae::ModelSnapshot>().epoch, 1);
    }

    void modelForOtherImagesIsRefusedBeforeAnythingChanges() {
        QTemporaryDir dir;
        const QString model = dir.filePath("mnist.aelab");
        {
            MainWindow trained;
            trained.modelPanel()->setConfig(smallConfig());
            QVERIFY(trainToTheEnd(trained));
            QVERIFY(trained.saveModelFile(model));
        }
        MainWindow w;
        w.applyData(QStringLiteral(AELAB_FIXTURES_DIR) + "/idx/tinyset");  // 2x3 images
        QVERIFY(dataLoaded(w));
        QVERIFY2(w.dataPanel()->dataset(), qPrintable(w.dataPanel()->errorText()));
        const std::string formBefore = ae::configToJson(w.modelPanel()->config());
        QVERIFY(!w.loadModelFile(model));
        QVERIFY2(w.lastError().contains("the model expects samples of shape 1x28x28") && w.lastError().contains("1x2x3"),
                 qPrintable(w.lastError()));
        QCOMPARE(ae::configToJson(w.modelPanel()->config()), formBefore);
    }

    void exportsDescribeTheTrainedModelNotTheForm() {
        QTemporaryDir dir;
        MainWindow w;
        const ae::ModelConfig trained = smallConfig();
        w.modelPanel()->setConfig(trained);
        QVERIFY(trainToTheEnd(w));
        // Afterwards the panels describe another model and other data.
        w.applyVariant(QStringLiteral("deep"));
        w.applyData(QStringLiteral(AELAB_FIXTURES_DIR) + "/idx/tinyset");
        QVERIFY(dataLoaded(w));
        QVERIFY2(w.dataPanel()->dataset(), qPrintable(w.dataPanel()->errorText()));

        const ae::SessionState* state = w.sessionState();
        QVERIFY(state->run());
        QCOMPARE(ae::configToJson(state->run()->config), ae::configToJson(trained));
        QCOMPARE(state->run()->data.spec, QStringLiteral("sample"));

        QString error;
        QVERIFY2(w.exports()->exportReport(dir.filePath("report.json"), &error), qPrintable(error));
        const QJsonObject report = QJsonDocument::fromJson(readBytes(dir.filePath("report.json"))).object();
        QCOMPARE(report[QStringLiteral("config")].toObject(),
                 QJsonDocument::fromJson(QByteArray::fromStdString(ae::configToJson(trained))).object());
        QCOMPARE(report[QStringLiteral("dataset")].toString(), QStringLiteral("sample"));
        const QString header = w.exports()->posterHeader();
        QVERIFY2(header.contains(QStringLiteral(" · undercomplete · sample · ")) && !header.contains(QStringLiteral("deep")),
                 qPrintable(header));

        const QString model = dir.filePath("trained.aelab");
        QVERIFY2(w.saveModelFile(model), qPrintable(w.lastError()));
        const ae::SavedModel saved = ae::loadModel(model.toStdString());
        QCOMPARE(saved.datasetName, std::string("sample"));
        QCOMPARE(ae::configToJson(saved.model->config()), ae::configToJson(trained));

        // File > Export model as ONNX writes the same trained weights, the whole model.
        const QString onnx = dir.filePath("trained.onnx");
        QVERIFY2(w.exportOnnxFile(onnx), qPrintable(w.lastError()));
        QCOMPARE(readBytes(onnx).toStdString(), ae::onnxModelBytes(*saved.model, ae::OnnxPart::Full));
    }

    void aboutShowsTheProjectVersion() {
        const QString before = QCoreApplication::applicationVersion();
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        const QString text = MainWindow::aboutText();
        QCoreApplication::setApplicationVersion(before);
        QVERIFY2(text.contains(QStringLiteral("aelab 9.8.7")), qPrintable(text));
    }

    void failedSaveKeepsTheOldFile() {
        QTemporaryDir dir;
        MainWindow w;
        const QString folder = dir.filePath("folder");
        QVERIFY(QDir(dir.path()).mkdir("folder"));
        QVERIFY(!w.saveModelFile(dir.filePath("m.aelab")));  // nothing trained yet
        QVERIFY(w.lastError().contains("Train a model first"));
        w.modelPanel()->setConfig(smallConfig());
        QVERIFY(trainToTheEnd(w));
        QVERIFY(!w.saveModelFile(folder));
        QVERIFY2(w.lastError().startsWith("Cannot write " + folder + ": "), qPrintable(w.lastError()));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void dataDependentLimitsBlockTrain() {
        MainWindow w;  // the embedded sample: 5,000 training digits
        QVERIFY(dataLoaded(w));
        ae::ModelConfig c = smallConfig();
        c.batchSize = 6000;
        w.modelPanel()->setConfig(c);
        QVERIFY(!w.modelPanel()->isValid());
        QVERIFY2(w.modelPanel()->problem().contains("invalid batch size = 6000: larger than the 5000 training samples"),
                 qPrintable(w.modelPanel()->problem()));
        w.startTraining();
        QCOMPARE(w.session()->state(), TrainingSession::State::Idle);
        c.batchSize = 5000;
        w.modelPanel()->setConfig(c);
        QVERIFY2(w.modelPanel()->isValid(), qPrintable(w.modelPanel()->problem()));

        // A 3x3 kernel does not fit 2x3 images.
        w.applyData(QStringLiteral(AELAB_FIXTURES_DIR) + "/idx/tinyset");
        QVERIFY(dataLoaded(w));
        QVERIFY2(w.dataPanel()->dataset(), qPrintable(w.dataPanel()->errorText()));
        ae::ModelConfig conv = ae::presetConfig("conv");
        conv.convFilters = {4};
        conv.batchSize = 1;
        w.modelPanel()->setConfig(conv);
        QVERIFY(!w.modelPanel()->isValid());
        QVERIFY2(w.modelPanel()->problem().contains("invalid kernel = 3: larger than the 2x3 image"),
                 qPrintable(w.modelPanel()->problem()));
        w.startTraining();
        QCOMPARE(w.session()->state(), TrainingSession::State::Idle);
        ae::ModelConfig dense = smallConfig();  // the same images suit a dense network
        dense.batchSize = 3;
        w.modelPanel()->setConfig(dense);
        QVERIFY2(w.modelPanel()->isValid(), qPrintable(w.modelPanel()->problem()));
    }

    void divergenceKeepsTheLastGoodWeightsAndTheWindowUsable() {
        QTemporaryDir dir;
        MainWindow w;
        // SGD at the issue's learning rate 50 on the distance variant: NaN within a few batches.
        ae::ModelConfig bad = ae::presetConfig("distance");
        bad.optimizer = ae::OptimizerKind::Sgd;
        bad.learningRate = 50.0f;  // the form must hold it
        bad.epochs = 3;
        bad.threads = 1;
        QVERIFY(dataLoaded(w));
        w.modelPanel()->setConfig(bad);
        QCOMPARE(w.modelPanel()->config().learningRate, 50.0f);
        QVERIFY2(w.modelPanel()->isValid(), qPrintable(w.modelPanel()->problem()));
        QVERIFY(trainToTheEnd(w));
        QVERIFY2(w.lastError().contains("training diverged at epoch 1, batch "), qPrintable(w.lastError()));
        QVERIFY(w.lastError().contains("the weights from before that batch were kept"));
        QVERIFY(w.modelPanel()->isEnabled());

        // The weights shown (and saved) are the last good ones: finite everywhere.
        const QString path = dir.filePath("last-good.aelab");
        QVERIFY2(w.saveModelFile(path), qPrintable(w.lastError()));
        const ae::SavedModel saved = ae::loadModel(path.toStdString());
        for (float v : saved.model->parameters()) QVERIFY(std::isfinite(v));

        // Still usable: a sane run trains to the end.
        w.modelPanel()->setConfig(smallConfig());
        QVERIFY(trainToTheEnd(w));
        QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
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

AELAB_UI_TEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
