#pragma once
// One training run as the runs history keeps it: plain values, enough to compare runs, redraw
// their loss curves and reconstructions after a restart, and load their configuration back.
#include "core/analysis/distortion.h"
#include "core/common.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace ae {

// Running: the row of a run still in progress, rewritten after every epoch. Interrupted: a row
// left running by a process that died (killed, crashed, power cut), found at the next start.
enum class RunStatus { Finished, Stopped, Failed, Running, Interrupted };

// One finished epoch of the loss curve.
struct RunEpoch {
    int epoch = 0;
    double trainLoss = 0;            // total, averaged over the epoch
    double trainReconstruction = 0;
    double testLoss = 0;             // total, after the epoch; meaningless unless hasTest
    double testReconstruction = 0;
    bool hasTest = false;
    double seconds = 0;
    bool operator==(const RunEpoch&) const = default;
};

// The first few probe images and the model's answers to them, as 8-bit pixels: a kilobyte or
// two a run instead of the floats of a whole snapshot.
struct RunImages {
    Shape shape;                     // of one image
    int count = 0;
    std::vector<std::uint8_t> inputs;   // count x shape.size(), 0 = 0.0 and 255 = 1.0
    std::vector<std::uint8_t> outputs;  // the same for the reconstructions
    bool operator==(const RunImages&) const = default;
};

struct RunRecord {
    qint64 id = 0;                   // assigned by RunHistory::record; 0 for a new run
    QDateTime started, finished;
    double wallSeconds = 0;          // from Train to the end, pauses included
    RunStatus status = RunStatus::Finished;
    QString variant;
    QString configJson;              // configToJson of what was trained
    QString dataset;                 // DataPanel::spec()
    std::vector<int> normalClasses;  // empty: all classes
    qint64 parameters = 0;
    int epochs = 0;                  // epochs done

    // The last epoch's losses.
    double trainLoss = 0, trainReconstruction = 0;
    double testLoss = 0, testReconstruction = 0;
    bool hasTest = false;
    double samplesPerSecond = 0;

    // Distance distortion of the probe set at the end of the run.
    bool hasDistortion = false;
    DistortionMetrics distortion;

    // The code's activity on the probe set at the end of the run (format 3 on; older rows have
    // none).
    bool hasActivity = false;
    double activeFraction = 0;       // share of code values with |z| > ε
    double meanAbs = 0;              // mean |z|
    int deadUnits = 0, codeUnits = 0;
    // A model trained on noise: PSNR(output) − PSNR(noisy) in dB at its trained level, from the
    // noise ladder measured at the run's end; NaN when none was.
    double psnrGain = std::numeric_limits<double>::quiet_NaN();

    std::vector<RunEpoch> curve;
    RunImages reconstructions;
};

// "finished" / "stopped" / "failed" / "running" / "interrupted": the words stored in the
// database (never translated).
QString runStatusKey(RunStatus status);
// The status a stored word names; Failed for an unknown word.
RunStatus runStatusFromKey(const QString& key);

} // namespace ae
