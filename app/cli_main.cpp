// aelab-cli: the headless twin of the window, for scripts, tests and benchmarks.
#include "app/cli_commands.h"
#include "core/common.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <exception>
#include <malloc.h>

namespace {

const char* kUsage =
    "usage: aelab-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  train    train a variant and report its losses, distances and anomaly scores\n"
    "  sweep    train once per value of one parameter and report every run\n"
    "  eval     evaluate a saved model on a dataset\n"
    "  data     show what a dataset holds and where it was read from\n"
    "  summary  print a variant's layer table and parameter count\n"
    "  bench    time training epochs of the presets (samples/s, GFLOP/s, memory)\n"
    "  export   write a saved model as ONNX (encoder, decoder or both)\n"
    "\n"
    "Run 'aelab-cli <command> --help' for a command's options.\n";

} // namespace

int main(int argc, char** argv) {
    // Keep freed activation and GEMM buffers in the heap instead of returning them to the kernel:
    // on these VMs every fresh page costs a fault of several microseconds, paid again each batch.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("aelab-cli");
    QCoreApplication::setApplicationVersion(ae::kVersion);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == "--help" || args[1] == "-h" || args[1] == "help") {
        std::fputs(kUsage, args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == "--version") {
        std::printf("aelab-cli %s\n", ae::kVersion);
        return 0;
    }
    const QString command = args[1];
    QStringList rest = args;
    rest.removeAt(1);  // QCommandLineParser expects the program name first
    try {
        if (command == "train") return ae::cli::runTrain(rest);
        if (command == "sweep") return ae::cli::runSweep(rest);
        if (command == "eval") return ae::cli::runEval(rest);
        if (command == "data") return ae::cli::runData(rest);
        if (command == "summary") return ae::cli::runSummary(rest);
        if (command == "bench") return ae::cli::runBench(rest);
        if (command == "export") return ae::cli::runExport(rest);
        std::fprintf(stderr, "aelab-cli: unknown command '%s' (train, sweep, eval, data, summary, bench, export)\n", qPrintable(command));
        return 2;
    } catch (const ae::Error& e) {
        std::fprintf(stderr, "aelab-cli: %s\n", e.what());
        return 2;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "aelab-cli: out of memory: the requested network or data does not fit\n");
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "aelab-cli: internal error: %s\n", e.what());
        return 1;
    }
}
