#pragma once
// SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in the terminal) close the windows as File > Quit
// does -- stop the run, record it, exit with 0 -- instead of ending the process in the middle of
// a run. A signal handler may do next to nothing safely: it writes one byte to a socket pair,
// and a QSocketNotifier reads it in the event loop and closes the windows there. Install it
// before building the window: a signal that arrives meanwhile waits for the event loop.
//
// One instance at a time per process (signals are process-wide). Elsewhere than on Unix it
// installs nothing.
#include <QObject>

class QSocketNotifier;

namespace ae {

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    // Installs the handlers.
    explicit TerminationSignals(QObject* parent = nullptr);
    // Puts the previous handlers back.
    ~TerminationSignals() override;

    bool isInstalled() const { return notifier_ != nullptr; }

signals:
    // The signal's number, before the windows are asked to close.
    void received(int signal);

private:
    void onReadable();

    QSocketNotifier* notifier_ = nullptr;
};

} // namespace ae
