#pragma once
// The MNIST sample compiled into aelab (5000 training and 1000 test digits, made by
// scripts/make_sample.sh), and the one dataset opener both executables use.
#include "core/data/dataset.h"

#include <string>

namespace ae {

// Reads the sample from the resources ":/sample/*.gz"; name "sample".
Dataset loadEmbeddedSample();

// "sample" or "" -> the embedded sample; anything else -> core's loadDatasetByName.
Dataset openDataset(const std::string& spec);

} // namespace ae
