#include "ui/model_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace ae {

namespace {

// The tr() context of these free functions ("ModelFiles" in the .ts files).
class ModelFiles {
    Q_DECLARE_TR_FUNCTIONS(ModelFiles)
};

Error errorAbout(const QString& message) { return Error(message.toStdString()); }

} // namespace

void writeModelFile(const QString& path, const ModelSnapshot& snapshot, const std::vector<EpochResult>& history,
                    const QString& datasetName) {
    Autoencoder model(snapshot.config, snapshot.inputShape);
    model.setParameters(snapshot.parameters);
    const std::string bytes = serializeModel(model, history, datasetName.toStdString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw errorAbout(ModelFiles::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // QSaveFile keeps the first error: a failed write makes commit() discard the temporary file.
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    if (!file.commit()) throw errorAbout(ModelFiles::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

SavedModel readModelFile(const QString& path, const Dataset* data) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw errorAbout(ModelFiles::tr("Cannot open the model file %1: %2").arg(path, file.errorString()));
    SavedModel saved = parseModel(file.readAll().toStdString(), path.toStdString());
    if (!data) throw errorAbout(ModelFiles::tr("Load a dataset before opening a model."));
    const Shape expected = saved.model->inputShape();
    if (!(expected == data->shape))
        throw errorAbout(ModelFiles::tr("%1: the model expects samples of shape %2, but the dataset %3 has %4")
                             .arg(path, QString::fromStdString(expected.str()), QString::fromStdString(data->name),
                                  QString::fromStdString(data->shape.str())));
    return saved;
}

ModelConfig readConfigurationFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw errorAbout(ModelFiles::tr("Cannot read the configuration %1: %2").arg(path, file.errorString()));
    const ModelConfig config = configFromJson(file.readAll().toStdString(), path.toStdString());
    try {
        validateHyperparameters(config);
    } catch (const Error& e) {
        throw errorAbout(path + QStringLiteral(": ") + QString::fromStdString(e.what()));
    }
    return config;
}

} // namespace ae
