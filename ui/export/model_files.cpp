#include "ui/export/model_files.h"

#include "ui/session/core_message.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ae {

namespace {

// The tr() context of these free functions ("ModelFiles" in the .ts files).
class ModelFiles {
    Q_DECLARE_TR_FUNCTIONS(ModelFiles)
};

Error errorAbout(const QString& message) { return Error(message.toStdString()); }

std::unique_ptr<Autoencoder> modelOf(const ModelSnapshot& snapshot) {
    auto model = std::make_unique<Autoencoder>(snapshot.config, snapshot.inputShape);
    model->setParameters(snapshot.parameters);
    return model;
}

// All of `bytes` or nothing: the previous file stays as it was when any step fails.
void writeWhole(const QString& path, const std::string& bytes) {
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

} // namespace

void writeModelFile(const QString& path, const ModelSnapshot& snapshot, const std::vector<EpochResult>& history,
                    const QString& datasetName) {
    writeWhole(path, serializeModel(*modelOf(snapshot), history, datasetName.toStdString()));
}

void writeOnnxFile(const QString& path, const ModelSnapshot& snapshot, OnnxPart part) {
    writeWhole(path, onnxModelBytes(*modelOf(snapshot), part));
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
        throw errorAbout(path + QStringLiteral(": ") + localisedMessage(e));
    }
    return config;
}

QString withModelSuffix(const QString& path) {
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty()) return path;
    return path + QLatin1Char('.') + QLatin1String(kModelFileSuffix);
}

} // namespace ae
