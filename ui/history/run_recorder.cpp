#include "ui/history/run_recorder.h"

#include "ui/history/run_history.h"
#include "ui/session/session_state.h"

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

std::uint8_t toByte(float v) {
    if (!std::isfinite(v)) return 0;
    return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f));
}

std::vector<std::uint8_t> bytesOf(const Matrix& rows, int count) {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(std::size_t(count) * std::size_t(rows.cols()));
    for (int r = 0; r < count; ++r)
        for (Eigen::Index c = 0; c < rows.cols(); ++c) bytes.push_back(toByte(rows(r, c)));
    return bytes;
}

RunImages imagesOf(const ModelSnapshot& s) {
    const int d = s.inputShape.size();
    const int count = std::min<int>(kRunImageCount, static_cast<int>(std::min(s.inputs.rows(), s.outputs.rows())));
    if (count <= 0 || s.inputs.cols() != d || s.outputs.cols() != d) return {};
    RunImages images;
    images.shape = s.inputShape;
    images.count = count;
    images.inputs = bytesOf(s.inputs, count);
    images.outputs = bytesOf(s.outputs, count);
    return images;
}

} // namespace

RunRecord makeRunRecord(const RunEnd& end) {
    RunRecord run;
    run.started = end.started;
    run.finished = end.finished;
    run.wallSeconds = end.started.isValid() && end.finished.isValid() ? end.started.msecsTo(end.finished) / 1000.0 : 0;
    run.status = end.status;
    run.variant = QString::fromStdString(end.config.variant);
    run.configJson = QString::fromStdString(configToJson(end.config));
    run.dataset = end.dataset;
    run.normalClasses = end.normalClasses;

    const std::vector<EpochPoint>* epochs = end.epochs ? end.epochs : end.progress ? &end.progress->epochs : nullptr;
    if (epochs) {
        for (const EpochPoint& e : *epochs) {
            RunEpoch r;
            r.epoch = e.epoch;
            r.trainLoss = e.train.total;
            r.trainReconstruction = e.train.reconstruction;
            r.hasTest = e.hasTest;
            if (e.hasTest) {
                r.testLoss = e.test.total;
                r.testReconstruction = e.test.reconstruction;
            }
            r.seconds = e.seconds;
            run.curve.push_back(r);
        }
    }
    if (end.progress) run.samplesPerSecond = end.progress->samplesPerSecond;
    if (!run.curve.empty()) {
        const RunEpoch& last = run.curve.back();
        run.epochs = last.epoch;
        run.trainLoss = last.trainLoss;
        run.trainReconstruction = last.trainReconstruction;
        run.hasTest = last.hasTest;
        run.testLoss = last.testLoss;
        run.testReconstruction = last.testReconstruction;
    }

    const ModelSnapshot* s = end.snapshot;
    if (s && s->epoch == run.epochs) {
        run.parameters = static_cast<qint64>(s->parameters.size());
        // The builder fills the Shepard pairs and the metrics together, only when the probe set
        // is large enough for them to mean anything.
        run.hasDistortion = !s->shepard.inputDistances.empty();
        if (run.hasDistortion) run.distortion = s->distortion;
        run.reconstructions = imagesOf(*s);
        run.hasActivity = s->activity.units > 0;
        if (run.hasActivity) {
            run.activeFraction = s->activity.activeFraction;
            run.meanAbs = s->activity.meanAbs;
            run.deadUnits = s->activity.deadUnits;
            run.codeUnits = s->activity.units;
        }
    }
    if (const NoiseLadderSnapshot* l = end.ladder; l && l->epoch == run.epochs && l->trained())
        run.psnrGain = l->trained()->gain();
    return run;
}

void RunRecorder::runStarted(const QDateTime& when) {
    if (!started_.isValid()) started_ = when;
}

void RunRecorder::forgetModel() { last_ = RunRecord{}; }

bool RunRecorder::continuesLastRun(const std::vector<RunEpoch>& curve) const {
    return last_.id > 0 && curve.size() >= last_.curve.size() &&
           std::equal(last_.curve.begin(), last_.curve.end(), curve.begin());
}

qint64 RunRecorder::runBegan(RunEnd end) {
    if (!awaitsRow()) return 0;
    end.status = RunStatus::Running;
    end.snapshot = nullptr;  // the newest one may show the model before a rebuild
    end.ladder = nullptr;
    return write(std::move(end), Moment::Begin);
}

qint64 RunRecorder::epochFinished(RunEnd end) {
    end.status = RunStatus::Running;
    return write(std::move(end), Moment::Epoch);
}

qint64 RunRecorder::runFinished(RunEnd end) { return write(std::move(end), Moment::End); }

// The run ended without an epoch after the row it wrote as it began.
qint64 RunRecorder::takeBackBegin() {
    if (beforeRun_.id > 0) {
        history_->record(beforeRun_);
        last_ = beforeRun_;
    } else {
        if (last_.id > 0) history_->remove({last_.id});
        last_ = RunRecord{};
    }
    return 0;
}

// A run that continues the last model (Train after Train or Stop, Step after Step) writes that
// model's row, its curve starting with the earlier runs' epochs and its time added to theirs.
qint64 RunRecorder::write(RunEnd end, Moment moment) {
    if (!end.started.isValid()) end.started = started_.isValid() ? started_ : end.finished;
    const bool choseRow = runHasRow_;
    const std::optional<std::size_t> curveAtBegin = curveAtBegin_;
    if (moment == Moment::End) {
        started_ = QDateTime();
        runHasRow_ = false;
        curveAtBegin_.reset();
    }
    RunRecord run = makeRunRecord(end);
    if (!history_) return 0;
    if (moment == Moment::End && choseRow && curveAtBegin && run.curve.size() == *curveAtBegin) return takeBackBegin();
    if (run.curve.empty() && moment != Moment::Begin) return 0;

    if (!choseRow) {
        if (continuesLastRun(run.curve)) {
            if (moment == Moment::End && run.curve.size() == last_.curve.size()) return 0;  // stopped before another epoch
            earlierWallSeconds_ = last_.wallSeconds;
            beforeRun_ = last_;
        } else {
            last_ = RunRecord{};
            earlierWallSeconds_ = 0;
            beforeRun_ = RunRecord{};
        }
        if (moment != Moment::End) runHasRow_ = true;
        if (moment == Moment::Begin) curveAtBegin_ = run.curve.size();
    }
    if (last_.id > 0) {
        run.id = last_.id;
        run.started = last_.started;
    }
    run.wallSeconds += earlierWallSeconds_;
    const qint64 id = history_->record(run);
    if (id <= 0) return 0;
    run.id = id;
    last_ = std::move(run);
    return id;
}

namespace {

RunEnd endOf(const SessionState& state, RunStatus status) {
    RunEnd end;
    end.progress = &state.progress();
    end.epochs = &state.epochs();
    end.snapshot = state.snapshot();
    end.ladder = state.noiseLadder();
    if (state.run()) {
        end.config = state.run()->config;
        end.dataset = state.run()->data.spec;
        end.normalClasses = state.run()->data.normalClasses;
    }
    end.status = status;
    end.finished = QDateTime::currentDateTime();
    return end;
}

} // namespace

qint64 RunRecorder::runBegan(const SessionState& state) { return runBegan(endOf(state, RunStatus::Running)); }

qint64 RunRecorder::epochFinished(const SessionState& state) { return epochFinished(endOf(state, RunStatus::Running)); }

qint64 RunRecorder::runFinished(const SessionState& state, RunStatus status) { return runFinished(endOf(state, status)); }

} // namespace ae
