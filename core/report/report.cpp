#include "core/report/report.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ae {

namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json orNull(const std::optional<T>& value, Json (*toJson)(const T&)) {
    return value ? toJson(*value) : Json(nullptr);
}

Json metricsJson(const DistortionMetrics& m) {
    return Json{{"spearman", m.spearman},   {"pearson", m.pearson},       {"stress", m.stress},
                {"trustworthiness", m.trustworthiness}, {"continuity", m.continuity}, {"knn", m.knn}};
}

Json epochJson(const EpochResult& e) {
    Json j;
    j["epoch"] = e.epoch;
    j["train_loss"] = e.train.total;
    j["test_loss"] = e.hasTest ? Json(e.test.total) : Json(nullptr);
    j["train_reconstruction"] = e.train.reconstruction;
    j["test_reconstruction"] = e.hasTest ? Json(e.test.reconstruction) : Json(nullptr);
    j["seconds"] = e.seconds;
    j["samples_per_second"] = e.samplesPerSecond;
    return j;
}

Json dataJson(const ReportData& d) {
    Json j;
    j["name"] = d.name;
    j["train"] = d.trainSamples;
    j["test"] = d.testSamples;
    j["shape"] = {d.shape.c, d.shape.h, d.shape.w};
    j["normal"] = d.normalClasses.empty() ? Json(nullptr) : Json(d.normalClasses);
    return j;
}

Json reconstructionBaselineJson(const ReconstructionBaseline& b) {
    return Json{{"pca_components", b.pcaComponents}, {"pca_test_mse", b.pcaTestMse}, {"model_test_mse", b.modelTestMse}};
}

Json pcaSubspaceJson(const PcaSubspace& p) {
    return Json{{"k", p.k}, {"exact", p.exact}, {"principal_angles_deg", p.anglesDegrees}, {"mse", p.mse}, {"pca_mse", p.pcaMse}};
}

Json distanceJson(const DistanceReport& d) {
    Json j = metricsJson(d.model);
    j["rnx_auc"] = d.modelQuality.auc;
    j["probe"] = d.probe;
    j["dimension"] = d.dimension;
    const bool trainKnn = d.trainKnn >= 0;
    j["train_knn"] = trainKnn ? Json(d.trainKnn) : Json(nullptr);
    j["train_knn_points"] = trainKnn ? Json(d.trainPoints) : Json(nullptr);
    return j;
}

Json baselineJson(const DistortionMetrics& m, const QualityCurve& q) {
    Json j = metricsJson(m);
    j["rnx_auc"] = q.auc;
    return j;
}

Json baselinesJson(const DistanceReport& d) {
    return Json{{"pca", baselineJson(d.pca, d.pcaQuality)}, {"mds", baselineJson(d.mds, d.mdsQuality)}};
}

Json anomalyJson(const AnomalySummary& a) {
    Json j;
    j["score"] = nameOf(a.score);
    j["auc"] = a.auc;
    j["pca_auc"] = a.pcaAuc;
    j["pca_components"] = a.pcaComponents;
    j["threshold"] = a.bestF1.threshold;
    j["precision"] = a.bestF1.precision;
    j["recall"] = a.bestF1.recall;
    j["f1"] = a.bestF1.f1;
    return j;
}

Json codeActivityJson(const CodeActivity& a) {
    Json j;
    j["epsilon"] = a.epsilon;
    j["active_fraction"] = a.activeFraction;
    j["mean_abs"] = a.meanAbs;
    j["dead_units"] = a.deadUnits;
    j["units"] = a.units;
    j["samples"] = a.samples;
    j["lifetime_sparsity"] = a.lifetimeSparsity;
    j["population_sparsity"] = a.populationSparsity;
    j["unit_mean_activation"] = a.unitMeanActivation;
    return j;
}

Json denoisingJson(const NoiseLadder& ladder) {
    Json levels = Json::array();
    for (const NoiseLevelResult& r : ladder.levels)
        levels.push_back(Json{{"level", r.level}, {"psnr_noisy", r.psnrNoisy}, {"psnr_output", r.psnrOutput}});
    return Json{{"noise", nameOf(ladder.noise)}, {"levels", levels}};
}

// Nine significant digits round-trip a float. std::to_chars, unlike printf, ignores the locale:
// a decimal comma would split a column.
void appendNumber(std::string& out, double v) {
    if (std::isnan(v)) {
        out += "nan";
        return;
    }
    if (std::isinf(v)) {
        out += v > 0 ? "inf" : "-inf";
        return;
    }
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 9).ptr;
    out.append(buf, end);
}

void appendLoss(std::string& out, const LossBreakdown& l) {
    for (const double v : {l.total, l.reconstruction, l.l1, l.klSparsity, l.vaeKl, l.distance}) {
        appendNumber(out, v);
        out += ',';
    }
}

} // namespace

ReportData describeData(const Dataset& data, const std::vector<int>& normalClasses) {
    return ReportData{data.name, static_cast<long long>(data.trainX.rows()), static_cast<long long>(data.testX.rows()),
                      data.shape, normalClasses};
}

namespace {

Json reportObject(const ReportInputs& r) {
    Json j;
    j["config"] = Json::parse(configToJson(r.config));
    j["dataset"] = r.dataset;
    j["data"] = orNull(r.data, &dataJson);
    j["model"] = r.modelFile ? Json(*r.modelFile) : Json(nullptr);
    j["params"] = r.parameters;
    j["epochs"] = Json::array();
    for (const EpochResult& e : r.epochs) j["epochs"].push_back(epochJson(e));
    j["test_loss"] = r.test ? Json(r.test->total) : Json(nullptr);
    j["test_reconstruction"] = r.test ? Json(r.test->reconstruction) : Json(nullptr);
    j["reconstruction_baseline"] = orNull(r.reconstructionBaseline, &reconstructionBaselineJson);
    j["pca_subspace"] = orNull(r.pcaSubspace, &pcaSubspaceJson);
    j["distance"] = orNull(r.distance, &distanceJson);
    j["baselines"] = orNull(r.distance, &baselinesJson);
    j["anomaly"] = orNull(r.anomaly, &anomalyJson);
    j["code_activity"] = orNull(r.codeActivity, &codeActivityJson);
    j["denoising"] = orNull(r.denoising, &denoisingJson);
    return j;
}

} // namespace

std::string reportJson(const ReportInputs& r) { return reportObject(r).dump(2) + "\n"; }

std::string sweepReportJson(SweepParameter parameter, const std::vector<SweepRunReport>& runs) {
    const SweepParameterInfo& info = sweepParameterInfo(parameter);
    Json j;
    j["parameter"] = info.key;
    j["runs"] = Json::array();
    for (const SweepRunReport& run : runs) {
        Json r;
        r["value"] = info.choices.empty() ? Json(run.value) : Json(sweepValueText(parameter, run.value));
        r["label"] = sweepReadableLabel(parameter, run.value);
        r.update(reportObject(run.report));
        j["runs"].push_back(std::move(r));
    }
    return j.dump(2) + "\n";
}

std::string lossHistoryCsv(const std::vector<BatchLoss>& batches, const std::vector<EpochResult>& epochs) {
    std::string out = "kind,epoch,position,total,reconstruction,l1,kl_sparsity,vae_kl,distance,seconds\n";
    for (const BatchLoss& b : batches) {
        // Position 2.25 is in epoch 3; 3.0 (an epoch's last batch) still belongs to epoch 3.
        const int epoch = std::max(1, static_cast<int>(std::ceil(b.position - 1e-9)));
        out += "batch," + std::to_string(epoch) + ',';
        appendNumber(out, b.position);
        out += ',';
        appendLoss(out, b.loss);
        out += '\n';
    }
    for (const EpochResult& e : epochs) {
        const std::string epoch = std::to_string(e.epoch);
        out += "train," + epoch + ',' + epoch + ',';
        appendLoss(out, e.train);
        appendNumber(out, e.seconds);
        out += '\n';
        if (!e.hasTest) continue;
        out += "test," + epoch + ',' + epoch + ',';
        appendLoss(out, e.test);
        out += '\n';
    }
    return out;
}

namespace {

// index,label,<prefix>0,<prefix>1,...: one row of `values` per line, followed on each line by the
// same row of `more` (columns <morePrefix>0,...) when given.
std::string labelledRowsCsv(const Matrix& values, const std::vector<int>& labels, const char* prefix, const Matrix* more = nullptr,
                            const char* morePrefix = nullptr) {
    std::string out = "index,label";
    for (Eigen::Index j = 0; j < values.cols(); ++j) out += ',' + (prefix + std::to_string(j));
    if (more)
        for (Eigen::Index j = 0; j < more->cols(); ++j) out += ',' + (morePrefix + std::to_string(j));
    out += '\n';
    auto appendRow = [&out](const Matrix& m, Eigen::Index i) {
        for (Eigen::Index j = 0; j < m.cols(); ++j) {
            out += ',';
            appendNumber(out, static_cast<double>(m(i, j)));
        }
    };
    for (Eigen::Index i = 0; i < values.rows(); ++i) {
        const auto row = static_cast<std::size_t>(i);
        out += std::to_string(i) + ',' + std::to_string(row < labels.size() ? labels[row] : -1);
        appendRow(values, i);
        if (more) appendRow(*more, i);
        out += '\n';
    }
    return out;
}

} // namespace

std::string latentCsv(const Matrix& codes, const std::vector<int>& labels, const Matrix* logVariances,
                      const PointDistortion* points) {
    if (logVariances && (logVariances->rows() != codes.rows() || logVariances->cols() != codes.cols()))
        throw Error("latent export: " + std::to_string(codes.rows()) + "x" + std::to_string(codes.cols()) + " codes but " +
                    std::to_string(logVariances->rows()) + "x" + std::to_string(logVariances->cols()) + " log-variances");
    const auto rows = static_cast<std::size_t>(codes.rows());
    if (points && (points->trustworthiness.size() != rows || points->continuity.size() != rows))
        throw Error("latent export: " + std::to_string(rows) + " codes but per-point distortion of " +
                    std::to_string(points->trustworthiness.size()) + " points");
    std::string base = labelledRowsCsv(codes, labels, "z", logVariances, "logvar");
    if (!points) return base;
    // The per-point columns go last, after any log-variances, on each line of that table.
    std::string out;
    out.reserve(base.size() + rows * 24);
    std::size_t row = 0;
    for (std::size_t start = 0, end; (end = base.find('\n', start)) != std::string::npos; start = end + 1) {
        out.append(base, start, end - start);
        if (start == 0) {
            out += ",trustworthiness,continuity";
        } else {
            out += ',';
            appendNumber(out, points->trustworthiness[row]);
            out += ',';
            appendNumber(out, points->continuity[row]);
            ++row;
        }
        out += '\n';
    }
    return out;
}

std::string reconstructionsCsv(const Matrix& reconstructions, const std::vector<int>& labels) {
    return labelledRowsCsv(reconstructions, labels, "r");
}

std::string errorsCsv(const std::vector<double>& errors, const std::vector<int>& labels, const std::vector<bool>& anomalous) {
    std::string out = "index,label,anomaly,error\n";
    for (std::size_t i = 0; i < errors.size(); ++i) {
        out += std::to_string(i) + ',' + std::to_string(i < labels.size() ? labels[i] : -1) + ',' +
               (i < anomalous.size() && anomalous[i] ? "1," : "0,");
        appendNumber(out, errors[i]);
        out += '\n';
    }
    return out;
}

} // namespace ae
