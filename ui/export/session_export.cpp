#include "ui/export/session_export.h"

#include "core/train/evaluation.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ae {

QByteArray lossHistoryCsv(const TrainingProgress& progress) {
    std::vector<BatchLoss> batches;
    batches.reserve(progress.batches.size());
    for (const LossPoint& b : progress.batches) batches.push_back(BatchLoss{b.position, b.loss});
    return QByteArray::fromStdString(ae::lossHistoryCsv(batches, progress.epochs));
}

QByteArray latentCodesCsv(const ModelSnapshot& s) {
    const Matrix* logVariances = s.codeLogVariances.rows() > 0 ? &s.codeLogVariances : nullptr;
    return QByteArray::fromStdString(latentCsv(s.codes, s.latentLabels, logVariances));
}

QByteArray reconstructionErrorsCsv(const AnomalySnapshot& a) {
    return QByteArray::fromStdString(errorsCsv(a.errors, a.labels, a.anomalous));
}

QByteArray reportJson(const ModelSnapshot& s, const TrainingProgress& progress, const QString& dataset,
                      const std::optional<ReportData>& data, const AnomalySnapshot* anomalies) {
    ReportInputs r;
    r.config = s.config;
    r.dataset = dataset.toStdString();
    r.data = data;
    r.parameters = s.parameters.size();
    r.epochs = progress.epochs;
    if (!progress.epochs.empty() && progress.epochs.back().hasTest) r.test = progress.epochs.back().test;
    // Inputs with NaNs get no metrics in the window either (SnapshotBuilder).
    if (s.probeInputs && s.probeInputs->rows() >= kMinProbe && s.probeInputs->allFinite())
        r.distance = compareDistances(*s.probeInputs, s.codes, s.config.threads);
    if (anomalies && !anomalies->empty())
        r.anomaly = AnomalySummary{anomalies->score, anomalies->roc.auc, anomalies->pcaRoc.auc, anomalies->pcaComponents, anomalies->bestF1};
    return QByteArray::fromStdString(ae::reportJson(r));
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) return true;
    if (error)
        *error = QCoreApplication::translate("ae::SessionExport", "Cannot write \"%1\": %2").arg(path, file.errorString());
    return false;
}

} // namespace ae
