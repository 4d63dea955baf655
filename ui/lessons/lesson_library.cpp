#include "ui/lessons/lesson_library.h"

#include "core/common.h"
#include "ui/session/core_message.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <map>

namespace ae {

LessonLibrary loadLessons(const QStringList& folders) {
    LessonLibrary library;
    std::map<std::string, Lesson> byId;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                library.errors << QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
                continue;
            }
            try {
                const std::string id = QFileInfo(name).completeBaseName().toStdString();
                byId[id] = parseLesson(file.readAll().toStdString(), id, file.fileName().toStdString());
            } catch (const Error& e) {
                library.errors << localisedMessage(e);
            }
        }
    }
    for (auto& [id, lesson] : byId) library.lessons.push_back(std::move(lesson));
    std::stable_sort(library.lessons.begin(), library.lessons.end(),
                     [](const Lesson& a, const Lesson& b) { return a.order != b.order ? a.order < b.order : a.id < b.id; });
    return library;
}

QStringList lessonFolders() {
    return {QStringLiteral(":/lessons"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lessons")};
}

} // namespace ae
