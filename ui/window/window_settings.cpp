#include "ui/window/window_settings.h"

#include "ui/panels/data_panel.h"
#include "ui/panels/model_panel.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace ae {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kConfig = QStringLiteral("model/config");
const QString kData = QStringLiteral("data/spec");
const QString kImageSize = QStringLiteral("data/imageSize");
const QString kNormal = QStringLiteral("data/normalClasses");

} // namespace

void restoreWindowSettings(QMainWindow& window, ModelPanel& model, DataPanel& data, int layoutVersion) {
    QSettings settings;
    const QString config = settings.value(kConfig).toString();
    if (!config.isEmpty()) {
        try {
            model.setConfig(configFromJson(config.toStdString(), "the saved settings"));
        } catch (const std::exception&) {
            // A setting from an older aelab: keep the default preset rather than nag.
        }
    }
    data.setImageSize(settings.value(kImageSize, 28).toInt());
    data.setSpec(settings.value(kData, QStringLiteral("sample")).toString());
    std::vector<int> normal;
    for (const QVariant& v : settings.value(kNormal).toList()) normal.push_back(v.toInt());
    if (!normal.empty()) data.setNormalClasses(normal);
    if (settings.contains(kGeometry)) window.restoreGeometry(settings.value(kGeometry).toByteArray());
    else {
        // First start: roomy, but never larger than the screen (a laptop's 1280×800 included).
        QSize size(1600, 1000);
        if (const QScreen* screen = window.screen()) size = size.boundedTo(screen->availableGeometry().size());
        window.resize(size);
    }
    if (settings.contains(kState)) window.restoreState(settings.value(kState).toByteArray(), layoutVersion);
}

void saveWindowSettings(const QMainWindow& window, const ModelPanel& model, const DataPanel& data, int layoutVersion) {
    QSettings settings;
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState(layoutVersion));
    settings.setValue(kConfig, QString::fromStdString(configToJson(model.config())));
    settings.setValue(kData, data.spec());
    settings.setValue(kImageSize, data.imageSize());
    QVariantList normal;
    for (int c : data.normalClasses()) normal << c;
    settings.setValue(kNormal, normal);
}

} // namespace ae
