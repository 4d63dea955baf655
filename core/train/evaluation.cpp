#include "core/train/evaluation.h"

#include "core/analysis/distances.h"
#include "core/analysis/mds.h"
#include "core/analysis/pca.h"
#include "core/analysis/psnr.h"

#include <algorithm>
#include <charconv>
#include <random>

namespace ae {

namespace {

void requireProbe(Eigen::Index n) {
    if (n < kMinProbe)
        throw Error::worded("the distance analysis needs at least %1 probe samples (10 neighbours each, fewer than half the set), got %2", kMinProbe, n);
}

} // namespace

BaselineCodes baselineCodes(const Matrix& x, const Matrix& inputDistances, int dimension) {
    BaselineCodes b;
    b.dimension = std::max(1, std::min<int>(dimension, std::min<int>(static_cast<int>(x.rows()) - 1, static_cast<int>(x.cols()))));
    b.pca = fitPca(x, b.dimension).project(x);
    b.mds = classicalMds(inputDistances, b.dimension);
    return b;
}

DistanceReport compareDistances(const Matrix& x, const Matrix& z, int threads) {
    requireProbe(x.rows());
    if (z.rows() != x.rows())
        throw Error::worded("the distance analysis needs one code per probe sample, got %1 codes for %2 samples", z.rows(), x.rows());
    const int n = static_cast<int>(x.rows());
    DistanceReport r;
    r.probe = n;
    r.dimension = static_cast<int>(z.cols());
    const Matrix dx = pairwiseDistances(x, threads);
    const Matrix dz = pairwiseDistances(z, threads);
    r.model = distortionFromDistances(dx, dz);
    r.modelQuality = qualityCurve(dx, dz, threads);
    r.modelPoints = pointDistortion(dx, dz);
    const BaselineCodes baselines = baselineCodes(x, dx, r.dimension);
    const Matrix dPca = pairwiseDistances(baselines.pca, threads);
    r.pca = distortionFromDistances(dx, dPca);
    r.pcaQuality = qualityCurve(dx, dPca, threads);
    const Matrix dMds = pairwiseDistances(baselines.mds, threads);
    r.mds = distortionFromDistances(dx, dMds);
    r.mdsQuality = qualityCurve(dx, dMds, threads);
    return r;
}

TrainKnn measureTrainKnn(Autoencoder& model, const Matrix& probeX, const Matrix& probeZ, const Matrix& trainX, int trainLimit) {
    TrainKnn r;
    const Eigen::Index rows = std::min<Eigen::Index>(std::max(trainLimit, 0), trainX.rows());
    if (trainX.cols() != probeX.cols() || rows < kTrainKnnNeighbours) return r;
    const Matrix t = trainX.topRows(rows);
    const Matrix tz = model.encode(t);  // copy: encode's buffer is reused
    r.share = trainNeighbourPreservation(probeX, probeZ, t, tz, kTrainKnnNeighbours, model.config().threads);
    r.points = static_cast<int>(rows);
    return r;
}

DistanceReport analyseDistances(Autoencoder& model, const Matrix& testX, int probe, const Matrix* trainX, int trainLimit) {
    const int n = std::min<int>(probe, static_cast<int>(testX.rows()));
    requireProbe(n);
    const Matrix x = testX.topRows(n);
    const Matrix z = model.encode(x);
    const int threads = model.config().threads;
    DistanceReport r = compareDistances(x, z, threads);
    if (trainX) {
        const TrainKnn t = measureTrainKnn(model, x, z, *trainX, trainLimit);
        r.trainKnn = t.share;
        r.trainPoints = t.points;
    }
    return r;
}

namespace {

// Per row: squared distance between `a` and `b`, per element, summed in double.
std::vector<double> rowSquaredErrors(const Matrix& a, const Matrix& b) {
    std::vector<double> out(static_cast<std::size_t>(a.rows()));
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        out[static_cast<std::size_t>(i)] = (a.row(i) - b.row(i)).cast<double>().squaredNorm() / static_cast<double>(a.cols());
    return out;
}

} // namespace

std::vector<double> anomalyScores(Autoencoder& model, const Matrix& inputs, AnomalyScore score) {
    if (score == AnomalyScore::SquaredError) return rowSquaredErrors(model.reconstruct(inputs), inputs);
    Vector errors;
    model.reconstructionErrors(inputs, inputs, errors);
    return {errors.data(), errors.data() + errors.size()};
}

AnomalyReport analyseAnomalies(Autoencoder& model, const Matrix& trainX, const Matrix& testX,
                               const std::vector<int>& testY, const std::vector<int>& normalClasses, AnomalyScore score) {
    AnomalyReport r;
    r.score = score;
    r.errors = anomalyScores(model, testX, score);
    r.anomalous.resize(testY.size());
    for (std::size_t i = 0; i < testY.size(); ++i)
        r.anomalous[i] = std::find(normalClasses.begin(), normalClasses.end(), testY[i]) == normalClasses.end();
    r.roc = rocCurve(r.errors, r.anomalous);
    r.bestF1 = bestF1Threshold(r.errors, r.anomalous);

    r.pcaComponents = std::min<int>(model.codeSize(), static_cast<int>(std::min(trainX.rows(), trainX.cols())));
    const Pca pca = fitPca(trainX, r.pcaComponents);
    r.pcaRoc = rocCurve(rowSquaredErrors(pca.reconstruct(pca.project(testX)), testX), r.anomalous);
    return r;
}

CodeActivity measureCodeActivity(Autoencoder& model, const Matrix& inputs) {
    if (inputs.rows() == 0) return codeActivity(Matrix(0, model.codeSize()));
    return codeActivity(model.encode(inputs));
}

NoiseLadder noiseLadder(Autoencoder& model, const Matrix& clean, NoiseKind noise, const std::vector<double>& levels,
                        std::uint64_t seed) {
    if (noise == NoiseKind::None) throw Error::worded("a noise ladder needs a noise type (%1 but not none)", allowedNames<NoiseKind>());
    NoiseLadder ladder;
    ladder.noise = noise;
    // The reconstruction in chunks: a conv network's activations for a whole test set at once
    // would cost far more memory than the ladder is worth.
    constexpr Eigen::Index kChunk = 1024;
    Matrix noisy, output(clean.rows(), clean.cols());
    for (const double level : levels) {
        std::mt19937_64 rng(seed);
        corrupt(noise, static_cast<float>(level), clean, noisy, rng);
        for (Eigen::Index start = 0; start < clean.rows(); start += kChunk) {
            const Eigen::Index n = std::min(kChunk, clean.rows() - start);
            output.middleRows(start, n) = model.reconstruct(noisy.middleRows(start, n));
        }
        ladder.levels.push_back({level, meanPsnr(clean, noisy), meanPsnr(clean, output)});
    }
    return ladder;
}

namespace {

// The shortest decimal that reads back as the same float: 0.3f is reported as 0.3, not
// 0.30000001192092896, and still corrupts at exactly the float the configuration holds.
double shortestDecimal(float v) {
    char buf[32];
    const char* end = std::to_chars(buf, buf + sizeof buf, v).ptr;  // shortest round trip, any locale
    double d = static_cast<double>(v);
    std::from_chars(buf, end, d);
    return d;
}

} // namespace

std::vector<double> defaultNoiseLevels(const ModelConfig& config) {
    if (config.noise == NoiseKind::None || config.noiseFactor <= 0) return {};
    const double cap = limits::noiseFactor(config.noise).hi;
    std::vector<double> levels;
    for (const double times : {0.5, 1.0, 1.5, 2.0}) {
        // In decimal (0.3 × 1.5 = 0.45, not 0.3f × 1.5 = 0.45000002), then to the nearest float.
        const double level = std::min(cap, shortestDecimal(static_cast<float>(times * shortestDecimal(config.noiseFactor))));
        if (std::find(levels.begin(), levels.end(), level) == levels.end()) levels.push_back(level);
    }
    return levels;
}

} // namespace ae
