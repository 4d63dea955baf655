// aelab: the desktop laboratory. `aelab [--variant V] [--data D] [--config FILE] [--train]`
// opens with that choice; --train starts training at once (demos, lessons, screenshots).
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("aelab"));
    QCoreApplication::setApplicationName(QStringLiteral("aelab"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

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
    parser.addOptions({variant, data, config, train});
    parser.process(app);

    ae::MainWindow window;
    bool ok = true;
    if (parser.isSet(variant)) ok = window.applyVariant(parser.value(variant)) && ok;
    if (parser.isSet(config)) ok = window.loadConfiguration(parser.value(config)) && ok;
    if (parser.isSet(data)) window.applyData(parser.value(data));
    window.show();
    // After show(), so the first progress lands in a window that is already on screen; not when
    // an option failed, so the person reads the message before anything runs.
    if (parser.isSet(train) && ok) QTimer::singleShot(0, &window, &ae::MainWindow::startTraining);
    return app.exec();
}
