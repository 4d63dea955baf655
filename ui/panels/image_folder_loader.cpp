#include "ui/panels/image_folder_loader.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace ae {

namespace {

struct Sample {
    QString path;
    int label;
    bool test;
};

QStringList imageNameFilters() {
    QStringList filters;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        filters << QStringLiteral("*.") + QString::fromLatin1(format);
    return filters;
}

void appendImage(const Sample& s, int size, Matrix& into, Eigen::Index row) {
    QImageReader reader(s.path);  // the reader that failed knows why; a fresh one says "Unknown error"
    QImage image = reader.read();
    if (image.isNull())
        throw Error(s.path.toStdString() + ": not an image QImage can read (" + reader.errorString().toStdString() + ")");
    image = image.convertToFormat(QImage::Format_Grayscale8)
                .scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < size; ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < size; ++x) into(row, y * size + x) = static_cast<float>(line[x]) / 255.0f;
    }
}

} // namespace

Dataset loadImageFolder(const QString& dirPath, const ImageFolderOptions& options, const ImageFolderProgress& progress) {
    const QDir dir(dirPath);
    const std::string where = dirPath.toStdString();
    if (!dir.exists()) {
        if (QFileInfo::exists(dirPath))
            throw Error(where + ": not a folder (choose the folder that holds one subfolder per class)");
        throw Error(where + ": no such folder");
    }
    if (options.size < 4 || options.size > 256)
        throw Error("invalid image size = " + std::to_string(options.size) + ": allowed range is [4, 256]");

    const QStringList classes = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (classes.isEmpty())
        throw Error(where + ": no class subfolders; put each class's images in a subfolder named after the class");

    const QStringList filters = imageNameFilters();
    std::vector<Sample> samples;
    Dataset d;
    d.name = where;
    for (int label = 0; label < classes.size(); ++label) {
        const QDir classDir(dir.filePath(classes[label]));
        const QStringList files = classDir.entryList(filters, QDir::Files, QDir::Name);
        for (int i = 0; i < files.size(); ++i)
            samples.push_back({classDir.filePath(files[i]), label, options.testEvery > 0 && i % options.testEvery == options.testEvery - 1});
        d.classNames.push_back(classes[label].toStdString());
    }
    if (samples.empty())
        throw Error(where + ": no images found in its subfolders (" + classes.join(QStringLiteral(", ")).toStdString() + ")");

    const int side = options.size;
    d.shape = Shape{1, side, side};
    Eigen::Index nTrain = 0, nTest = 0;
    for (const auto& s : samples) (s.test ? nTest : nTrain)++;
    if (nTrain == 0) {  // too few images to hold some back: train on all, test on none
        for (auto& s : samples) s.test = false;
        nTrain = nTest;
        nTest = 0;
    }
    d.trainX.resize(nTrain, d.shape.size());
    d.testX.resize(nTest, d.shape.size());
    Eigen::Index tr = 0, te = 0;
    const auto total = static_cast<qsizetype>(samples.size());
    auto goOn = [&](qsizetype done) { return !progress || progress(done, total); };
    if (!goOn(0)) throw Error(where + ": loading was cancelled");
    for (const auto& s : samples) {
        if (s.test) {
            appendImage(s, side, d.testX, te++);
            d.testY.push_back(s.label);
        } else {
            appendImage(s, side, d.trainX, tr++);
            d.trainY.push_back(s.label);
        }
        if (!goOn(static_cast<qsizetype>(tr + te))) throw Error(where + ": loading was cancelled");
    }
    d.files.push_back(where);
    return d;
}

} // namespace ae
