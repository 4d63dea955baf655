#pragma once
// The lab window. It only assembles: the model and data panels and the five live views as
// dock widgets, the training toolbar, menus and a status bar, wired to one TrainingSession.
// It remembers the configuration, dataset and layout in QSettings ("aelab"/"aelab").
#include "core/train/sweep.h"
#include "ui/history/run_history.h"
#include "ui/history/run_recorder.h"
#include "ui/session/snapshot.h"
#include "ui/session/training_session.h"

#include <QByteArray>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;

namespace ae {

class AnomalyView;
class ArchitectureView;
class DataPanel;
class DistortionView;
class ExplanationPanel;
class FiltersView;
class LatentExplorer;
class LatentView;
class LossView;
class ManifoldView;
class ModelPanel;
class ReconstructionView;
class SessionExports;
class SweepController;
class SweepView;
class RunsView;
class TrainingControls;
class TradeoffView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Restores the last configuration, dataset and window layout.
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // What the command line asks for; each shows its error in the window and returns false.
    bool applyVariant(const QString& variant);
    void applyData(const QString& spec);
    bool loadConfiguration(const QString& path);
    // File > Open model / Save model without the dialog; each shows its error and returns false.
    // A model that fails any check (file, or shape against the loaded data) changes nothing.
    bool loadModelFile(const QString& path);
    bool saveModelFile(const QString& path);
    // Presses Train.
    void startTraining();
    // Starts a sweep from the Sweep dialog's plan; shows the reason and returns false if refused.
    bool startSweep(const SweepPlan& plan);

    TrainingSession* session() { return &session_; }
    ModelPanel* modelPanel() const { return modelPanel_; }
    DataPanel* dataPanel() const { return dataPanel_; }
    TrainingControls* trainingControls() const { return controls_; }
    SweepController* sweepController() const { return sweep_; }
    SweepView* sweepView() const { return sweepView_; }
    SessionExports* exports() const { return exports_; }
    RunsView* runsView() const { return runsView_; }
    RunHistory* runHistory() const { return runHistory_.get(); }
    // The last error shown to the person (empty when none since the last run started).
    QString lastError() const { return lastError_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName, bool scrollable = false);
    void createDocks();
    void arrangeDefaultLayout();
    void createMenus();
    void connectSession();
    void connectSweep();
    void openSweepDialog();
    void restoreSettings();
    void saveSettings() const;
    void updateCanTrain();
    void updateArchitecture();
    void showError(const QString& title, const QString& message);
    void onStateChanged(TrainingSession::State state);
    void recordRun(bool stopped);
    void loadRunConfiguration(const ModelConfig& config, const QString& dataset, const std::vector<int>& normalClasses);

    void openModel();
    void saveModel();
    void openConfiguration();
    void saveConfiguration();

    // Members die before ~QWidget deletes the child widgets, so the worker has stopped (and its
    // connections are gone) before any view that received its snapshots is deleted.
    TrainingSession session_;
    // Opened before the docks; the Runs view only reads it. A history that cannot be opened
    // stays here, closed, and the window works without one.
    std::unique_ptr<RunHistory> runHistory_;
    std::unique_ptr<RunRecorder> runRecorder_;

    ModelPanel* modelPanel_ = nullptr;
    DataPanel* dataPanel_ = nullptr;
    TrainingControls* controls_ = nullptr;
    LossView* lossView_ = nullptr;
    ReconstructionView* reconstructionView_ = nullptr;
    LatentExplorer* latentExplorer_ = nullptr;
    LatentView* latentView_ = nullptr;  // inside latentExplorer_
    ManifoldView* manifoldView_ = nullptr;
    TradeoffView* tradeoffView_ = nullptr;
    DistortionView* distortionView_ = nullptr;
    FiltersView* filtersView_ = nullptr;
    ExplanationPanel* explanationPanel_ = nullptr;
    ArchitectureView* architectureView_ = nullptr;
    AnomalyView* anomalyView_ = nullptr;
    RunsView* runsView_ = nullptr;
    QDockWidget* modelDock_ = nullptr;
    QDockWidget* dataDock_ = nullptr;
    QDockWidget* lossDock_ = nullptr;
    QDockWidget* reconstructionDock_ = nullptr;
    QDockWidget* latentDock_ = nullptr;
    QDockWidget* distortionDock_ = nullptr;
    QDockWidget* manifoldDock_ = nullptr;
    QDockWidget* tradeoffDock_ = nullptr;
    QDockWidget* filtersDock_ = nullptr;
    QDockWidget* explanationDock_ = nullptr;
    QDockWidget* architectureDock_ = nullptr;
    QDockWidget* anomalyDock_ = nullptr;
    SweepView* sweepView_ = nullptr;
    QDockWidget* sweepDock_ = nullptr;
    SweepController* sweep_ = nullptr;
    SessionExports* exports_ = nullptr;
    QDockWidget* runsDock_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QLabel* modelStatus_ = nullptr;

    QByteArray defaultState_;       // the arrangement built in code, for View > Reset layout
    TrainingProgress lastProgress_; // newest values, for saving a model with its history
    ModelSnapshot lastSnapshot_;
    bool hasSnapshot_ = false;
    QString lastError_;
};

} // namespace ae
