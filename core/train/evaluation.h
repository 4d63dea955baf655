#pragma once
// What a trained model is measured by, shared by the CLI report and the window: distance
// preservation on a probe set (against PCA and classical MDS of the same inputs) and anomaly
// detection by reconstruction error (against a PCA baseline).
#include "core/analysis/coranking.h"
#include "core/analysis/distortion.h"
#include "core/analysis/roc.h"
#include "core/named_enum.h"
#include "core/train/autoencoder.h"

#include <vector>

namespace ae {

struct DistanceReport {
    int probe = 0;              // probe samples used
    int dimension = 0;          // code width (the baselines use the same)
    DistortionMetrics model;
    DistortionMetrics pca;
    DistortionMetrics mds;
    // R_NX(K) over every neighbourhood size and its log-K AUC (core/analysis/coranking.h).
    QualityCurve modelQuality, pcaQuality, mdsQuality;
    // The model's trustworthiness and continuity per probe point, k = 10 as above: their means
    // are model.trustworthiness and model.continuity.
    PointDistortion modelPoints;
    // Seed 002's question, when training data was given: for each probe point, the share of its
    // k = 10 nearest training points (input space) still among its 10 nearest in latent space,
    // over the first `trainPoints` training samples. -1 when not computed.
    double trainKnn = -1;
    int trainPoints = 0;
};

// k = 10 neighbours must be fewer than half the probe set for trustworthiness to be defined.
constexpr int kMinProbe = 21;

// Encodes the first `probe` rows of `testX` and compares their pairwise distances with the
// inputs', on the model's threads. Throws Error if there are fewer than kMinProbe probe rows.
// With `trainX`, also trainKnn against its first `trainLimit` rows.
DistanceReport analyseDistances(Autoencoder& model, const Matrix& testX, int probe, const Matrix* trainX = nullptr,
                                int trainLimit = 10000);

// The same from codes already computed (row i of `codes` is the code of row i of `probeInputs`),
// for a caller that holds the codes but not the model, such as the window's report. No trainKnn.
// Throws Error if there are fewer than kMinProbe rows or the row counts differ. The distances are
// computed on up to `threads` threads (the results do not depend on the count).
DistanceReport compareDistances(const Matrix& probeInputs, const Matrix& codes, int threads = 1);

// What a test sample's anomaly score is. The squared error is the default whatever the model
// trained on: BCE against a target in (0,1) is not zero for a perfect reconstruction (it is the
// target's entropy), so scoring by BCE ranks images by their ink as much as by how badly they
// were reconstructed.
enum class AnomalyScore { SquaredError, TrainingLoss };
inline constexpr EnumName<AnomalyScore> kAnomalyScoreNames[] = {{AnomalyScore::SquaredError, "squared-error"},
                                                                {AnomalyScore::TrainingLoss, "training-loss"}};
constexpr std::span<const EnumName<AnomalyScore>> enumNames(AnomalyScore) { return kAnomalyScoreNames; }

// Each row's score: squared error per element of its reconstruction from `inputs` (clean
// images; a denoising model too), or the model's own reconstruction loss per element.
std::vector<double> anomalyScores(Autoencoder& model, const Matrix& inputs, AnomalyScore score);

struct AnomalyReport {
    AnomalyScore score = AnomalyScore::SquaredError;
    std::vector<double> errors;        // per test sample score (`score`)
    std::vector<bool> anomalous;       // label not among the normal classes
    RocCurve roc;
    RocCurve pcaRoc;                   // PCA with as many components as the code, fitted on the training data
    ThresholdStats bestF1;
    int pcaComponents = 0;
};

// `trainX` is the (normal-only) training data; the test set is scored whole. Throws Error when
// the test set has no anomalies or no normal samples. PCA is always scored by squared error.
AnomalyReport analyseAnomalies(Autoencoder& model, const Matrix& trainX, const Matrix& testX,
                               const std::vector<int>& testY, const std::vector<int>& normalClasses,
                               AnomalyScore score = AnomalyScore::SquaredError);

} // namespace ae
