#include "ui/window/main_window.h"

#include "core/train/model_file.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/explanation_panel.h"
#include "ui/window/language.h"
#include "ui/export/model_files.h"
#include "ui/panels/model_panel.h"
#include "ui/export/session_exports.h"
#include "ui/sweep/sweep_controller.h"
#include "ui/sweep/sweep_dialog.h"
#include "ui/panels/training_controls.h"
#include "ui/views/anomaly_view.h"
#include "ui/views/architecture_view.h"
#include "ui/views/distortion_view.h"
#include "ui/views/filters_view.h"
#include "ui/views/latent_explorer.h"
#include "ui/views/latent_view.h"
#include "ui/views/loss_view.h"
#include "ui/views/manifold_view.h"
#include "ui/views/reconstruction_view.h"
#include "ui/sweep/sweep_view.h"
#include "ui/history/runs_view.h"
#include "ui/views/tradeoff_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>

namespace ae {

namespace {

// QSettings keys.
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kConfig = QStringLiteral("model/config");
const QString kData = QStringLiteral("data/spec");
const QString kImageSize = QStringLiteral("data/imageSize");
const QString kNormal = QStringLiteral("data/normalClasses");
const QString kLastDir = QStringLiteral("files/lastDir");

// Bumped when the dock arrangement changes, so an old saved state cannot hide new docks.
constexpr int kLayoutVersion = 4;

std::vector<EpochResult> historyOf(const TrainingProgress& p) {
    std::vector<EpochResult> history;
    for (const auto& e : p.epochs) {
        EpochResult r;
        r.epoch = e.epoch;
        r.train = e.train;
        r.test = e.test;
        r.hasTest = e.hasTest;
        r.seconds = e.seconds;
        history.push_back(r);
    }
    return history;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("aelab — autoencoder laboratory"));
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);

    controls_ = new TrainingControls(this);
    addToolBar(Qt::TopToolBarArea, controls_);
    createDocks();
    createMenus();
    modelStatus_ = new QLabel(this);
    statusBar()->addPermanentWidget(modelStatus_);
    connectSession();
    connectSweep();

    arrangeDefaultLayout();
    defaultState_ = saveState(kLayoutVersion);
    restoreSettings();
    updateCanTrain();
    updateArchitecture();
    if (!runHistory_->isOpen()) statusBar()->showMessage(tr("Runs are not recorded: %1").arg(runHistory_->lastError()));
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName, bool scrollable) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);  // saveState() identifies docks by name
    if (scrollable) {
        auto* scroll = new QScrollArea(dock);
        scroll->setWidget(widget);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(widget);
    }
    return dock;
}

void MainWindow::createDocks() {
    modelPanel_ = new ModelPanel;
    dataPanel_ = new DataPanel;
    lossView_ = new LossView;
    reconstructionView_ = new ReconstructionView;
    latentExplorer_ = new LatentExplorer;
    latentView_ = latentExplorer_->view();
    manifoldView_ = new ManifoldView;
    tradeoffView_ = new TradeoffView;
    distortionView_ = new DistortionView;
    filtersView_ = new FiltersView;
    explanationPanel_ = new ExplanationPanel;
    architectureView_ = new ArchitectureView;
    anomalyView_ = new AnomalyView;
    sweepView_ = new SweepView;
    runHistory_ = std::make_unique<RunHistory>();
    runRecorder_ = std::make_unique<RunRecorder>(runHistory_.get());
    runsView_ = new RunsView(runHistory_.get());

    modelDock_ = addDock(modelPanel_, tr("Model"), QStringLiteral("modelDock"), true);
    dataDock_ = addDock(dataPanel_, tr("Data"), QStringLiteral("dataDock"), true);
    lossDock_ = addDock(lossView_, tr("Loss"), QStringLiteral("lossDock"));
    reconstructionDock_ = addDock(reconstructionView_, tr("Reconstructions"), QStringLiteral("reconstructionDock"));
    latentDock_ = addDock(latentExplorer_, tr("Latent space"), QStringLiteral("latentDock"));
    manifoldDock_ = addDock(manifoldView_, tr("Decoded manifold"), QStringLiteral("manifoldDock"));
    tradeoffDock_ = addDock(tradeoffView_, tr("Trade-off λ_d"), QStringLiteral("tradeoffDock"));
    distortionDock_ = addDock(distortionView_, tr("Distance distortion"), QStringLiteral("distortionDock"));
    filtersDock_ = addDock(filtersView_, tr("Filters"), QStringLiteral("filtersDock"));
    explanationDock_ = addDock(explanationPanel_, tr("Explain"), QStringLiteral("explanationDock"));
    architectureDock_ = addDock(architectureView_, tr("Architecture"), QStringLiteral("architectureDock"));
    anomalyDock_ = addDock(anomalyView_, tr("Anomalies"), QStringLiteral("anomalyDock"));
    sweepDock_ = addDock(sweepView_, tr("Sweep"), QStringLiteral("sweepDock"));
    runsDock_ = addDock(runsView_, tr("Runs"), QStringLiteral("runsDock"));
}

// Left: the two panels, one above the other. Right: the three plots in a row over the image
// grids (reconstructions and filters share a tab), since those want the full width.
void MainWindow::arrangeDefaultLayout() {
    for (QDockWidget* d : {modelDock_, dataDock_, lossDock_, reconstructionDock_, latentDock_, distortionDock_, filtersDock_, explanationDock_, architectureDock_, anomalyDock_, manifoldDock_, tradeoffDock_, sweepDock_, runsDock_}) {
        removeDockWidget(d);
        d->setFloating(false);
        d->show();
    }
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, modelDock_);
    splitDockWidget(modelDock_, dataDock_, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, lossDock_);
    splitDockWidget(lossDock_, reconstructionDock_, Qt::Vertical);
    splitDockWidget(lossDock_, latentDock_, Qt::Horizontal);
    splitDockWidget(latentDock_, distortionDock_, Qt::Horizontal);
    tabifyDockWidget(distortionDock_, manifoldDock_);  // the explorer's grid beside the Shepard diagram
    tabifyDockWidget(lossDock_, tradeoffDock_);
    distortionDock_->raise();
    lossDock_->raise();
    tabifyDockWidget(reconstructionDock_, filtersDock_);
    tabifyDockWidget(reconstructionDock_, architectureDock_);
    tabifyDockWidget(reconstructionDock_, anomalyDock_);
    tabifyDockWidget(reconstructionDock_, sweepDock_);
    tabifyDockWidget(reconstructionDock_, runsDock_);  // the table and its comparisons want the full width
    reconstructionDock_->raise();
    // The explanation shares the left column with the data panel: read it, then pick the data.
    tabifyDockWidget(dataDock_, explanationDock_);
    dataDock_->raise();
    resizeDocks({modelDock_, lossDock_}, {390, 1200}, Qt::Horizontal);
    resizeDocks({modelDock_, dataDock_}, {620, 320}, Qt::Vertical);
    resizeDocks({lossDock_, reconstructionDock_}, {520, 400}, Qt::Vertical);
    resizeDocks({lossDock_, latentDock_, distortionDock_}, {360, 500, 340}, Qt::Horizontal);
}

void MainWindow::createMenus() {
    SessionExports::Sources sources;
    sources.progress = [this]() -> const TrainingProgress& { return lastProgress_; };
    sources.snapshot = [this] { return hasSnapshot_ ? &lastSnapshot_ : nullptr; };
    sources.anomalies = [this] { return anomalyView_->hasSnapshot() ? &anomalyView_->snapshot() : nullptr; };
    sources.dataset = [this] { return dataPanel_->spec(); };
    sources.views = [this] {
        // The poster shows what the views hold now, not what their replot timers would draw.
        lossView_->flush();
        latentView_->flush();
        manifoldView_->flush();
        distortionView_->flush();
        anomalyView_->flush();
        sweepView_->flush();
        std::vector<std::pair<QString, QWidget*>> views;
        for (QDockWidget* d : {lossDock_, reconstructionDock_, latentDock_, distortionDock_, manifoldDock_, filtersDock_,
                               architectureDock_, anomalyDock_, tradeoffDock_, sweepDock_})
            if (d != sweepDock_ || sweepView_->hasRuns()) views.emplace_back(d->windowTitle(), d->widget());
        return views;
    };
    exports_ = new SessionExports(this, sources);
    connect(exports_, &SessionExports::exported, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(exports_, &SessionExports::exportFailed, this, &MainWindow::showError);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openModel = file->addAction(tr("&Open model…"), this, &MainWindow::openModel);
    openModel->setShortcut(QKeySequence::Open);
    QAction* saveModel = file->addAction(tr("&Save model…"), this, &MainWindow::saveModel);
    saveModel->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("Load &configuration…"), this, &MainWindow::openConfiguration);
    file->addAction(tr("Save c&onfiguration…"), this, &MainWindow::saveConfiguration);
    file->addSeparator();
    exports_->addActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : {modelDock_, dataDock_, lossDock_, reconstructionDock_, latentDock_, distortionDock_, filtersDock_, explanationDock_, architectureDock_, anomalyDock_, manifoldDock_, tradeoffDock_, sweepDock_, runsDock_})
        viewMenu_->addAction(d->toggleViewAction());
    viewMenu_->addAction(controls_->toggleViewAction());
    viewMenu_->addSeparator();
    viewMenu_->addAction(tr("&Reset layout"), this, [this] { restoreState(defaultState_, kLayoutVersion); });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addMenu(createLanguageMenu(this));
}

void MainWindow::connectSession() {
    connect(&session_, &TrainingSession::progress, this, [this](const TrainingProgress& p) { lastProgress_ = p; });
    connect(&session_, &TrainingSession::progress, lossView_, &LossView::showProgress);
    connect(&session_, &TrainingSession::progress, tradeoffView_, &TradeoffView::showProgress);
    connect(&session_, &TrainingSession::progress, controls_, &TrainingControls::showProgress);
    connect(&session_, &TrainingSession::snapshot, this, [this](const ModelSnapshot& s) {
        lastSnapshot_ = s;
        hasSnapshot_ = true;
        modelStatus_->setText(tr("%1 · %2 parameters · epoch %3")
                                  .arg(QString::fromStdString(s.config.variant))
                                  .arg(QLocale().toString(static_cast<qulonglong>(s.parameters.size())))
                                  .arg(s.epoch));
    });
    connect(&session_, &TrainingSession::snapshot, reconstructionView_, &ReconstructionView::showSnapshot);
    connect(&session_, &TrainingSession::snapshot, latentExplorer_, &LatentExplorer::showSnapshot);
    connect(&session_, &TrainingSession::snapshot, manifoldView_, &ManifoldView::showSnapshot);
    connect(&session_, &TrainingSession::snapshot, tradeoffView_, &TradeoffView::showSnapshot);
    connect(&session_, &TrainingSession::finished, tradeoffView_, &TradeoffView::runFinished);
    connect(latentView_, &LatentView::visibleAreaChanged, manifoldView_, &ManifoldView::setVisibleArea);
    connect(latentView_, &LatentView::planeChanged, manifoldView_, &ManifoldView::setPlane);
    connect(&session_, &TrainingSession::snapshot, distortionView_, &DistortionView::showSnapshot);
    connect(&session_, &TrainingSession::snapshot, filtersView_, &FiltersView::showSnapshot);
    connect(&session_, &TrainingSession::anomalies, this, [this](const AnomalySnapshot& a) {
        if (!anomalyView_->hasSnapshot()) anomalyDock_->raise();  // the first scores of a one-class run: show them
        anomalyView_->showAnomalies(a);
    });
    connect(anomalyView_, &AnomalyView::scoreRequested, &session_, &TrainingSession::scoreAnomalies);
    connect(&session_, &TrainingSession::failed, this, [this](const QString& message) { showError(tr("Training failed"), message); });
    connect(&session_, &TrainingSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(&session_, &TrainingSession::stateChanged, controls_, &TrainingControls::setState);
    connect(&session_, &TrainingSession::stateChanged, this, [this](TrainingSession::State state) {
        if (state == TrainingSession::State::Training) runRecorder_->runStarted();
    });
    connect(&session_, &TrainingSession::finished, this, [this](bool stopped) {
        if (!lastError_.isEmpty()) return;  // the error message says more than "stopped"
        statusBar()->showMessage(stopped ? tr("Stopped at epoch %1").arg(lastProgress_.epoch)
                                         : tr("Finished %1 epochs").arg(lastProgress_.epoch),
                                 8000);
    });
    // After the message above, so a failure to record the run is what the status bar shows.
    connect(&session_, &TrainingSession::finished, this, &MainWindow::recordRun);
    connect(runsView_, &RunsView::configurationRequested, this, &MainWindow::loadRunConfiguration);

    connect(controls_, &TrainingControls::trainRequested, this, &MainWindow::startTraining);
    connect(controls_, &TrainingControls::stepRequested, this, [this] {
        lastError_.clear();
        session_.stepEpoch(modelPanel_->config(), dataPanel_->dataset());
    });
    connect(controls_, &TrainingControls::pauseRequested, &session_, &TrainingSession::pause);
    connect(controls_, &TrainingControls::resumeRequested, &session_, &TrainingSession::resume);
    connect(controls_, &TrainingControls::stopRequested, &session_, &TrainingSession::stop);
    connect(controls_, &TrainingControls::resetRequested, this, [this] {
        lossView_->clear();
        reconstructionView_->clear();
        latentExplorer_->clear();
        manifoldView_->clear();
        distortionView_->clear();
        filtersView_->clear();
        anomalyView_->clear();
        runRecorder_->forgetModel();
        session_.reset();
    });

    connect(modelPanel_, &ModelPanel::configChanged, this, &MainWindow::updateCanTrain);
    connect(modelPanel_, &ModelPanel::configChanged, this, &MainWindow::updateArchitecture);
    connect(modelPanel_, &ModelPanel::validityChanged, this, &MainWindow::updateCanTrain);
    connect(dataPanel_, &DataPanel::datasetChanged, this, [this] {
        if (const auto data = dataPanel_->dataset()) {
            modelPanel_->setInputShape(data->shape);
            modelPanel_->setTrainingSamples(data->trainX.rows());
        }
        updateCanTrain();
        updateArchitecture();
    });
}

// After connectSession(): the sweep's status message replaces the "Finished" of the run before.
void MainWindow::connectSweep() {
    sweep_ = new SweepController(&session_, this);
    connect(controls_, &TrainingControls::sweepRequested, this, &MainWindow::openSweepDialog);
    connect(sweep_, &SweepController::runsChanged, this,
            [this] { sweepView_->showRuns(sweep_->parameter(), sweep_->runs(), sweep_->currentRun()); });
    connect(sweep_, &SweepController::runStarted, this, [this](int run, int total) {
        statusBar()->showMessage(tr("Sweep: run %1 of %2 (%3)").arg(run).arg(total).arg(sweep_->runs()[run - 1].label));
    });
    connect(sweep_, &SweepController::finished, this, [this](bool stopped) {
        statusBar()->showMessage(stopped ? tr("Sweep stopped") : tr("Sweep finished (runs: %1)").arg(sweep_->runs().size()), 8000);
    });
}

void MainWindow::openSweepDialog() {
    const auto data = dataPanel_->dataset();
    if (!data || !modelPanel_->isValid()) {
        updateCanTrain();
        return;
    }
    SweepDialog dialog(modelPanel_->config(), data->shape, this);
    if (dialog.exec() == QDialog::Accepted) startSweep(dialog.plan());
}

bool MainWindow::startSweep(const SweepPlan& plan) {
    lastError_.clear();
    QString error;
    if (!sweep_->start(plan, dataPanel_->dataset(), &error)) {
        showError(tr("Cannot start the sweep"), error);
        return false;
    }
    sweepDock_->show();
    sweepDock_->raise();
    return true;
}

void MainWindow::onStateChanged(TrainingSession::State state) {
    // The form describes the model being trained; editing it mid-run would change nothing
    // until the next run, so it is locked rather than misleading.
    const bool idle = state == TrainingSession::State::Idle;
    modelPanel_->setEnabled(idle);
    anomalyView_->setCanScore(idle && hasSnapshot_);
    dataPanel_->setEnabled(idle);
}

// Every run that trained an epoch goes into the runs history; the progress and snapshot it is
// built from arrived before finished() (the worker emits them first).
void MainWindow::recordRun(bool stopped) {
    RunEnd end;
    end.progress = &lastProgress_;
    end.snapshot = hasSnapshot_ ? &lastSnapshot_ : nullptr;
    end.config = modelPanel_->config();  // locked during the run: what was trained
    end.dataset = dataPanel_->spec();
    end.normalClasses = dataPanel_->normalClasses();
    end.status = !lastError_.isEmpty() ? RunStatus::Failed : stopped ? RunStatus::Stopped : RunStatus::Finished;
    end.finished = QDateTime::currentDateTime();
    if (runRecorder_->runFinished(end) > 0) runsView_->refresh();
    else if (runHistory_->isOpen() && !runHistory_->lastError().isEmpty()) statusBar()->showMessage(runHistory_->lastError());
}

// A run's dataset is selected when it still loads; otherwise the current one stays.
void MainWindow::loadRunConfiguration(const ModelConfig& config, const QString& dataset, const std::vector<int>& normalClasses) {
    if (session_.isBusy()) {
        showError(tr("Training is running"), tr("Stop training before loading a run's configuration."));
        return;
    }
    modelPanel_->setConfig(config);
    const QString previous = dataPanel_->spec();
    const std::vector<int> previousClasses = dataPanel_->normalClasses();
    if (dataset != previous) applyData(dataset);
    if (dataPanel_->spec() == dataset && dataPanel_->normalClasses() != normalClasses) dataPanel_->setNormalClasses(normalClasses);
    if (!dataPanel_->dataset() && dataset != previous) {
        const QString why = dataPanel_->errorText();
        applyData(previous);
        dataPanel_->setNormalClasses(previousClasses);
        statusBar()->showMessage(tr("Loaded the run's configuration; its dataset %1 cannot be loaded (%2), so %3 stays.")
                                     .arg(dataset, why, previous));
        return;
    }
    statusBar()->showMessage(tr("Loaded the run's configuration and dataset."), 8000);
}

void MainWindow::updateCanTrain() {
    if (!dataPanel_->dataset()) controls_->setCanTrain(false, tr("Choose a dataset that loads (see the Data panel)"));
    else if (!modelPanel_->isValid()) controls_->setCanTrain(false, tr("Fix the model settings (see the Model panel)"));
    else controls_->setCanTrain(true);
}

// The explanation and the architecture follow the form, not the running model: they describe
// what Train would build next.
void MainWindow::updateArchitecture() {
    const ModelConfig config = modelPanel_->config();
    explanationPanel_->setVariant(QString::fromStdString(config.variant));
    const auto data = dataPanel_->dataset();
    architectureView_->showConfig(config, data ? data->shape : Shape{1, 28, 28});
}

void MainWindow::startTraining() {
    if (!dataPanel_->dataset() || !modelPanel_->isValid()) {
        updateCanTrain();
        return;
    }
    lastError_.clear();
    statusBar()->clearMessage();
    session_.start(modelPanel_->config(), dataPanel_->dataset());
}

bool MainWindow::applyVariant(const QString& variant) {
    try {
        modelPanel_->selectVariant(variant);
        return true;
    } catch (const std::exception& e) {
        showError(tr("Unknown variant"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::applyData(const QString& spec) { dataPanel_->setSpec(spec); }

// Nothing in the form changes unless the whole file is valid.
bool MainWindow::loadConfiguration(const QString& path) {
    try {
        modelPanel_->setConfig(readConfigurationFile(path));
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot load the configuration"), QString::fromStdString(e.what()));
        return false;
    }
}

// Non-modal: training and the rest of the window stay usable while the message is open.
void MainWindow::showError(const QString& title, const QString& message) {
    lastError_ = message;
    statusBar()->showMessage(message);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->show();
}

void MainWindow::openModel() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), settings.value(kLastDir).toString(),
                                                      tr("aelab models (*.aemodel);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(kLastDir, QFileInfo(path).absolutePath());
    loadModelFile(path);
}

bool MainWindow::loadModelFile(const QString& path) {
    if (session_.isBusy()) {
        showError(tr("Training is running"), tr("Stop training before opening a model."));
        return false;
    }
    try {
        // Every check passes before the form or the current model changes.
        auto saved = std::make_shared<SavedModel>(readModelFile(path, dataPanel_->dataset().get()));
        modelPanel_->setConfig(saved->model->config());
        lossView_->clear();
        session_.adoptModel(std::move(saved), dataPanel_->dataset());
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 8000);
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot open the model"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::saveModel() {
    if (!hasSnapshot_) {
        showError(tr("Nothing to save"), tr("Train a model first (or step one epoch)."));
        return;
    }
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), settings.value(kLastDir).toString(),
                                                      tr("aelab models (*.aemodel);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(kLastDir, QFileInfo(path).absolutePath());
    saveModelFile(path);
}

// Saves the weights of the newest snapshot: the GUI never reaches into the live model.
bool MainWindow::saveModelFile(const QString& path) {
    if (!hasSnapshot_) {
        showError(tr("Nothing to save"), tr("Train a model first (or step one epoch)."));
        return false;
    }
    try {
        writeModelFile(path, lastSnapshot_, historyOf(lastProgress_), dataPanel_->spec());
        statusBar()->showMessage(tr("Saved the model at epoch %1 to %2").arg(lastSnapshot_.epoch).arg(path), 8000);
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot save the model"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::openConfiguration() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Load configuration"), settings.value(kLastDir).toString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(kLastDir, QFileInfo(path).absolutePath());
    loadConfiguration(path);
}

void MainWindow::saveConfiguration() {
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save configuration"), settings.value(kLastDir).toString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(kLastDir, QFileInfo(path).absolutePath());
    QSaveFile f(path);
    const QByteArray json = QByteArray::fromStdString(configToJson(modelPanel_->config())) + '\n';
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        showError(tr("Cannot save the configuration"), tr("%1: %2").arg(path, f.errorString()));
    else
        statusBar()->showMessage(tr("Saved the configuration to %1").arg(path), 8000);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    const QString config = settings.value(kConfig).toString();
    if (!config.isEmpty()) {
        try {
            modelPanel_->setConfig(configFromJson(config.toStdString(), "the saved settings"));
        } catch (const std::exception&) {
            // A setting from an older aelab: keep the default preset rather than nag.
        }
    }
    dataPanel_->setImageSize(settings.value(kImageSize, 28).toInt());
    dataPanel_->setSpec(settings.value(kData, QStringLiteral("sample")).toString());
    std::vector<int> normal;
    for (const QVariant& v : settings.value(kNormal).toList()) normal.push_back(v.toInt());
    if (!normal.empty()) dataPanel_->setNormalClasses(normal);
    if (settings.contains(kGeometry)) restoreGeometry(settings.value(kGeometry).toByteArray());
    else resize(1600, 1000);
    if (settings.contains(kState)) restoreState(settings.value(kState).toByteArray(), kLayoutVersion);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState(kLayoutVersion));
    settings.setValue(kConfig, QString::fromStdString(configToJson(modelPanel_->config())));
    settings.setValue(kData, dataPanel_->spec());
    settings.setValue(kImageSize, dataPanel_->imageSize());
    QVariantList normal;
    for (int c : dataPanel_->normalClasses()) normal << c;
    settings.setValue(kNormal, normal);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    // The session's destructor waits for the worker; asking now lets the current batch finish
    // while the window is already going away.
    session_.stop();
    QMainWindow::closeEvent(event);
}

} // namespace ae
