#pragma once
// The window's model and configuration files. Core serialises a model (one format for the window
// and the CLI); the bytes are written here through QSaveFile, so a save that fails half-way leaves
// the previous file as it was. Reading checks everything -- the file itself, and that the model
// fits the data it will run on -- before the caller touches its current model or form.
#include "core/data/dataset.h"
#include "core/export/onnx_export.h"
#include "core/train/model_file.h"
#include "ui/session/snapshot.h"

#include <QString>

#include <vector>

namespace ae {

// Saves the weights of `snapshot` with its training history. Throws Error naming the file and
// the reason (the previous file, if any, is unchanged).
void writeModelFile(const QString& path, const ModelSnapshot& snapshot, const std::vector<EpochResult>& history,
                    const QString& datasetName);

// Writes the weights of `snapshot` as an ONNX model (core/export/onnx_export.h says what it
// computes). Throws Error naming the file and the reason (the previous file is unchanged).
void writeOnnxFile(const QString& path, const ModelSnapshot& snapshot, OnnxPart part);

// Reads and checks a model file, and that its input shape is the shape of `data`'s samples.
// Throws Error naming the file and what is wrong; `data` may be null (then it throws too).
SavedModel readModelFile(const QString& path, const Dataset* data);

// The path a save dialog returned, with the model suffix added when the person typed none.
QString withModelSuffix(const QString& path);

// Reads a configuration JSON and checks every value that does not depend on the data. Throws
// Error naming the file and the key or field.
ModelConfig readConfigurationFile(const QString& path);

} // namespace ae
