#pragma once
// Finds a probe point's nearest training images for the neighbour inspector, on the training
// thread, and packs them into a TrainNeighbourSnapshot. The result owns its data and may cross
// threads.
#include "core/data/dataset.h"
#include "core/train/autoencoder.h"
#include "ui/session/neighbour_snapshot.h"

#include <functional>

namespace ae {

// `probe` is the probe set (SnapshotBuilder::probe()); its row `probeIndex` is looked up among
// data.trainX in input space, the k nearest are encoded by `model` and put in the scatter's
// plane by `toPlane` (SnapshotBuilder::projection().apply). Throws Error when probeIndex is not a
// probe row or the widths differ. trainKnn is left for the caller (it is cached per model).
TrainNeighbourSnapshot buildTrainNeighbours(Autoencoder& model, const Dataset& data, const Matrix& probe, int probeIndex,
                                            const std::function<Matrix(const Matrix&)>& toPlane, int epoch, int k);

} // namespace ae
