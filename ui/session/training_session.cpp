#include "ui/session/training_session.h"

#include "ui/session/training_worker.h"

namespace ae {

TrainingSession::TrainingSession(QObject* parent) : QObject(parent), worker_(new TrainingWorker) {
    qRegisterMetaType<ae::EpochPoint>();
    qRegisterMetaType<ae::TrainingProgress>();
    qRegisterMetaType<ae::ModelSnapshot>();
    qRegisterMetaType<ae::AnomalySnapshot>();
    qRegisterMetaType<ae::NoiseLadderSnapshot>();
    qRegisterMetaType<ae::DrawnInputSnapshot>();
    qRegisterMetaType<ae::TrainNeighbourSnapshot>();
    worker_->moveToThread(&thread_);
    thread_.setObjectName(QStringLiteral("aelab training"));

    // Queued (the worker lives on another thread): the GUI receives copies it owns.
    connect(worker_, &TrainingWorker::epochEnded, this, &TrainingSession::epochFinished);
    connect(worker_, &TrainingWorker::progress, this, &TrainingSession::progress);
    connect(worker_, &TrainingWorker::snapshot, this, &TrainingSession::snapshot);
    connect(worker_, &TrainingWorker::anomalies, this, &TrainingSession::anomalies);
    connect(worker_, &TrainingWorker::noiseLadder, this, &TrainingSession::noiseLadder);
    connect(worker_, &TrainingWorker::drawnInput, this, &TrainingSession::drawnInput);
    connect(worker_, &TrainingWorker::trainNeighbours, this, &TrainingSession::trainNeighbours);
    connect(worker_, &TrainingWorker::failed, this, &TrainingSession::failed);
    connect(worker_, &TrainingWorker::runFinished, this, [this](bool stopped) {
        setState(State::Idle);
        emit finished(stopped);
    });
    thread_.start();
}

TrainingSession::~TrainingSession() {
    worker_->requestStop();
    worker_->setPaused(false);  // a paused trainer also sees the stop, but don't rely on the order
    thread_.quit();             // leaves the event loop once the running epoch has returned
    thread_.wait();
    delete worker_;             // safe: its thread has finished
}

void TrainingSession::launch(const ModelConfig& config, std::shared_ptr<const Dataset> data, int epochs) {
    if (state_ != State::Idle) return;
    worker_->clearStop();
    worker_->setPaused(false);
    emit runStarted(config);
    setState(State::Training);
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, config, data = std::move(data), epochs] { worker->run(config, data, epochs); },
        Qt::QueuedConnection);
}

void TrainingSession::start(const ModelConfig& config, std::shared_ptr<const Dataset> data) {
    launch(config, std::move(data), 0);
}

void TrainingSession::stepEpoch(const ModelConfig& config, std::shared_ptr<const Dataset> data) {
    launch(config, std::move(data), 1);
}

void TrainingSession::pause() {
    if (state_ != State::Training) return;
    worker_->setPaused(true);
    setState(State::Paused);
}

void TrainingSession::resume() {
    if (state_ != State::Paused) return;
    worker_->setPaused(false);
    setState(State::Training);
}

void TrainingSession::stop() {
    if (state_ != State::Training && state_ != State::Paused) return;
    worker_->requestStop();
    worker_->setPaused(false);
    setState(State::Stopping);
}

void TrainingSession::reset() {
    if (state_ != State::Idle) return;
    emit modelReset();
    QMetaObject::invokeMethod(worker_, [worker = worker_] { worker->reset(); }, Qt::QueuedConnection);
}

void TrainingSession::adoptModel(std::shared_ptr<SavedModel> saved, std::shared_ptr<const Dataset> data) {
    if (state_ != State::Idle) return;
    if (saved && saved->model) emit modelAdopted(saved->model->config());
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, saved = std::move(saved), data = std::move(data)] { worker->adopt(saved, data); },
        Qt::QueuedConnection);
}

void TrainingSession::setState(State state) {
    if (state_ == state) return;
    state_ = state;
    emit stateChanged(state);
}

void TrainingSession::setAnomalyScore(AnomalyScore score) {
    QMetaObject::invokeMethod(worker_, [worker = worker_, score] { worker->setAnomalyScore(score); }, Qt::QueuedConnection);
}

void TrainingSession::scoreAnomalies() {
    if (state_ != State::Idle) return;
    QMetaObject::invokeMethod(worker_, [worker = worker_] { worker->scoreAnomalies(); }, Qt::QueuedConnection);
}

} // namespace ae

namespace ae {

// The choice goes straight to the worker: a run in progress measures it when it ends (a queued
// call would wait behind the run and come too late for it).
void TrainingSession::measureNoiseLadder(NoiseKind noise) {
    worker_->setLadderNoise(noise);
    if (state_ != State::Idle) return;
    QMetaObject::invokeMethod(worker_, [worker = worker_] { worker->measureNoiseLadder(); }, Qt::QueuedConnection);
}

void TrainingSession::findTrainNeighbours(int probe) {
    QMetaObject::invokeMethod(worker_, [worker = worker_, probe] { worker->findTrainNeighbours(probe); }, Qt::QueuedConnection);
}

} // namespace ae

namespace ae {

// The drawing waits in the worker's slot; one queued call per burst takes the newest. While a run
// lasts the queued call waits behind it, but the worker answers between batches anyway.
void TrainingSession::inspectDrawing(const Vector& input) {
    if (!worker_->setPendingDrawing(input)) return;
    QMetaObject::invokeMethod(worker_, [worker = worker_] { worker->answerDrawing(); }, Qt::QueuedConnection);
}

} // namespace ae
