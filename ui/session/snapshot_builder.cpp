#include "ui/session/snapshot_builder.h"

#include "core/analysis/distortion.h"
#include "core/analysis/pca.h"
#include "core/nn/corruption.h"
#include "core/train/evaluation.h"

#include <algorithm>
#include <chrono>

namespace ae {

namespace {

// Fixed seeds: snapshots of one run must differ only by what the model learned.
constexpr std::uint64_t kNoiseSeed = 20240501;
constexpr std::uint64_t kPairSeed = 7;

bool hasNoise(const ModelConfig& c) { return c.noise != NoiseKind::None && c.noiseFactor > 0; }

} // namespace

SnapshotBuilder::SnapshotBuilder(const Dataset& data, int threads) : shape_(data.shape) {
    const bool useTest = data.testX.rows() > 0;
    const Matrix& source = useTest ? data.testX : data.trainX;
    const std::vector<int>& labels = useTest ? data.testY : data.trainY;
    const Eigen::Index n = std::min<Eigen::Index>(kProbeSize, source.rows());
    probe_ = source.topRows(n);
    probeLabels_.assign(labels.begin(), labels.begin() + std::min<std::ptrdiff_t>(n, std::ssize(labels)));
    probeLabels_.resize(static_cast<std::size_t>(n), -1);
    for (const auto& name : data.classNames) classNames_ << QString::fromStdString(name);
    sharedProbe_ = std::make_shared<const Matrix>(probe_);
    // Built here, once per dataset and before any training, so its one-off cost (input distances,
    // their ranks, neighbours, Shepard pairs) never counts as a snapshot's cost: the worker
    // spaces snapshots by what the last one cost. The metrics need k neighbours and more than
    // 2k points to mean anything; inputs with NaNs get no metrics rather than no training.
    if (probe_.rows() > 2 * kNeighbours + 1 && probe_.allFinite())
        distortionProbe_ = std::make_unique<const DistortionProbe>(probe_, kNeighbours, kMaxShepardPairs, kPairSeed, threads);
}

std::shared_ptr<const DistanceBaselines> SnapshotBuilder::baselines(int dimension) {
    if (!distortionProbe_ || dimension < 1) return nullptr;
    auto& cached = baselines_[dimension];
    if (cached) return cached;
    const BaselineCodes codes = baselineCodes(probe_, distortionProbe_->inputDistances(), dimension);
    auto b = std::make_shared<DistanceBaselines>();
    b->dimension = codes.dimension;
    DistortionProbe::Measurement pca = distortionProbe_->measureWithShepard(codes.pca);
    b->pca = pca.metrics;
    b->pcaShepard = std::move(pca.shepard);
    b->pcaQuality = distortionProbe_->quality(codes.pca);
    DistortionProbe::Measurement mds = distortionProbe_->measureWithShepard(codes.mds);
    b->mds = mds.metrics;
    b->mdsShepard = std::move(mds.shepard);
    b->mdsQuality = distortionProbe_->quality(codes.mds);
    cached = std::move(b);
    return cached;
}

std::shared_ptr<const Pca> SnapshotBuilder::pcaReference(const Matrix& trainX, int k) {
    if (k < 1 || k > std::min(trainX.rows(), trainX.cols()) || !trainX.allFinite()) return nullptr;
    auto& cached = pcaReferences_[k];
    if (!cached) cached = std::make_shared<const Pca>(fitPca(trainX, k));
    return cached;
}

ModelSnapshot SnapshotBuilder::build(Autoencoder& model, int epochsDone, bool withDistortion, bool withQuality,
                                     double position) {
    const auto start = std::chrono::steady_clock::now();
    ModelSnapshot s;
    s.epoch = epochsDone;
    s.config = model.config();
    s.inputShape = shape_;
    s.classNames = classNames_;

    const Eigen::Index columns = std::min<Eigen::Index>(kColumns, probe_.rows());
    s.inputs = probe_.topRows(columns);
    if (hasNoise(s.config)) {
        const std::string key = nameOf(s.config.noise) + "/" + std::to_string(s.config.noiseFactor);
        if (noisyFor_ != key || noisyColumns_.rows() != columns) {
            std::mt19937_64 rng(kNoiseSeed);
            corrupt(s.config.noise, s.config.noiseFactor, s.inputs, noisyColumns_, rng);
            noisyFor_ = key;
        }
        s.noisyInputs = noisyColumns_;
        s.outputs = model.reconstruct(s.noisyInputs);  // a denoiser is shown what it is for
    } else if (columns > 0) {
        s.outputs = model.reconstruct(s.inputs);
    }

    fillLatent(model, s, withDistortion || withQuality, withQuality);
    fillPcaSubspace(model, s, position < 0 ? epochsDone : position, withDistortion || withQuality);

    const Matrix w = model.firstLayerWeights();
    if (s.config.architecture == Architecture::Conv) {
        s.filters = w;  // Cout x Cin*k*k already
        s.filterShape = Shape{shape_.c, s.config.kernel, s.config.kernel};
    } else {
        s.filters = w.transpose();  // one row per unit, drawn in the input's shape
        s.filterShape = shape_;
    }

    const auto params = model.parameters();
    s.parameters.assign(params.begin(), params.end());
    s.buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return s;
}

Matrix LatentProjection::apply(const Matrix& codes) const {
    if (codes.cols() == 2) return codes;
    if (codes.cols() == 1) {
        Matrix p = Matrix::Zero(codes.rows(), 2);
        p.col(0) = codes.col(0);
        return p;
    }
    if (components.rows() != 2 || components.cols() != codes.cols() || mean.size() != codes.cols())
        throw Error("no latent plane for codes of width " + std::to_string(codes.cols()) + " yet");
    return (codes.rowwise() - mean.transpose()) * components.transpose();
}

bool projectCode(const Vector& code, const LatentProjection& projection, QPointF& point) {
    if (code.size() == 0) return false;
    if (code.size() > 2 && (projection.components.rows() != 2 || projection.components.cols() != code.size() ||
                            projection.mean.size() != code.size()))
        return false;
    const Matrix onPlane = projection.apply(code.transpose());
    point = QPointF(onPlane(0, 0), onPlane(0, 1));
    return true;
}

void SnapshotBuilder::fillLatent(Autoencoder& model, ModelSnapshot& s, bool withDistortion, bool withQuality) {
    if (probe_.rows() == 0) return;
    // copy: encode's buffer is reused
    const Matrix codes = model.encode(probe_, model.config().variational ? &s.codeLogVariances : nullptr);
    s.codeSize = static_cast<int>(codes.cols());
    s.latentLabels = probeLabels_;
    s.codes = codes;
    s.activity = codeActivity(codes);
    s.probeInputs = sharedProbe_;

    Matrix projected(codes.rows(), 2);
    if (codes.cols() == 2) {
        projected = codes;
        s.latentXLabel = QStringLiteral("z0");
        s.latentYLabel = QStringLiteral("z1");
    } else if (codes.cols() == 1) {
        projected.col(0) = codes.col(0);
        projected.col(1).setZero();
        s.latentXLabel = QStringLiteral("z0");
        s.latentYLabel = QString();
    } else {
        // Conv codes are wide (1,568 numbers for the denoising preset): the full SVD took over a
        // second per snapshot, the randomised fit of the two leading axes a few milliseconds.
        Pca pca = codes.cols() > kExactPcaMaxWidth ? fitLeadingPca(codes, 2) : fitPca(codes, 2);
        projected = pca.project(codes);
        s.latentXLabel = QStringLiteral("PCA 1");
        s.latentYLabel = QStringLiteral("PCA 2");
        // PCA's axes have no preferred sign; without this the picture could mirror between
        // two snapshots although the model barely moved.
        if (previousLatent_.rows() == projected.rows() && previousLatent_.cols() == projected.cols())
            pca.applySigns(alignSigns(projected, previousLatent_));
        s.latentPcaMean = pca.mean;              // the inverse projection, for decoding a point
        s.latentPcaComponents = pca.components;  // of this plane
    }
    projection_ = LatentProjection{s.latentPcaMean, s.latentPcaComponents};
    previousLatent_ = projected;
    s.latent2d = std::move(projected);

    if (withDistortion && distortionProbe_) {
        const auto start = std::chrono::steady_clock::now();
        DistortionProbe::Measurement m = distortionProbe_->measureWithShepard(codes);
        lastDistortion_ = m.metrics;
        lastShepard_ = std::move(m.shepard);
        lastPoints_ = std::move(m.points);
        s.distortionSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (withQuality) {
            const auto qualityStart = std::chrono::steady_clock::now();
            // The full matrix once (not the histogram quality() uses): the curve and the picture
            // of the same counts.
            const CoRankingMatrix q = distortionProbe_->coRanking(codes);
            lastQuality_ = qualityCurve(q);
            lastCoRanking_ = binCoRanking(q);
            lastQualityEpoch_ = s.epoch;
            s.qualitySeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - qualityStart).count();
        }
    }
    s.distortion = lastDistortion_;
    s.shepard = lastShepard_;
    s.points = lastPoints_;
    s.quality = lastQuality_;
    s.qualityEpoch = lastQualityEpoch_;
    s.coRanking = lastCoRanking_;
    s.baselines = baselines(s.codeSize);
}

void SnapshotBuilder::fillPcaSubspace(Autoencoder& model, ModelSnapshot& s, double position, bool withDistortion) {
    const auto found = pcaReferences_.find(s.codeSize);
    if (found == pcaReferences_.end() || !found->second || s.codes.rows() != probe_.rows()) return;
    // Decoding 1,000 probe images costs a conv network about what encoding them did: it is
    // measured as rarely as the distances are. A dense decoder's pass is a few small GEMMs.
    const bool measure = withDistortion || s.config.architecture != Architecture::Conv || lastPcaSubspace_.k == 0;
    if (measure) {
        // The probe's codes are at hand: decoding them is half the cost of reconstructing the probe.
        const Matrix outputs = model.decode(s.codes);
        lastPcaSubspace_ = comparePcaSubspace(model, *found->second, probe_, outputs);
        pcaSubspaceHistory_.push_back({position, lastPcaSubspace_.largestAngle(), lastPcaSubspace_.mse});
    }
    s.pcaSubspace = lastPcaSubspace_;
    s.pcaSubspaceHistory = pcaSubspaceHistory_;
}

} // namespace ae
