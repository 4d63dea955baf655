#pragma once
// Scores a live Autoencoder for anomaly detection: core's analyseAnomalies over the whole test
// set plus the reconstructions of the gallery images, packed into an AnomalySnapshot value.
// Runs on the training thread; the result owns its data and may cross threads.
#include "core/data/dataset.h"
#include "core/train/autoencoder.h"
#include "ui/session/anomaly_snapshot.h"

#include <vector>

namespace ae {

// The normal classes of a dataset the Data panel narrowed with keepTrainingClasses: the labels
// its training set still holds, when the test set has some other label. Empty when every test
// class is also trained on (nothing is anomalous) or the data has no labels.
std::vector<int> normalClassesOf(const Dataset& data);

// Throws Error when `normalClasses` is empty or the test set lacks normal or anomalous samples.
AnomalySnapshot buildAnomalySnapshot(Autoencoder& model, const Dataset& data, const std::vector<int>& normalClasses,
                                     int epoch, AnomalyScore score = AnomalyScore::SquaredError, int galleryCount = 8);

} // namespace ae
