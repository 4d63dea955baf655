#include "ui/session/session_state.h"

#include "ui/session/training_session.h"

namespace ae {

SessionState::SessionState(TrainingSession* session, DataOfNewRun dataOfNewRun, QObject* parent)
    : QObject(parent), dataOfNewRun_(std::move(dataOfNewRun)) {
    connect(session, &TrainingSession::runStarted, this, [this](const ModelConfig& config) {
        run_ = RunSource{config, dataOfNewRun_()};
        emit runStarted(*run_);
    });
    connect(session, &TrainingSession::modelAdopted, this, [this](const ModelConfig& config) {
        run_ = RunSource{config, dataOfNewRun_()};
        emit modelAdopted(*run_);
    });
    connect(session, &TrainingSession::modelReset, this, [this] {
        progress_ = TrainingProgress{};
        snapshot_.reset();
        anomalies_.reset();
        emit modelReset();
    });
    connect(session, &TrainingSession::progress, this, &SessionState::setProgress);
    connect(session, &TrainingSession::snapshot, this, &SessionState::setSnapshot);
    connect(session, &TrainingSession::anomalies, this, &SessionState::setAnomalies);
}

void SessionState::setProgress(const TrainingProgress& progress) {
    progress_ = progress;
    emit progressChanged(progress_);
}

void SessionState::setSnapshot(const ModelSnapshot& snapshot) {
    snapshot_ = snapshot;
    emit snapshotChanged(*snapshot_);
}

void SessionState::setAnomalies(const AnomalySnapshot& anomalies) {
    anomalies_ = anomalies;
    emit anomaliesChanged(*anomalies_);
}

} // namespace ae
