#pragma once
// Which keys a report has, against the golden report in tests/fixtures/report/ (every key with a
// value), so the CLI's and the window's reports can be checked to have the same keys.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ae::test {

inline QJsonObject readReport(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonObject goldenReport() { return readReport(QStringLiteral(AELAB_FIXTURES_DIR "/report/report.json")); }

// "missing distance.train_knn", "unexpected data.extra", …: the keys `actual` lacks or has
// beyond `golden`, object by object, each epoch against the golden's first. A null value stands
// for an object not measured: the keys below it are not compared.
inline QStringList keyDifferences(const QJsonObject& actual, const QJsonObject& golden, const QString& prefix = {}) {
    QStringList differences;
    for (auto g = golden.begin(); g != golden.end(); ++g) {
        const QString path = prefix + g.key();
        if (!actual.contains(g.key())) {
            differences << QStringLiteral("missing ") + path;
            continue;
        }
        const QJsonValue a = actual[g.key()];
        if (a.isNull()) continue;
        if (g->isObject()) {
            if (!a.isObject()) differences << QStringLiteral("not an object: ") + path;
            else differences << keyDifferences(a.toObject(), g->toObject(), path + '.');
        } else if (g->isArray() && !g->toArray().isEmpty() && g->toArray().first().isObject()) {
            if (!a.isArray()) differences << QStringLiteral("not an array: ") + path;
            else
                for (const QJsonValue& element : a.toArray())
                    differences << keyDifferences(element.toObject(), g->toArray().first().toObject(), path + "[].");
        }
    }
    for (auto a = actual.begin(); a != actual.end(); ++a)
        if (!golden.contains(a.key())) differences << QStringLiteral("unexpected ") + prefix + a.key();
    return differences;
}

} // namespace ae::test
