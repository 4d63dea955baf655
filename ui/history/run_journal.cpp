#include "ui/history/run_journal.h"

#include "ui/history/run_history.h"
#include "ui/history/runs_view.h"
#include "ui/session/session_state.h"

namespace ae {

RunJournal::RunJournal(const SessionState* state, RunHistory* history, RunsView* view, QObject* parent)
    : QObject(parent), state_(state), history_(history), view_(view), recorder_(history) {
    connect(state, &SessionState::runStarted, this, [this] { recorder_.runStarted(); });
    // The worker's first progress of a run lists its epochs so far: the run has begun.
    connect(state, &SessionState::progressChanged, this, [this] {
        if (recorder_.awaitsRow()) runBegan();
    });
    connect(state, &SessionState::epochFinished, this, &RunJournal::epochEnded);
    connect(state, &SessionState::modelReset, this, [this] { recorder_.forgetModel(); });
    connect(state, &SessionState::modelAdopted, this, [this] { recorder_.forgetModel(); });
}

void RunJournal::runBegan() {
    if (recorder_.runBegan(*state_) > 0) view_->showRun(recorder_.lastRecord());
    else reportFailure();
}

void RunJournal::epochEnded() {
    if (recorder_.epochFinished(*state_) > 0) view_->showRun(recorder_.lastRecord());
    else reportFailure();
}

// The progress and snapshot the record is built from arrived before the session's finished()
// (the worker emits them first).
void RunJournal::runEnded(RunStatus status) {
    if (recorder_.runFinished(*state_, status) <= 0 && history_->isOpen() && !history_->lastError().isEmpty())
        reportFailure();
    else
        view_->refresh();  // also when the run's row was taken back
}

void RunJournal::reportFailure() {
    if (history_->isOpen() && !history_->lastError().isEmpty()) emit writeFailed(history_->lastError());
}

} // namespace ae
