#include "app/cli_files.h"

#include "core/common.h"

#include <QFileInfo>
#include <QSaveFile>

namespace ae::cli {

void writeTextFile(const std::string& path, const std::string& text) {
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        throw Error("cannot write " + path + ": " + file.errorString().toStdString());
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) || !file.commit())
        throw Error("cannot write " + path + ": " + file.errorString().toStdString());
}

void requireWritableDestination(const std::string& path, const char* option) {
    const QFileInfo info(QString::fromStdString(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        throw Error(std::string(option) + " " + path + ": the folder " + folder.absoluteFilePath().toStdString() + " does not exist");
    if (!folder.isWritable())
        throw Error(std::string(option) + " " + path + ": the folder " + folder.absoluteFilePath().toStdString() + " is not writable");
    if (info.isDir()) throw Error(std::string(option) + " " + path + ": is a folder, expected a file name");
}

} // namespace ae::cli
