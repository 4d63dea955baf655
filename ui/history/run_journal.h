#pragma once
// Keeps the runs history in step with the window's session: each run's row is written as the
// run begins, after every epoch and at its end (RunRecorder), and the Runs view follows. A
// history that cannot be written is reported, never fatal: training goes on.
#include "ui/history/run_recorder.h"

#include <QObject>
#include <QString>

namespace ae {

class RunHistory;
class RunsView;
class SessionState;

class RunJournal : public QObject {
    Q_OBJECT
public:
    // Everything given must outlive the journal.
    RunJournal(const SessionState* state, RunHistory* history, RunsView* view, QObject* parent = nullptr);

    // The session's run ended; writes its final status.
    void runEnded(RunStatus status);

signals:
    void writeFailed(const QString& message);

private:
    void runBegan();
    void epochEnded();
    void reportFailure();

    const SessionState* state_;
    RunHistory* history_;
    RunsView* view_;
    RunRecorder recorder_;
};

} // namespace ae
