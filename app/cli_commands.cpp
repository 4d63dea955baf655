#include "app/cli_commands.h"

#include "app/cli_files.h"
#include "core/analysis/pca.h"
#include "core/data/dataset.h"
#include "core/export/onnx_export.h"
#include "core/parallel.h"
#include "core/report/report.h"
#include "core/train/evaluation.h"
#include "core/train/layer_plan.h"
#include "core/train/memory_estimate.h"
#include "core/train/model_file.h"
#include "core/train/pca_subspace.h"
#include "core/train/sweep.h"
#include "core/train/trainer.h"
#include "resources/embedded_data.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <optional>
#include <sstream>

namespace ae::cli {

namespace {

// ---- memory -----------------------------------------------------------------------------

// What a run may use: MemAvailable from /proc/meminfo, or AELAB_AVAILABLE_MEMORY_MB when set
// (tests, or a shared machine). Unknown (no /proc): no limit.
std::size_t availableMemoryBytes() {
    bool ok = false;
    const qulonglong mb = qEnvironmentVariable("AELAB_AVAILABLE_MEMORY_MB").toULongLong(&ok);
    if (ok) return static_cast<std::size_t>(mb) * 1024 * 1024;
    QFile meminfo("/proc/meminfo");
    if (!meminfo.open(QIODevice::ReadOnly)) return std::numeric_limits<std::size_t>::max();
    return memAvailableFromMeminfo(meminfo.readAll().toStdString()).value_or(std::numeric_limits<std::size_t>::max());
}

// ---- option parsing helpers -------------------------------------------------------------

void parseOrThrow(QCommandLineParser& parser, const QStringList& arguments) {
    if (!parser.parse(arguments)) throw Error(parser.errorText().toStdString());
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(0);
    }
    if (!parser.positionalArguments().isEmpty())
        throw Error("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
}

double toNumber(const QCommandLineParser& p, const QString& name) {
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw Error("invalid --" + name.toStdString() + " = '" + p.value(name).toStdString() + "': expected a finite number");
    return v;
}

long long toInteger(const QCommandLineParser& p, const QString& name, long long lo, long long hi) {
    bool ok = false;
    const long long v = p.value(name).toLongLong(&ok);
    if (!ok) throw Error("invalid --" + name.toStdString() + " = '" + p.value(name).toStdString() + "': expected a whole number");
    if (v < lo || v > hi)
        throw Error("invalid --" + name.toStdString() + " = " + std::to_string(v) + ": allowed range is [" + std::to_string(lo) +
                    ", " + std::to_string(hi) + "]");
    return v;
}

// A configuration field given on the command line: out of range is refused with the field's own
// range (the one validateHyperparameters applies), also for values no int can hold.
int toField(const QCommandLineParser& p, const QString& name, const char* field, const ValueRange& range) {
    const long long v = toInteger(p, name, std::numeric_limits<long long>::min(), std::numeric_limits<long long>::max());
    if (!range.contains(static_cast<double>(v))) throw OutOfRange(field, static_cast<double>(v), range);
    return static_cast<int>(v);
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::vector<int> parseClassList(const QString& text) {
    std::vector<int> classes;
    for (const QString& part : text.split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int c = part.trimmed().toInt(&ok);
        if (!ok || c < 0) throw Error("invalid --normal = '" + text.toStdString() + "': expected class numbers like 0,3");
        classes.push_back(c);
    }
    if (classes.empty()) throw Error("invalid --normal = '" + text.toStdString() + "': no classes given");
    return classes;
}

void addDataOptions(QCommandLineParser& p) {
    p.addOption({"data", "sample (embedded, default), mnist, fashion, an IDX folder or a CSV file.", "NAME|PATH", "sample"});
    p.addOption({"train-limit", "Use only the first N training samples (0 = all).", "N", "0"});
    p.addOption({"test-limit", "Use only the first N test samples (0 = all).", "N", "0"});
    p.addOption({"normal", "Train only on these classes; the others are anomalies at test time.", "CLASSES"});
    p.addOption({"probe", "Test samples the distance analysis uses (the first N).", "N", "1000"});
    p.addOption({"report", "Write the JSON report here.", "FILE.json"});
    p.addOption({"export-latent",
                 "Write the probe samples' codes as CSV (a VAE: mean and log-variance), then each one's trustworthiness "
                 "and continuity.",
                 "FILE.csv"});
    p.addOption({"export-reconstructions", "Write the probe samples' reconstructions as CSV (the rows of --export-latent).",
                 "FILE.csv"});
    p.addOption({"export-errors", "Write each test sample's anomaly score as CSV (see --anomaly-score).", "FILE.csv"});
    p.addOption({"anomaly-score",
                 QString::fromStdString("How a test sample is scored, from its clean image: " + allowedNames<AnomalyScore>() +
                                        " (squared error per element, the default, or the model's own loss)."),
                 "S", "squared-error"});
    p.addOption({"noise-ladder",
                 "Measure denoising at these noise levels (PSNR of the noisy input and of the output against the clean "
                 "test image); a model trained on noise gets its trained level x0.5, x1, x1.5, x2 without it.",
                 "L1,L2,..."});
    p.addOption({"noise-ladder-type",
                 QString::fromStdString("The ladder's noise: " + allowedNames<NoiseKind>() +
                                        " but not none (default: the model's own, else gaussian)."),
                 "T"});
}

// Which noise ladder a run measures: levels and noise, or none.
struct LadderChoice {
    NoiseKind noise = NoiseKind::Gaussian;
    std::vector<double> levels;
};

// Decided from the options and the model's configuration before any training, so a typo does not
// cost a run. Without --noise-ladder, only a model trained on noise gets a ladder: its own noise
// around its own level.
std::optional<LadderChoice> ladderChoice(const QCommandLineParser& p, const ModelConfig& config) {
    LadderChoice c;
    const bool typeGiven = p.isSet("noise-ladder-type");
    if (typeGiven) {
        c.noise = valueNamed<NoiseKind>(p.value("noise-ladder-type").toStdString(), "--noise-ladder-type");
        if (c.noise == NoiseKind::None)
            throw Error("invalid --noise-ladder-type = 'none': a ladder needs noise (choose " + allowedNames<NoiseKind>() + " but not none)");
    } else if (config.noise != NoiseKind::None) {
        c.noise = config.noise;
    }
    if (p.isSet("noise-ladder")) {
        try {
            c.levels = parseSweepValues(p.value("noise-ladder").toStdString(), SweepParameter::NoiseFactor);
        } catch (const Error& e) {
            throw Error(std::string("invalid --noise-ladder: ") + e.what());
        }
        const ValueRange& range = limits::noiseFactor(c.noise);
        for (const double level : c.levels)
            if (!range.contains(level)) throw OutOfRange("--noise-ladder level (" + nameOf(c.noise) + " noise)", level, range);
        return c;
    }
    if (config.noise != NoiseKind::None && config.noiseFactor > 0 && c.noise == config.noise) {
        c.levels = defaultNoiseLevels(config);
        return c;
    }
    if (typeGiven)
        throw Error("--noise-ladder-type needs --noise-ladder LEVELS (the default ladder surrounds the noise a model was trained on, "
                    "and this one was trained " +
                    (config.noise == NoiseKind::None || config.noiseFactor <= 0 ? std::string("without noise")
                                                                                : "on " + nameOf(config.noise) + " noise") +
                    ")");
    return std::nullopt;
}

struct DataChoice {
    Dataset data;
    std::vector<int> normal;
    Matrix validation;  // the test rows of the normal classes (all of them without --normal)
    int probe = 1000;
    AnomalyScore score = AnomalyScore::SquaredError;
};

DataChoice loadData(const QCommandLineParser& p) {
    DataChoice c;
    const long long trainLimit = toInteger(p, "train-limit", 0, std::numeric_limits<int>::max());
    const long long testLimit = toInteger(p, "test-limit", 0, std::numeric_limits<int>::max());
    c.probe = static_cast<int>(toInteger(p, "probe", 0, 100000));
    c.score = valueNamed<AnomalyScore>(p.value("anomaly-score").toStdString(), "--anomaly-score");
    if (p.isSet("normal")) c.normal = parseClassList(p.value("normal"));
    c.data = openDataset(p.value("data").toStdString());
    if (!c.normal.empty()) {
        if (c.data.classCount() == 0) throw Error("--normal needs labelled data, but " + c.data.name + " has no labels");
        for (int cls : c.normal)
            if (cls >= c.data.classCount())
                throw Error("invalid --normal class " + std::to_string(cls) + ": " + c.data.name + " has classes 0 to " +
                            std::to_string(c.data.classCount() - 1));
        keepTrainingClasses(c.data, c.normal);
    }
    limitTraining(c.data, static_cast<int>(trainLimit));
    limitTest(c.data, static_cast<int>(testLimit));
    c.validation = testRowsOfClasses(c.data, c.normal);
    return c;
}

void checkOutputs(const QCommandLineParser& p) {
    for (const char* option : {"report", "export-latent", "export-reconstructions", "export-errors", "save", "onnx"})
        if (p.optionNames().contains(option) && p.isSet(option))
            requireWritableDestination(p.value(option).toStdString(), (std::string("--") + option).c_str());
}

std::string readTextFile(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw Error("cannot open configuration file " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Checks the configuration against the data. A value that is wrong already in the --config file
// is reported with the file's path: the message names a field, and the person must know whether
// to fix the file or the command line.
void validateForData(const ModelConfig& config, const QCommandLineParser& p, const Dataset& data) {
    auto validate = [&data](const ModelConfig& c) {
        validateConfig(c, data.shape);
        validateBatchSize(c, data.trainX.rows());
    };
    try {
        validate(config);
    } catch (const Error& e) {
        if (!p.isSet("config")) throw;
        const std::string path = p.value("config").toStdString();
        try {
            validate(configFromJson(readTextFile(path), path));
        } catch (const Error& fileError) {
            if (std::string(fileError.what()) == e.what()) throw Error(path + ": " + e.what());
        }
        throw;
    }
}

ModelConfig configFromOptions(const QCommandLineParser& p) {
    ModelConfig c = presetConfig("undercomplete");
    if (p.isSet("config")) {
        const std::string path = p.value("config").toStdString();
        c = configFromJson(readTextFile(path), path);
    }
    if (p.isSet("variant")) c = presetConfig(p.value("variant").toStdString());
    if (p.isSet("variant") && p.isSet("config"))
        throw Error("give either --variant or --config (a configuration file names its own variant)");
    if (p.isSet("latent")) c.latent = toField(p, "latent", "latent", limits::latent);
    if (p.isSet("epochs")) c.epochs = toField(p, "epochs", "epochs", limits::epochs);
    if (p.isSet("batch")) c.batchSize = toField(p, "batch", "batch size", limits::batchSize);
    if (p.isSet("optimizer")) {
        c.optimizer = valueNamed<OptimizerKind>(p.value("optimizer").toStdString(), "--optimizer");
        if (!p.isSet("lr")) c.learningRate = defaultLearningRate(c.optimizer);
    }
    if (p.isSet("lr")) c.learningRate = static_cast<float>(toNumber(p, "lr"));
    if (p.isSet("l1")) c.l1 = static_cast<float>(toNumber(p, "l1"));
    if (p.isSet("noise")) {
        c.noiseFactor = static_cast<float>(toNumber(p, "noise"));
        if (c.noise == NoiseKind::None && c.noiseFactor > 0) c.noise = NoiseKind::Gaussian;
    }
    if (p.isSet("noise-type")) c.noise = valueNamed<NoiseKind>(p.value("noise-type").toStdString(), "--noise-type");
    if (p.isSet("beta")) c.beta = static_cast<float>(toNumber(p, "beta"));
    if (p.isSet("distance-weight")) c.distanceWeight = static_cast<float>(toNumber(p, "distance-weight"));
    if (p.isSet("distance-term"))
        c.distanceTerm = valueNamed<DistanceTerm>(p.value("distance-term").toStdString(), "--distance-term");
    if (p.isSet("seed")) c.seed = static_cast<std::uint64_t>(toInteger(p, "seed", 0, std::numeric_limits<long long>::max()));
    if (p.isSet("threads")) c.threads = toField(p, "threads", "threads", limits::threads);
    return c;
}

// Prints one line per epoch to stderr so stdout stays free for what a script parses.
class ProgressPrinter : public TrainingObserver {
public:
    explicit ProgressPrinter(int totalEpochs) : total_(totalEpochs) {}
    void epochFinished(const EpochResult& e) override {
        std::fprintf(stderr, "epoch %d/%d  train %.5f", e.epoch, total_, e.train.total);
        if (e.hasTest) std::fprintf(stderr, "  test %.5f (reconstruction %.5f)", e.test.total, e.test.reconstruction);
        std::fprintf(stderr, "  %.2f s  %.0f samples/s\n", e.seconds, e.samplesPerSecond);
    }

private:
    int total_;
};

// Measures the model, prints the figures and writes the exports the run asked for (every output
// was checked writable up front); returns the report for the caller to write. `modelFile`: the
// file an eval read the model from.
ReportInputs measureRun(const QCommandLineParser& p, Autoencoder& model, const DataChoice& d, const std::vector<EpochResult>& history,
               std::optional<std::string> modelFile, const std::optional<LadderChoice>& ladder) {
    const Dataset& data = d.data;
    ReportInputs report;
    report.modelFile = std::move(modelFile);
    report.config = model.config();
    report.dataset = data.name;
    report.data = describeData(data, d.normal);
    report.parameters = model.parameterCount();
    report.epochs = history;
    if (d.validation.rows() > 0) {
        const Matrix noisy = validationInputs(model.config(), d.validation);
        report.test = model.evaluate(noisy.rows() > 0 ? noisy : d.validation, d.validation);
        std::printf("test loss %.5f (reconstruction %s %.5f per element%s%s)\n", report.test->total,
                    nameOf(model.config().loss).c_str(), report.test->reconstruction,
                    d.normal.empty() ? "" : ", normal classes only", noisy.rows() > 0 ? ", from the noisy test copy" : "");
    }

    // Is the network worth more than PCA with as many components as its code? Both are judged by
    // per-element MSE on the test set, PCA fitted on the same training data.
    if (data.testX.rows() > 0 && data.trainX.rows() > 1) {
        const int components = std::min<int>(model.codeSize(), static_cast<int>(std::min(data.trainX.rows(), data.trainX.cols())));
        const Pca pca = fitPca(data.trainX, components);
        const double pcaMse = pcaReconstructionMse(pca, data.testX);
        const Matrix& out = model.reconstruct(data.testX);
        const double modelMse = (out - data.testX).cast<double>().squaredNorm() / static_cast<double>(data.testX.size());
        report.reconstructionBaseline = ReconstructionBaseline{components, pcaMse, modelMse};
        std::printf("test MSE per element %.5f (PCA-%d fitted on the training set: %.5f)\n", modelMse, components, pcaMse);
        // The same PCA against the decoder's span: a linear autoencoder should have learnt it.
        if (model.config().architecture == Architecture::Dense && components == model.codeSize()) {
            const PcaSubspace& sub = report.pcaSubspace.emplace(comparePcaSubspace(model, pca, data.testX, out));
            if (!sub.anglesDegrees.empty())
                std::printf("decoder span vs the top-%d principal components: largest principal angle %.2f deg, median %.2f deg%s\n",
                            sub.k, sub.largestAngle(), sub.anglesDegrees[sub.anglesDegrees.size() / 2],
                            sub.exact ? "" : " (the network is not linear: its decoder's weights only)");
        }
    }

    const int probe = std::min<int>(d.probe, static_cast<int>(data.testX.rows()));
    // The probe samples, the first rows of the test set: codes and reconstructions row for row.
    const Matrix probeX = data.testX.topRows(std::max(probe, 0));
    const std::vector<int> probeLabels(data.testY.begin(),
                                       data.testY.begin() + std::min<std::size_t>(data.testY.size(), probeX.rows()));

    // Measured on exactly the rows --export-latent writes, so anyone can recompute it from them.
    const CodeActivity& activity = report.codeActivity.emplace(measureCodeActivity(model, probeX));
    std::printf("code on %lld probe samples: %.4f of the values active (|z| > %g), mean |z| %.4g, %d of %d units dead, "
                "Hoyer sparsity lifetime %.3f population %.3f\n",
                activity.samples, activity.activeFraction, activity.epsilon, activity.meanAbs, activity.deadUnits, activity.units,
                activity.lifetimeSparsity, activity.populationSparsity);
    if (activity.samples > 0 && activity.deadUnits == activity.units)
        std::fprintf(stderr, "warning: the code is dead: no unit exceeds |z| = %g on any probe sample\n", activity.epsilon);

    if (ladder && d.validation.rows() > 0) {
        // Seeded as the validation copy (validationInputs): at a noisy model's own noise and level
        // the ladder's noisy images are the ones its test loss was measured on.
        const NoiseLadder& l = report.denoising.emplace(noiseLadder(model, d.validation, ladder->noise, ladder->levels, model.config().seed + 1));
        for (const NoiseLevelResult& r : l.levels)
            std::printf("denoising %s %g: PSNR noisy %.2f dB, output %.2f dB (gain %+.2f dB)\n", nameOf(l.noise).c_str(), r.level,
                        r.psnrNoisy, r.psnrOutput, r.gain());
    }

    if (probe >= kMinProbe) {
        const DistanceReport& dist = report.distance.emplace(analyseDistances(model, data.testX, probe, &data.trainX));
        std::printf("distances on %d probe samples: spearman %.3f  stress %.3f  trustworthiness %.3f  R_NX AUC %.3f  "
                    "(pca %.3f/%.3f/%.3f/%.3f, mds %.3f/%.3f/%.3f/%.3f)\n",
                    dist.probe, dist.model.spearman, dist.model.stress, dist.model.trustworthiness, dist.modelQuality.auc,
                    dist.pca.spearman, dist.pca.stress, dist.pca.trustworthiness, dist.pcaQuality.auc, dist.mds.spearman,
                    dist.mds.stress, dist.mds.trustworthiness, dist.mdsQuality.auc);
    }

    std::vector<double> errors;
    std::vector<bool> anomalous(static_cast<std::size_t>(data.testX.rows()), false);
    if (!d.normal.empty()) {
        AnomalyReport a = analyseAnomalies(model, data.trainX, data.testX, data.testY, d.normal, d.score);
        report.anomaly = AnomalySummary{a.score, a.roc.auc, a.pcaRoc.auc, a.pcaComponents, a.bestF1};
        std::printf("anomaly detection by %s: AUC %.4f (PCA-%d %.4f), best F1 %.3f at score %.5f\n", nameOf(a.score).c_str(),
                    a.roc.auc, a.pcaComponents, a.pcaRoc.auc, a.bestF1.f1, a.bestF1.threshold);
        errors = std::move(a.errors);
        anomalous = std::move(a.anomalous);
    } else if (p.isSet("export-errors")) {
        errors = anomalyScores(model, data.testX, d.score);
    }

    if (p.isSet("export-latent")) {
        Matrix logVariances;
        const bool variational = model.config().variational;
        const Matrix& codes = model.encode(probeX, variational ? &logVariances : nullptr);
        writeTextFile(p.value("export-latent").toStdString(),
                      latentCsv(codes, probeLabels, variational ? &logVariances : nullptr,
                                report.distance ? &report.distance->modelPoints : nullptr));
    }
    if (p.isSet("export-reconstructions"))
        writeTextFile(p.value("export-reconstructions").toStdString(), reconstructionsCsv(model.reconstruct(probeX), probeLabels));
    if (p.isSet("export-errors")) writeTextFile(p.value("export-errors").toStdString(), errorsCsv(errors, data.testY, anomalous));
    return report;
}

void writeReport(const QCommandLineParser& p, const ReportInputs& report) {
    if (p.isSet("report")) writeTextFile(p.value("report").toStdString(), reportJson(report));
}

// The options that choose and train a model, shared by train and sweep.
void addModelOptions(QCommandLineParser& p) {
    p.addOption({"config", "Start from this JSON configuration.", "FILE.json"});
    p.addOption({"variant", QString::fromStdString("Preset: " + joined(presetNames()) + "."), "V"});
    p.addOption({"latent", "Code width (dense variants).", "N"});
    p.addOption({"epochs", "Epochs to train.", "E"});
    p.addOption({"batch", "Mini-batch size.", "B"});
    p.addOption({"optimizer", QString::fromStdString("One of " + allowedNames<OptimizerKind>() + "."), "O"});
    p.addOption({"lr", "Learning rate (default: the optimiser's Keras default).", "X"});
    p.addOption({"l1", "L1 activity penalty on the code.", "X"});
    p.addOption({"noise", "Corruption factor (denoising; gaussian unless --noise-type).", "X"});
    p.addOption({"noise-type", QString::fromStdString("One of " + allowedNames<NoiseKind>() + "."), "T"});
    p.addOption({"beta", "Weight of the VAE's KL term.", "X"});
    p.addOption({"distance-weight", "Weight of the pairwise-distance term.", "X"});
    p.addOption({"distance-term", QString::fromStdString("What the distance term scores: one of " + allowedNames<DistanceTerm>() +
                                                         " (mean-normalised distances, or the batch's stress-1)."),
                 "T"});
    p.addOption({"seed", "Random seed (same seed and threads => same losses).", "S"});
    p.addOption({"threads", "Training threads (products, convolutions, optimiser step).", "T"});
}

// Refuses, before anything is trained, a configuration the data or the machine cannot take.
void checkTrainable(const ModelConfig& config, const QCommandLineParser& p, const Dataset& data) {
    validateForData(config, p, data);  // before the memory estimate, which assumes a valid batch size
    refuseIfTooLarge(config, data.shape, data.trainX.rows(), availableMemoryBytes());
}

} // namespace

int runTrain(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription("Train an autoencoder variant and report how it did.");
    p.addHelpOption();
    addModelOptions(p);
    p.addOption({"save", "Save the trained model here.", "MODEL"});
    addDataOptions(p);
    parseOrThrow(p, arguments);

    const ModelConfig config = configFromOptions(p);
    const std::optional<LadderChoice> ladder = ladderChoice(p, config);
    checkOutputs(p);
    DataChoice d = loadData(p);
    checkTrainable(config, p, d.data);
    Autoencoder model(config, d.data.shape);
    Trainer trainer(model, d.data.trainX, d.validation);
    std::fprintf(stderr, "training %s (%zu parameters) on %s: %lld samples, %d epochs\n", config.variant.c_str(),
                 model.parameterCount(), d.data.name.c_str(), static_cast<long long>(d.data.trainX.rows()), config.epochs);
    ProgressPrinter printer(config.epochs);
    trainer.run(config.epochs, &printer);

    if (p.isSet("save")) saveModel(p.value("save").toStdString(), model, trainer.history(), d.data.name);
    writeReport(p, measureRun(p, model, d, trainer.history(), std::nullopt, ladder));
    return 0;
}

int runSweep(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription("Train the same configuration once per value of one parameter and report every run.");
    p.addHelpOption();
    std::string keys;
    for (const SweepParameterInfo& info : sweepParameters()) keys += (keys.empty() ? "" : ", ") + info.key;
    p.addOption({"param",
                 QString::fromStdString("The parameter and its values, as the window's --sweep takes them: NAME=V1,V2,... "
                                        "with NAME one of " + keys + " (noiseType takes names: " + allowedNames<NoiseKind>() + ")."),
                 "NAME=V1,V2,..."});
    addModelOptions(p);
    addDataOptions(p);
    parseOrThrow(p, arguments);
    for (const char* option : {"export-latent", "export-reconstructions", "export-errors"})
        if (p.isSet(option))
            throw Error(std::string("sweep writes one report (--report) for all its runs; --") + option +
                        " belongs to train (run it with the value you want to look at)");
    if (!p.isSet("param")) throw Error("sweep needs --param NAME=V1,V2,..., e.g. --param l1=1e-8,1e-6,1e-4");

    SweepPlan plan;
    const QString spec = p.value("param");
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    try {
        if (eq <= 0) throw Error("expected NAME=V1,V2,..., e.g. l1=1e-8,1e-6,1e-4");
        plan.parameter = sweepParameterFromKey(spec.left(eq).trimmed().toStdString());
        plan.values = parseSweepValues(spec.mid(eq + 1).toStdString(), plan.parameter);
    } catch (const Error& e) {
        throw Error("invalid --param = '" + spec.toStdString() + "': " + e.what());
    }
    plan.base = configFromOptions(p);
    checkOutputs(p);
    DataChoice d = loadData(p);
    // Every run is checked before the first one starts: a bad last value must not cost the others.
    const std::vector<ModelConfig> configs = sweepConfigs(plan, d.data.shape);
    std::vector<std::optional<LadderChoice>> ladders;
    for (const ModelConfig& config : configs) {
        checkTrainable(config, p, d.data);
        ladders.push_back(ladderChoice(p, config));
    }

    std::vector<SweepRunReport> runs;
    for (std::size_t k = 0; k < configs.size(); ++k) {
        const ModelConfig& config = configs[k];
        const std::string label = sweepReadableLabel(plan.parameter, plan.values[k]);
        Autoencoder model(config, d.data.shape);
        Trainer trainer(model, d.data.trainX, d.validation);
        std::fprintf(stderr, "run %zu of %zu: %s (%s, %zu parameters), %d epochs\n", k + 1, configs.size(), label.c_str(),
                     config.variant.c_str(), model.parameterCount(), config.epochs);
        std::printf("run %zu of %zu: %s\n", k + 1, configs.size(), label.c_str());
        ProgressPrinter printer(config.epochs);
        try {
            trainer.run(config.epochs, &printer);
        } catch (const Error& e) {
            throw Error("sweep run " + std::to_string(k + 1) + " of " + std::to_string(configs.size()) + " (" + label + "): " + e.what());
        }
        runs.push_back({plan.values[k], measureRun(p, model, d, trainer.history(), std::nullopt, ladders[k])});
    }
    if (p.isSet("report")) writeTextFile(p.value("report").toStdString(), sweepReportJson(plan.parameter, runs));
    return 0;
}

int runEval(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription("Evaluate a saved model on a dataset.");
    p.addHelpOption();
    p.addOption({"model", "The model file written by 'train --save'.", "MODEL"});
    addDataOptions(p);
    parseOrThrow(p, arguments);
    if (!p.isSet("model")) throw Error("eval needs --model MODEL");
    checkOutputs(p);
    SavedModel saved = loadModel(p.value("model").toStdString());
    const std::optional<LadderChoice> ladder = ladderChoice(p, saved.model->config());
    DataChoice d = loadData(p);
    if (!(d.data.shape == saved.model->inputShape()))
        throw Error("the model expects " + saved.model->inputShape().str() + " samples but " + d.data.name + " has " +
                    d.data.shape.str());
    writeReport(p, measureRun(p, *saved.model, d, saved.history, p.value("model").toStdString(), ladder));
    return 0;
}

int runExport(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription("Export a saved model as ONNX (opset 13): inputs are pixel values / 255, channels-first, "
                                "flattened; the reconstruction includes the output activation.");
    p.addHelpOption();
    p.addOption({"model", "The model file written by 'train --save'.", "MODEL"});
    p.addOption({"onnx", "Write the ONNX model here.", "FILE.onnx"});
    p.addOption({"part", QString::fromStdString("What to export: " + allowedNames<OnnxPart>() + "."), "PART", "full"});
    parseOrThrow(p, arguments);
    if (!p.isSet("model")) throw Error("export needs --model MODEL");
    if (!p.isSet("onnx")) throw Error("export needs --onnx FILE.onnx");
    const OnnxPart part = valueNamed<OnnxPart>(p.value("part").toStdString(), "--part");
    checkOutputs(p);
    const SavedModel saved = loadModel(p.value("model").toStdString());
    saveOnnxModel(p.value("onnx").toStdString(), *saved.model, part);
    std::printf("wrote %s (%s of the %s model, %zu parameters)\n", qPrintable(p.value("onnx")), nameOf(part).c_str(),
                saved.model->config().variant.c_str(), saved.model->parameterCount());
    return 0;
}

int runData(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription("Show what a dataset holds and where it came from.");
    p.addHelpOption();
    p.addOption({"data", "sample (embedded, default), mnist, fashion, an IDX folder or a CSV file.", "NAME|PATH", "sample"});
    parseOrThrow(p, arguments);
    const Dataset d = openDataset(p.value("data").toStdString());
    std::printf("dataset  %s\n", d.name.c_str());
    std::printf("train    %lld samples\n", static_cast<long long>(d.trainX.rows()));
    std::printf("test     %lld samples\n", static_cast<long long>(d.testX.rows()));
    std::printf("shape    %d x %d x %d (%d values per sample)\n", d.shape.c, d.shape.h, d.shape.w, d.shape.size());
    std::string classes;
    for (const auto& c : d.classNames) classes += (classes.empty() ? "" : ", ") + c;
    std::printf("classes  %d%s%s\n", d.classCount(), classes.empty() ? " (unlabelled)" : ": ", classes.c_str());
    for (const auto& f : d.files) std::printf("file     %s\n", f.c_str());
    return 0;
}

int runSummary(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription("Print a variant's layers, output shapes and parameter counts.");
    p.addHelpOption();
    p.addOption({"variant", "Preset name.", "V", "undercomplete"});
    p.addOption({"config", "A JSON configuration instead of a preset.", "FILE.json"});
    p.addOption({"latent", "Code width (dense variants).", "N"});
    parseOrThrow(p, arguments);
    ModelConfig c = p.isSet("config") ? configFromJson(readTextFile(p.value("config").toStdString()), p.value("config").toStdString())
                                      : presetConfig(p.value("variant").toStdString());
    if (p.isSet("latent")) c.latent = toField(p, "latent", "latent", limits::latent);
    const Shape input{1, 28, 28};
    const LayerPlan plan = planLayers(c, input);
    auto shapeText = [](const Shape& s) {
        if (s.h == 1 && s.w == 1) return "(None, " + std::to_string(s.c * s.h * s.w) + ")";
        return "(None, " + std::to_string(s.c) + ", " + std::to_string(s.h) + ", " + std::to_string(s.w) + ")";
    };
    auto withCommas = [](std::size_t v) {
        const std::string digits = std::to_string(v);
        std::string s;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) s += ',';
            s += digits[i];
        }
        return s;
    };
    const std::string rule(78, '_'), doubleRule(78, '=');
    std::printf("Model: \"%s\"  (input %s, channels first)\n%s\n", c.variant.c_str(), input.str().c_str(), rule.c_str());
    std::printf("%-34s %-22s %-12s %8s\n%s\n", "Layer (type)", "Output Shape", "Activation", "Param #", doubleRule.c_str());
    const std::string inputShape =
        c.architecture == Architecture::Dense ? "(None, " + std::to_string(input.size()) + ")" : shapeText(input);
    std::printf("%-34s %-22s %-12s %8s\n", "input (InputLayer)", inputShape.c_str(), "", "0");
    for (const LayerSpec& layer : plan.layers) {
        const std::string name = layer.name + " (" + nameOf(layer.kind) + ")" + (layer.part == NetworkPart::Code ? " *" : "");
        std::printf("%-34s %-22s %-12s %8s\n", name.c_str(), shapeText(layer.output).c_str(), layer.activationLabel.c_str(),
                    withCommas(layer.params).c_str());
    }
    std::printf("%s\nTotal params: %s\nTrainable params: %s\nNon-trainable params: 0\n", doubleRule.c_str(),
                withCommas(plan.parameters).c_str(), withCommas(plan.parameters).c_str());
    std::printf("(* the code: %d values per sample)\n", plan.code.size());
    return 0;
}

} // namespace ae::cli
