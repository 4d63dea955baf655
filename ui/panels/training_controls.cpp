#include "ui/panels/training_controls.h"

#include "ui/panels/elided_label.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>

#include <optional>

namespace ae {

namespace {

QString formatDuration(double seconds) {
    const qint64 s = static_cast<qint64>(seconds + 0.5);
    if (s >= 3600) return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainingControls::TrainingControls(QWidget* parent) : QToolBar(parent) {
    setObjectName(QStringLiteral("trainingControls"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMovable(true);

    train_ = addAction(style()->standardIcon(QStyle::SP_MediaPlay), QString());
    train_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    pause_ = addAction(style()->standardIcon(QStyle::SP_MediaPause), QString());
    stop_ = addAction(style()->standardIcon(QStyle::SP_MediaStop), QString());
    step_ = addAction(style()->standardIcon(QStyle::SP_MediaSkipForward), QString());
    reset_ = addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString());
    sweep_ = addAction(style()->standardIcon(QStyle::SP_FileDialogListView), QString());
    addSeparator();

    progressBar_ = new QProgressBar(this);
    progressBar_->setRange(0, 1000);
    progressBar_->setValue(0);
    progressBar_->setTextVisible(true);
    progressBar_->setFormat(QString());
    progressBar_->setMinimumWidth(220);
    progressBar_->setMaximumWidth(360);
    addWidget(progressBar_);
    status_ = new ElidedLabel(this);
    status_->setContentsMargins(8, 0, 8, 0);
    status_->setMinimumWidth(240);
    addWidget(status_);

    connect(train_, &QAction::triggered, this, &TrainingControls::trainRequested);
    connect(pause_, &QAction::triggered, this, [this] {
        if (state_ == TrainingSession::State::Paused) emit resumeRequested();
        else emit pauseRequested();
    });
    connect(stop_, &QAction::triggered, this, &TrainingControls::stopRequested);
    connect(step_, &QAction::triggered, this, &TrainingControls::stepRequested);
    connect(reset_, &QAction::triggered, this, &TrainingControls::resetRequested);
    connect(sweep_, &QAction::triggered, this, &TrainingControls::sweepRequested);
    setStatus([] { return tr("Ready"); });
    retranslateUi();
    updateEnabled();
}

void TrainingControls::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QToolBar::changeEvent(event);
}

void TrainingControls::retranslateUi() {
    setWindowTitle(tr("Training"));
    train_->setText(tr("Train"));
    train_->setToolTip(tr("Train for the configured epochs (continues the current model if only the epoch count changed)"));
    pause_->setText(state_ == TrainingSession::State::Paused ? tr("Resume") : tr("Pause"));
    pause_->setToolTip(tr("Hold training between two batches; the views stay as they are"));
    stop_->setText(tr("Stop"));
    stop_->setToolTip(tr("Stop after the current batch, keeping the model (Train continues it)"));
    step_->setText(tr("Step epoch"));
    step_->setToolTip(tr("Train exactly one more epoch"));
    reset_->setText(tr("Reset"));
    reset_->setToolTip(tr("Throw the trained weights away and start again from fresh random weights"));
    sweep_->setText(tr("Sweep…"));
    sweep_->setToolTip(tr("Train the current configuration once per value of one hyperparameter and compare the runs"));
    if (statusWording_) status_->setText(statusWording_());
    if (progressFormat_) progressBar_->setFormat(progressFormat_());
}

void TrainingControls::setStatus(std::function<QString()> wording, bool isReason) {
    statusWording_ = std::move(wording);
    showingReason_ = isReason;
    status_->setText(statusWording_());
}

QString TrainingControls::statusText() const { return status_->text(); }

void TrainingControls::setState(TrainingSession::State state) {
    state_ = state;
    const bool paused = state == TrainingSession::State::Paused;
    pause_->setText(paused ? tr("Resume") : tr("Pause"));
    pause_->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    if (state == TrainingSession::State::Stopping) setStatus([] { return tr("Stopping after this batch…"); });
    else if (paused) setStatus([before = statusWording_] { return before() + tr(" — paused"); }, showingReason_);
    updateEnabled();
}

void TrainingControls::setCanTrain(bool can, const QString& reason) {
    // A reason that no longer holds ("Loading the dataset…") must not stay on show.
    if (can && !cannotTrainReason_.isEmpty() && showingReason_) setStatus([] { return tr("Ready"); });
    canTrain_ = can;
    cannotTrainReason_ = reason;
    updateEnabled();
}

void TrainingControls::updateEnabled() {
    const bool idle = state_ == TrainingSession::State::Idle;
    const bool running = state_ == TrainingSession::State::Training || state_ == TrainingSession::State::Paused;
    train_->setEnabled(idle && canTrain_);
    step_->setEnabled(idle && canTrain_);
    reset_->setEnabled(idle);
    sweep_->setEnabled(idle && canTrain_);
    pause_->setEnabled(running);
    stop_->setEnabled(running);
    if (idle && !canTrain_ && !cannotTrainReason_.isEmpty()) setStatus([reason = cannotTrainReason_] { return reason; }, true);
}

void TrainingControls::showProgress(const TrainingProgress& p) {
    if (p.totalEpochs <= 0 || p.batchesPerEpoch <= 0) {
        progressBar_->setValue(0);
        progressFormat_ = nullptr;
        progressBar_->setFormat(QString());
        if (p.batches.empty()) setStatus([] { return tr("Ready"); });
        return;
    }
    // The bar shows the whole run: finished epochs plus the share of the current one.
    const double done = (p.epoch - 1) + static_cast<double>(p.batch) / p.batchesPerEpoch;
    progressBar_->setValue(static_cast<int>(1000.0 * std::clamp(done / p.totalEpochs, 0.0, 1.0)));
    progressFormat_ = [epoch = p.epoch, total = p.totalEpochs] { return tr("epoch %1 / %2").arg(epoch).arg(total); };
    progressBar_->setFormat(progressFormat_());

    // The figures of this moment, worded in whatever language is current when shown.
    setStatus([epoch = p.epoch, total = p.totalEpochs, batch = p.batch, batches = p.batchesPerEpoch, rate = p.samplesPerSecond,
               left = p.secondsLeft >= 0 && state_ != TrainingSession::State::Idle ? p.secondsLeft : -1.0,
               loss = p.batches.empty() ? std::optional<double>() : std::optional<double>(p.batches.back().loss.total),
               paused = state_ == TrainingSession::State::Paused] {
        const QLocale locale;
        QString text = tr("Epoch %1/%2 · batch %3/%4 · %5 samples/s")
                           .arg(epoch)
                           .arg(total)
                           .arg(batch)
                           .arg(batches)
                           .arg(locale.toString(rate, 'f', 0));
        if (left >= 0) text += tr(" · %1 left").arg(formatDuration(left));
        if (loss) text += tr(" · loss %1").arg(locale.toString(*loss, 'g', 4));
        if (paused) text += tr(" — paused");
        return text;
    });
}

} // namespace ae
