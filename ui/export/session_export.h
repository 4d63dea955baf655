#pragma once
// What File > Export writes for the session in the window: the loss history, the probe set's
// latent codes and the per-sample reconstruction errors as CSV, and the JSON report. The text
// comes from core/report (the same writer as aelab-cli's, docs/report.md), fed from the
// snapshots the window already holds (never from the live model); files are written through
// QSaveFile.
#include "core/report/report.h"
#include "ui/session/anomaly_snapshot.h"
#include "ui/session/snapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ae {

QByteArray lossHistoryCsv(const TrainingProgress& progress);

// The probe set's full codes (not the 2-D projection).
QByteArray latentCodesCsv(const ModelSnapshot& snapshot);

// From the anomaly scoring of the test set.
QByteArray reconstructionErrorsCsv(const AnomalySnapshot& anomalies);

// What the window can say: the configuration, `dataset` and `data` (what the run trained on),
// the parameter count, the epochs and the last epoch's test loss, the distance metrics of the
// model, PCA and MDS on the snapshot's probe set when it has at least kMinProbe finite samples,
// and the anomaly scoring when `anomalies` holds one. The window does not hold the training set
// nor the model, so reconstruction_baseline, model and distance.train_knn stay null.
// Throws Error when the distance analysis fails.
QByteArray reportJson(const ModelSnapshot& snapshot, const TrainingProgress& progress, const QString& dataset,
                      const std::optional<ReportData>& data, const AnomalySnapshot* anomalies = nullptr);

// Writes `bytes` to `path` atomically; false with the reason in `error` when it cannot.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error = nullptr);

} // namespace ae
