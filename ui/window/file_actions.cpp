#include "ui/window/file_actions.h"

#include "core/train/model_file.h"
#include "ui/export/model_files.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/session/core_message.h"
#include "ui/session/session_state.h"
#include "ui/session/training_session.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>

namespace ae {

namespace {

const QString kLastDir = QStringLiteral("files/lastDir");  // shared with the export dialogs

QString rememberFolder(const QString& path) {
    if (!path.isEmpty()) QSettings().setValue(kLastDir, QFileInfo(path).absolutePath());
    return path;
}

} // namespace

FileActions::FileActions(QWidget* window, TrainingSession* session, const SessionState* state, ModelPanel* modelPanel,
                         DataPanel* dataPanel)
    : QObject(window), window_(window), session_(session), state_(state), modelPanel_(modelPanel), dataPanel_(dataPanel) {}

// Worded when asked, in the language of the moment.
QString FileActions::modelFilter() {
    return tr("aelab models (%1);;All files (*)").arg(QStringLiteral("*.") + QLatin1String(kModelFileSuffix));
}
QString FileActions::jsonFilter() { return tr("JSON (*.json);;All files (*)"); }

QAction* FileActions::addAction(QMenu* menu, const char* text, std::function<void()> slot) {
    QAction* action = menu->addAction(tr(text), this, std::move(slot));
    actions_.emplace_back(action, text);
    return action;
}

void FileActions::retranslateUi() {
    for (const auto& [action, text] : actions_) action->setText(tr(text));
}

void FileActions::addActions(QMenu* menu) {
    QAction* open = addAction(menu, QT_TR_NOOP("&Open model…"), [this] {
        const QString path = askOpenPath(tr("Open model"), modelFilter());
        if (!path.isEmpty()) openModel(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction* save = addAction(menu, QT_TR_NOOP("&Save model…"), [this] {
        if (!state_->snapshot()) {
            reportNothingToSave();
            return;
        }
        const QString path = withModelSuffix(askSavePath(tr("Save model"), modelFilter()));
        if (!path.isEmpty()) saveModel(path);
    });
    save->setShortcut(QKeySequence::Save);
    addAction(menu, QT_TR_NOOP("Export model as O&NNX…"), [this] {
        if (!state_->snapshot()) {
            reportNothingToSave();
            return;
        }
        const QString path = askSavePath(tr("Export model as ONNX"), tr("ONNX models (*.onnx);;All files (*)"));
        if (!path.isEmpty()) exportOnnx(path);
    });
    menu->addSeparator();
    addAction(menu, QT_TR_NOOP("Load &configuration…"), [this] {
        const QString path = askOpenPath(tr("Load configuration"), jsonFilter());
        if (!path.isEmpty()) loadConfiguration(path);
    });
    addAction(menu, QT_TR_NOOP("Save c&onfiguration…"), [this] {
        const QString path = askSavePath(tr("Save configuration"), jsonFilter());
        if (!path.isEmpty()) saveConfiguration(path);
    });
}

QString FileActions::askOpenPath(const QString& title, const QString& filter) {
    return rememberFolder(QFileDialog::getOpenFileName(window_, title, QSettings().value(kLastDir).toString(), filter));
}

QString FileActions::askSavePath(const QString& title, const QString& filter) {
    return rememberFolder(QFileDialog::getSaveFileName(window_, title, QSettings().value(kLastDir).toString(), filter));
}

bool FileActions::openModel(const QString& path) {
    if (session_->isBusy()) {
        emit failed(tr("Training is running"), tr("Stop training before opening a model."));
        return false;
    }
    try {
        // Every check passes before the form or the current model changes.
        auto saved = std::make_shared<SavedModel>(readModelFile(path, dataPanel_->dataset().get()));
        modelPanel_->setConfig(saved->model->config());
        session_->adoptModel(std::move(saved), dataPanel_->dataset());
        emit done(tr("Opened %1").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const std::exception& e) {
        emit failed(tr("Cannot open the model"), localisedMessage(e));
        return false;
    }
}

bool FileActions::reportNothingToSave() {
    emit failed(tr("Nothing to save"), tr("Train a model first (or step one epoch)."));
    return false;
}

// The weights of the newest snapshot: the GUI never reaches into the live model.
bool FileActions::saveModel(const QString& path) {
    const ModelSnapshot* snapshot = state_->snapshot();
    if (!snapshot) return reportNothingToSave();
    try {
        const QString dataset = state_->run() ? state_->run()->data.spec : QString();
        writeModelFile(path, *snapshot, state_->progress().epochs, dataset);
        emit done(tr("Saved the model at epoch %1 to %2").arg(snapshot->epoch).arg(path));
        return true;
    } catch (const std::exception& e) {
        emit failed(tr("Cannot save the model"), localisedMessage(e));
        return false;
    }
}

bool FileActions::exportOnnx(const QString& path) {
    const ModelSnapshot* snapshot = state_->snapshot();
    if (!snapshot) return reportNothingToSave();
    try {
        writeOnnxFile(path, *snapshot, OnnxPart::Full);
        emit done(tr("Exported the model at epoch %1 as ONNX to %2").arg(snapshot->epoch).arg(path));
        return true;
    } catch (const std::exception& e) {
        emit failed(tr("Cannot export the model"), localisedMessage(e));
        return false;
    }
}

// Nothing in the form changes unless the whole file is valid.
bool FileActions::loadConfiguration(const QString& path) {
    try {
        modelPanel_->setConfig(readConfigurationFile(path));
        return true;
    } catch (const std::exception& e) {
        emit failed(tr("Cannot load the configuration"), localisedMessage(e));
        return false;
    }
}

bool FileActions::saveConfiguration(const QString& path) {
    QSaveFile f(path);
    const QByteArray json = QByteArray::fromStdString(configToJson(modelPanel_->config())) + '\n';
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        emit failed(tr("Cannot save the configuration"), tr("%1: %2").arg(path, f.errorString()));
        return false;
    }
    emit done(tr("Saved the configuration to %1").arg(path));
    return true;
}

// A run's dataset is selected when it still loads; otherwise the current one stays.
bool FileActions::loadRunConfiguration(const ModelConfig& config, const QString& dataset, const std::vector<int>& normalClasses) {
    if (session_->isBusy()) {
        emit failed(tr("Training is running"), tr("Stop training before loading a run's configuration."));
        return false;
    }
    DataPanel* data = dataPanel_;
    modelPanel_->setConfig(config);
    const QString previous = data->spec();
    if (dataset == previous) {
        if (data->normalClasses() != normalClasses) data->setNormalClasses(normalClasses);
        emit done(tr("Loaded the run's configuration and dataset."));
        return true;
    }
    const std::vector<int> previousClasses = data->normalClasses();
    data->setSpec(dataset);
    data->setNormalClasses(normalClasses);
    emit progressed(tr("Loaded the run's configuration; loading its dataset %1…").arg(dataset));
    connect(
        data, &DataPanel::loadFinished, this,
        [this, data, dataset, previous, previousClasses](bool ok) {
            if (data->spec() != dataset) return;  // the person chose other data meanwhile
            if (ok) {
                emit done(tr("Loaded the run's configuration and dataset."));
                return;
            }
            const QString why = data->errorText();
            data->setSpec(previous);
            data->setNormalClasses(previousClasses);
            emit progressed(tr("Loaded the run's configuration; its dataset %1 cannot be loaded (%2), so %3 stays.")
                                .arg(dataset, why, previous));
        },
        Qt::SingleShotConnection);
    return true;
}

} // namespace ae
