#pragma once
// What a trained model is measured by, shared by the CLI report and the window: distance
// preservation on a probe set (against PCA and classical MDS of the same inputs) and anomaly
// detection by reconstruction error (against a PCA baseline).
#include "core/analysis/code_activity.h"
#include "core/analysis/coranking.h"
#include "core/analysis/distortion.h"
#include "core/analysis/roc.h"
#include "core/named_enum.h"
#include "core/nn/corruption.h"
#include "core/train/autoencoder.h"

#include <cstdint>
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

// The linear embeddings a code of width `dimension` is held against (DistanceReport's pca and
// mds, the window's baselines): the inputs' PCA projection and classical MDS of their distances,
// each to min(dimension, N - 1, D) dimensions. `inputDistances` is pairwiseDistances(x).
struct BaselineCodes {
    int dimension = 0;  // what both have
    Matrix pca, mds;    // N x dimension
};
BaselineCodes baselineCodes(const Matrix& x, const Matrix& inputDistances, int dimension);

// Seed 002's figure (DistanceReport::trainKnn) as both programs measure it: the probe points' k =
// kTrainKnnNeighbours nearest among the first `trainLimit` training rows, in input space and in
// code space (trainNeighbourPreservation), the training rows encoded by `model`. `probeZ` is the
// model's code of `probeX`. share = -1 when there are fewer training rows than neighbours or the
// widths differ.
constexpr int kTrainKnnNeighbours = 10;
constexpr int kTrainKnnLimit = 10000;
struct TrainKnn {
    double share = -1;
    int points = 0;  // training rows searched
};
TrainKnn measureTrainKnn(Autoencoder& model, const Matrix& probeX, const Matrix& probeZ, const Matrix& trainX,
                         int trainLimit = kTrainKnnLimit);

// Encodes the first `probe` rows of `testX` and compares their pairwise distances with the
// inputs', on the model's threads. Throws Error if there are fewer than kMinProbe probe rows.
// With `trainX`, also trainKnn against its first `trainLimit` rows.
DistanceReport analyseDistances(Autoencoder& model, const Matrix& testX, int probe, const Matrix* trainX = nullptr,
                                int trainLimit = kTrainKnnLimit);

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

// The activity of the model's code on `inputs` (a VAE: its means μ): what --export-latent writes
// for the same rows, measured by codeActivity.
CodeActivity measureCodeActivity(Autoencoder& model, const Matrix& inputs);

// A noise ladder: how much noise a model removes. For each level the clean rows are corrupted
// with `noise` at that level, reconstructed, and both the noisy input and the output are compared
// with the clean image by PSNR (per image, then averaged); psnrOutput − psnrNoisy is the
// denoising gain. Each level draws from a fresh mt19937_64(seed), so levels see the same draws
// scaled (gaussian) or nested (masking, salt-and-pepper): more noise is never luckier noise.
struct NoiseLevelResult {
    double level = 0;
    double psnrNoisy = 0;   // noisy vs clean
    double psnrOutput = 0;  // reconstruction of the noisy input vs clean
    double gain() const { return psnrOutput - psnrNoisy; }
};

struct NoiseLadder {
    NoiseKind noise = NoiseKind::Gaussian;
    std::vector<NoiseLevelResult> levels;
};

// Throws Error for noise 'none', or a level the noise refuses (negative; above 1 for masking and
// salt-and-pepper), naming it.
NoiseLadder noiseLadder(Autoencoder& model, const Matrix& clean, NoiseKind noise, const std::vector<double>& levels,
                        std::uint64_t seed);

// The ladder around a noisy model's trained level: ×0.5, ×1, ×1.5, ×2, capped at the noise's
// largest factor (1 for the probabilities: masking, salt-and-pepper) and without repeats. Empty
// for a model without noise.
std::vector<double> defaultNoiseLevels(const ModelConfig& config);

} // namespace ae
