#pragma once
// What File > Export writes for the session in the window: the loss history, the probe set's
// latent codes and the per-sample reconstruction errors as CSV, and a JSON report -- the same
// columns and fields as aelab-cli's exports (DESIGN.md), built from the snapshots the window
// already holds (never from the live model). Files are written through QSaveFile.
#include "ui/session/anomaly_snapshot.h"
#include "ui/session/snapshot.h"

#include <QByteArray>
#include <QString>

namespace ae {

// Header "kind,epoch,position,total,reconstruction,l1,kl_sparsity,vae_kl,distance,seconds",
// then one row per batch (kind "batch", position in epochs, seconds empty), one per finished
// epoch ("train") and one per epoch with a validation loss ("test").
QByteArray lossHistoryCsv(const TrainingProgress& progress);

// "index,label,z0,z1,…": one probe sample a row (its full code, not the 2-D projection).
QByteArray latentCodesCsv(const ModelSnapshot& snapshot);

// "index,label,anomaly,error": one test sample a row, from the anomaly scoring.
QByteArray reconstructionErrorsCsv(const AnomalySnapshot& anomalies);

// config, params, epochs[], test_loss, distance (probe metrics when measured), dataset, and
// anomaly (auc) when `anomalies` is given.
QByteArray reportJson(const ModelSnapshot& snapshot, const TrainingProgress& progress, const QString& dataset,
                      const AnomalySnapshot* anomalies = nullptr);

// Writes `bytes` to `path` atomically; false with the reason in `error` when it cannot.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error = nullptr);

} // namespace ae
