#pragma once
// Measures the live model on one input of the person's (a drawing, an opened image) into a
// DrawnInputSnapshot. Runs on the training thread; the result owns its data and may cross threads.
#include "core/data/dataset.h"
#include "core/train/autoencoder.h"
#include "ui/session/drawn_input_snapshot.h"
#include "ui/session/snapshot_builder.h"

namespace ae {

// `input` has D = data.shape.size() values in [0, 1]; the `neighbours` nearest training images are
// kept. Throws Error when the input's size is not the model's.
DrawnInputSnapshot buildDrawnInputSnapshot(Autoencoder& model, const Dataset& data, const Vector& input,
                                           const LatentProjection& projection, AnomalyScore score, int epoch,
                                           int neighbours = 8);

} // namespace ae
