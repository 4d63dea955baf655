#include "app/cli_report.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace ae::cli {

nlohmann::ordered_json lossJson(const LossBreakdown& l) {
    nlohmann::ordered_json j;
    j["total"] = l.total;
    j["reconstruction"] = l.reconstruction;
    j["l1"] = l.l1;
    j["kl_sparsity"] = l.klSparsity;
    j["vae_kl"] = l.vaeKl;
    j["distance"] = l.distance;
    return j;
}

nlohmann::ordered_json metricsJson(const DistortionMetrics& m) {
    nlohmann::ordered_json j;
    j["spearman"] = m.spearman;
    j["pearson"] = m.pearson;
    j["stress"] = m.stress;
    j["trustworthiness"] = m.trustworthiness;
    j["continuity"] = m.continuity;
    j["knn"] = m.knn;
    return j;
}

nlohmann::ordered_json epochsJson(const std::vector<EpochResult>& history) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& e : history) {
        nlohmann::ordered_json j;
        j["epoch"] = e.epoch;
        j["train_loss"] = e.train.total;
        j["test_loss"] = e.hasTest ? nlohmann::ordered_json(e.test.total) : nlohmann::ordered_json(nullptr);
        j["train_reconstruction"] = e.train.reconstruction;
        j["test_reconstruction"] = e.hasTest ? nlohmann::ordered_json(e.test.reconstruction) : nlohmann::ordered_json(nullptr);
        j["seconds"] = e.seconds;
        j["samples_per_second"] = e.samplesPerSecond;
        a.push_back(j);
    }
    return a;
}

nlohmann::ordered_json distanceJson(const DistanceReport& d) {
    nlohmann::ordered_json j = metricsJson(d.model);
    j["probe"] = d.probe;
    j["dimension"] = d.dimension;
    if (d.trainKnn >= 0) {
        j["train_knn"] = d.trainKnn;  // seed 002: test points' nearest training points kept (k = 10)
        j["train_knn_points"] = d.trainPoints;
    }
    return j;
}

nlohmann::ordered_json anomalyJson(const AnomalyReport& a) {
    nlohmann::ordered_json j;
    j["auc"] = a.roc.auc;
    j["pca_auc"] = a.pcaRoc.auc;
    j["pca_components"] = a.pcaComponents;
    j["threshold"] = a.bestF1.threshold;
    j["precision"] = a.bestF1.precision;
    j["recall"] = a.bestF1.recall;
    j["f1"] = a.bestF1.f1;
    return j;
}

void writeTextFile(const std::string& path, const std::string& text) {
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        throw Error("cannot write " + path + ": " + file.errorString().toStdString());
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) || !file.commit())
        throw Error("cannot write " + path + ": " + file.errorString().toStdString());
}

void requireWritableDestination(const std::string& path, const char* option) {
    const QFileInfo info(QString::fromStdString(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        throw Error(std::string(option) + " " + path + ": the folder " + folder.absoluteFilePath().toStdString() + " does not exist");
    if (!folder.isWritable())
        throw Error(std::string(option) + " " + path + ": the folder " + folder.absoluteFilePath().toStdString() + " is not writable");
    if (info.isDir()) throw Error(std::string(option) + " " + path + ": is a folder, expected a file name");
}

std::string latentCsv(const Matrix& codes, const std::vector<int>& labels) {
    std::string out = "index,label";
    for (Eigen::Index j = 0; j < codes.cols(); ++j) out += ",z" + std::to_string(j);
    out += '\n';
    char buf[32];
    for (Eigen::Index i = 0; i < codes.rows(); ++i) {
        out += std::to_string(i) + ',' + std::to_string(static_cast<std::size_t>(i) < labels.size() ? labels[i] : -1);
        for (Eigen::Index j = 0; j < codes.cols(); ++j) {
            std::snprintf(buf, sizeof buf, ",%.9g", static_cast<double>(codes(i, j)));
            out += buf;
        }
        out += '\n';
    }
    return out;
}

std::string errorsCsv(const std::vector<double>& errors, const std::vector<int>& labels, const std::vector<bool>& anomalous) {
    std::string out = "index,label,anomaly,error\n";
    char buf[32];
    for (std::size_t i = 0; i < errors.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%.9g", errors[i]);
        out += std::to_string(i) + ',' + std::to_string(i < labels.size() ? labels[i] : -1) + ',' +
               (i < anomalous.size() && anomalous[i] ? "1" : "0") + ',' + buf + '\n';
    }
    return out;
}

} // namespace ae::cli
