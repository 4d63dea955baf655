#include "ui/window/responsiveness_probe.h"

#include "ui/session/training_session.h"

#include <algorithm>
#include <numeric>

#include <time.h>

namespace ae {

namespace {

double quantile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    const auto k = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

double mean(const std::vector<double>& v) {
    return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

double maximum(const std::vector<double>& v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

// CPU seconds of the calling thread (the probe lives on the GUI thread).
double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

} // namespace

ResponsivenessProbe::ResponsivenessProbe(TrainingSession* session, Eigen::Index trainingRows, double warmupSeconds,
                                         QObject* parent, int tickMs)
    : QObject(parent), trainingRows_(trainingRows), warmupMs_(static_cast<qint64>(warmupSeconds * 1000)) {
    clock_.start();
    // A precise timer: a coarse one may fire up to 5% late by design, which would read as jank.
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(tickMs);
    connect(&timer_, &QTimer::timeout, this, &ResponsivenessProbe::tick);
    timer_.start();
    connect(session, &TrainingSession::progress, this, &ResponsivenessProbe::onProgress);
    connect(session, &TrainingSession::snapshot, this, &ResponsivenessProbe::onSnapshot);
}

void ResponsivenessProbe::tick() {
    const qint64 now = clock_.elapsed();
    if (warm() && guiCpuAtWarm_ < 0) {
        guiCpuAtWarm_ = threadCpuSeconds();
        warmAtMs_ = now;
    }
    const double cpu = threadCpuSeconds();
    if (lastTickMs_ >= 0 && warm()) {
        const auto gap = static_cast<double>(now - lastTickMs_);
        gapsMs_.push_back(gap);
        if (gap > longestGapMs_) {
            longestGapMs_ = gap;
            longestGapBusyMs_ = (cpu - lastTickCpu_) * 1000;
        }
    }
    lastTickMs_ = now;
    lastTickCpu_ = cpu;
}

void ResponsivenessProbe::onProgress(const TrainingProgress& progress) {
    if (!warm()) return;
    // Epochs that were already finished (or running) when measuring began are not counted.
    if (!epochBaseline_) {
        epochsSeen_ = progress.epochs.size() + 1;
        epochBaseline_ = true;
        return;
    }
    for (; epochsSeen_ < progress.epochs.size(); ++epochsSeen_) epochSeconds_.push_back(progress.epochs[epochsSeen_].seconds);
}

void ResponsivenessProbe::onSnapshot(const ModelSnapshot& snapshot) {
    if (!warm()) return;
    snapshotMs_.push_back(snapshot.buildSeconds * 1000);
    if (snapshot.distortionSeconds > 0) {
        distortionMs_.push_back(snapshot.distortionSeconds * 1000);
        probePoints_ = static_cast<int>(snapshot.codes.rows());
    }
    if (snapshot.qualitySeconds > 0) qualityMs_.push_back(snapshot.qualitySeconds * 1000);
}

ResponsivenessReport ResponsivenessProbe::report() const {
    ResponsivenessReport r;
    r.epochs = static_cast<int>(epochSeconds_.size());
    r.medianEpochSeconds = quantile(epochSeconds_, 0.5);
    r.samplesPerSecond = r.medianEpochSeconds > 0 ? static_cast<double>(trainingRows_) / r.medianEpochSeconds : 0;
    r.frames = static_cast<int>(gapsMs_.size());
    r.frameP95Ms = quantile(gapsMs_, 0.95);
    r.frameMaxMs = maximum(gapsMs_);
    r.frameMaxBusyMs = longestGapBusyMs_;
    r.snapshots = static_cast<int>(snapshotMs_.size());
    r.snapshotMeanMs = mean(snapshotMs_);
    r.snapshotMaxMs = maximum(snapshotMs_);
    r.distortions = static_cast<int>(distortionMs_.size());
    r.distortionMeanMs = mean(distortionMs_);
    r.distortionMaxMs = maximum(distortionMs_);
    r.probePoints = probePoints_;
    r.qualities = static_cast<int>(qualityMs_.size());
    r.qualityMeanMs = mean(qualityMs_);
    r.qualityMaxMs = maximum(qualityMs_);
    const qint64 wallMs = clock_.elapsed() - warmAtMs_;
    if (guiCpuAtWarm_ >= 0 && wallMs > 0) r.guiBusy = (threadCpuSeconds() - guiCpuAtWarm_) / (static_cast<double>(wallMs) / 1000);
    return r;
}

QString ResponsivenessProbe::format(const ResponsivenessReport& r) {
    return QStringLiteral("epochs measured      %1\n"
                          "median epoch s       %2\n"
                          "samples/s            %3\n"
                          "frames               %4\n"
                          "frame gap p95 ms     %5\n"
                          "frame gap max ms     %6 (GUI thread busy %16 ms of it)\n"
                          "snapshots            %7 (mean %8 ms, max %9 ms)\n"
                          "distortion metrics   %10 on %11 points (mean %12 ms, max %13 ms)\n"
                          "R_NX curves          %17 (mean %18 ms, max %19 ms)\n"
                          "snapshot/epoch       %14\n"
                          "GUI thread busy      %15\n")
        .arg(r.epochs)
        .arg(r.medianEpochSeconds, 0, 'f', 3)
        .arg(r.samplesPerSecond, 0, 'f', 0)
        .arg(r.frames)
        .arg(r.frameP95Ms, 0, 'f', 1)
        .arg(r.frameMaxMs, 0, 'f', 1)
        .arg(r.snapshots)
        .arg(r.snapshotMeanMs, 0, 'f', 1)
        .arg(r.snapshotMaxMs, 0, 'f', 1)
        .arg(r.distortions)
        .arg(r.probePoints)
        .arg(r.distortionMeanMs, 0, 'f', 1)
        .arg(r.distortionMaxMs, 0, 'f', 1)
        .arg(r.medianEpochSeconds > 0 ? r.snapshotMeanMs / 1000 / r.medianEpochSeconds : 0, 0, 'f', 3)
        .arg(r.guiBusy, 0, 'f', 3)
        .arg(r.frameMaxBusyMs, 0, 'f', 1)
        .arg(r.qualities)
        .arg(r.qualityMeanMs, 0, 'f', 1)
        .arg(r.qualityMaxMs, 0, 'f', 1);
}

} // namespace ae
