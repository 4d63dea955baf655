#include "ui/session/session_state.h"

#include "ui/session/training_session.h"

namespace ae {

SessionState::SessionState(TrainingSession* session, DataOfNewRun dataOfNewRun, QObject* parent)
    : QObject(parent), dataOfNewRun_(std::move(dataOfNewRun)) {
    connect(session, &TrainingSession::runStarted, this, [this](const ModelConfig& config) {
        run_ = RunSource{config, dataOfNewRun_()};
        noiseLadder_.reset();  // it measured the model before this run; the run's end measures again
        trainNeighbours_.reset();
        emit runStarted(*run_);
    });
    connect(session, &TrainingSession::modelAdopted, this, [this](const ModelConfig& config) {
        run_ = RunSource{config, dataOfNewRun_()};
        noiseLadder_.reset();
        trainNeighbours_.reset();
        emit modelAdopted(*run_);
    });
    connect(session, &TrainingSession::modelReset, this, [this] {
        progress_ = TrainingProgress{};
        epochs_.clear();
        snapshot_.reset();
        anomalies_.reset();
        noiseLadder_.reset();
        trainNeighbours_.reset();
        emit modelReset();
    });
    connect(session, &TrainingSession::epochFinished, this, &SessionState::addEpoch);
    connect(session, &TrainingSession::progress, this, &SessionState::setProgress);
    connect(session, &TrainingSession::snapshot, this, &SessionState::setSnapshot);
    connect(session, &TrainingSession::anomalies, this, &SessionState::setAnomalies);
    connect(session, &TrainingSession::noiseLadder, this, &SessionState::setNoiseLadder);
    connect(session, &TrainingSession::trainNeighbours, this, &SessionState::setTrainNeighbours);
}

// The worker sends a progress after the epochs it lists and before the next epoch's end, so
// the newest progress's epochs plus the epoch ends since are every epoch.
void SessionState::setProgress(const TrainingProgress& progress) {
    progress_ = progress;
    epochs_ = progress_.epochs;
    emit progressChanged(progress_);
}

// An epoch numbered like one already here ends a fresh model's epoch (a rebuilt model starts at
// 1): the old model's epochs from that number on go.
void SessionState::addEpoch(const EpochPoint& epoch) {
    while (!epochs_.empty() && epochs_.back().epoch >= epoch.epoch) epochs_.pop_back();
    epochs_.push_back(epoch);
    emit epochFinished(epochs_.back());
}

void SessionState::setSnapshot(const ModelSnapshot& snapshot) {
    snapshot_ = snapshot;
    emit snapshotChanged(*snapshot_);
}

void SessionState::setAnomalies(const AnomalySnapshot& anomalies) {
    anomalies_ = anomalies;
    emit anomaliesChanged(*anomalies_);
}

void SessionState::setNoiseLadder(const NoiseLadderSnapshot& ladder) {
    noiseLadder_ = ladder;
    emit noiseLadderChanged(*noiseLadder_);
}

void SessionState::setTrainNeighbours(const TrainNeighbourSnapshot& neighbours) {
    trainNeighbours_ = neighbours;
    emit trainNeighboursChanged(*trainNeighbours_);
}

} // namespace ae
