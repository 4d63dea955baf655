#pragma once
// The run report (JSON) and its CSV exports, one contract for aelab-cli and the window, built
// from plain values (docs/report.md describes every key and column). Every key of the report is
// always written, null when the program did not measure or does not know it, so the reports of
// the two programs have the same keys. Only text is built here; the callers write it atomically.
#include "core/analysis/roc.h"
#include "core/data/dataset.h"
#include "core/train/evaluation.h"
#include "core/train/model_config.h"
#include "core/train/pca_subspace.h"
#include "core/train/sweep.h"
#include "core/train/trainer.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ae {

// What the run trained on and was tested on, after the class choice and any limits.
struct ReportData {
    std::string name;                // Dataset::name: "sample", "mnist", "fashion", or the path given
    long long trainSamples = 0;
    long long testSamples = 0;
    Shape shape;
    std::vector<int> normalClasses;  // the classes trained on; empty when every class was
};

ReportData describeData(const Dataset& data, const std::vector<int>& normalClasses);

// The network against PCA with as many components as its code, both by per-element MSE on the
// test set, PCA fitted on the training set.
struct ReconstructionBaseline {
    int pcaComponents = 0;
    double pcaTestMse = 0;
    double modelTestMse = 0;
};

// The anomaly scoring in numbers (the per-sample scores go to errorsCsv).
struct AnomalySummary {
    AnomalyScore score = AnomalyScore::SquaredError;
    double auc = 0;
    double pcaAuc = 0;
    int pcaComponents = 0;
    ThresholdStats bestF1;  // the threshold with the best F1 and its precision and recall
};

// Everything a report says; an empty optional is written as null.
struct ReportInputs {
    ModelConfig config;
    std::string dataset;                          // the data as chosen: "sample", "mnist", a path, …
    std::optional<ReportData> data;
    std::optional<std::string> modelFile;         // the model file evaluated, when it came from one
    std::size_t parameters = 0;
    std::vector<EpochResult> epochs;              // the model's whole training history
    std::optional<LossBreakdown> test;            // the final model on the test set
    std::optional<ReconstructionBaseline> reconstructionBaseline;
    std::optional<PcaSubspace> pcaSubspace;       // a dense decoder against the training data's top-k PCs
    std::optional<DistanceReport> distance;       // the model, PCA and MDS on the probe set
    std::optional<AnomalySummary> anomaly;
    std::optional<CodeActivity> codeActivity;     // the probe set's codes (the rows latentCsv writes)
    std::optional<NoiseLadder> denoising;         // a noisy model's ladder, or one asked for
};

// The report as JSON text, indented by two spaces, ending in a newline. Non-finite numbers are
// written as null (JSON has no NaN).
std::string reportJson(const ReportInputs& report);

// One run of a sweep: the swept value and that run's report.
struct SweepRunReport {
    double value = 0;
    ReportInputs report;
};

// {"parameter": key, "runs": [{"value": V, "label": "L1 1e-6", …the run's report's keys…}, …]},
// indented as reportJson. `value` is a number, or the choice's name for a parameter with choices
// (the noise type).
std::string sweepReportJson(SweepParameter parameter, const std::vector<SweepRunReport>& runs);

// One point of the loss history: a batch's losses at `position` epochs (epoch 3, batch 50 of
// 200 -> 2.25).
struct BatchLoss {
    double position = 0;
    LossBreakdown loss;
};

// Header "kind,epoch,position,total,reconstruction,l1,kl_sparsity,vae_kl,distance,seconds",
// then one row per batch (kind "batch", seconds empty), one per epoch ("train", with the epoch's
// training seconds) and one per epoch with a validation loss ("test", seconds empty).
std::string lossHistoryCsv(const std::vector<BatchLoss>& batches, const std::vector<EpochResult>& epochs);

// "index,label,z0,z1,…": one probe sample a row, its full code. Label -1 where `labels` ends.
// With `logVariances` (a VAE: `codes` are the means μ), also "logvar0,logvar1,…", the log σ² of
// each code value (as clamped in the model). With `points` (the probe's per-point distortion,
// DistanceReport::modelPoints), then "trustworthiness,continuity". Throws Error when the shapes
// differ.
std::string latentCsv(const Matrix& codes, const std::vector<int>& labels, const Matrix* logVariances = nullptr,
                      const PointDistortion* points = nullptr);
// index,label,r0,...: one reconstruction (after the output activation) per row, the rows of latentCsv.
std::string reconstructionsCsv(const Matrix& reconstructions, const std::vector<int>& labels);

// "index,label,anomaly,error": one test sample a row, `anomaly` 1 or 0. Label -1 and anomaly 0
// where `labels` or `anomalous` end.
std::string errorsCsv(const std::vector<double>& errors, const std::vector<int>& labels, const std::vector<bool>& anomalous);

} // namespace ae
