#include "ui/export/session_export.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

// Nine significant digits round-trip a float; non-finite values stay readable as nan/inf.
QByteArray num(double v) { return QByteArray::number(v, 'g', 9); }

void appendLoss(QByteArray& out, const LossBreakdown& l) {
    out += num(l.total) + ',' + num(l.reconstruction) + ',' + num(l.l1) + ',' + num(l.klSparsity) + ',' + num(l.vaeKl) +
           ',' + num(l.distance);
}

QJsonValue finiteOrNull(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

} // namespace

QByteArray lossHistoryCsv(const TrainingProgress& progress) {
    QByteArray out = "kind,epoch,position,total,reconstruction,l1,kl_sparsity,vae_kl,distance,seconds\n";
    for (const LossPoint& b : progress.batches) {
        // Position 2.25 is in epoch 3; 3.0 (an epoch's last batch) still belongs to epoch 3.
        const int epoch = std::max(1, static_cast<int>(std::ceil(b.position - 1e-9)));
        out += "batch," + QByteArray::number(epoch) + ',' + num(b.position) + ',';
        appendLoss(out, b.loss);
        out += ",\n";
    }
    for (const EpochPoint& e : progress.epochs) {
        out += "train," + QByteArray::number(e.epoch) + ',' + QByteArray::number(e.epoch) + ',';
        appendLoss(out, e.train);
        out += ',' + num(e.seconds) + '\n';
        if (!e.hasTest) continue;
        out += "test," + QByteArray::number(e.epoch) + ',' + QByteArray::number(e.epoch) + ',';
        appendLoss(out, e.test);
        out += ",\n";
    }
    return out;
}

QByteArray latentCodesCsv(const ModelSnapshot& s) {
    QByteArray out = "index,label";
    for (Eigen::Index j = 0; j < s.codes.cols(); ++j) out += ",z" + QByteArray::number(j);
    out += '\n';
    for (Eigen::Index i = 0; i < s.codes.rows(); ++i) {
        const auto row = static_cast<std::size_t>(i);
        out += QByteArray::number(i) + ',' + QByteArray::number(row < s.latentLabels.size() ? s.latentLabels[row] : -1);
        for (Eigen::Index j = 0; j < s.codes.cols(); ++j) out += ',' + num(s.codes(i, j));
        out += '\n';
    }
    return out;
}

QByteArray reconstructionErrorsCsv(const AnomalySnapshot& a) {
    QByteArray out = "index,label,anomaly,error\n";
    for (std::size_t i = 0; i < a.errors.size(); ++i) {
        out += QByteArray::number(static_cast<qulonglong>(i)) + ',' + QByteArray::number(i < a.labels.size() ? a.labels[i] : -1) +
               ',' + (i < a.anomalous.size() && a.anomalous[i] ? "1" : "0") + ',' + num(a.errors[i]) + '\n';
    }
    return out;
}

QByteArray reportJson(const ModelSnapshot& s, const TrainingProgress& progress, const QString& dataset,
                      const AnomalySnapshot* anomalies) {
    QJsonObject report;
    report[QStringLiteral("config")] = QJsonDocument::fromJson(QByteArray::fromStdString(configToJson(s.config))).object();
    report[QStringLiteral("dataset")] = dataset;
    report[QStringLiteral("params")] = static_cast<qint64>(s.parameters.size());
    QJsonArray epochs;
    for (const EpochPoint& e : progress.epochs) {
        QJsonObject j;
        j[QStringLiteral("epoch")] = e.epoch;
        j[QStringLiteral("train_loss")] = finiteOrNull(e.train.total);
        j[QStringLiteral("test_loss")] = e.hasTest ? finiteOrNull(e.test.total) : QJsonValue();
        j[QStringLiteral("train_reconstruction")] = finiteOrNull(e.train.reconstruction);
        j[QStringLiteral("test_reconstruction")] = e.hasTest ? finiteOrNull(e.test.reconstruction) : QJsonValue();
        j[QStringLiteral("seconds")] = e.seconds;
        epochs.append(j);
    }
    report[QStringLiteral("epochs")] = epochs;
    report[QStringLiteral("test_loss")] =
        !progress.epochs.empty() && progress.epochs.back().hasTest ? finiteOrNull(progress.epochs.back().test.total) : QJsonValue();
    if (!s.shepard.inputDistances.empty()) {
        const DistortionMetrics& m = s.distortion;
        QJsonObject d;
        d[QStringLiteral("spearman")] = finiteOrNull(m.spearman);
        d[QStringLiteral("pearson")] = finiteOrNull(m.pearson);
        d[QStringLiteral("stress")] = finiteOrNull(m.stress);
        d[QStringLiteral("trustworthiness")] = finiteOrNull(m.trustworthiness);
        d[QStringLiteral("continuity")] = finiteOrNull(m.continuity);
        d[QStringLiteral("knn")] = finiteOrNull(m.knn);
        d[QStringLiteral("probe")] = static_cast<qint64>(s.codes.rows());
        d[QStringLiteral("dimension")] = s.codeSize;
        report[QStringLiteral("distance")] = d;
    }
    if (anomalies && !anomalies->empty()) {
        QJsonObject a;
        a[QStringLiteral("auc")] = finiteOrNull(anomalies->roc.auc);
        a[QStringLiteral("pca_auc")] = finiteOrNull(anomalies->pcaRoc.auc);
        a[QStringLiteral("pca_components")] = anomalies->pcaComponents;
        report[QStringLiteral("anomaly")] = a;
    }
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) return true;
    if (error)
        *error = QCoreApplication::translate("ae::SessionExport", "Cannot write \"%1\": %2").arg(path, file.errorString());
    return false;
}

} // namespace ae
