#pragma once
// Where lessons come from: the course embedded in the resources (:/lessons) and any folder of a
// teacher's own lesson files (the user's data folder's "lessons", docs/lessons.md). A file that
// does not parse is left out and named in `errors`; a file with the id of an embedded lesson
// replaces it.
#include "core/lessons/lesson.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ae {

struct LessonLibrary {
    std::vector<Lesson> lessons;  // by order, then id
    QStringList errors;           // one line per refused file
};

// Reads every *.json of `folders`, in order (a later folder's lesson replaces an earlier one's
// of the same id).
LessonLibrary loadLessons(const QStringList& folders);

// The embedded course, then the user's folder (QStandardPaths::AppDataLocation + "/lessons").
QStringList lessonFolders();

} // namespace ae
