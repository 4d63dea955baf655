#pragma once
// The runs history: every training run, kept in an SQLite database (Qt SQL) so it survives
// restarts, crashes and kill -9. This class is the one owner of that database. It never throws:
// when the file cannot be opened or written, the call fails and lastError() says why, and the
// window carries on without a history.
//
// Format: one table `runs`, one row a run; the loss curve is JSON text, the reconstructions a
// compressed blob. PRAGMA user_version holds the schema version, so a later aelab can migrate
// an older file and refuse a newer one instead of misreading it.
//
// Several windows (processes) may write one file at once: the file is in WAL mode, every write
// is one IMMEDIATE transaction, and a writer waits up to kBusyTimeoutMs for another one.
//
// A run in progress is a row with status "running", rewritten after every epoch, stamped with
// its owner: a token naming this RunHistory, whose lock file (QLockFile, next to the database in
// runs.sqlite-owners/) this instance holds while it lives. Opening the history turns every
// "running" row whose owner's lock is free or stale (the process is gone) into "interrupted";
// a row whose owner still holds its lock (another open window) is left alone.
#include "ui/history/run_record.h"

#include <QString>

#include <memory>
#include <vector>

class QLockFile;

namespace ae {

class RunHistory {
public:
    static constexpr int kSchemaVersion = 3;
    static constexpr int kBusyTimeoutMs = 10000;

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
    // the id of a stored one replaces it. A Running run is stamped with this instance as its
    // owner. Returns the id, or 0 on failure.
    qint64 record(const RunRecord& run);
    // Marks "interrupted" every running row whose owner is gone (done when opening); returns how
    // many were marked, -1 on failure.
    int recoverInterrupted();
    // All runs, newest first. Empty on failure.
    std::vector<RunRecord> runs();
    // One run; id 0 when there is none with that id (or on failure).
    RunRecord run(qint64 id);
    bool remove(const std::vector<qint64>& ids);
    bool clear();

private:
    bool openDatabase();
    bool migrate();
    bool fail(const QString& what, const QString& why);
    // Write transactions take the write lock at BEGIN, so a second writer waits for it (busy
    // timeout) instead of failing halfway.
    bool beginWrite(const QString& what);
    bool commitWrite(const QString& what);
    void rollback();
    // Holds this instance's owner lock, taking it on first use.
    bool holdOwnerLock();
    QString ownerLockPath(const QString& owner) const;

    QString path_;
    QString connection_;   // unique per instance: Qt SQL connections are named and global
    bool open_ = false;
    QString lastError_;
    QString owner_;                        // the token stored in the rows this instance runs
    std::unique_ptr<QLockFile> ownerLock_; // held from the first running row to the destructor
};

} // namespace ae
