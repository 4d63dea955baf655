#include "ui/session/neighbour_builder.h"

#include "core/analysis/probe_neighbours.h"

#include <string>

namespace ae {

TrainNeighbourSnapshot buildTrainNeighbours(Autoencoder& model, const Dataset& data, const Matrix& probe, int probeIndex,
                                            const std::function<Matrix(const Matrix&)>& toPlane, int epoch, int k) {
    if (probeIndex < 0 || probeIndex >= probe.rows())
        throw Error("probe point " + std::to_string(probeIndex) + " is not among the " + std::to_string(probe.rows()));
    const NearestRows nearest = nearestRows(data.trainX, probe.row(probeIndex), k);
    TrainNeighbourSnapshot s;
    s.probe = probeIndex;
    s.epoch = epoch;
    s.inputShape = data.shape;
    s.distances = nearest.distance;
    s.images.resize(static_cast<Eigen::Index>(nearest.index.size()), data.trainX.cols());
    for (std::size_t i = 0; i < nearest.index.size(); ++i) {
        const Eigen::Index row = nearest.index[i];
        s.indices.push_back(static_cast<int>(row));
        s.labels.push_back(static_cast<std::size_t>(row) < data.trainY.size() ? data.trainY[static_cast<std::size_t>(row)] : -1);
        s.images.row(static_cast<Eigen::Index>(i)) = data.trainX.row(row);
    }
    if (s.images.rows() > 0) {
        s.codes = model.encode(s.images);  // copy: encode's buffer is reused
        s.latent2d = toPlane(s.codes);
    }
    return s;
}

} // namespace ae
