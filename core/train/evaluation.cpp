#include "core/train/evaluation.h"

#include "core/analysis/distances.h"
#include "core/analysis/mds.h"
#include "core/analysis/pca.h"

#include <algorithm>

namespace ae {

namespace {

void requireProbe(Eigen::Index n) {
    if (n < kMinProbe)
        throw Error("the distance analysis needs at least " + std::to_string(kMinProbe) +
                    " probe samples (10 neighbours each, fewer than half the set), got " + std::to_string(n));
}

} // namespace

DistanceReport compareDistances(const Matrix& x, const Matrix& z, int threads) {
    requireProbe(x.rows());
    if (z.rows() != x.rows())
        throw Error("the distance analysis needs one code per probe sample, got " + std::to_string(z.rows()) + " codes for " +
                    std::to_string(x.rows()) + " samples");
    const int n = static_cast<int>(x.rows());
    DistanceReport r;
    r.probe = n;
    r.dimension = static_cast<int>(z.cols());
    const int k = std::min<int>(r.dimension, std::min<int>(n - 1, static_cast<int>(x.cols())));
    const Matrix dx = pairwiseDistances(x, threads);
    const Matrix dz = pairwiseDistances(z, threads);
    r.model = distortionFromDistances(dx, dz);
    r.modelQuality = qualityCurve(dx, dz, threads);
    r.modelPoints = pointDistortion(dx, dz);
    const Matrix dPca = pairwiseDistances(fitPca(x, k).project(x), threads);
    r.pca = distortionFromDistances(dx, dPca);
    r.pcaQuality = qualityCurve(dx, dPca, threads);
    const Matrix dMds = pairwiseDistances(classicalMds(dx, k), threads);
    r.mds = distortionFromDistances(dx, dMds);
    r.mdsQuality = qualityCurve(dx, dMds, threads);
    return r;
}

DistanceReport analyseDistances(Autoencoder& model, const Matrix& testX, int probe, const Matrix* trainX, int trainLimit) {
    const int n = std::min<int>(probe, static_cast<int>(testX.rows()));
    requireProbe(n);
    const Matrix x = testX.topRows(n);
    const Matrix z = model.encode(x);
    const int threads = model.config().threads;
    DistanceReport r = compareDistances(x, z, threads);
    constexpr int kTrainNeighbours = 10;
    if (trainX && trainX->cols() == x.cols() && std::min<Eigen::Index>(trainLimit, trainX->rows()) >= kTrainNeighbours) {
        const Matrix t = trainX->topRows(std::min<Eigen::Index>(trainLimit, trainX->rows()));
        const Matrix tz = model.encode(t);  // copy: encode's buffer is reused
        r.trainKnn = trainNeighbourPreservation(x, z, t, tz, kTrainNeighbours, threads);
        r.trainPoints = static_cast<int>(t.rows());
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

} // namespace ae
