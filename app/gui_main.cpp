// aelab: the desktop laboratory. `aelab [--variant V] [--data D] [--config FILE] [--train] [--lang L]
// [--sweep P=V1,V2,…] [--poster FILE]` opens with that choice; --train starts training at once and
// --sweep a sweep (demos, lessons, screenshots); --poster writes the poster when that ends.
// SIGTERM and SIGINT quit as File > Quit does: a run in progress is stopped and recorded first.
#include "core/version.h"
#include "ui/window/language.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/responsiveness_probe.h"
#include "ui/window/termination_signals.h"
#include "ui/export/session_exports.h"
#include "ui/sweep/sweep_controller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    // Keep freed activation and GEMM buffers in the heap instead of returning them to the kernel
    // (each fresh page costs a fault, paid again every batch).
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    // --help and --version open no window, so they must work where there is no display (a
    // terminal over ssh, a package build): Qt would abort looking for one.
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("aelab"));
    QCoreApplication::setApplicationName(QStringLiteral("aelab"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ae::kVersion));
    // Before the parser and any widget, so --help and every label come out translated. --lang
    // is read ahead of the parser for that reason; it overrides the saved choice for this run.
    QString language = ae::languageSetting();
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang="))) language = args[i].mid(7);
    }
    ae::installTranslators(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A desktop laboratory for autoencoders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption variant(QStringLiteral("variant"),
                                     QCoreApplication::translate("main", "Start from preset V (undercomplete, sparse, deep, conv, "
                                                                         "denoising, vae, distance, linear)."),
                                     QStringLiteral("V"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QCoreApplication::translate("main", "Dataset: sample, mnist, fashion, an IDX folder or a CSV file."),
                                  QStringLiteral("D"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("main", "Load a configuration JSON file (applied after --variant)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption train(QStringLiteral("train"), QCoreApplication::translate("main", "Start training at once."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Interface language for this run: system, en or ja."),
                                  QStringLiteral("L"));
    const QCommandLineOption normal(QStringLiteral("normal"),
                                    QCoreApplication::translate("main", "Normal classes for anomaly detection, e.g. 0 or 0,3: "
                                                                        "train only on them (applied after --data)."),
                                    QStringLiteral("CLASSES"));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     QCoreApplication::translate("main", "Benchmark: train for SECONDS with every view live, print the "
                                                                         "window's throughput, frame gaps and snapshot costs, then quit "
                                                                         "(implies --train)."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption sweep(QStringLiteral("sweep"),
                                   QCoreApplication::translate("main", "Start a sweep at once, e.g. l1=1e-8,1e-6,1e-4 "
                                                                       "(one run per value, from the configuration)."),
                                   QStringLiteral("P=VALUES"));
    const QCommandLineOption poster(QStringLiteral("poster"),
                                    QCoreApplication::translate("main", "Write the poster of all views to FILE.png when "
                                                                        "the training or sweep started here ends."),
                                    QStringLiteral("FILE"));
    parser.addOptions({variant, data, config, train, lang, normal, sweep, poster, measure});
    parser.process(app);

    const ae::TerminationSignals terminationSignals;  // before the window, which opens the runs history
    ae::MainWindow window;
    bool ok = true;
    if (parser.isSet(variant)) ok = window.applyVariant(parser.value(variant)) && ok;
    if (parser.isSet(config)) ok = window.loadConfiguration(parser.value(config)) && ok;
    if (parser.isSet(data)) window.applyData(parser.value(data));
    if (parser.isSet(normal)) {
        std::vector<int> classes;
        for (const QString& part : parser.value(normal).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool isNumber = false;
            const int c = part.trimmed().toInt(&isNumber);
            if (isNumber && c >= 0) classes.push_back(c);
        }
        if (classes.empty()) {
            std::fprintf(stderr, "aelab: invalid --normal '%s': expected class numbers like 0,3\n", qPrintable(parser.value(normal)));
            return 2;
        }
        window.dataPanel()->setNormalClasses(classes);
    }
    ae::SweepPlan plan;
    if (parser.isSet(sweep)) {
        const QString spec = parser.value(sweep);
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        try {
            if (eq <= 0) throw ae::Error("expected PARAMETER=VALUES, e.g. l1=1e-8,1e-6,1e-4");
            plan.parameter = ae::sweepParameterFromKey(spec.left(eq).trimmed().toStdString());
            plan.values = ae::parseSweepValues(spec.mid(eq + 1).toStdString(), plan.parameter);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "aelab: invalid --sweep '%s': %s\n", qPrintable(spec), e.what());
            return 2;
        }
    }
    double measureSeconds = 0;
    if (parser.isSet(measure)) {
        bool isNumber = false;
        measureSeconds = parser.value(measure).toDouble(&isNumber);
        if (!isNumber || !(measureSeconds >= 5 && measureSeconds <= 3600)) {
            std::fprintf(stderr, "aelab: invalid --measure '%s': expected seconds from 5 to 3600\n", qPrintable(parser.value(measure)));
            return 2;
        }
        if (!ok || parser.isSet(sweep)) {
            std::fprintf(stderr, "aelab: --measure needs a valid --variant/--config and --data, and no --sweep\n");
            return 2;
        }
    }
    if (parser.isSet(poster)) {
        const QString path = parser.value(poster);
        auto write = [&window, path] {
            QString error;
            if (!window.exports()->exportPoster(path, &error)) std::fprintf(stderr, "aelab: %s\n", qPrintable(error));
        };
        if (parser.isSet(sweep)) QObject::connect(window.sweepController(), &ae::SweepController::finished, &window, write);
        else QObject::connect(window.session(), &ae::TrainingSession::finished, &window, write);
    }
    window.show();
    // After show(), so the first progress lands in a window that is already on screen; not when
    // an option failed, so the person reads the message before anything runs; and once the data
    // has loaded (on a worker thread, with the window already responsive).
    const bool startSweep = parser.isSet(sweep) && ok;
    const bool startTraining = !parser.isSet(sweep) && (parser.isSet(train) || measureSeconds > 0) && ok;
    auto begin = [&window, plan, startSweep, startTraining, measureSeconds]() mutable {
        if (measureSeconds > 0 && !window.dataPanel()->dataset()) {
            std::fprintf(stderr, "aelab: --measure needs data that loads: %s\n", qPrintable(window.dataPanel()->errorText()));
            QCoreApplication::exit(2);
            return;
        }
        if (startSweep) {
            plan.base = window.modelPanel()->config();
            window.startSweep(plan);
        } else if (startTraining) {
            window.startTraining();
        }
        if (measureSeconds > 0) {
            // The first fifth is warm-up (first-touch page faults, buffer growth), as bench's first epoch.
            auto* probe = new ae::ResponsivenessProbe(window.session(), window.dataPanel()->dataset()->trainX.rows(),
                                                      measureSeconds / 5, &window);
            QTimer::singleShot(static_cast<int>(measureSeconds * 1000), &window, [probe, &window] {
                std::fputs(qPrintable(ae::ResponsivenessProbe::format(probe->report())), stdout);
                std::fflush(stdout);
                window.close();
            });
        }
    };
    if (window.dataPanel()->isLoading())
        QObject::connect(window.dataPanel(), &ae::DataPanel::loadFinished, &window, begin, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, &window, begin);
    return app.exec();
}
