#pragma once
// Turns a live Autoencoder into a ModelSnapshot value: reconstructions of a few probe images,
// the probe set's latent space in 2-D, its distance distortion and the first layer's filters.
// Runs on the training thread; the result owns all its data and may cross threads.
#include "core/data/dataset.h"
#include "core/analysis/pca.h"
#include "ui/session/snapshot.h"

#include <QPointF>

#include <map>
#include <memory>
#include <random>

namespace ae {

// The projection the latent scatter was drawn with (SnapshotBuilder::projection()): for codes wider
// than 2 the PCA mean and the two components with their signs as drawn; empty for 1- or 2-D
// codes, which are drawn as they are.
struct LatentProjection {
    Vector mean;        // codeSize
    Matrix components;  // 2 x codeSize

    // Codes (one a row) on the plane: 1- and 2-D codes as they are (a 1-D code on the x axis);
    // throws Error when wider codes do not fit the projection (none drawn yet, another width).
    Matrix apply(const Matrix& codes) const;
};
// `code` on that plane; false when the code is wider than 2 and the projection does not fit it.
bool projectCode(const Vector& code, const LatentProjection& projection, QPointF& point);

class SnapshotBuilder {
public:
    static constexpr int kProbeSize = 1000;       // first N test samples (DESIGN.md's default)
    static constexpr int kColumns = 10;           // reconstruction columns, as in seed 001
    // All pairs of 1,000 points are 499,500; a deterministic 100,000 of them draw the same
    // Shepard cloud in a fifth of the time. The metrics still use every pair.
    static constexpr std::size_t kMaxShepardPairs = 100000;
    static constexpr int kNeighbours = 10;        // k of trustworthiness / continuity / k-NN
    static constexpr int kExactPcaMaxWidth = 64;  // wider codes get the randomised PCA

    // Takes the first kProbeSize test samples (training samples when there is no test set). The
    // distance analysis runs on up to `threads` threads (the model's ModelConfig::threads).
    SnapshotBuilder(const Dataset& data, int threads);

    // `noisy` probe inputs are made once, with a fixed seed, so the noisy row stays the same
    // between snapshots and only the model's answer changes.
    // The distance analysis is the largest part of the cost even with the input side cached
    // (DistortionProbe), so it is only recomputed when `withDistortion`; otherwise the snapshot
    // carries the newest one computed before.
    // `withQuality` (an epoch end, a run's end) also measures the model's R_NX curve, the
    // costliest part; it implies withDistortion, so the curve and the metrics are of one model.
    // `position` (epochs, fractional mid-epoch) places the snapshot on the PCA-subspace curves;
    // negative: epochsDone.
    ModelSnapshot build(Autoencoder& model, int epochsDone, bool withDistortion = true, bool withQuality = false,
                        double position = -1);

    // PCA and MDS of the probe set measured for codes of `dimension` numbers: computed on the
    // first request for that width (about a second at 1,000 points) and kept for the dataset.
    // The worker asks before training starts, so their cost never counts as a snapshot's. Null
    // when the probe set is too small for the metrics.
    std::shared_ptr<const DistanceBaselines> baselines(int dimension);

    // PCA of the training data with `k` components, the reference of the snapshots'
    // pcaSubspace: fitted on the first request for that k and kept for the dataset. The worker
    // asks before training starts, as for baselines(). Null without training data or for k
    // outside [1, min(rows, D)].
    std::shared_ptr<const Pca> pcaReference(const Matrix& trainX, int k);

    // Forget the previous projection (a new model need not look like the old one).
    void resetAlignment() {
        previousLatent_.resize(0, 0);
        projection_ = {};
        lastShepard_ = {};
        lastDistortion_ = {};
        lastPoints_ = {};
        lastQuality_ = {};
        lastQualityEpoch_ = -1;
        lastCoRanking_ = {};
        pcaSubspaceHistory_.clear();
        lastPcaSubspace_ = {};
    }

    const Matrix& probe() const { return probe_; }
    // How the newest snapshot's codes were projected to its latent2d.
    const LatentProjection& projection() const { return projection_; }


private:
    void fillLatent(Autoencoder& model, ModelSnapshot& s, bool withDistortion, bool withQuality);
    void fillPcaSubspace(Autoencoder& model, ModelSnapshot& s, double position, bool withDistortion);

    Matrix probe_;                 // P x D
    std::shared_ptr<const Matrix> sharedProbe_;  // the same, handed to every snapshot
    std::vector<int> probeLabels_; // P
    Shape shape_;
    QStringList classNames_;
    Matrix previousLatent_;        // P x 2 of the last snapshot, for alignSigns
    LatentProjection projection_;  // that made previousLatent_
    Matrix noisyColumns_;          // kColumns x D, built on first use for a noisy model
    std::string noisyFor_;         // noise kind + factor noisyColumns_ was made with
    // The probe set's input-side distance analysis (null when the probe is too small for k).
    std::unique_ptr<const DistortionProbe> distortionProbe_;
    ShepardData lastShepard_;      // newest distance analysis, reused between recomputations
    DistortionMetrics lastDistortion_;
    PointDistortion lastPoints_;
    QualityCurve lastQuality_;
    int lastQualityEpoch_ = -1;
    BinnedCoRanking lastCoRanking_;
    std::map<int, std::shared_ptr<const DistanceBaselines>> baselines_;  // by code width
    std::map<int, std::shared_ptr<const Pca>> pcaReferences_;            // by k
    std::vector<PcaSubspacePoint> pcaSubspaceHistory_;
    PcaSubspace lastPcaSubspace_;
};

} // namespace ae
