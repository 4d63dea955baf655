#include "ui/history/run_history.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <cmath>
#include <limits>

namespace ae {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ae::RunHistory)
};

const char* const kCreateTable = R"sql(
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT NOT NULL,
    wall_seconds REAL NOT NULL,
    status TEXT NOT NULL,
    variant TEXT NOT NULL,
    config TEXT NOT NULL,
    dataset TEXT NOT NULL,
    normal_classes TEXT NOT NULL,
    parameters INTEGER NOT NULL,
    epochs INTEGER NOT NULL,
    train_loss REAL,
    train_reconstruction REAL,
    test_loss REAL,
    test_reconstruction REAL,
    samples_per_second REAL,
    spearman REAL,
    pearson REAL,
    stress REAL,
    trustworthiness REAL,
    continuity REAL,
    knn REAL,
    curve TEXT NOT NULL,
    reconstructions BLOB
))sql";

// Every column but id, in the order of the INSERT below.
const QStringList kColumns{
    QStringLiteral("started"),         QStringLiteral("finished"),
    QStringLiteral("wall_seconds"),    QStringLiteral("status"),
    QStringLiteral("variant"),         QStringLiteral("config"),
    QStringLiteral("dataset"),         QStringLiteral("normal_classes"),
    QStringLiteral("parameters"),      QStringLiteral("epochs"),
    QStringLiteral("train_loss"),      QStringLiteral("train_reconstruction"),
    QStringLiteral("test_loss"),       QStringLiteral("test_reconstruction"),
    QStringLiteral("samples_per_second"), QStringLiteral("spearman"),
    QStringLiteral("pearson"),         QStringLiteral("stress"),
    QStringLiteral("trustworthiness"), QStringLiteral("continuity"),
    QStringLiteral("knn"),             QStringLiteral("curve"),
    QStringLiteral("reconstructions"), QStringLiteral("owner"),
    QStringLiteral("active_fraction"), QStringLiteral("mean_abs"),
    QStringLiteral("dead_units"),      QStringLiteral("code_units"),
    QStringLiteral("psnr_gain")};

// Format 3's columns, added to every older file (and to a new one after kCreateTable).
const char* const kFormat3Columns[] = {"active_fraction REAL", "mean_abs REAL", "dead_units INTEGER", "code_units INTEGER",
                                       "psnr_gain REAL"};

const QString kOwnersFolderSuffix = QStringLiteral("-owners");

// Tags the reconstructions blob, so a future layout can be told apart.
constexpr quint32 kImagesMagic = 0x41454931;  // "AEI1"

// SQLite stores NaN as NULL and JSON has no NaN: both come back as NaN, the value a failed run
// may have had.
QVariant real(double v) { return std::isnan(v) ? QVariant() : QVariant(v); }
double realOf(const QVariant& v) { return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble(); }
QJsonValue jsonReal(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }
double jsonRealOf(const QJsonValue& v) { return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN(); }

// Timestamps in UTC with milliseconds: ISO text sorts in time order.
QString timeText(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime timeOf(const QVariant& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

QString curveText(const std::vector<RunEpoch>& curve) {
    QJsonArray array;
    for (const RunEpoch& e : curve) {
        QJsonObject o;
        o[QLatin1String("epoch")] = e.epoch;
        o[QLatin1String("train")] = jsonReal(e.trainLoss);
        o[QLatin1String("train_reconstruction")] = jsonReal(e.trainReconstruction);
        if (e.hasTest) {
            o[QLatin1String("test")] = jsonReal(e.testLoss);
            o[QLatin1String("test_reconstruction")] = jsonReal(e.testReconstruction);
        }
        o[QLatin1String("seconds")] = jsonReal(e.seconds);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<RunEpoch> curveOf(const QString& text) {
    std::vector<RunEpoch> curve;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        RunEpoch e;
        e.epoch = o.value(QLatin1String("epoch")).toInt();
        e.trainLoss = jsonRealOf(o.value(QLatin1String("train")));
        e.trainReconstruction = jsonRealOf(o.value(QLatin1String("train_reconstruction")));
        e.hasTest = o.contains(QLatin1String("test"));
        if (e.hasTest) {
            e.testLoss = jsonRealOf(o.value(QLatin1String("test")));
            e.testReconstruction = jsonRealOf(o.value(QLatin1String("test_reconstruction")));
        }
        e.seconds = jsonRealOf(o.value(QLatin1String("seconds")));
        curve.push_back(e);
    }
    return curve;
}

QByteArray imagesBlob(const RunImages& images) {
    const qsizetype bytes = qsizetype(images.count) * images.shape.size();
    if (images.count <= 0 || qsizetype(images.inputs.size()) != bytes || qsizetype(images.outputs.size()) != bytes)
        return {};
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kImagesMagic << qint32(images.shape.c) << qint32(images.shape.h) << qint32(images.shape.w)
        << qint32(images.count);
    out.writeRawData(reinterpret_cast<const char*>(images.inputs.data()), int(bytes));
    out.writeRawData(reinterpret_cast<const char*>(images.outputs.data()), int(bytes));
    return qCompress(raw);
}

// A damaged or foreign blob gives no images rather than a crash.
RunImages imagesOf(const QByteArray& blob) {
    if (blob.isEmpty()) return {};
    const QByteArray raw = qUncompress(blob);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    qint32 c = 0, h = 0, w = 0, count = 0;
    in >> magic >> c >> h >> w >> count;
    constexpr qint32 kMaxSide = 4096;
    if (in.status() != QDataStream::Ok || magic != kImagesMagic || c < 1 || c > 4 || h < 1 || h > kMaxSide || w < 1 ||
        w > kMaxSide || count < 1 || count > 1000)
        return {};
    RunImages images;
    images.shape = Shape{c, h, w};
    images.count = count;
    const qsizetype bytes = qsizetype(count) * images.shape.size();
    if (raw.size() - in.device()->pos() != 2 * bytes) return {};
    images.inputs.resize(std::size_t(bytes));
    images.outputs.resize(std::size_t(bytes));
    in.readRawData(reinterpret_cast<char*>(images.inputs.data()), int(bytes));
    in.readRawData(reinterpret_cast<char*>(images.outputs.data()), int(bytes));
    return images;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so empty stays empty.
QString notNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

QString classesText(const std::vector<int>& classes) {
    QStringList parts;
    for (int c : classes) parts << QString::number(c);
    return notNull(parts.join(QLatin1Char(',')));
}

std::vector<int> classesOf(const QString& text) {
    std::vector<int> classes;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) classes.push_back(part.toInt());
    return classes;
}

RunRecord recordOf(const QSqlQuery& q) {
    const QSqlRecord r = q.record();
    auto value = [&](const char* column) { return q.value(r.indexOf(QLatin1String(column))); };
    RunRecord run;
    run.id = value("id").toLongLong();
    run.started = timeOf(value("started"));
    run.finished = timeOf(value("finished"));
    run.wallSeconds = value("wall_seconds").toDouble();
    run.status = runStatusFromKey(value("status").toString());
    run.variant = value("variant").toString();
    run.configJson = value("config").toString();
    run.dataset = value("dataset").toString();
    run.normalClasses = classesOf(value("normal_classes").toString());
    run.parameters = value("parameters").toLongLong();
    run.epochs = value("epochs").toInt();
    run.trainLoss = realOf(value("train_loss"));
    run.trainReconstruction = realOf(value("train_reconstruction"));
    run.hasTest = !value("test_loss").isNull();
    if (run.hasTest) {
        run.testLoss = realOf(value("test_loss"));
        run.testReconstruction = realOf(value("test_reconstruction"));
    }
    run.samplesPerSecond = realOf(value("samples_per_second"));
    run.hasDistortion = !value("spearman").isNull();
    if (run.hasDistortion) {
        run.distortion.spearman = realOf(value("spearman"));
        run.distortion.pearson = realOf(value("pearson"));
        run.distortion.stress = realOf(value("stress"));
        run.distortion.trustworthiness = realOf(value("trustworthiness"));
        run.distortion.continuity = realOf(value("continuity"));
        run.distortion.knn = realOf(value("knn"));
    }
    run.hasActivity = !value("code_units").isNull();
    if (run.hasActivity) {
        run.activeFraction = realOf(value("active_fraction"));
        run.meanAbs = realOf(value("mean_abs"));
        run.deadUnits = value("dead_units").toInt();
        run.codeUnits = value("code_units").toInt();
    }
    run.psnrGain = realOf(value("psnr_gain"));
    run.curve = curveOf(value("curve").toString());
    run.reconstructions = imagesOf(value("reconstructions").toByteArray());
    return run;
}

} // namespace

QString runStatusKey(RunStatus status) {
    switch (status) {
    case RunStatus::Finished: return QStringLiteral("finished");
    case RunStatus::Stopped: return QStringLiteral("stopped");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Interrupted: return QStringLiteral("interrupted");
    }
    return QStringLiteral("failed");
}

RunStatus runStatusFromKey(const QString& key) {
    if (key == QLatin1String("finished")) return RunStatus::Finished;
    if (key == QLatin1String("stopped")) return RunStatus::Stopped;
    if (key == QLatin1String("running")) return RunStatus::Running;
    if (key == QLatin1String("interrupted")) return RunStatus::Interrupted;
    return RunStatus::Failed;
}

RunHistory::RunHistory(const QString& path)
    : path_(path.isEmpty() ? defaultPath() : path),
      connection_(QStringLiteral("aelab-runs-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      owner_(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    open_ = openDatabase();
}

RunHistory::~RunHistory() {
    if (!QSqlDatabase::contains(connection_)) return;
    // A run still running when its history goes away (the window was destroyed without
    // finishing it) did not finish: say so now rather than at the next start.
    if (open_ && ownerLock_) {
        QSqlQuery q(QSqlDatabase::database(connection_, false));
        q.prepare(QStringLiteral("UPDATE runs SET status = 'interrupted', owner = NULL WHERE status = 'running' AND owner = :owner"));
        q.bindValue(QStringLiteral(":owner"), owner_);
        q.exec();
    }
    ownerLock_.reset();  // removes the lock file
    QSqlDatabase::database(connection_, false).close();
    QSqlDatabase::removeDatabase(connection_);
}

QString RunHistory::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("runs.sqlite"));
}

bool RunHistory::fail(const QString& what, const QString& why) {
    lastError_ = Tr::tr("%1 (runs history %2): %3").arg(what, QDir::toNativeSeparators(path_), why);
    return false;
}

bool RunHistory::openDatabase() {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Tr::tr("Cannot open the runs history"), Tr::tr("Qt's SQLite driver (QSQLITE) is not installed"));
    const QString folder = QFileInfo(path_).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(Tr::tr("Cannot open the runs history"), Tr::tr("cannot create the folder %1").arg(folder));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.setDatabaseName(path_);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) return fail(Tr::tr("Cannot open the runs history"), db.lastError().text());

    // SQLite opens any file lazily; the first query is what finds out it is not a database.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(Tr::tr("Cannot read the runs history"), q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return fail(Tr::tr("Cannot read the runs history"),
                    Tr::tr("it was written by a newer aelab (format %1; this one reads up to %2)")
                        .arg(version)
                        .arg(kSchemaVersion));
    // Only a file of a version this aelab knows is touched. WAL: readers never block the writer,
    // a kill between two transactions loses nothing committed, and several windows can share the
    // file. synchronous=NORMAL keeps a transaction to a write without an fsync (a power cut may
    // lose the last transactions; the file stays consistent, which is what WAL guarantees).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(Tr::tr("Cannot open the runs history"), q.lastError().text());
    q.finish();
    if (version < kSchemaVersion && !migrate()) return false;
    return recoverInterrupted() >= 0;
}

// Version 0 is a new, empty file; 1 had no owner column (and no running rows); 2 no code activity
// or PSNR gain (its rows keep NULL there: not measured). Another window
// may be migrating the same file: the write lock orders the two, and the version is read again
// under it.
bool RunHistory::migrate() {
    const QString what = Tr::tr("Cannot write the runs history");
    if (!beginWrite(what)) return false;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    auto failed = [&] {
        const QString why = q.lastError().text();
        rollback();
        return fail(what, why);
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) return failed();
    const int version = q.value(0).toInt();
    q.finish();
    if (version >= kSchemaVersion) {  // another window migrated it meanwhile
        rollback();
        return true;
    }
    if (version == 0 && !q.exec(QString::fromLatin1(kCreateTable))) return failed();
    if (version <= 1 && !q.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN owner TEXT"))) return failed();
    if (version <= 2)
        for (const char* column : kFormat3Columns)
            if (!q.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN %1").arg(QLatin1String(column)))) return failed();
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) return failed();
    return commitWrite(what);
}

bool RunHistory::beginWrite(const QString& what) {
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) return fail(what, q.lastError().text());
    return true;
}

bool RunHistory::commitWrite(const QString& what) {
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    if (q.exec(QStringLiteral("COMMIT"))) return true;
    const QString why = q.lastError().text();
    rollback();
    return fail(what, why);
}

void RunHistory::rollback() {
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.exec(QStringLiteral("ROLLBACK"));
}

QString RunHistory::ownerLockPath(const QString& owner) const {
    return QDir(path_ + kOwnersFolderSuffix).filePath(owner + QStringLiteral(".lock"));
}

bool RunHistory::holdOwnerLock() {
    if (ownerLock_) return true;
    const QString what = Tr::tr("Cannot record the run");
    const QString folder = path_ + kOwnersFolderSuffix;
    if (!QDir().mkpath(folder)) return fail(what, Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    auto lock = std::make_unique<QLockFile>(ownerLockPath(owner_));
    lock->setStaleLockTime(0);  // stale only when its process is gone, however long a run lasts
    if (!lock->tryLock(0))
        return fail(what, Tr::tr("cannot create the lock file %1").arg(QDir::toNativeSeparators(ownerLockPath(owner_))));
    ownerLock_ = std::move(lock);
    return true;
}

int RunHistory::recoverInterrupted() {
    if (!QSqlDatabase::contains(connection_)) return -1;
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, owner FROM runs WHERE status = 'running'"))) {
        fail(Tr::tr("Cannot read the runs history"), q.lastError().text());
        return -1;
    }
    std::vector<std::pair<qint64, QString>> running;
    while (q.next()) running.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();

    std::vector<std::pair<qint64, QString>> orphans;
    for (const auto& [id, owner] : running) {
        if (owner == owner_) continue;
        // Taking the owner's lock succeeds only when no live process holds it: the owner is gone.
        // The lock is then released at once, which removes the file. Any other failure (a folder
        // that cannot be read) proves nothing, and the row is left as it is.
        if (!owner.isEmpty()) {
            QLockFile probe(ownerLockPath(owner));
            probe.setStaleLockTime(0);
            if (!probe.tryLock(0)) continue;
        }
        orphans.emplace_back(id, owner);
    }
    if (orphans.empty()) return 0;
    const QString what = Tr::tr("Cannot write the runs history");
    if (!beginWrite(what)) return -1;
    q.prepare(QStringLiteral("UPDATE runs SET status = 'interrupted', owner = NULL "
                             "WHERE id = :id AND status = 'running' AND owner IS :owner"));
    for (const auto& [id, owner] : orphans) {
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":owner"), owner.isEmpty() ? QVariant() : QVariant(owner));
        if (!q.exec()) {
            const QString why = q.lastError().text();
            rollback();
            fail(what, why);
            return -1;
        }
    }
    return commitWrite(what) ? int(orphans.size()) : -1;
}

qint64 RunHistory::record(const RunRecord& run) {
    if (!open_) return 0;
    lastError_.clear();
    const QString what = Tr::tr("Cannot record the run");
    const bool running = run.status == RunStatus::Running;
    if (running && !holdOwnerLock()) return 0;
    if (!beginWrite(what)) return 0;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    QStringList placeholders;
    for (const QString& c : kColumns) placeholders << QLatin1Char(':') + c;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO runs (id, %1) VALUES (:id, %2)")
                  .arg(kColumns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
    q.bindValue(QStringLiteral(":id"), run.id > 0 ? QVariant(run.id) : QVariant());
    q.bindValue(QStringLiteral(":started"), timeText(run.started));
    q.bindValue(QStringLiteral(":finished"), timeText(run.finished));
    q.bindValue(QStringLiteral(":wall_seconds"), run.wallSeconds);
    q.bindValue(QStringLiteral(":status"), runStatusKey(run.status));
    q.bindValue(QStringLiteral(":variant"), notNull(run.variant));
    q.bindValue(QStringLiteral(":config"), notNull(run.configJson));
    q.bindValue(QStringLiteral(":dataset"), notNull(run.dataset));
    q.bindValue(QStringLiteral(":normal_classes"), classesText(run.normalClasses));
    q.bindValue(QStringLiteral(":parameters"), run.parameters);
    q.bindValue(QStringLiteral(":epochs"), run.epochs);
    q.bindValue(QStringLiteral(":train_loss"), real(run.trainLoss));
    q.bindValue(QStringLiteral(":train_reconstruction"), real(run.trainReconstruction));
    q.bindValue(QStringLiteral(":test_loss"), run.hasTest ? real(run.testLoss) : QVariant());
    q.bindValue(QStringLiteral(":test_reconstruction"), run.hasTest ? real(run.testReconstruction) : QVariant());
    q.bindValue(QStringLiteral(":samples_per_second"), real(run.samplesPerSecond));
    const DistortionMetrics& d = run.distortion;
    const bool dist = run.hasDistortion;
    q.bindValue(QStringLiteral(":spearman"), dist ? real(d.spearman) : QVariant());
    q.bindValue(QStringLiteral(":pearson"), dist ? real(d.pearson) : QVariant());
    q.bindValue(QStringLiteral(":stress"), dist ? real(d.stress) : QVariant());
    q.bindValue(QStringLiteral(":trustworthiness"), dist ? real(d.trustworthiness) : QVariant());
    q.bindValue(QStringLiteral(":continuity"), dist ? real(d.continuity) : QVariant());
    q.bindValue(QStringLiteral(":knn"), dist ? real(d.knn) : QVariant());
    q.bindValue(QStringLiteral(":curve"), curveText(run.curve));
    q.bindValue(QStringLiteral(":reconstructions"), imagesBlob(run.reconstructions));
    q.bindValue(QStringLiteral(":owner"), running ? QVariant(owner_) : QVariant());
    q.bindValue(QStringLiteral(":active_fraction"), run.hasActivity ? real(run.activeFraction) : QVariant());
    q.bindValue(QStringLiteral(":mean_abs"), run.hasActivity ? real(run.meanAbs) : QVariant());
    q.bindValue(QStringLiteral(":dead_units"), run.hasActivity ? QVariant(run.deadUnits) : QVariant());
    q.bindValue(QStringLiteral(":code_units"), run.hasActivity ? QVariant(run.codeUnits) : QVariant());
    q.bindValue(QStringLiteral(":psnr_gain"), real(run.psnrGain));
    if (!q.exec()) {
        const QString why = q.lastError().text();
        rollback();
        fail(what, why);
        return 0;
    }
    const qint64 id = run.id > 0 ? run.id : q.lastInsertId().toLongLong();
    return commitWrite(what) ? id : 0;
}

std::vector<RunRecord> RunHistory::runs() {
    std::vector<RunRecord> all;
    if (!open_) return all;
    lastError_.clear();
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM runs ORDER BY started DESC, id DESC"))) {
        fail(Tr::tr("Cannot read the runs history"), q.lastError().text());
        return all;
    }
    while (q.next()) all.push_back(recordOf(q));
    return all;
}

RunRecord RunHistory::run(qint64 id) {
    if (!open_) return {};
    lastError_.clear();
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.prepare(QStringLiteral("SELECT * FROM runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        fail(Tr::tr("Cannot read the runs history"), q.lastError().text());
        return {};
    }
    return q.next() ? recordOf(q) : RunRecord{};
}

bool RunHistory::remove(const std::vector<qint64>& ids) {
    if (!open_) return false;
    lastError_.clear();
    const QString what = Tr::tr("Cannot delete runs");
    if (!beginWrite(what)) return false;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = :id"));
    for (qint64 id : ids) {
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            rollback();
            return fail(what, why);
        }
    }
    return commitWrite(what);
}

bool RunHistory::clear() {
    if (!open_) return false;
    lastError_.clear();
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    if (!q.exec(QStringLiteral("DELETE FROM runs"))) return fail(Tr::tr("Cannot delete runs"), q.lastError().text());
    return true;
}

} // namespace ae
