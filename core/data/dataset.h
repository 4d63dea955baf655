#pragma once
// A loaded dataset: train and test matrices with their labels and where they came from.
#include "core/common.h"

#include <string>
#include <vector>

namespace ae {

struct Dataset {
    std::string name;                    // "sample", "mnist", "fashion", or the path given
    std::vector<std::string> files;      // the file(s) it was read from
    Shape shape;                         // per-sample shape (CSV: 1 x 1 x D)
    Matrix trainX;                       // N x D, values in [0,1]
    Matrix testX;                        // M x D, values in [0,1]
    std::vector<int> trainY;             // class per row, -1 when unlabelled
    std::vector<int> testY;
    std::vector<std::string> classNames; // index = label; empty when unlabelled

    int classCount() const { return static_cast<int>(classNames.size()); }
};

// Keeps only the training rows whose label is in `normal` (the anomaly-detection set-up).
// Throws Error if none is left, naming the classes asked for.
void keepTrainingClasses(Dataset& d, const std::vector<int>& normal);
// The test rows whose label is in `classes`, in order (what one-class training validates on: the
// normal test images, not the anomalies it will be asked to find). All test rows when `classes`
// is empty.
Matrix testRowsOfClasses(const Dataset& d, const std::vector<int>& classes);
// Truncates to the first n rows (0 = keep all).
void limitTraining(Dataset& d, int n);
void limitTest(Dataset& d, int n);

} // namespace ae
