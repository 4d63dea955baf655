#pragma once
// File > Open model, Save model, Load configuration and Save configuration: each asks for a file
// name (remembering the folder), checks and reads or writes the file, and reports the outcome.
// Save model writes the session state's newest snapshot with its run's history and dataset;
// Open model hands the checked model to the session and shows its configuration in the Model
// panel; the configuration files are the Model panel's. A runs-history row's configuration
// loads the same way.
#include "core/train/model_config.h"

#include <QObject>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace ae {

class DataPanel;
class ModelPanel;
class SessionState;
class TrainingSession;

class FileActions : public QObject {
    Q_OBJECT
public:
    // Everything given must outlive the actions.
    FileActions(QWidget* window, TrainingSession* session, const SessionState* state, ModelPanel* modelPanel,
                DataPanel* dataPanel);

    // Adds the four actions (with the Open and Save shortcuts) to `menu`.
    void addActions(QMenu* menu);
    // Words the actions addActions() made in the language of the moment (the window calls it on
    // a change of language: a QObject gets no changeEvent).
    void retranslateUi();

    // The same without a file dialog; each reports through done() or failed() and says whether
    // it succeeded. A file that fails any check changes nothing.
    bool openModel(const QString& path);
    bool saveModel(const QString& path);
    bool loadConfiguration(const QString& path);
    bool saveConfiguration(const QString& path);
    // The newest snapshot's model as ONNX (encoder and decoder, core/export/onnx_export.h).
    bool exportOnnx(const QString& path);
    // A runs-history row's configuration into the Model panel, and its dataset into the Data
    // panel when it still loads (otherwise the current one stays, and progressed() says why).
    bool loadRunConfiguration(const ModelConfig& config, const QString& dataset, const std::vector<int>& normalClasses);

signals:
    void done(const QString& message);
    // A step on the way, or an outcome that needs no dialog; stays in the status bar.
    void progressed(const QString& message);
    void failed(const QString& title, const QString& message);

private:
    QAction* addAction(QMenu* menu, const char* text, std::function<void()> slot);
    static QString modelFilter();
    static QString jsonFilter();
    std::vector<std::pair<QAction*, const char*>> actions_;  // with their source texts
    // The file the person picks (empty: cancelled), starting in the folder used last.
    QString askOpenPath(const QString& title, const QString& filter);
    QString askSavePath(const QString& title, const QString& filter);
    bool reportNothingToSave();

    QWidget* window_;
    TrainingSession* session_;
    const SessionState* state_;
    ModelPanel* modelPanel_;
    DataPanel* dataPanel_;
};

} // namespace ae
