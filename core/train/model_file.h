#pragma once
// Trained-model files: magic, format version, configuration (JSON), input shape, the flat
// weights (little-endian), the training history (JSON) and a CRC-32 over all of it; the layout
// is documented in docs/model-format.md. One serialiser: the CLI
// writes its bytes to a temporary name and renames it, the GUI writes them through QSaveFile, so
// an interrupted save leaves the previous file intact either way.
#include "core/train/autoencoder.h"
#include "core/train/trainer.h"

#include <memory>
#include <string>
#include <vector>

namespace ae {

// The extension of model files, in the window's dialogs, the README and the tests: "m.aelab".
inline constexpr const char* kModelFileSuffix = "aelab";

struct SavedModel {
    std::unique_ptr<Autoencoder> model;
    std::vector<EpochResult> history;
    std::string datasetName;
};

// The version written, and the oldest still read (docs/model-format.md describes each).
constexpr std::uint32_t kModelFormatVersion = 1;
constexpr std::uint32_t kOldestModelFormatVersion = 1;

// The complete model file, checksum included, as bytes.
std::string serializeModel(const Autoencoder& model, const std::vector<EpochResult>& history,
                           const std::string& datasetName);
// serializeModel, then writeFileAtomically.
void saveModel(const std::string& path, const Autoencoder& model, const std::vector<EpochResult>& history,
               const std::string& datasetName);

// Checks magic, version, checksum, configuration and that the weights fit the architecture the
// configuration builds before returning anything; each failure throws Error naming the file.
SavedModel loadModel(const std::string& path);
// The same checks on the bytes of a model file; `path` is what messages call it.
SavedModel parseModel(const std::string& bytes, const std::string& path);

// Writes `bytes` to `path` atomically (temporary file in the same folder, then rename).
void writeFileAtomically(const std::string& path, const std::string& bytes);

// History <-> JSON (also used by the CLI report).
std::string historyToJson(const std::vector<EpochResult>& history);
std::vector<EpochResult> historyFromJson(const std::string& json);

} // namespace ae
