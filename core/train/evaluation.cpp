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
    r.model = distortionFromDistances(dx, pairwiseDistances(z, threads));
    r.pca = distortionFromDistances(dx, pairwiseDistances(fitPca(x, k).project(x), threads));
    r.mds = distortionFromDistances(dx, pairwiseDistances(classicalMds(dx, k), threads));
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

AnomalyReport analyseAnomalies(Autoencoder& model, const Matrix& trainX, const Matrix& testX,
                               const std::vector<int>& testY, const std::vector<int>& normalClasses) {
    AnomalyReport r;
    Vector errors;
    model.reconstructionErrors(testX, testX, errors);
    r.errors.assign(errors.data(), errors.data() + errors.size());
    r.anomalous.resize(testY.size());
    for (std::size_t i = 0; i < testY.size(); ++i)
        r.anomalous[i] = std::find(normalClasses.begin(), normalClasses.end(), testY[i]) == normalClasses.end();
    r.roc = rocCurve(r.errors, r.anomalous);
    r.bestF1 = bestF1Threshold(r.errors, r.anomalous);

    r.pcaComponents = std::min<int>(model.codeSize(), static_cast<int>(std::min(trainX.rows(), trainX.cols())));
    const Pca pca = fitPca(trainX, r.pcaComponents);
    const Matrix back = pca.reconstruct(pca.project(testX));
    std::vector<double> pcaErrors(static_cast<std::size_t>(testX.rows()));
    for (Eigen::Index i = 0; i < testX.rows(); ++i)
        pcaErrors[static_cast<std::size_t>(i)] = (back.row(i) - testX.row(i)).squaredNorm() / static_cast<double>(testX.cols());
    r.pcaRoc = rocCurve(pcaErrors, r.anomalous);
    return r;
}

} // namespace ae
