#include "ui/session/anomaly_builder.h"

#include "core/train/evaluation.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace ae {

namespace {

// The `k` highest errors among the rows `keep` accepts, highest first (ties: lower index first,
// so the gallery is stable from one snapshot to the next).
template <typename Keep>
std::vector<int> highest(const std::vector<double>& errors, int k, Keep keep) {
    std::vector<int> rows;
    for (int i = 0; i < static_cast<int>(errors.size()); ++i)
        if (keep(i)) rows.push_back(i);
    const auto byError = [&](int a, int b) { return errors[a] != errors[b] ? errors[a] > errors[b] : a < b; };
    const auto n = std::min<std::size_t>(rows.size(), static_cast<std::size_t>(std::max(0, k)));
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(n), rows.end(), byError);
    rows.resize(n);
    return rows;
}

AnomalyGallery galleryOf(Autoencoder& model, const Dataset& data, const std::vector<double>& errors,
                         const std::vector<int>& rows) {
    AnomalyGallery g;
    g.indices = rows;
    g.inputs.resize(static_cast<Eigen::Index>(rows.size()), data.testX.cols());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        g.inputs.row(static_cast<Eigen::Index>(k)) = data.testX.row(rows[k]);
        g.labels.push_back(rows[k] < static_cast<int>(data.testY.size()) ? data.testY[rows[k]] : -1);
        g.errors.push_back(errors[rows[k]]);
    }
    if (!rows.empty()) g.outputs = model.reconstruct(g.inputs);
    return g;
}

} // namespace

std::vector<int> normalClassesOf(const Dataset& data) {
    if (data.classCount() == 0) return {};
    const std::set<int> trained(data.trainY.begin(), data.trainY.end());
    const bool anyOther = std::any_of(data.testY.begin(), data.testY.end(), [&](int y) { return y >= 0 && !trained.count(y); });
    if (!anyOther) return {};
    std::vector<int> normal;
    for (int c : trained)
        if (c >= 0) normal.push_back(c);
    return normal;
}

AnomalySnapshot buildAnomalySnapshot(Autoencoder& model, const Dataset& data, const std::vector<int>& normalClasses,
                                     int epoch, AnomalyScore score, int galleryCount) {
    if (normalClasses.empty()) throw Error("anomaly scores need normal classes: choose them in the Data panel");
    AnomalyReport r = analyseAnomalies(model, data.trainX, data.testX, data.testY, normalClasses, score);

    AnomalySnapshot s;
    s.epoch = epoch;
    s.score = r.score;
    s.inputShape = data.shape;
    for (const auto& name : data.classNames) s.classNames << QString::fromStdString(name);
    s.normalClasses = normalClasses;
    s.labels = data.testY;
    s.roc = std::move(r.roc);
    s.pcaRoc = std::move(r.pcaRoc);
    s.pcaComponents = r.pcaComponents;
    s.bestF1 = r.bestF1;
    s.mostAnomalous = galleryOf(model, data, r.errors, highest(r.errors, galleryCount, [](int) { return true; }));
    s.worstNormal = galleryOf(model, data, r.errors,
                              highest(r.errors, galleryCount, [&](int i) { return !r.anomalous[static_cast<std::size_t>(i)]; }));
    s.errors = std::move(r.errors);
    s.anomalous = std::move(r.anomalous);
    return s;
}

} // namespace ae
