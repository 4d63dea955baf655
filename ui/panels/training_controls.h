#pragma once
// The training toolbar: Train, Pause/Resume, Stop, Step one epoch, Reset, Sweep…, a progress bar and a
// status line (epoch, batch, samples/s, time left). It only asks (signals) and shows (slots);
// the session decides.
#include "ui/session/snapshot.h"
#include "ui/session/training_session.h"

#include <QToolBar>

#include <functional>

class QAction;
class QProgressBar;

namespace ae {

class ElidedLabel;

class TrainingControls : public QToolBar {
    Q_OBJECT
public:
    explicit TrainingControls(QWidget* parent = nullptr);

    QProgressBar* progressBar() const { return progressBar_; }
    QAction* sweepAction() const { return sweep_; }
    QString statusText() const;

public slots:
    void setState(ae::TrainingSession::State state);
    void showProgress(const ae::TrainingProgress& progress);
    // Train and Step need a valid configuration and loaded data; `reason` says what is missing.
    void setCanTrain(bool can, const QString& reason = {});

signals:
    void trainRequested();
    void pauseRequested();
    void resumeRequested();
    void stopRequested();
    void stepRequested();
    void resetRequested();
    void sweepRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();
    // The status line and the bar's text are kept as wordings, worded again on a change of language.
    void setStatus(std::function<QString()> wording, bool isReason = false);

    QAction* train_ = nullptr;
    QAction* pause_ = nullptr;
    QAction* stop_ = nullptr;
    QAction* step_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* sweep_ = nullptr;
    QProgressBar* progressBar_ = nullptr;
    ElidedLabel* status_ = nullptr;

    TrainingSession::State state_ = TrainingSession::State::Idle;
    bool canTrain_ = true;
    QString cannotTrainReason_;
    std::function<QString()> statusWording_;
    std::function<QString()> progressFormat_;
    bool showingReason_ = false;  // the status line shows cannotTrainReason_
};

} // namespace ae
