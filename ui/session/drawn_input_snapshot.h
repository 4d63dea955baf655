#pragma once
// What the Draw view shows for the person's own digit: the model's reconstruction and its error
// map, the code and where it lies on the latent scatter, the anomaly score, and the nearest
// training images. Built on the training thread on request (one encode, one decode and one pass
// over the training images), then sent by value.
#include "core/common.h"
#include "core/train/evaluation.h"

#include <QMetaType>
#include <QPointF>

#include <vector>

namespace ae {

struct DrawnInputSnapshot {
    int epoch = 0;                 // epochs finished when it was measured
    Shape inputShape;
    Vector input;                  // D, the preprocessed drawing the model was given
    Vector output;                 // D, its reconstruction
    Vector squaredError;           // D, (output - input)^2 per pixel
    AnomalyScore score = AnomalyScore::SquaredError;
    double anomalyScore = 0;       // what the Anomalies view would score this image (its `score`)
    Vector code;                   // the code (a VAE: μ)
    // The code on the latent scatter's plane, projected as the newest snapshot's latent2d was;
    // `onPlane` is false when no snapshot made a plane yet.
    QPointF point;
    bool onPlane = false;
    // The training images nearest the input (Euclidean, input space), nearest first.
    std::vector<int> neighbourRows;     // rows of the training set
    std::vector<int> neighbourLabels;   // their classes, -1 unlabelled
    std::vector<double> neighbourDistances;
    Matrix neighbours;                  // k x D

    bool empty() const { return input.size() == 0; }
};

} // namespace ae

Q_DECLARE_METATYPE(ae::DrawnInputSnapshot)
