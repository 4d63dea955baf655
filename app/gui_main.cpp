// aelab: the desktop laboratory. `aelab [--variant V] [--data D] [--config FILE] [--train] [--lang L]`
// opens with that choice; --train starts training at once (demos, lessons, screenshots).
#include "ui/language.h"
#include "ui/data_panel.h"
#include "ui/main_window.h"
#include "ui/responsiveness_probe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <vector>

int main(int argc, char** argv) {
    // Eigen's OpenMP workers sleep instead of spinning between the small GEMMs of a batch: a
    // spinning worker takes a core from the GUI thread and from the rest of a busy machine.
    // Must be set before the OpenMP runtime starts; a value the user set wins.
    setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
    // Keep freed activation and GEMM buffers in the heap instead of returning them to the kernel
    // (each fresh page costs a fault, paid again every batch).
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("aelab"));
    QCoreApplication::setApplicationName(QStringLiteral("aelab"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
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
    parser.addOptions({variant, data, config, train, lang, normal, measure});
    parser.process(app);

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
    double measureSeconds = 0;
    if (parser.isSet(measure)) {
        bool isNumber = false;
        measureSeconds = parser.value(measure).toDouble(&isNumber);
        if (!isNumber || !(measureSeconds >= 5 && measureSeconds <= 3600)) {
            std::fprintf(stderr, "aelab: invalid --measure '%s': expected seconds from 5 to 3600\n", qPrintable(parser.value(measure)));
            return 2;
        }
        if (!ok || !window.dataPanel()->dataset()) {
            std::fprintf(stderr, "aelab: --measure needs a valid --variant/--config and --data\n");
            return 2;
        }
    }
    window.show();
    // After show(), so the first progress lands in a window that is already on screen; not when
    // an option failed, so the person reads the message before anything runs.
    if ((parser.isSet(train) || measureSeconds > 0) && ok) QTimer::singleShot(0, &window, &ae::MainWindow::startTraining);
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
    return app.exec();
}
