#include "ui/export/model_files.h"

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
    // A short write (disk full, file size limit) is not an error to QIODevice, and commit() would
    // then rename a truncated file over the old one: count the bytes.
    const qint64 size = static_cast<qint64>(bytes.size());
    const qint64 written = file.write(bytes.data(), size);
    if (written != size) {
        const QString reason = written < 0 ? file.errorString()
                                           : ModelFiles::tr("only %1 of %2 bytes could be written (is the disk full?)")
                                                 .arg(written)
                                                 .arg(size);
        file.cancelWriting();
        throw errorAbout(ModelFiles::tr("Cannot write %1: %2").arg(path, reason));
    }
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
