// The report and CSV writer shared by aelab-cli and the window: a fixed set of values must give
// exactly the golden text in tests/fixtures/report/ (the examples docs/report.md describes).
#include "core/report/report.h"
#include "report_keys.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ae;

namespace {

QString golden(const QString& name) {
    QFile f(QStringLiteral(AELAB_FIXTURES_DIR "/report/") + name);
    if (!f.open(QIODevice::ReadOnly)) return QStringLiteral("(cannot read %1)").arg(f.fileName());
    return QString::fromUtf8(f.readAll());
}

LossBreakdown loss(double total, double reconstruction, double l1) {
    LossBreakdown l;
    l.total = total;
    l.reconstruction = reconstruction;
    l.l1 = l1;
    return l;
}

EpochResult epoch(int n, LossBreakdown train, std::optional<LossBreakdown> test, double seconds, double samplesPerSecond) {
    EpochResult e;
    e.epoch = n;
    e.train = train;
    e.hasTest = test.has_value();
    if (test) e.test = *test;
    e.seconds = seconds;
    e.samplesPerSecond = samplesPerSecond;
    return e;
}

DistortionMetrics metrics(double spearman, double pearson, double stress, double trust, double continuity, double knn) {
    return DistortionMetrics{spearman, pearson, stress, trust, continuity, knn};
}

// A two-epoch sparse run on one class with every measurement taken: every key has a value.
ReportInputs fullReport() {
    ReportInputs r;
    // The fields a preset might retune are set here, so the golden changes only with the report.
    r.config = presetConfig("sparse");
    r.config.epochs = 2;
    r.config.batchSize = 64;
    r.config.seed = 7;
    r.config.threads = 1;
    r.dataset = "sample";
    r.data = ReportData{"sample", 500, 100, Shape{1, 28, 28}, {1}};
    r.modelFile = "runs/sparse.aelab";
    r.parameters = 50992;
    r.epochs = {epoch(1, loss(0.25, 0.1875, 0.0625), std::nullopt, 1.5, 333.25),
                epoch(2, loss(0.125, 0.1, 0.025), loss(0.2, 0.15, 0.05), 1.25, 400)};
    r.test = loss(0.2, 0.15, 0.05);
    r.reconstructionBaseline = ReconstructionBaseline{32, 0.03125, 0.046875};
    r.pcaSubspace = PcaSubspace{2, false, {12.5, 60.25}, 0.046875, 0.03125};
    DistanceReport d;
    d.probe = 100;
    d.dimension = 32;
    d.model = metrics(0.75, 0.8, 0.3, 0.9, 0.875, 0.5);
    d.pca = metrics(0.875, 0.9, 0.2, 0.95, 0.9375, 0.625);
    d.mds = metrics(0.875, 0.9, 0.2, 0.95, 0.9375, 0.6);
    d.modelQuality.auc = 0.25;
    d.pcaQuality.auc = 0.375;
    d.mdsQuality.auc = 0.3125;
    d.trainKnn = 0.4375;
    d.trainPoints = 500;
    r.distance = d;
    ThresholdStats best;
    best.threshold = 0.0123;
    best.precision = 0.8;
    best.recall = 0.75;
    best.f1 = 0.774193548387097;
    r.anomaly = AnomalySummary{AnomalyScore::SquaredError, 0.96875, 0.90625, 32, best};
    CodeActivity a;
    a.samples = 100;
    a.units = 4;
    a.activeFraction = 0.625;
    a.meanAbs = 1.5;
    a.deadUnits = 1;
    a.lifetimeSparsity = 0.375;
    a.populationSparsity = 0.25;
    a.unitMeanActivation = {0.5, 0, 2.25, -0.125};
    r.codeActivity = a;
    r.denoising = NoiseLadder{NoiseKind::SaltAndPepper, {{0.25, 18.5, 21.75}, {0.5, 12.25, 17}}};
    return r;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void aFullReportIsTheGolden() { QCOMPARE(QString::fromStdString(reportJson(fullReport())), golden("report.json")); }

    void whatWasNotMeasuredIsNullUnderTheSameKeys() {
        // An untrained model with no test set and no analysis, like a window that was never run.
        ReportInputs r;
        r.config = presetConfig("undercomplete");
        r.config.epochs = 10;
        r.config.batchSize = 256;
        r.config.threads = 2;
        r.dataset = "mnist";
        r.parameters = 50992;
        const std::string bare = reportJson(r);
        QCOMPARE(QString::fromStdString(bare), golden("report_bare.json"));
        const QJsonObject full = QJsonDocument::fromJson(golden("report.json").toUtf8()).object();
        const QJsonObject empty = QJsonDocument::fromJson(QByteArray::fromStdString(bare)).object();
        QCOMPARE(empty.keys(), full.keys());
        QVERIFY2(ae::test::keyDifferences(empty, full).isEmpty(), qPrintable(ae::test::keyDifferences(empty, full).join("; ")));
    }

    void keyDifferencesNameWhatIsMissingOrExtra() {
        // The check the CLI and window tests rely on must be able to fail.
        QJsonObject report = QJsonDocument::fromJson(golden("report.json").toUtf8()).object();
        QVERIFY(ae::test::keyDifferences(report, report).isEmpty());
        QJsonObject distance = report["distance"].toObject();
        distance.remove("train_knn");
        distance["extra"] = 1;
        report["distance"] = distance;
        QCOMPARE(ae::test::keyDifferences(report, ae::test::goldenReport()),
                 (QStringList{"missing distance.train_knn", "unexpected distance.extra"}));
    }

    void nonFiniteNumbersAreNull() {
        ReportInputs r = fullReport();
        r.test->total = std::numeric_limits<double>::quiet_NaN();
        r.epochs[0].train.total = std::numeric_limits<double>::infinity();
        const QJsonObject j = QJsonDocument::fromJson(QByteArray::fromStdString(reportJson(r))).object();
        QVERIFY(!j.isEmpty());
        QVERIFY(j["test_loss"].isNull());
        QVERIFY(j["epochs"].toArray()[0].toObject()["train_loss"].isNull());
        QCOMPARE(j["test_reconstruction"].toDouble(), 0.15);
    }

    // A sweep's report: per run the value, its readable label and that run's whole report.
    void aSweepReportHoldsEachRunsReport() {
        ReportInputs first = fullReport(), second = fullReport();
        second.config.noise = NoiseKind::Masking;
        const std::string text = sweepReportJson(SweepParameter::NoiseType, {{1, first}, {2, second}});
        const QJsonObject j = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
        QCOMPARE(j.keys(), (QStringList{"parameter", "runs"}));
        QCOMPARE(j["parameter"].toString(), QStringLiteral("noiseType"));
        const QJsonArray runs = j["runs"].toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[1].toObject()["value"].toString(), QStringLiteral("masking"));
        QCOMPARE(runs[1].toObject()["label"].toString(), QStringLiteral("noise masking"));
        QCOMPARE(runs[1].toObject()["config"].toObject()["noise"].toString(), QStringLiteral("masking"));
        for (const QJsonValue& run : runs) {
            QJsonObject report = run.toObject();
            report.remove("value");
            report.remove("label");
            QVERIFY(ae::test::keyDifferences(report, ae::test::goldenReport()).isEmpty());
        }
        const QJsonObject l1 =
            QJsonDocument::fromJson(QByteArray::fromStdString(sweepReportJson(SweepParameter::L1, {{1e-6, first}}))).object();
        QCOMPARE(l1["runs"].toArray()[0].toObject()["value"].toDouble(), 1e-6);
        QCOMPARE(l1["runs"].toArray()[0].toObject()["label"].toString(), QStringLiteral("L1 1e-6"));
    }

    void lossHistoryIsTheGolden() {
        LossBreakdown vae;
        vae.total = 0.5;
        vae.reconstruction = 0.25;
        vae.vaeKl = 0.125;
        vae.distance = 1e-5;
        vae.klSparsity = 0.1;
        const std::vector<BatchLoss> batches{{0.5, loss(0.75, 0.5, 0.25)}, {1.0, vae}, {1.5, loss(0.3, 0.2, 0.1)}};
        const std::vector<EpochResult> epochs{epoch(1, loss(0.625, 0.375, 0.25), loss(0.5, 0.25, 0), 2.5, 200),
                                              epoch(2, loss(0.3, 0.2, 0.1), std::nullopt, 1.125, 400)};
        QCOMPARE(QString::fromStdString(lossHistoryCsv(batches, epochs)), golden("loss_history.csv"));
    }

    void latentCodesAreTheGolden() {
        Matrix codes(3, 3);
        codes << 0.1f, -2.5f, 1e-7f, 3.0f, 0.0f, -0.333333343f, 123456.789f, 1.0f, -1.0f;
        // The third sample has no label (the list is shorter): -1.
        QCOMPARE(QString::fromStdString(latentCsv(codes, {7, 2})), golden("latent_codes.csv"));
    }

    // A VAE's codes are means; its log-variances follow them, one column per code value.
    void vaeLatentCodesCarryTheirLogVariance() {
        Matrix mu(2, 2), logVar(2, 2);
        mu << 0.5f, -1.0f, 2.0f, 0.25f;
        logVar << -3.0f, 0.0f, 30.0f, -0.5f;
        QCOMPARE(QString::fromStdString(latentCsv(mu, {4}, &logVar)),
                 QStringLiteral("index,label,z0,z1,logvar0,logvar1\n0,4,0.5,-1,-3,0\n1,-1,2,0.25,30,-0.5\n"));
        const Matrix narrow(2, 1);
        QVERIFY_THROWS_EXCEPTION(Error, latentCsv(mu, {}, &narrow));
    }

    // The per-point distortion goes last, after any log-variances.
    void latentCodesCarryPerPointDistortion() {
        Matrix mu(2, 1), logVar(2, 1);
        mu << 0.5f, 2.0f;
        logVar << -3.0f, 1.0f;
        PointDistortion points;
        points.k = 10;
        points.trustworthiness = {0.875, 1.0};
        points.continuity = {0.5, 0.9375};
        QCOMPARE(QString::fromStdString(latentCsv(mu, {4, 1}, &logVar, &points)),
                 QStringLiteral("index,label,z0,logvar0,trustworthiness,continuity\n0,4,0.5,-3,0.875,0.5\n1,1,2,1,1,0.9375\n"));
        QCOMPARE(QString::fromStdString(latentCsv(mu, {4, 1}, nullptr, &points)),
                 QStringLiteral("index,label,z0,trustworthiness,continuity\n0,4,0.5,0.875,0.5\n1,1,2,1,0.9375\n"));
        points.continuity.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, latentCsv(mu, {}, nullptr, &points));
    }

    void perSampleErrorsAreTheGolden() {
        const std::vector<double> errors{0.0123, 1e-5, std::numeric_limits<double>::quiet_NaN(), 2.0 / 3.0};
        QCOMPARE(QString::fromStdString(errorsCsv(errors, {1, 7, 1, 4}, {false, true, false})), golden("errors.csv"));
    }
};

QTEST_APPLESS_MAIN(TestReport)
#include "test_report.moc"
