#pragma once
// Measures what issue 7 asks of the window while it trains: the training throughput it reaches
// (to compare with `aelab-cli bench` on the same network), how long the GUI thread is ever busy
// between two chances to draw (frame time), and what the snapshots cost the training thread.
// `aelab --measure SECONDS` attaches one and prints its report (bench/gui_throughput.sh).
#include "ui/session/snapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace ae {

class TrainingSession;

struct ResponsivenessReport {
    int epochs = 0;                 // epochs finished while measuring
    double medianEpochSeconds = 0;  // training time per epoch (validation excluded, as bench)
    double samplesPerSecond = 0;    // training rows / median epoch seconds
    int frames = 0;                 // timer ticks seen
    double frameP95Ms = 0, frameMaxMs = 0;  // gaps between ticks: how long drawing could wait
    // GUI thread CPU time within the longest gap: close to frameMaxMs when the window itself was
    // busy, far below it when the thread was ready but waited for a core (a loaded machine).
    double frameMaxBusyMs = 0;
    int snapshots = 0;
    double snapshotMeanMs = 0, snapshotMaxMs = 0;
    int distortions = 0;            // snapshots that recomputed the distortion metrics
    double distortionMeanMs = 0, distortionMaxMs = 0;
    int probePoints = 0;            // points the distortion metrics were computed on
    int qualities = 0;              // snapshots that measured the model's R_NX curve
    double qualityMeanMs = 0, qualityMaxMs = 0;
    double guiBusy = 0;             // GUI thread CPU seconds per wall second since the warm-up
};

class ResponsivenessProbe : public QObject {
    Q_OBJECT
public:
    // Samples the event loop every `tickMs`; epochs and snapshots of `session` are counted once
    // `warmupSeconds` have passed (the first epoch pays for page faults and buffer growth).
    ResponsivenessProbe(TrainingSession* session, Eigen::Index trainingRows, double warmupSeconds, QObject* parent = nullptr,
                        int tickMs = 16);

    ResponsivenessReport report() const;
    // One line per figure, for a terminal.
    static QString format(const ResponsivenessReport& r);

private:
    void tick();
    void onProgress(const TrainingProgress& progress);
    void onSnapshot(const ModelSnapshot& snapshot);
    bool warm() const { return clock_.elapsed() >= warmupMs_; }

    Eigen::Index trainingRows_;
    qint64 warmupMs_;
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastTickMs_ = -1;
    double lastTickCpu_ = 0;       // GUI thread CPU seconds at the last tick
    double longestGapMs_ = 0, longestGapBusyMs_ = 0;
    std::vector<double> gapsMs_;
    std::size_t epochsSeen_ = 0;   // epochs in the session's history when measuring began
    bool epochBaseline_ = false;
    std::vector<double> epochSeconds_;
    std::vector<double> snapshotMs_, distortionMs_, qualityMs_;
    int probePoints_ = 0;
    double guiCpuAtWarm_ = -1;      // GUI thread CPU seconds when the warm-up ended
    qint64 warmAtMs_ = 0;
};

} // namespace ae
