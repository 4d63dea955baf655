#pragma once
// The JSON report and CSV exports of aelab-cli, written atomically (QSaveFile).
#include "core/train/evaluation.h"
#include "core/train/trainer.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ae::cli {

nlohmann::ordered_json lossJson(const LossBreakdown& loss);
nlohmann::ordered_json metricsJson(const DistortionMetrics& m);
nlohmann::ordered_json epochsJson(const std::vector<EpochResult>& history);
nlohmann::ordered_json distanceJson(const DistanceReport& d);
nlohmann::ordered_json anomalyJson(const AnomalyReport& a);

// Throws Error naming the path when it cannot be written.
void writeTextFile(const std::string& path, const std::string& text);

// Checks before any work starts that `path`'s folder exists, so a run never ends unable to save.
void requireWritableDestination(const std::string& path, const char* option);

std::string latentCsv(const Matrix& codes, const std::vector<int>& labels);
std::string errorsCsv(const std::vector<double>& errors, const std::vector<int>& labels, const std::vector<bool>& anomalous);

} // namespace ae::cli
