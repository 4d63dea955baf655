#pragma once
// What the Anomaly view draws: every test sample's reconstruction error, which samples are
// anomalous (their class is not among the normal classes the model was trained on), the ROC
// curves of the model and of the PCA baseline, and two small galleries of images with their
// reconstructions. Built on the training thread at the end of a run and on demand (it scores
// the whole test set, so never every second), then sent by value.
#include "core/analysis/roc.h"
#include "core/common.h"
#include "core/train/evaluation.h"

#include <QMetaType>
#include <QStringList>

#include <vector>

namespace ae {

// A few test images with what the model made of them, highest error first.
struct AnomalyGallery {
    std::vector<int> indices;       // rows of the test set
    std::vector<int> labels;        // their classes
    std::vector<double> errors;     // their reconstruction errors
    Matrix inputs;                  // k x D, values in [0,1]
    Matrix outputs;                 // k x D, the reconstructions

    int size() const { return static_cast<int>(indices.size()); }
};

struct AnomalySnapshot {
    int epoch = 0;                  // epochs finished when it was taken
    Shape inputShape;
    QStringList classNames;         // index = label
    std::vector<int> normalClasses; // the classes the model was trained on

    AnomalyScore score = AnomalyScore::SquaredError;  // what `errors` measure
    std::vector<double> errors;     // per test sample anomaly score
    std::vector<bool> anomalous;    // per test sample: label not among normalClasses
    std::vector<int> labels;        // per test sample class

    RocCurve roc;                   // of the model's errors
    RocCurve pcaRoc;                // of PCA reconstruction errors, pcaComponents components
    int pcaComponents = 0;
    ThresholdStats bestF1;          // the threshold the view starts at

    AnomalyGallery mostAnomalous;   // the highest errors of the whole test set
    AnomalyGallery worstNormal;     // the highest errors among normal samples (false alarms first)

    bool empty() const { return errors.empty(); }
};

} // namespace ae

Q_DECLARE_METATYPE(ae::AnomalySnapshot)
