// End-to-end: aelab-cli as a script would run it. Each bad input must exit 2 with one line on
// stderr naming the problem, and write nothing.
#include "cli_process.h"
#include "core/analysis/code_activity.h"
#include "core/data/idx.h"
#include "core/train/model_file.h"
#include "report_keys.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

using Run = ae::test::CliRun;

Run cli(const QStringList& args) { return ae::test::runCli(args); }

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList readLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

// The code columns (z0, z1, …; not a VAE's logvar columns) of a --export-latent file.
ae::Matrix latentCodes(const QString& path) {
    const QStringList lines = readLines(path);
    if (lines.isEmpty()) return {};
    const int units = static_cast<int>(lines[0].split(',').filter(QRegularExpression("^z\\d+$")).size());
    ae::Matrix z(lines.size() - 1, units);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList values = lines[i].split(',');
        for (int j = 0; j < units; ++j) z(i - 1, j) = values[2 + j].toFloat();
    }
    return z;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void summaryGivesTheSeedParameterCounts_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("total");
        QTest::newRow("conv") << "conv" << "Total params: 4,385";
        QTest::newRow("denoising") << "denoising" << "Total params: 28,353";
        QTest::newRow("undercomplete") << "undercomplete" << "Total params: 50,992";
        QTest::newRow("deep") << "deep" << "Total params: 222,384";
    }
    void summaryGivesTheSeedParameterCounts() {
        QFETCH(QString, variant);
        QFETCH(QString, total);
        const Run r = cli({"summary", "--variant", variant});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(total), qPrintable(r.out));
        QVERIFY(r.out.contains("Layer (type)"));
    }

    void dataDescribesTheEmbeddedSample() {
        const Run r = cli({"data"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("train    5000 samples"), qPrintable(r.out));
        QVERIFY(r.out.contains("test     1000 samples"));
        QVERIFY(r.out.contains("1 x 28 x 28"));
        QVERIFY(r.out.contains(":/sample/"));
    }

    void benchReportsEachPresetAgainstTheGemmRate() {
        const Run r = cli({"bench", "--variants", "undercomplete,conv", "--epochs", "1", "--threads", "1", "--train-limit",
                           "256"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);  // GEMM rate, header, two presets
        const QStringList rate = lines[0].split(' ', Qt::SkipEmptyParts);
        QCOMPARE(rate.value(0), QStringLiteral("GEMM"));
        QVERIFY2(rate.value(2).toDouble() > 0.1, qPrintable(lines[0]));
        QVERIFY(lines[1].contains("% GEMM"));
        for (int i = 2; i < 4; ++i) {
            const QStringList f = lines[i].split(' ', Qt::SkipEmptyParts);
            QCOMPARE(f.size(), 9);
            QCOMPARE(f[0], i == 2 ? QStringLiteral("undercomplete") : QStringLiteral("conv"));
            const double samplesPerSecond = f[4].toDouble();
            const double gflops = f[5].toDouble();
            const double share = f[6].toDouble();
            QVERIFY2(samplesPerSecond > 0 && gflops > 0, qPrintable(lines[i]));
            // The share is GFLOP/s over the rate on line one. All three are rounded when printed
            // (GFLOP/s and the rate to 0.1, the share to 1), and at sanitizer speeds a rate of 1.4
            // leaves ±4 % in each, so the bounds come from those intervals, not from a tolerance.
            const double printedRate = rate.value(2).toDouble();
            const double lowest = 100.0 * (gflops - 0.05) / (printedRate + 0.05) - 0.5;
            const double highest = 100.0 * (gflops + 0.05) / (printedRate - 0.05) + 0.5;
            QVERIFY2(share >= lowest && share <= highest,
                     qPrintable(QStringLiteral("%1 (rate %2: share must lie in [%3, %4])")
                                    .arg(lines[i], lines[0]).arg(lowest).arg(highest)));
            QVERIFY(std::isfinite(f[7].toDouble()));
            QVERIFY(f[8].toDouble() > 1.0);  // peak MiB
        }
    }

    void trainWritesReportExportsAndModel() {
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json"), latent = dir.filePath("z.csv"), errors = dir.filePath("e.csv"),
                      model = dir.filePath("m.aelab"), recons = dir.filePath("r.csv");
        const Run r = cli({"train", "--variant", "deep", "--latent", "2", "--train-limit", "600",
                           "--test-limit", "300", "--probe", "100", "--normal", "1", "--seed", "3", "--threads", "1", "--batch", "32", "--epochs", "3",
                           "--report", report, "--export-latent", latent, "--export-errors", errors, "--save", model,
                           "--export-reconstructions", recons});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject j = readJson(report);
        // The keys of docs/report.md, the same as the window's (test_session_export).
        QVERIFY2(!j.isEmpty(), "no report");
        const QStringList differences = ae::test::keyDifferences(j, ae::test::goldenReport());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join("; ")));
        for (const char* key : {"config", "dataset", "data", "params", "epochs", "test_loss", "test_reconstruction",
                                "reconstruction_baseline", "distance", "baselines", "anomaly", "code_activity"})
            QVERIFY2(!j[key].isNull(), key);
        QVERIFY(j["model"].isNull());  // trained here, not read from a file
        QCOMPARE(j["dataset"].toString(), QStringLiteral("sample"));
        // The training samples left after the class choice and the limit, as the run announced them.
        const QString announced = QStringLiteral("on sample: %1 samples").arg(j["data"].toObject()["train"].toInt());
        QVERIFY2(r.err.contains(announced), qPrintable(announced + " not in: " + r.err));
        QCOMPARE(j["data"].toObject()["test"].toInt(), 300);
        QCOMPARE(j["data"].toObject()["normal"].toArray(), QJsonArray{1});
        QCOMPARE(j["params"].toInt(), 784 * 128 + 128 + 128 * 64 + 64 + 64 * 2 + 2 + 2 * 64 + 64 + 64 * 128 + 128 + 128 * 784 + 784);
        QCOMPARE(j["epochs"].toArray().size(), 3);
        const QJsonObject e = j["epochs"].toArray()[0].toObject();
        for (const char* key : {"train_loss", "test_loss", "seconds", "samples_per_second"}) QVERIFY2(e.contains(key), key);
        QVERIFY(e["samples_per_second"].toDouble() > 0);
        const QJsonObject d = j["distance"].toObject();
        QCOMPARE(d["probe"].toInt(), 100);
        QVERIFY(d["train_knn"].toDouble() > 0);
        const QJsonObject a = j["anomaly"].toObject();
        const double auc = a["auc"].toDouble();
        QVERIFY2(auc > 0.9 && auc <= 1.0, qPrintable(QString::number(auc)));  // digit 1 vs the rest is easy
        QVERIFY(a["f1"].toDouble() > 0 && a["f1"].toDouble() <= 1);
        QVERIFY(a["threshold"].toDouble() > 0);
        QCOMPARE(j["config"].toObject()["latent"].toInt(), 2);

        const QStringList z = readLines(latent);
        QCOMPARE(z.size(), 101);
        QCOMPARE(z[0], QString("index,label,z0,z1,trustworthiness,continuity"));
        // Each probe sample's share of the neighbourhood metrics: their means are the report's.
        double trust = 0, cont = 0;
        for (int i = 1; i < z.size(); ++i) {
            const QStringList f = z[i].split(',');
            QCOMPARE(f.size(), 6);
            trust += f[4].toDouble();
            cont += f[5].toDouble();
        }
        QVERIFY(std::abs(trust / 100 - d["trustworthiness"].toDouble()) < 1e-8);
        QVERIFY(std::abs(cont / 100 - d["continuity"].toDouble()) < 1e-8);
        const double rnxAuc = d["rnx_auc"].toDouble(-2);
        QVERIFY2(rnxAuc > 0 && rnxAuc < 1, qPrintable(QString::number(rnxAuc)));
        QVERIFY(j["baselines"].toObject()["pca"].toObject()["rnx_auc"].toDouble(-2) > 0);
        // The reconstructions of the same rows: index and label as in the codes, 784 sigmoid outputs.
        const QStringList rows = readLines(recons);
        QCOMPARE(rows.size(), 101);
        QVERIFY(rows[0].startsWith("index,label,r0,r1,") && rows[0].endsWith(",r783"));
        QCOMPARE(rows[0].count(','), 785);
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList values = rows[i].split(',');
            QCOMPARE(values.size(), 786);
            QCOMPARE(values.mid(0, 2), z[i].split(',').mid(0, 2));
            for (const QString& v : values.mid(2)) QVERIFY2(v.toDouble() >= 0 && v.toDouble() <= 1, qPrintable(v));
        }
        const QStringList err = readLines(errors);
        QCOMPARE(err.size(), 301);
        QCOMPARE(err[0], QString("index,label,anomaly,error"));

        // The saved model evaluates to the same test loss.
        const QString evalReport = dir.filePath("eval.json");
        const Run ev = cli({"eval", "--model", model, "--test-limit", "300", "--normal", "1", "--probe", "0", "--report", evalReport});
        QVERIFY2(ev.exitCode == 0, qPrintable(ev.err));
        const QJsonObject evaluated = readJson(evalReport);
        QCOMPARE(evaluated["test_loss"].toDouble(), j["test_loss"].toDouble());
        QVERIFY2(ae::test::keyDifferences(evaluated, ae::test::goldenReport()).isEmpty(),
                 qPrintable(ae::test::keyDifferences(evaluated, ae::test::goldenReport()).join("; ")));
        QCOMPARE(evaluated["model"].toString(), model);
        QVERIFY(evaluated["distance"].isNull() && evaluated["baselines"].isNull());  // --probe 0
        QCOMPARE(evaluated["epochs"].toArray().size(), 3);  // the saved history
    }

    // code_activity from the exported codes, by anyone: the counts by hand, every figure through
    // the same function on the CSV's numbers (nine digits read a float back exactly), to the bit.
    // pca_subspace from what aelab exports (the model file, whose weights docs/model-format.md
    // lays out, and the data), with a PCA and principal angles computed here in double: the
    // covariance's top eigenvectors, the cosines as singular values of Q_decoderᵀ Q_pca.
    void pcaSubspaceIsRecomputedFromTheModelFile() {
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json"), model = dir.filePath("m.aelab");
        const int k = 8;
        const Run r = cli({"train", "--variant", "linear", "--data", "sample", "--latent", QString::number(k), "--train-limit",
                           "300", "--test-limit", "80", "--probe", "60", "--epochs", "2", "--threads", "1", "--report", report,
                           "--save", model});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject p = readJson(report)["pca_subspace"].toObject();
        QCOMPARE(p["k"].toInt(), k);
        QVERIFY(p["exact"].toBool());
        const QJsonArray reported = p["principal_angles_deg"].toArray();
        QCOMPARE(int(reported.size()), k);

        ae::Dataset data = ae::loadIdxFolder(AELAB_SAMPLE_DIR, "sample");
        ae::limitTraining(data, 300);
        ae::limitTest(data, 80);
        const Eigen::Index d = data.trainX.cols();
        // The flat weights of 784-k-784: encoder kernel (d x k), its k biases, decoder kernel (k x d).
        ae::SavedModel saved = ae::loadModel(model.toStdString());
        const auto w = saved.model->parameters();
        const Eigen::MatrixXd decoder =
            Eigen::Map<const ae::Matrix>(w.data() + d * k + k, k, d).cast<double>();

        const Eigen::MatrixXd x = data.trainX.cast<double>();
        const Eigen::RowVectorXd mean = x.colwise().mean();
        const Eigen::MatrixXd centred = x.rowwise() - mean;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(centred.transpose() * centred / double(x.rows()));
        const Eigen::MatrixXd top = eig.eigenvectors().rightCols(k);  // ascending eigenvalues: the last k
        const Eigen::MatrixXd qDecoder = Eigen::HouseholderQR<Eigen::MatrixXd>(decoder.transpose()).householderQ() *
                                         Eigen::MatrixXd::Identity(d, k);
        const Eigen::VectorXd cosines = Eigen::JacobiSVD<Eigen::MatrixXd>(qDecoder.transpose() * top).singularValues();
        std::vector<double> angles;
        for (Eigen::Index i = 0; i < k; ++i) angles.push_back(std::acos(std::min(1.0, cosines(i))) * 180 / std::numbers::pi);
        std::sort(angles.begin(), angles.end());
        for (int i = 0; i < k; ++i)
            QVERIFY2(std::fabs(reported[i].toDouble() - angles[std::size_t(i)]) < 0.01,
                     qPrintable(QStringLiteral("angle %1: %2 vs %3").arg(i).arg(reported[i].toDouble()).arg(angles[std::size_t(i)])));

        const Eigen::MatrixXd test = data.testX.cast<double>();
        const Eigen::MatrixXd testCentred = test.rowwise() - mean;
        const Eigen::MatrixXd pcaOut = (testCentred * top * top.transpose()).rowwise() + mean;
        const double pcaMse = (pcaOut - test).squaredNorm() / double(test.size());
        QVERIFY2(std::fabs(p["pca_mse"].toDouble() - pcaMse) < 1e-5 * pcaMse,
                 qPrintable(QStringLiteral("%1 vs %2").arg(p["pca_mse"].toDouble()).arg(pcaMse)));
        const ae::Matrix out = saved.model->reconstruct(data.testX);
        const double mse = (out.cast<double>() - test).squaredNorm() / double(test.size());
        QVERIFY(std::fabs(p["mse"].toDouble() - mse) < 1e-5 * mse);  // float outputs, summed in another order
        QVERIFY(p["mse"].toDouble() == readJson(report)["reconstruction_baseline"].toObject()["model_test_mse"].toDouble());
    }

    void codeActivityIsRecomputedFromTheExportedCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("sparse, dense code") << QStringList{"--variant", "sparse", "--l1", "1e-3"};
        QTest::newRow("conv, channel x position units") << QStringList{"--variant", "conv"};
        QTest::newRow("vae, the means") << QStringList{"--variant", "vae"};
    }
    void codeActivityIsRecomputedFromTheExportedCodes() {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json"), latent = dir.filePath("z.csv");
        const Run r = cli(QStringList{"train"} + args +
                          QStringList{"--epochs", "1", "--train-limit", "300", "--test-limit", "80", "--probe", "60", "--threads",
                                      "1", "--report", report, "--export-latent", latent});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject a = readJson(report)["code_activity"].toObject();
        const ae::Matrix z = latentCodes(latent);
        QCOMPARE(z.rows(), 60);
        QCOMPARE(a["samples"].toInt(), 60);
        QCOMPARE(a["units"].toInt(), static_cast<int>(z.cols()));
        QCOMPARE(a["unit_mean_activation"].toArray().size(), z.cols());
        const double epsilon = a["epsilon"].toDouble();
        QCOMPARE(epsilon, ae::kCodeActivityEpsilon);

        long long active = 0;
        int dead = 0;
        for (Eigen::Index j = 0; j < z.cols(); ++j) {
            const long long fires = (z.col(j).array().abs().cast<double>() > epsilon).count();
            active += fires;
            dead += fires == 0;
        }
        QCOMPARE(a["dead_units"].toInt(), dead);
        QCOMPARE(a["active_fraction"].toDouble(), static_cast<double>(active) / static_cast<double>(z.size()));
        QVERIFY(std::fabs(a["mean_abs"].toDouble() - z.cast<double>().array().abs().mean()) <= 1e-12 * (1 + a["mean_abs"].toDouble()));

        const ae::CodeActivity again = ae::codeActivity(z);
        QVERIFY(a["mean_abs"].toDouble() == again.meanAbs);
        QVERIFY(a["lifetime_sparsity"].toDouble() == again.lifetimeSparsity);
        QVERIFY(a["population_sparsity"].toDouble() == again.populationSparsity);
        QVERIFY(a["active_fraction"].toDouble() == again.activeFraction);
        for (Eigen::Index j = 0; j < z.cols(); ++j) {
            const double mean = a["unit_mean_activation"].toArray()[j].toDouble();
            QVERIFY(mean == again.unitMeanActivation[static_cast<std::size_t>(j)]);
            QVERIFY(std::fabs(mean - z.col(j).cast<double>().mean()) <= 1e-12 * (1 + std::fabs(mean)));
        }
        QVERIFY(readJson(report)["denoising"].isNull());  // no noise, no ladder asked for
    }

    // A denoising model gets a ladder around its trained level; any model gets one on request.
    void denoisingLadders() {
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json"), model = dir.filePath("m.aelab");
        const QStringList small{"--epochs", "1", "--batch", "64", "--train-limit", "200", "--test-limit", "40", "--probe", "0", "--threads", "1"};
        const Run r = cli(QStringList{"train", "--variant", "denoising", "--report", report, "--save", model} + small);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject d = readJson(report)["denoising"].toObject();
        QCOMPARE(d["noise"].toString(), QStringLiteral("gaussian"));
        const QJsonArray levels = d["levels"].toArray();
        QCOMPARE(levels.size(), 4);
        double previous = 1e9;
        for (int k = 0; k < 4; ++k) {
            const QJsonObject level = levels[k].toObject();
            QCOMPARE(level["level"].toDouble(), 0.25 * (k + 1));  // the preset's 0.5 × 0.5, 1, 1.5, 2
            QVERIFY(level["psnr_noisy"].toDouble() < previous);
            previous = level["psnr_noisy"].toDouble();
            QVERIFY(level["psnr_output"].toDouble() > 0);
        }
        QVERIFY2(r.out.contains("denoising gaussian 0.5: PSNR noisy"), qPrintable(r.out));

        // eval of the same model, another noise: the levels asked for, level 0 at the cap.
        const Run ev = cli({"eval", "--model", model, "--test-limit", "40", "--probe", "0", "--report", report, "--noise-ladder",
                            "0,0.2", "--noise-ladder-type", "saltpepper"});
        QVERIFY2(ev.exitCode == 0, qPrintable(ev.err));
        const QJsonObject e = readJson(report)["denoising"].toObject();
        QCOMPARE(e["noise"].toString(), QStringLiteral("saltpepper"));
        QCOMPARE(e["levels"].toArray().size(), 2);
        QCOMPARE(e["levels"].toArray()[0].toObject()["psnr_noisy"].toDouble(), 100.0);

        const Run plain = cli(QStringList{"train", "--variant", "linear", "--report", report, "--noise-ladder", "0.1"} + small);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(readJson(report)["denoising"].toObject()["noise"].toString(), QStringLiteral("gaussian"));
    }

    // sweep: one run per value, each with the train report's keys, the value and a readable label.
    void sweepReportsEveryRun() {
        QTemporaryDir dir;
        const QString report = dir.filePath("s.json");
        const QStringList small{"--epochs", "1", "--batch", "64", "--train-limit", "200", "--test-limit", "40", "--probe", "30",
                                "--threads", "1", "--report", report};
        const Run r = cli(QStringList{"sweep", "--variant", "sparse", "--param", "l1=1e-8,1e-2"} + small);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject j = readJson(report);
        QCOMPARE(j["parameter"].toString(), QStringLiteral("l1"));
        const QJsonArray runs = j["runs"].toArray();
        QCOMPARE(runs.size(), 2);
        for (int k = 0; k < 2; ++k) {
            QJsonObject run = runs[k].toObject();
            QCOMPARE(run["value"].toDouble(), k == 0 ? 1e-8 : 1e-2);
            QCOMPARE(run["config"].toObject()["l1"].toDouble(), k == 0 ? 1e-8 : 1e-2);
            QCOMPARE(run["label"].toString(), k == 0 ? QStringLiteral("L1 1e-8") : QStringLiteral("L1 0.01"));
            QCOMPARE(run["code_activity"].toObject()["samples"].toInt(), 30);
            run.remove("value");
            run.remove("label");
            QVERIFY2(ae::test::keyDifferences(run, ae::test::goldenReport()).isEmpty(),
                     qPrintable(ae::test::keyDifferences(run, ae::test::goldenReport()).join("; ")));
        }
        QVERIFY2(r.err.contains("run 2 of 2: L1 0.01"), qPrintable(r.err));
        // The strong penalty leaves less of the code in use, on the same data and seed.
        QVERIFY(runs[1].toObject()["code_activity"].toObject()["mean_abs"].toDouble() <
                runs[0].toObject()["code_activity"].toObject()["mean_abs"].toDouble());

        // The noise type by name; each noisy run gets its ladder in its own noise.
        const Run n = cli(QStringList{"sweep", "--variant", "denoising", "--noise", "0.3", "--param", "noiseType=gaussian,masking"} + small);
        QVERIFY2(n.exitCode == 0, qPrintable(n.err));
        const QJsonArray noisy = readJson(report)["runs"].toArray();
        QCOMPARE(noisy[1].toObject()["value"].toString(), QStringLiteral("masking"));
        QCOMPARE(noisy[1].toObject()["label"].toString(), QStringLiteral("noise masking"));
        QCOMPARE(noisy[1].toObject()["denoising"].toObject()["noise"].toString(), QStringLiteral("masking"));
        QCOMPARE(noisy[0].toObject()["denoising"].toObject()["noise"].toString(), QStringLiteral("gaussian"));

        // The KL target ρ, on a configuration with KL sparsity on a sigmoid code.
        const QString config = dir.filePath("kl.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"variant": "sparse", "code_activation": "sigmoid", "kl_sparsity_weight": 0.5, "l1": 0})");
        file.close();
        const Run kl = cli(QStringList{"sweep", "--config", config, "--param", "klSparsityTarget=0.02,0.2"} + small);
        QVERIFY2(kl.exitCode == 0, qPrintable(kl.err));
        const QJsonObject klReport = readJson(report);
        QCOMPARE(klReport["parameter"].toString(), QStringLiteral("klSparsityTarget"));
        const QJsonArray targets = klReport["runs"].toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets[1].toObject()["label"].toString(), QStringLiteral("KL target 0.2"));
        QCOMPARE(float(targets[1].toObject()["config"].toObject()["kl_sparsity_target"].toDouble()), 0.2f);
        QCOMPARE(targets[1].toObject()["config"].toObject()["kl_sparsity_weight"].toDouble(), 0.5);
    }

    // export: each missing or wrong piece is named, and no file appears.
    void exportRefusesBadInput() {
        QTemporaryDir dir;
        const QString model = dir.filePath("m.aelab"), onnx = dir.filePath("m.onnx");
        const Run trained = cli({"train", "--variant", "linear", "--epochs", "1", "--train-limit", "256", "--test-limit", "64",
                                 "--probe", "0", "--save", model});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QList<QPair<QStringList, QString>> cases = {
            {{"export", "--onnx", onnx}, "export needs --model"},
            {{"export", "--model", model}, "export needs --onnx"},
            {{"export", "--model", model, "--onnx", onnx, "--part", "middle"}, "invalid --part = 'middle': choose one of encoder, decoder, full"},
            {{"export", "--model", dir.filePath("none.aelab"), "--onnx", onnx}, dir.filePath("none.aelab")},
            {{"export", "--model", model, "--onnx", dir.filePath("no/such/m.onnx")}, "does not exist"},
        };
        for (const auto& [args, message] : cases) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            QVERIFY(!QFile::exists(onnx));
        }
        const Run ok = cli({"export", "--model", model, "--onnx", onnx, "--part", "decoder"});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(QFileInfo(onnx).size() > 784 * 32 * 4);  // the decoder's 784 x 32 kernel at least
    }

    void denoisingReportsTheNoisyTestLossItValidatedOn() {
        // Epochs validate a denoising model on a fixed noisy copy of the test set; the final
        // test_loss and a later eval must use the same copy, or the three would disagree.
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json"), model = dir.filePath("m.aelab"), evalReport = dir.filePath("e.json");
        const Run r = cli({"train", "--variant", "denoising", "--epochs", "1", "--batch", "32", "--train-limit", "128",
                           "--test-limit", "64", "--probe", "0", "--threads", "1", "--report", report, "--save", model});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject j = readJson(report);
        const double lastEpoch = j["epochs"].toArray().last().toObject()["test_loss"].toDouble();
        QCOMPARE(j["test_loss"].toDouble(), lastEpoch);
        const Run ev = cli({"eval", "--model", model, "--test-limit", "64", "--probe", "0", "--report", evalReport});
        QVERIFY2(ev.exitCode == 0, qPrintable(ev.err));
        QCOMPARE(readJson(evalReport)["test_loss"].toDouble(), lastEpoch);
    }

    // One-class training validates on the normal test images (the anomalies would make the curve
    // jump), and its anomaly scores are squared errors per element whatever the training loss
    // (BCE scores a perfect reconstruction by the image's ink). The exported errors are those
    // scores; --anomaly-score training-loss gives the model's own loss instead.
    void oneClassRunsValidateOnNormalImagesAndScoreBySquaredError() {
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json"), errors = dir.filePath("e.csv"), model = dir.filePath("m.aelab");
        const Run r = cli({"train", "--variant", "deep", "--train-limit", "400", "--test-limit", "300", "--probe", "0",
                           "--normal", "1", "--seed", "3", "--threads", "1", "--batch", "32", "--epochs", "2", "--report", report,
                           "--export-errors", errors, "--save", model});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject j = readJson(report);
        QCOMPARE(j["anomaly"].toObject()["score"].toString(), QStringLiteral("squared-error"));
        // Squared errors: over the whole test set they average to the model's test MSE.
        auto meanOf = [](const QStringList& lines, int anomaly) {  // anomaly -1: every row
            double sum = 0;
            int n = 0;
            for (int i = 1; i < lines.size(); ++i) {
                const QStringList f = lines[i].split(',');
                if (anomaly >= 0 && f[2].toInt() != anomaly) continue;
                sum += f[3].toDouble();
                ++n;
            }
            return n > 0 ? sum / n : -1.0;
        };
        const double modelMse = j["reconstruction_baseline"].toObject()["model_test_mse"].toDouble();
        QVERIFY2(std::abs(meanOf(readLines(errors), -1) - modelMse) < 1e-6 * modelMse,
                 qPrintable(QStringLiteral("%1 vs %2").arg(meanOf(readLines(errors), -1)).arg(modelMse)));

        // The model's own loss (BCE) per sample: over the normal rows it averages to the test
        // reconstruction loss, which is therefore measured on the normal test images only.
        const QString bceErrors = dir.filePath("bce.csv"), evalReport = dir.filePath("eval.json");
        const Run ev = cli({"eval", "--model", model, "--test-limit", "300", "--normal", "1", "--probe", "0", "--anomaly-score",
                            "training-loss", "--export-errors", bceErrors, "--report", evalReport});
        QVERIFY2(ev.exitCode == 0, qPrintable(ev.err));
        QCOMPARE(readJson(evalReport)["anomaly"].toObject()["score"].toString(), QStringLiteral("training-loss"));
        const QStringList bce = readLines(bceErrors);
        const double normalMean = meanOf(bce, 0), reconstruction = j["test_reconstruction"].toDouble();
        QVERIFY2(std::abs(normalMean - reconstruction) < 1e-5 * reconstruction,
                 qPrintable(QStringLiteral("%1 vs %2").arg(normalMean).arg(reconstruction)));
        QVERIFY(std::abs(meanOf(bce, -1) - reconstruction) > 1e-3 * reconstruction);  // not the whole test set
        const double lastEpoch = j["epochs"].toArray().last().toObject()["test_reconstruction"].toDouble();
        QCOMPARE(lastEpoch, reconstruction);
    }

    // A denoising model's test loss is measured on the noisy copy it validates on; its exported
    // errors score the clean test images, like every model's anomaly scores. The run says both.
    void denoisingErrorsScoreTheCleanImages() {
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json"), errors = dir.filePath("e.csv");
        const Run r = cli({"train", "--variant", "denoising", "--epochs", "1", "--batch", "32", "--train-limit", "128",
                           "--test-limit", "64", "--probe", "0", "--threads", "1", "--report", report, "--export-errors", errors});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("from the noisy test copy")), qPrintable(r.out));
        const QJsonObject j = readJson(report);
        const QStringList lines = readLines(errors);
        QCOMPARE(lines.size(), 65);
        double sum = 0;
        for (int i = 1; i < lines.size(); ++i) sum += lines[i].split(',')[3].toDouble();
        const double modelMse = j["reconstruction_baseline"].toObject()["model_test_mse"].toDouble();
        QVERIFY2(std::abs(sum / 64 - modelMse) < 1e-6 * modelMse, qPrintable(QStringLiteral("%1 vs %2").arg(sum / 64).arg(modelMse)));
    }

    // A VAE's code is a distribution: the latent export holds its mean and its log-variance.
    void vaeLatentExportHoldsTheLogVariance() {
        QTemporaryDir dir;
        const QString latent = dir.filePath("z.csv");
        const Run r = cli({"train", "--variant", "vae", "--epochs", "1", "--batch", "64", "--train-limit", "256", "--test-limit",
                           "50", "--probe", "30", "--threads", "1", "--export-latent", latent});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList z = readLines(latent);
        QCOMPARE(z.size(), 31);
        QCOMPARE(z[0], QString("index,label,z0,z1,logvar0,logvar1,trustworthiness,continuity"));
        for (int i = 1; i < z.size(); ++i) {
            const QStringList f = z[i].split(',');
            QCOMPARE(f.size(), 8);
            bool ok = false;
            const double logVar = f[4].toDouble(&ok);
            QVERIFY(ok && logVar <= 30);
        }
        QVERIFY(z[1].split(',')[4] != z[2].split(',')[4]);  // per sample, not a constant
    }

    void badInputExits2AndWritesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown variant") << QStringList{"train", "--variant", "huge"} << "unknown variant 'huge'";
        QTest::newRow("latent 0") << QStringList{"train", "--latent", "0"} << "invalid latent = 0";
        QTest::newRow("batch 0") << QStringList{"train", "--batch", "0"} << "invalid batch size = 0";
        QTest::newRow("epochs 0") << QStringList{"train", "--epochs", "0"} << "invalid epochs = 0";
        QTest::newRow("negative lr") << QStringList{"train", "--lr", "-1"} << "invalid learning rate = -1";
        QTest::newRow("nan lr") << QStringList{"train", "--lr", "nan"} << "invalid --lr = 'nan'";
        QTest::newRow("negative noise") << QStringList{"train", "--noise", "-0.5"} << "invalid noise factor = -0.5";
        QTest::newRow("batch > data") << QStringList{"train", "--batch", "600", "--train-limit", "500"} << "larger than the 500 training samples";
        QTest::newRow("unknown optimizer") << QStringList{"train", "--optimizer", "lbfgs"} << "invalid --optimizer = 'lbfgs'";
        QTest::newRow("missing dataset") << QStringList{"data", "--data", "/nonexistent/folder"} << "/nonexistent/folder";
        QTest::newRow("unknown option") << QStringList{"train", "--frobnicate"} << "frobnicate";
        QTest::newRow("unknown anomaly score") << QStringList{"train", "--anomaly-score", "bce"}
                                               << "invalid --anomaly-score = 'bce': choose one of squared-error, training-loss";
        QTest::newRow("normal out of range") << QStringList{"train", "--normal", "12"} << "invalid --normal class 12";
        QTest::newRow("missing model") << QStringList{"eval", "--model", "/nonexistent.aelab"} << "/nonexistent.aelab";
        QTest::newRow("report folder missing") << QStringList{"train", "--report", "/nonexistent/r.json"} << "does not exist";
        // A value wrong in the configuration file is reported with the file's path; the same
        // file with the value overridden on the command line trains.
        const QString batchZero = QString(AELAB_FIXTURES_DIR) + "/config/batch-zero.json";
        QTest::newRow("config file value") << QStringList{"train", "--config", batchZero}
                                           << batchZero + ": invalid batch size = 0";
        QTest::newRow("command line over a good file")
            << QStringList{"train", "--config", QString(AELAB_FIXTURES_DIR) + "/config/undercomplete-small.json", "--batch", "0"}
            << "aelab-cli: invalid batch size = 0";
    }
    void badInputExits2AndWritesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString report = dir.filePath("r.json");
        if (!args.contains("--report")) args << "--report" << report;
        if (args[0] == "data") args = args.mid(0, args.indexOf("--report"));
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count('\n'), 0);  // one line
        QVERIFY(!QFile::exists(report));
    }

    void aFileValueOverriddenOnTheCommandLineTrains() {
        QTemporaryDir dir;
        const Run r = cli({"train", "--config", QString(AELAB_FIXTURES_DIR) + "/config/batch-zero.json", "--batch", "50",
                           "--epochs", "1", "--train-limit", "100", "--report", dir.filePath("r.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readJson(dir.filePath("r.json"))["config"].toObject()["batch_size"].toInt(), 50);
    }

    void wellFormedIdxFolderLoads() {
        const Run r = cli({"data", "--data", QString(AELAB_FIXTURES_DIR) + "/idx/tinyset"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("train    3 samples"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
