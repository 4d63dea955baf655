#pragma once
// IDX files (the MNIST format, http://yann.lecun.com/exdb/mnist/): unsigned-byte image
// files (magic 0x00000803) and label files (0x00000801), plain or gzip-compressed.
// `name` arguments are what error messages call the data (usually its path).
#include "core/common.h"
#include "core/data/dataset.h"

#include <string>
#include <vector>

namespace ae {

struct IdxImages {
    int count = 0;
    int rows = 0;
    int cols = 0;
    Matrix pixels; // count x (rows*cols), byte / 255, so in [0,1]
};

// The whole file; throws Error naming the path when it is missing or unreadable.
std::vector<unsigned char> readFileBytes(const std::string& path);

// Returns the bytes inflated when they start with the gzip magic (1f 8b), else unchanged.
// Throws when `name` ends in ".gz" but the bytes are not gzip, or the stream is corrupt.
std::vector<unsigned char> gunzipIfCompressed(std::vector<unsigned char> bytes, const std::string& name);

// Both accept plain or gzip bytes.
IdxImages parseIdxImages(const std::vector<unsigned char>& bytes, const std::string& name);
std::vector<int> parseIdxLabels(const std::vector<unsigned char>& bytes, const std::string& name);

IdxImages readIdxImages(const std::string& path);
std::vector<int> readIdxLabels(const std::string& path);

// The four files of an IDX dataset, each as bytes (plain or gzip) with the name to report.
struct IdxBuffer {
    std::string name;
    std::vector<unsigned char> bytes;
};
struct IdxBuffers {
    IdxBuffer trainImages, trainLabels, testImages, testLabels;
};

// Checks that image and label counts agree and that train and test images have one size.
// Empty `classNames` means "0".."9" (or up to the largest label when that is above 9).
// Throws when a label is outside the class names given.
Dataset datasetFromIdxBuffers(const std::string& name, const IdxBuffers& buffers,
                              std::vector<std::string> classNames = {});

// Where the file `base` (e.g. "train-images-idx3-ubyte") is in `dir`, trying the usual
// spellings: base, base.gz, and the dotted "train-images.idx3-ubyte" (+ .gz).
// Returns "" when none exists.
std::string findIdxFile(const std::string& dir, const std::string& base);

// Reads the four files from a folder under their usual names; the error for a missing
// one lists the names tried. `name` defaults to the folder path.
Dataset loadIdxFolder(const std::string& dir, const std::string& name = {},
                      std::vector<std::string> classNames = {});

} // namespace ae
