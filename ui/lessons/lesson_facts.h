#pragma once
// The facts a lesson's checks read, as report JSON (docs/report.md) built by core/report's one
// writer from values the window already holds: the session's newest snapshot, progress,
// anomaly scoring and noise ladder for the run, and a sweep's finished runs. Nothing here
// touches a model or recomputes a metric the snapshots carry.
#include "core/train/sweep.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace ae {

class SessionState;
struct SweepRun;

// The run's report as the window can give it (null before the first snapshot): the snapshot's
// parameter count, code activity and distance metrics (with PCA's and MDS's), the last epoch's
// test losses, the anomaly scoring and the noise ladder when they were measured.
nlohmann::json runFacts(const SessionState& state);

// A sweep report (sweepReportJson) of the runs that have a result (null when none has).
nlohmann::json sweepFacts(SweepParameter parameter, const std::vector<SweepRun>& runs);

} // namespace ae
