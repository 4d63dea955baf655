#pragma once
// The runs history: every training run, kept in an SQLite database (Qt SQL) so it survives
// restarts. This class is the one owner of that database. It never throws: when the file cannot
// be opened or written, the call fails and lastError() says why, and the window carries on
// without a history.
//
// Format: one table `runs`, one row a run; the loss curve is JSON text, the reconstructions a
// compressed blob. PRAGMA user_version holds the schema version, so a later aelab can migrate
// an older file and refuse a newer one instead of misreading it.
#include "ui/history/run_record.h"

#include <QString>

#include <vector>

namespace ae {

class RunHistory {
public:
    static constexpr int kSchemaVersion = 1;

    // Opens (creating if needed) the database at `path`, or at defaultPath() when empty.
    explicit RunHistory(const QString& path = QString());
    ~RunHistory();
    RunHistory(const RunHistory&) = delete;
    RunHistory& operator=(const RunHistory&) = delete;

    // QStandardPaths::AppDataLocation/runs.sqlite.
    static QString defaultPath();

    QString path() const { return path_; }
    bool isOpen() const { return open_; }
    // What went wrong, naming the file: the opening error while the history is closed, else the
    // error of the last call (empty when it succeeded).
    QString lastError() const { return lastError_; }

    // Writes the run in one transaction. A run with id 0 is added and gets a new id; a run with
    // the id of a stored one replaces it. Returns the id, or 0 on failure.
    qint64 record(const RunRecord& run);
    // All runs, newest first. Empty on failure.
    std::vector<RunRecord> runs();
    // One run; id 0 when there is none with that id (or on failure).
    RunRecord run(qint64 id);
    bool remove(const std::vector<qint64>& ids);
    bool clear();

private:
    bool openDatabase();
    bool fail(const QString& what, const QString& why);

    QString path_;
    QString connection_;   // unique per instance: Qt SQL connections are named and global
    bool open_ = false;
    QString lastError_;
};

} // namespace ae
