#pragma once
// What the neighbour inspector (issue 15) needs from the training thread about one probe point:
// its nearest *training* images in input space, where the model puts them in the code, and seed
// 002's train-kNN figure as the CLI computes it. Only the training thread holds the training set
// and the encoder, so the window asks (TrainingSession::findTrainNeighbours) and receives this
// value; the probe-side neighbours the view computes itself from the ModelSnapshot.
#include "core/common.h"

#include <QMetaType>

#include <vector>

namespace ae {

struct TrainNeighbourSnapshot {
    int probe = -1;                 // the probe point asked about (row of the probe set)
    int epoch = 0;                  // epochs finished when it was measured
    Shape inputShape;
    std::vector<int> indices;       // training rows, nearest first (ties by the lower row)
    std::vector<float> distances;   // their input-space distances to the probe image
    std::vector<int> labels;        // their labels, -1 unlabelled
    Matrix images;                  // k x D, values in [0, 1]
    Matrix codes;                   // k x codeSize (a VAE: μ)
    // The codes in the plane the newest ModelSnapshot draws its latent2d in (the same PCA, signs
    // as drawn; the code itself when it is 2-D), so they land on the latent scatter.
    Matrix latent2d;                // k x 2
    // The share of each probe point's 10 nearest training images (input space) still among its
    // 10 nearest in code space, over the first trainKnnPoints training images: the report's
    // distance.train_knn, by the same function (measureTrainKnn). -1 when not measurable.
    double trainKnn = -1;
    int trainKnnPoints = 0;

    bool empty() const { return indices.empty(); }
};

} // namespace ae

Q_DECLARE_METATYPE(ae::TrainNeighbourSnapshot)
