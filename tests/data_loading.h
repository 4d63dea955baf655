#pragma once
// The Data panel loads on a worker thread: a test that needs the data waits for the load.
#include "slowdown.h"
#include "ui/panels/data_panel.h"

#include <QSignalSpy>

namespace ae::test {

// True once no load is in progress (the data loaded, or its error is shown); false if the load
// in progress did not end within a minute (scaled by slowdown.h), a guard against a hang.
inline bool waitForData(DataPanel& panel) {
    if (!panel.isLoading()) return true;
    QSignalSpy finished(&panel, &DataPanel::loadFinished);
    return finished.wait(scaledMs(60000));
}

} // namespace ae::test
