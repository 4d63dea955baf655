#pragma once
// The aelab-cli sub-commands. Each returns the process exit status; bad input throws ae::Error,
// which main turns into one line on stderr and exit status 2.
#include <QStringList>

namespace ae::cli {

int runTrain(const QStringList& arguments);
int runSweep(const QStringList& arguments);
int runEval(const QStringList& arguments);
int runData(const QStringList& arguments);
int runSummary(const QStringList& arguments);
int runBench(const QStringList& arguments);
int runExport(const QStringList& arguments);

} // namespace ae::cli
