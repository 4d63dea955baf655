#include "ui/window/main_window.h"

#include "ui/export/session_exports.h"
#include "ui/history/runs_view.h"
#include "ui/lessons/lessons_panel.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/explanation_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/panels/training_controls.h"
#include "ui/session/core_message.h"
#include "ui/sweep/sweep_controller.h"
#include "ui/sweep/sweep_dialog.h"
#include "ui/sweep/sweep_view.h"
#include "ui/views/anomaly_view.h"
#include "ui/views/architecture_view.h"
#include "ui/views/code_activity_view.h"
#include "ui/views/tradeoff_view.h"
#include "ui/window/file_actions.h"
#include "ui/window/language.h"
#include "ui/window/lesson_actions.h"
#include "ui/window/window_settings.h"

#include <QEvent>
#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ae {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      state_(&session_,
             [this] {
                 RunData run{views_.dataPanel->spec(), views_.dataPanel->normalClasses()};
                 if (const auto data = views_.dataPanel->dataset()) run.loaded = describeData(*data, run.normalClasses);
                 return run;
             }),
      runHistory_(std::make_unique<RunHistory>()),
      views_(runHistory_.get()),
      docks_(this, views_.docks()) {
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    // The panels' column runs the window's full height.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

    controls_ = new TrainingControls(this);
    addToolBar(Qt::TopToolBarArea, controls_);
    files_ = new FileActions(this, &session_, &state_, views_.modelPanel, views_.dataPanel);
    exports_ = new SessionExports(this, &state_, [this] { return docks_.posterViews(); });
    createMenus();
    modelStatus_ = new QLabel(this);
    statusBar()->addPermanentWidget(modelStatus_);
    connectViews();
    connectControls();
    connectSweep();
    new LessonActions(this);  // after the sweep: Set up may start one
    docks_.arrangeDefaultLayout();
    defaultState_ = saveState(LabViews::kLayoutVersion);
    restoreWindowSettings(*this, *views_.modelPanel, *views_.dataPanel, LabViews::kLayoutVersion);
    updateCanTrain();
    updateArchitecture();
    if (!runHistory_->isOpen()) showWorded([this] { return tr("Runs are not recorded: %1").arg(runHistory_->lastError()); });
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

// The window's own texts and those of its helpers that are not widgets; the panels and views
// retranslate themselves (each gets the LanguageChange event).
void MainWindow::retranslateUi() {
    setWindowTitle(tr("aelab — autoencoder laboratory"));
    fileMenu_->setTitle(tr("&File"));
    quit_->setText(tr("&Quit"));
    viewMenu_->setTitle(tr("&View"));
    resetLayout_->setText(tr("&Reset layout"));
    settingsMenu_->setTitle(tr("&Settings"));
    helpMenu_->setTitle(tr("&Help"));
    about_->setText(tr("&About aelab"));
    files_->retranslateUi();
    exports_->retranslateUi();
    docks_.retitle(views_.docks());
    docks_.setRunCaption(runCaption_ ? runCaption_() : QString());
    views_.lessons->setLanguage(LabViews::lessonLanguage());
    if (modelStatusText_) modelStatus_->setText(modelStatusText_());
    // A message this window worded is worded again while it is on show.
    if (statusText_ && !statusBar()->currentMessage().isEmpty() && statusBar()->currentMessage() == statusShown_)
        showWorded(statusText_, statusTimeout_);
    updateCanTrain();
}

void MainWindow::showWorded(std::function<QString()> text, int timeout) {
    statusText_ = std::move(text);
    statusTimeout_ = timeout;
    statusShown_ = statusText_();
    statusBar()->showMessage(statusShown_, timeout);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    connect(files_, &FileActions::done, this, &MainWindow::showStatus);
    connect(files_, &FileActions::progressed, this, [this](const QString& message) { statusBar()->showMessage(message); });
    connect(files_, &FileActions::failed, this, &MainWindow::showError);
    connect(exports_, &SessionExports::exported, this, &MainWindow::showStatus);
    connect(exports_, &SessionExports::exportFailed, this, &MainWindow::showError);

    QMenu* file = fileMenu_ = menuBar()->addMenu(QString());
    files_->addActions(file);
    file->addSeparator();
    exports_->addActions(file);
    file->addSeparator();
    QAction* quit = quit_ = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = viewMenu_ = menuBar()->addMenu(QString());
    docks_.addViewActions(view);
    view->addAction(controls_->toggleViewAction());
    view->addSeparator();
    resetLayout_ = view->addAction(QString(), this, [this] { restoreState(defaultState_, LabViews::kLayoutVersion); });

    QMenu* settings = settingsMenu_ = menuBar()->addMenu(QString());
    settings->addMenu(createLanguageMenu(this));

    QMenu* help = helpMenu_ = menuBar()->addMenu(QString());
    about_ = help->addAction(QString(), this, [this] { QMessageBox::about(this, tr("About aelab"), aboutText()); });
}

QString MainWindow::aboutText() {
    return tr("<h3>aelab %1</h3><p>A desktop laboratory for autoencoders: train, tune and check them, and watch them "
              "learn.</p><p>Built with Qt %2 and Eigen %3.%4.%5.</p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(QT_VERSION_STR))
        .arg(EIGEN_WORLD_VERSION)
        .arg(EIGEN_MAJOR_VERSION)
        .arg(EIGEN_MINOR_VERSION);
}

// The views draw the session state; the run journal keeps its runs in the history.
void MainWindow::connectViews() {
    views_.observe(state_, session_, docks_);
    connect(&state_, &SessionState::progressChanged, controls_, &TrainingControls::showProgress);
    connect(&state_, &SessionState::snapshotChanged, this, [this](const ModelSnapshot& s) {
        modelStatusText_ = [variant = QString::fromStdString(s.config.variant), parameters = s.parameters.size(), epoch = s.epoch] {
            return tr("%1 · %2 parameters · epoch %3")
                .arg(variant)
                .arg(QLocale().toString(static_cast<qulonglong>(parameters)))
                .arg(epoch);
        };
        modelStatus_->setText(modelStatusText_());
    });
    connect(&state_, &SessionState::anomaliesChanged, this, [this](const AnomalySnapshot& a) {
        if (!views_.anomaly->hasSnapshot()) docks_.dockOf(views_.anomaly)->raise();  // the first scores of a one-class run: show them
        views_.anomaly->showAnomalies(a);
    });
    connect(&session_, &TrainingSession::finished, views_.tradeoff, &TradeoffView::runFinished);
    connect(views_.anomaly, &AnomalyView::scoreChosen, &session_, &TrainingSession::setAnomalyScore);
    connect(views_.anomaly, &AnomalyView::scoreRequested, &session_, &TrainingSession::scoreAnomalies);
    connect(views_.activity, &CodeActivityView::codeDied, this, [this](const QString& message) { statusBar()->showMessage(message); });
    runJournal_ = new RunJournal(&state_, runHistory_.get(), views_.runs, this);
    connect(runJournal_, &RunJournal::writeFailed, this, [this](const QString& message) { statusBar()->showMessage(message); });
    connect(views_.runs, &RunsView::configurationRequested, files_, &FileActions::loadRunConfiguration);
}

void MainWindow::connectControls() {
    connect(&session_, &TrainingSession::failed, this, [this](const QString& message) { showError(tr("Training failed"), message); });
    connect(&session_, &TrainingSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(&session_, &TrainingSession::stateChanged, controls_, &TrainingControls::setState);
    connect(&session_, &TrainingSession::finished, this, [this](bool stopped) {
        if (!lastError_.isEmpty()) return;  // the error message says more than "stopped"
        const int epoch = state_.progress().epoch;
        showWorded([stopped, epoch] { return stopped ? tr("Stopped at epoch %1").arg(epoch) : tr("Finished %1 epochs").arg(epoch); }, 8000);
    });
    // After the message above, so a failure to record the run is what the status bar shows.
    connect(&session_, &TrainingSession::finished, this, [this](bool stopped) {
        runJournal_->runEnded(!lastError_.isEmpty() ? RunStatus::Failed : stopped ? RunStatus::Stopped : RunStatus::Finished);
    });

    connect(controls_, &TrainingControls::trainRequested, this, &MainWindow::startTraining);
    connect(controls_, &TrainingControls::stepRequested, this, [this] {
        lastError_.clear();
        session_.stepEpoch(views_.modelPanel->config(), views_.dataPanel->dataset());
    });
    connect(controls_, &TrainingControls::pauseRequested, &session_, &TrainingSession::pause);
    connect(controls_, &TrainingControls::resumeRequested, &session_, &TrainingSession::resume);
    connect(controls_, &TrainingControls::stopRequested, &session_, &TrainingSession::stop);
    connect(controls_, &TrainingControls::resetRequested, &session_, &TrainingSession::reset);

    connect(views_.modelPanel, &ModelPanel::configChanged, this, &MainWindow::updateCanTrain);
    connect(views_.modelPanel, &ModelPanel::configChanged, this, &MainWindow::updateArchitecture);
    connect(views_.modelPanel, &ModelPanel::validityChanged, this, &MainWindow::updateCanTrain);
    connect(views_.dataPanel, &DataPanel::datasetChanged, this, [this] {
        if (const auto data = views_.dataPanel->dataset()) {
            views_.modelPanel->setInputShape(data->shape);
            views_.modelPanel->setTrainingSamples(data->trainX.rows());
        }
        updateCanTrain();
        updateArchitecture();
    });
}

// After connectControls(): the sweep's status message replaces the "Finished" of the run before.
void MainWindow::connectSweep() {
    sweep_ = new SweepController(&session_, this);
    connect(controls_, &TrainingControls::sweepRequested, this, &MainWindow::openSweepDialog);
    connect(sweep_, &SweepController::runsChanged, this,
            [this] { views_.sweep->showRuns(sweep_->parameter(), sweep_->runs(), sweep_->currentRun()); });
    connect(sweep_, &SweepController::runStarted, this, [this](int run, int total) {
        const QString label = sweep_->runs()[run - 1].label;
        showWorded([run, total, label] { return tr("Sweep: run %1 of %2 (%3)").arg(run).arg(total).arg(label); });
        // The views keep the last run's results once the sweep ends: their titles say which.
        runCaption_ = [run, total, label] { return tr("sweep %1/%2: %3").arg(run).arg(total).arg(label); };
        docks_.setRunCaption(runCaption_());
        views_.tradeoff->startSweepRun(run == 1, label);
    });
    // A run trained from the form, or an opened model, is what the plain titles mean.
    connect(&state_, &SessionState::runStarted, this, [this] {
        if (sweep_->isRunning()) return;
        runCaption_ = nullptr;
        docks_.setRunCaption({});
    });
    connect(&state_, &SessionState::modelAdopted, this, [this] {
        runCaption_ = nullptr;
        docks_.setRunCaption({});
    });
    connect(sweep_, &SweepController::finished, this, [this](bool stopped) {
        showWorded([stopped, runs = sweep_->runs().size()] { return stopped ? tr("Sweep stopped") : tr("Sweep finished (runs: %1)").arg(runs); },
                   8000);
    });
}

void MainWindow::openSweepDialog() {
    const auto data = views_.dataPanel->dataset();
    if (!data || !views_.modelPanel->isValid()) {
        updateCanTrain();
        return;
    }
    SweepDialog dialog(views_.modelPanel->config(), data->shape, this);
    if (dialog.exec() == QDialog::Accepted) startSweep(dialog.plan());
}

bool MainWindow::startSweep(const SweepPlan& plan) {
    lastError_.clear();
    QString error;
    if (!sweep_->start(plan, views_.dataPanel->dataset(), &error)) {
        showError(tr("Cannot start the sweep"), error);
        return false;
    }
    QDockWidget* dock = docks_.dockOf(views_.sweep);
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::onStateChanged(TrainingSession::State state) {
    // The form describes the model being trained; editing it mid-run would change nothing
    // until the next run, so it is locked rather than misleading.
    const bool idle = state == TrainingSession::State::Idle;
    views_.modelPanel->setEnabled(idle);
    views_.anomaly->setCanScore(idle && state_.snapshot());
    views_.dataPanel->setEnabled(idle);
}

void MainWindow::updateCanTrain() {
    if (views_.dataPanel->isLoading()) controls_->setCanTrain(false, tr("Loading the dataset…"));
    else if (!views_.dataPanel->dataset()) controls_->setCanTrain(false, tr("Choose a dataset that loads (see the Data panel)"));
    else if (!views_.modelPanel->isValid()) controls_->setCanTrain(false, tr("Fix the model settings (see the Model panel)"));
    else controls_->setCanTrain(true);
}

// The explanation and the architecture follow the form, not the running model: they describe
// what Train would build next.
void MainWindow::updateArchitecture() {
    const ModelConfig config = views_.modelPanel->config();
    views_.explanation->setVariant(QString::fromStdString(config.variant));
    const auto data = views_.dataPanel->dataset();
    views_.architecture->showConfig(config, data ? data->shape : Shape{1, 28, 28});
}

void MainWindow::startTraining() {
    if (!views_.dataPanel->dataset() || !views_.modelPanel->isValid()) {
        updateCanTrain();
        return;
    }
    lastError_.clear();
    statusBar()->clearMessage();
    session_.start(views_.modelPanel->config(), views_.dataPanel->dataset());
}

bool MainWindow::applyVariant(const QString& variant) {
    try {
        views_.modelPanel->selectVariant(variant);
        return true;
    } catch (const std::exception& e) {
        showError(tr("Unknown variant"), localisedMessage(e));
        return false;
    }
}

void MainWindow::applyData(const QString& spec) { views_.dataPanel->setSpec(spec); }

bool MainWindow::loadConfiguration(const QString& path) { return files_->loadConfiguration(path); }
bool MainWindow::loadModelFile(const QString& path) { return files_->openModel(path); }
bool MainWindow::saveModelFile(const QString& path) { return files_->saveModel(path); }
bool MainWindow::exportOnnxFile(const QString& path) { return files_->exportOnnx(path); }

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

void MainWindow::showStatus(const QString& message) { statusBar()->showMessage(message, 8000); }

// Quit during training stops the run, records it when finished() arrives (within a batch, plus
// the final snapshot), and closes then: the window stays until the run is in the history.
void MainWindow::closeEvent(QCloseEvent* event) {
    if (session_.isBusy()) {
        event->ignore();
        if (!closing_) {
            closing_ = true;
            showWorded([] { return tr("Stopping the run to record it before closing…"); });
            connect(&session_, &TrainingSession::finished, this, &QWidget::close,
                    Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        }
        session_.stop();
        return;
    }
    saveWindowSettings(*this, *views_.modelPanel, *views_.dataPanel, LabViews::kLayoutVersion);
    QMainWindow::closeEvent(event);
}

} // namespace ae
