#pragma once
// What crosses from the training thread to the views: plain values, never pointers into the
// model. The worker emits a TrainingProgress a few times a second and a ModelSnapshot (the
// expensive probe analysis) about once a second and at every epoch end.
#include "core/analysis/code_activity.h"
#include "core/analysis/coranking.h"
#include "core/analysis/distortion.h"
#include "core/common.h"
#include "core/train/autoencoder.h"
#include "core/train/model_config.h"
#include "core/train/pca_subspace.h"
#include "core/train/trainer.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ae {

// One point of the loss curves. `position` is in epochs (epoch 3, batch 50 of 200 -> 2.25).
struct LossPoint {
    double position = 0;
    LossBreakdown loss;
};

// One finished epoch: the trainer's own record, so the views, the exports and the saved model
// read the same fields.
using EpochPoint = EpochResult;

struct TrainingProgress {
    int epoch = 0;                  // 1-based epoch in progress (or just finished)
    int totalEpochs = 0;            // of this run
    int batch = 0;
    int batchesPerEpoch = 0;
    double samplesPerSecond = 0;
    double secondsLeft = -1;        // estimate for the run; -1 unknown
    std::vector<LossPoint> batches; // every batch so far in this session (the view smooths)
    std::vector<EpochPoint> epochs; // every finished epoch
    bool hasL1 = false, hasKlSparsity = false, hasVaeKl = false, hasDistance = false;
};

// What the model's distance preservation is held against: PCA and classical MDS of the same
// probe images to as many dimensions as the code (baselineCodes, core/train/evaluation.h),
// measured as the model is. They do not depend on the model, so the builder computes them once
// per probe set and code width and every snapshot shares them.
struct DistanceBaselines {
    int dimension = 0;
    DistortionMetrics pca, mds;
    QualityCurve pcaQuality, mdsQuality;
    ShepardData pcaShepard, mdsShepard;  // the same pairs as the model's, for its Shepard plot
};

// One point of the linear-autoencoder-vs-PCA curves: `position` in epochs, as LossPoint's.
struct PcaSubspacePoint {
    double position = 0;
    double largestAngle = 0;  // degrees; 0 when there are no angles (conv)
    double mse = 0;           // the model's, per element, on the probe set
};

struct ModelSnapshot {
    int epoch = 0;                   // epochs finished when it was taken
    ModelConfig config;
    Shape inputShape;
    QStringList classNames;          // index = label

    // Reconstructions: the first `columns` probe images (rows of D values in [0,1]).
    Matrix inputs;                   // columns x D
    Matrix noisyInputs;              // columns x D, empty unless the model is trained on noise
    Matrix outputs;                  // columns x D

    // Latent space of the probe set, projected to 2-D.
    Matrix latent2d;                 // P x 2
    std::vector<int> latentLabels;   // P, -1 unlabelled
    QString latentXLabel, latentYLabel;  // "z0"/"z1" or "PCA 1"/"PCA 2"
    int codeSize = 0;
    // For the latent explorer: the probe set's full codes (P x codeSize), and when the code is
    // wider than 2 the PCA that made latent2d, signs as drawn, so a point (p1, p2) of that
    // plane decodes as code = mean + p1 * row 0 + p2 * row 1. The probe images are shared,
    // immutable and the same for every snapshot of a dataset (no copy per snapshot).
    Matrix codes;                    // P x codeSize
    Matrix codeLogVariances;         // a VAE: P x codeSize, the log σ² of each code value; else empty
    Vector latentPcaMean;            // codeSize, empty unless codeSize > 2
    Matrix latentPcaComponents;      // 2 x codeSize, empty unless codeSize > 2
    std::shared_ptr<const Matrix> probeInputs;  // P x D
    CodeActivity activity;           // of `codes` (a VAE: of μ), as the CLI reports it

    // Distance distortion on the probe set.
    ShepardData shepard;             // input vs latent distances of (a subset of) the pairs
    DistortionMetrics distortion;
    PointDistortion points;          // per probe point, measured with `distortion` (its means)
    // R_NX(K) of the model; it costs twice the metrics, so it is measured only at epoch ends and
    // at the end of a run, and carried over in between. Empty before the first; qualityEpoch is
    // the epoch it was measured at.
    QualityCurve quality;
    int qualityEpoch = -1;
    BinnedCoRanking coRanking;       // the co-ranking matrix the curve came from, binned to draw
    std::shared_ptr<const DistanceBaselines> baselines;  // null when the probe set is too small

    // The decoder's span against the training data's top-k principal components and the probe
    // set's MSE against PCA's rank-k MSE (core/train/pca_subspace.h); k == 0 when not measured
    // (no training data). The history holds every snapshot's values since the model was built.
    PcaSubspace pcaSubspace;
    std::vector<PcaSubspacePoint> pcaSubspaceHistory;

    // First layer's weights: one row per unit / output channel, drawn as filterShape images.
    Matrix filters;
    Shape filterShape;               // dense: 1 x 28 x 28; conv: Cin x k x k

    // A copy of every weight, so the GUI can decode clicked latent points without the worker.
    std::vector<float> parameters;

    // What this snapshot cost the training thread (wall seconds): the whole build, and the part
    // spent on the distortion metrics and Shepard pairs (0 when they were reused from before).
    double buildSeconds = 0;
    double distortionSeconds = 0;
    double qualitySeconds = 0;       // the R_NX curve's part (0 when carried over)
};

} // namespace ae

Q_DECLARE_METATYPE(ae::EpochPoint)
Q_DECLARE_METATYPE(ae::TrainingProgress)
Q_DECLARE_METATYPE(ae::ModelSnapshot)
