#include "ui/window/lesson_actions.h"

#include "core/common.h"
#include "ui/lessons/lesson_facts.h"
#include "ui/lessons/lessons_panel.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/session/core_message.h"
#include "ui/session/session_state.h"
#include "ui/sweep/sweep_controller.h"
#include "ui/window/main_window.h"

#include <QDockWidget>
#include <QStatusBar>

#include <ranges>

namespace ae {

LessonActions::LessonActions(MainWindow* window)
    : QObject(window), window_(window), panel_(window->findChild<LessonsPanel*>()) {
    if (!panel_) return;
    // Facts are rebuilt at most a few times a second, however fast the snapshots come.
    for (QTimer* t : {&runTimer_, &sweepTimer_}) {
        t->setSingleShot(true);
        t->setInterval(300);
    }
    connect(&runTimer_, &QTimer::timeout, this, [this] { panel_->setRunFacts(runFacts(*window_->sessionState())); });
    connect(&sweepTimer_, &QTimer::timeout, this, [this] {
        const SweepController* sweep = window_->sweepController();
        panel_->setSweepFacts(sweepFacts(sweep->parameter(), sweep->runs()));
    });
    const SessionState* state = window_->sessionState();
    const auto runChanged = [this] { runTimer_.start(); };
    connect(state, &SessionState::snapshotChanged, this, runChanged);
    connect(state, &SessionState::epochFinished, this, runChanged);
    connect(state, &SessionState::anomaliesChanged, this, runChanged);
    connect(state, &SessionState::noiseLadderChanged, this, runChanged);
    connect(state, &SessionState::modelReset, this, runChanged);
    connect(window_->sweepController(), &SweepController::runsChanged, this, [this] { sweepTimer_.start(); });
    connect(panel_, &LessonsPanel::setupRequested, this, &LessonActions::setUp);
}

void LessonActions::setUp(int index) {
    const Lesson& lesson = panel_->lessons().at(index);
    try {
        window_->modelPanel()->setConfig(configFromJson(lesson.setup.config, lesson.id));
    } catch (const Error& e) {
        window_->statusBar()->showMessage(localisedMessage(e));
        return;
    }
    DataPanel* data = window_->dataPanel();
    if (data->spec() != QString::fromStdString(lesson.setup.data)) data->setSpec(QString::fromStdString(lesson.setup.data));
    data->setNormalClasses(lesson.setup.normal);
    // Raised last to first, so the first named view ends in front of its tab group.
    for (const std::string& name : lesson.setup.views | std::views::reverse) {
        if (auto* dock = window_->findChild<QDockWidget*>(QString::fromStdString(name))) {
            dock->show();
            dock->raise();
        }
    }
    if (lesson.setup.sweep) startSweepWhenDataIsReady(index);
}

void LessonActions::startSweepWhenDataIsReady(int index) {
    disconnect(pendingSweep_);
    const auto start = [this, index] {
        disconnect(pendingSweep_);
        const Lesson& lesson = panel_->lessons().at(index);
        try {
            SweepPlan plan{sweepParameterFromKey(lesson.setup.sweep->parameter), lesson.setup.sweep->values,
                           window_->modelPanel()->config()};
            window_->startSweep(plan);
        } catch (const Error& e) {
            window_->statusBar()->showMessage(localisedMessage(e));
        }
    };
    if (window_->dataPanel()->dataset()) start();
    else pendingSweep_ = connect(window_->dataPanel(), &DataPanel::loadFinished, this, [start](bool ok) {
        if (ok) start();
    });
}

} // namespace ae
