#include "ui/session/drawn_input_builder.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ae {

DrawnInputSnapshot buildDrawnInputSnapshot(Autoencoder& model, const Dataset& data, const Vector& input,
                                           const LatentProjection& projection, AnomalyScore score, int epoch,
                                           int neighbours) {
    if (input.size() != data.shape.size())
        throw Error("the drawing has " + std::to_string(input.size()) + " values but the model takes " +
                    std::to_string(data.shape.size()) + " (" + data.shape.str() + ")");
    DrawnInputSnapshot s;
    s.epoch = epoch;
    s.inputShape = data.shape;
    s.input = input;
    const Matrix row = input.transpose();
    s.code = model.encode(row).row(0).transpose();  // a VAE's μ
    s.output = model.reconstruct(row).row(0).transpose();
    s.squaredError = (s.output - s.input).array().square().matrix();
    s.score = score;
    s.anomalyScore = anomalyScores(model, row, score).front();
    s.onPlane = projectCode(s.code, projection, s.point);

    // One pass over the training images: |x - t|^2 per row.
    const Eigen::Index n = data.trainX.rows();
    Eigen::VectorXf distances = (data.trainX.rowwise() - row.row(0)).rowwise().squaredNorm();
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    const auto k = std::min<std::size_t>(order.size(), static_cast<std::size_t>(std::max(0, neighbours)));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](int a, int b) { return distances(a) != distances(b) ? distances(a) < distances(b) : a < b; });
    s.neighbours.resize(static_cast<Eigen::Index>(k), data.trainX.cols());
    for (std::size_t i = 0; i < k; ++i) {
        const int r = order[i];
        s.neighbourRows.push_back(r);
        s.neighbourLabels.push_back(r < static_cast<int>(data.trainY.size()) ? data.trainY[static_cast<std::size_t>(r)] : -1);
        s.neighbourDistances.push_back(std::sqrt(static_cast<double>(distances(r))));
        s.neighbours.row(static_cast<Eigen::Index>(i)) = data.trainX.row(r);
    }
    return s;
}

} // namespace ae
