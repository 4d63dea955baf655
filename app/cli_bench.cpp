// aelab-cli bench: times training epochs of the presets so speed is measured, not guessed.
#include "app/cli_commands.h"

#include "core/nn/gemm.h"
#include "core/parallel.h"
#include "core/train/trainer.h"
#include "resources/embedded_data.h"

#include <QCommandLineParser>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace ae::cli {

namespace {

// Multiply-accumulates of one forward pass per sample; training costs about 3x (forward,
// input gradient, weight gradient), as the PyTorch reference's flops.py counts.
double forwardMacsPerSample(const Autoencoder& model) {
    double macs = 0;
    for (const LayerSpec& row : model.plan().layers) {
        if (row.kind == LayerKind::Dense) macs += static_cast<double>(row.params - row.output.size());
        else if (row.kind == LayerKind::Conv2D) {
            const double weights = static_cast<double>(row.params - static_cast<std::size_t>(row.output.c));
            macs += weights * row.output.h * row.output.w;
        }
    }
    return macs;
}

long peakResidentKiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

// What this machine's cores reach on the product training is made of (the deep preset's first
// layer, a 256-sample batch: 256 x 784 x 128), with the kernel the dense layers use. Each
// preset's GFLOP/s is shown as a share of it, so the distance to the GEMM-bound floor is read
// against this machine, not against figures taken on another CPU.
double measureGemmRate(int threads) {
    constexpr Eigen::Index kRows = 256, kDepth = 784, kCols = 128;
    const Matrix a = Matrix::Random(kRows, kDepth);
    const Matrix b = Matrix::Random(kDepth, kCols);
    Matrix c(kRows, kCols);
    auto product = [&] { multiply(kRows, kCols, kDepth, asStrided(a), asStrided(b), c.data(), kCols, Accumulate::No, threads); };
    for (int i = 0; i < 5; ++i) product();
    // The best of five short rounds: on a shared machine a round can lose its core for a while,
    // and the rate asked for here is what the core can do, not what it did under interruption.
    using Clock = std::chrono::steady_clock;
    double best = 0;
    for (int round = 0; round < 5; ++round) {
        const auto start = Clock::now();
        long calls = 0;
        double seconds = 0;
        do {
            for (int i = 0; i < 10; ++i) product();
            calls += 10;
            seconds = std::chrono::duration<double>(Clock::now() - start).count();
        } while (seconds < 0.1);
        best = std::max(best, 2.0 * kRows * kDepth * kCols * static_cast<double>(calls) / seconds / 1e9);
    }
    return best;
}

} // namespace

int runBench(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription("Time training epochs of presets: epoch seconds, samples/s, GFLOP/s (also as a share of this machine's GEMM rate), peak memory.");
    p.addHelpOption();
    p.addOption({"variants", "Comma-separated presets.", "LIST", "undercomplete,deep,conv,denoising"});
    p.addOption({"data", "Dataset (mnist for comparable figures).", "NAME|PATH", "sample"});
    p.addOption({"epochs", "Timed epochs per preset (after one warm-up epoch).", "E", "3"});
    p.addOption({"threads", "Threads.", "T", "2"});
    p.addOption({"train-limit", "Use only the first N training samples (0 = all).", "N", "0"});
    if (!p.parse(arguments)) throw Error(p.errorText().toStdString());
    if (p.isSet("help")) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return 0;
    }
    bool ok = false;
    const int epochs = p.value("epochs").toInt(&ok);
    if (!ok || epochs < 1 || epochs > 1000) throw Error("invalid --epochs = '" + p.value("epochs").toStdString() + "': 1 to 1000");
    const int threads = p.value("threads").toInt(&ok);
    if (!ok || threads < 1 || threads > 256) throw Error("invalid --threads = '" + p.value("threads").toStdString() + "': 1 to 256");
    const int limit = p.value("train-limit").toInt(&ok);
    if (!ok || limit < 0) throw Error("invalid --train-limit = '" + p.value("train-limit").toStdString() + "'");

    Dataset data = openDataset(p.value("data").toStdString());
    limitTraining(data, limit);
    const Matrix noTest;
    // CPU seconds sit beside wall seconds because this machine is shared: under load the wall
    // clock measures the neighbours as much as the code, while process CPU time per epoch (one
    // thread) stays comparable between runs and with PyTorch's own-cores figure.
    const double gemmRate = measureGemmRate(threads);
    std::printf("GEMM rate %.1f GFLOP/s (256 x 784 x 128 products, %d thread%s)\n", gemmRate, threads,
                threads == 1 ? "" : "s");
    std::printf("%-14s %6s %10s %9s %12s %9s %7s %10s %10s\n", "variant", "batch", "epoch s", "cpu s", "samples/s",
                "GFLOP/s", "% GEMM", "train loss", "peak MiB");
    for (const QString& name : p.value("variants").split(',', Qt::SkipEmptyParts)) {
        ModelConfig c = presetConfig(name.trimmed().toStdString());
        c.threads = threads;
        Autoencoder model(c, data.shape);
        Trainer trainer(model, data.trainX, noTest);
        trainer.run(1);  // warm-up: first-touch of buffers, optimiser state
        const std::clock_t cpuStart = std::clock();
        trainer.run(epochs);
        const double cpuPerEpoch = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / epochs;
        std::vector<double> seconds;
        for (std::size_t i = 1; i < trainer.history().size(); ++i) seconds.push_back(trainer.history()[i].seconds);
        std::nth_element(seconds.begin(), seconds.begin() + static_cast<long>(seconds.size() / 2), seconds.end());
        const double median = seconds[seconds.size() / 2];
        const double samplesPerSecond = static_cast<double>(data.trainX.rows()) / median;
        const double gflops = samplesPerSecond * forwardMacsPerSample(model) * 2.0 * 3.0 / 1e9;
        std::printf("%-14s %6d %10.3f %9.3f %12.0f %9.1f %7.0f %10.5f %10.1f\n", c.variant.c_str(), c.batchSize, median,
                    cpuPerEpoch, samplesPerSecond, gflops, 100.0 * gflops / gemmRate, trainer.history().back().train.total,
                    static_cast<double>(peakResidentKiB()) / 1024.0);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace ae::cli
