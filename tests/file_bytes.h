#pragma once
// Whole files as bytes, for tests that damage, compare or plant files.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace ae::test {

// Empty when the file cannot be read.
inline QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Fails the calling test when the file cannot be written whole.
inline void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace ae::test
