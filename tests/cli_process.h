#pragma once
// Runs aelab-cli as a script would and collects what it said, for the end-to-end tests.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ae::test {

struct CliRun {
    int exitCode = -1;  // -1 when it crashed or timed out
    QString out;
    QString err;
};

// `memoryLimitMb`, when given, stands in for the machine's available memory
// (AELAB_AVAILABLE_MEMORY_MB), so memory refusals can be tested on any machine.
inline CliRun runCli(const QStringList& args, const QString& memoryLimitMb = {}) {
    QProcess p;
    if (!memoryLimitMb.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("AELAB_AVAILABLE_MEMORY_MB", memoryLimitMb);
        p.setProcessEnvironment(env);
    }
    p.start(AELAB_CLI_PATH, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace ae::test
