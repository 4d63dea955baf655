#pragma once
// The lab window. It only assembles: the panels and views (LabViews) in the docks of one table
// (DockTable), the training toolbar, the menus (FileActions, SessionExports) and a status bar,
// wired to one TrainingSession whose values the SessionState keeps. It remembers the
// configuration, dataset and layout between sessions (window_settings.h).
#include "core/train/sweep.h"
#include "ui/history/run_history.h"
#include "ui/history/run_journal.h"
#include "ui/session/session_state.h"
#include "ui/session/training_session.h"
#include "ui/window/dock_table.h"
#include "ui/window/lab_views.h"

#include <QByteArray>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace ae {

class FileActions;
class SessionExports;
class SweepController;
class TrainingControls;

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
    // File > Export model as ONNX without the dialog.
    bool exportOnnxFile(const QString& path);
    // What Help > About shows: the application's version (gui_main sets it from CMake's project
    // version) and what aelab is.
    static QString aboutText();
    // Presses Train.
    void startTraining();
    // Starts a sweep from the Sweep dialog's plan; shows the reason and returns false if refused.
    bool startSweep(const SweepPlan& plan);

    TrainingSession* session() { return &session_; }
    const SessionState* sessionState() const { return &state_; }
    ModelPanel* modelPanel() const { return views_.modelPanel; }
    DataPanel* dataPanel() const { return views_.dataPanel; }
    TrainingControls* trainingControls() const { return controls_; }
    SweepController* sweepController() const { return sweep_; }
    SweepView* sweepView() const { return views_.sweep; }
    SessionExports* exports() const { return exports_; }
    RunsView* runsView() const { return views_.runs; }
    RunHistory* runHistory() const { return runHistory_.get(); }
    // The last error shown to the person (empty when none since the last run started).
    QString lastError() const { return lastError_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Shows a message the window words itself, kept as a wording so a change of language
    // words it again while it is on show.
    void showWorded(std::function<QString()> text, int timeout = 0);
    void createMenus();
    void connectViews();
    void connectControls();
    void connectSweep();
    void openSweepDialog();
    void updateCanTrain();
    void updateArchitecture();
    void showError(const QString& title, const QString& message);
    void showStatus(const QString& message);
    void onStateChanged(TrainingSession::State state);

    // Members die before ~QWidget deletes the child widgets, so the worker has stopped (and its
    // connections are gone) before any view that received its snapshots is deleted.
    TrainingSession session_;
    SessionState state_;
    // Opened before the docks; the Runs view only reads it. A history that cannot be opened
    // stays here, closed, and the window works without one.
    std::unique_ptr<RunHistory> runHistory_;
    LabViews views_;
    DockTable docks_;
    TrainingControls* controls_ = nullptr;
    FileActions* files_ = nullptr;
    SessionExports* exports_ = nullptr;
    SweepController* sweep_ = nullptr;
    RunJournal* runJournal_ = nullptr;
    QLabel* modelStatus_ = nullptr;
    std::function<QString()> modelStatusText_;
    std::function<QString()> statusText_;
    QString statusShown_;
    int statusTimeout_ = 0;
    std::function<QString()> runCaption_;  // the sweep run the docks' titles name; null: none
    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* settingsMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* resetLayout_ = nullptr;
    QAction* about_ = nullptr;

    QByteArray defaultState_;  // the arrangement built in code, for View > Reset layout
    QString lastError_;
    bool closing_ = false;  // a close waits for the run to stop and be recorded
};

} // namespace ae
