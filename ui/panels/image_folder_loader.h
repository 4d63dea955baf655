#pragma once
// A person's own images as a Dataset: one subfolder per class (its name is the class name),
// every image read with QImage, converted to 8-bit grayscale and scaled to size x size.
// Lives in ui/ because it needs QtGui; the core stays free of Qt.
#include "core/data/dataset.h"

#include <QString>

#include <functional>

namespace ae {

struct ImageFolderOptions {
    int size = 28;               // output side in pixels (images are scaled, not cropped)
    int testEvery = 5;           // every 5th image of each class (by file name) goes to the test set
};

// Told (images read, images in all) before the first image and after each one; returning false
// stops the loading with an Error. Called on the loading thread.
using ImageFolderProgress = std::function<bool(qsizetype done, qsizetype total)>;

// Throws Error naming the folder (no class subfolders, no images) or the file (unreadable).
Dataset loadImageFolder(const QString& dir, const ImageFolderOptions& options = {}, const ImageFolderProgress& progress = {});

} // namespace ae
