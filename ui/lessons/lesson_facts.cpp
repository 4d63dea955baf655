#include "ui/lessons/lesson_facts.h"

#include "core/report/report.h"
#include "ui/session/session_state.h"
#include "ui/sweep/sweep_controller.h"

namespace ae {
namespace {

// The snapshot's own metrics as the report's distance block: no kNN search on the GUI thread.
std::optional<DistanceReport> distanceOf(const ModelSnapshot& s) {
    if (!s.baselines || s.probeInputs == nullptr) return std::nullopt;
    DistanceReport d;
    d.probe = int(s.probeInputs->rows());
    d.dimension = s.codeSize;
    d.model = s.distortion;
    d.pca = s.baselines->pca;
    d.mds = s.baselines->mds;
    d.modelQuality = s.quality;
    d.pcaQuality = s.baselines->pcaQuality;
    d.mdsQuality = s.baselines->mdsQuality;
    return d;
}

} // namespace

nlohmann::json runFacts(const SessionState& state) {
    const ModelSnapshot* s = state.snapshot();
    if (!s) return nullptr;
    ReportInputs r;
    r.config = s->config;
    if (state.run()) {
        r.dataset = state.run()->data.spec.toStdString();
        r.data = state.run()->data.loaded;
    }
    r.parameters = s->parameters.size();
    r.epochs = state.epochs();
    if (!r.epochs.empty() && r.epochs.back().hasTest) r.test = r.epochs.back().test;
    r.distance = distanceOf(*s);
    r.codeActivity = s->activity;
    if (const AnomalySnapshot* a = state.anomalies())
        r.anomaly = AnomalySummary{a->score, a->roc.auc, a->pcaRoc.auc, a->pcaComponents, a->bestF1};
    if (const NoiseLadderSnapshot* ladder = state.noiseLadder()) r.denoising = ladder->ladder;
    return nlohmann::json::parse(reportJson(r), nullptr, false);
}

nlohmann::json sweepFacts(SweepParameter parameter, const std::vector<SweepRun>& runs) {
    std::vector<SweepRunReport> reports;
    for (const SweepRun& run : runs) {
        if (run.status != SweepRun::Status::Finished || !run.hasResult()) continue;
        SweepRunReport report{run.value, {}};
        ReportInputs& r = report.report;
        r.config = run.config;
        r.epochs = run.epochs;
        r.test = run.finalTest();
        if (run.hasActivity) r.codeActivity = run.activity;
        if (run.hasDistortion) {
            DistanceReport d;
            d.model = run.distortion;
            r.distance = d;
        }
        reports.push_back(std::move(report));
    }
    if (reports.empty()) return nullptr;
    return nlohmann::json::parse(sweepReportJson(parameter, reports), nullptr, false);
}

} // namespace ae
