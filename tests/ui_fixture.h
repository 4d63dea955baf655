#pragma once
// What every UI test process shares. AELAB_UI_TEST_MAIN(TestClass) replaces QTEST_MAIN:
//  - settings and the run history live in a directory made for this process and removed when it
//    ends (XDG_CONFIG_HOME, XDG_DATA_HOME), so the person's own settings stay out of it, every run
//    starts from defaults, and tests running side by side (ctest -j, other checkouts on the same
//    machine) never share a file. QStandardPaths' test mode would put them all in one ~/.qttest;
//    tests must not turn it on.
//  - the offscreen platform unless QT_QPA_PLATFORM says otherwise (CTest sets it too; this is for
//    running a test binary by hand);
//  - English number formatting whatever the machine's locale, and no translator: the window's
//    texts are the English sources (test_translation installs the Japanese one itself).
#include "resources/embedded_data.h"
#include "slowdown.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ae::test {

class UiTestEnvironment {
public:
    // Before the QApplication: Qt reads the platform and the settings paths once.
    UiTestEnvironment() {
        if (!home_.isValid())
            qFatal("UI test set-up: cannot create a temporary directory for settings: %s", qPrintable(home_.errorString()));
        qputenv("XDG_CONFIG_HOME", home_.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", home_.filePath(QStringLiteral("data")).toLocal8Bit());
        // Qt wants a private runtime directory and warns on every start without one (as under
        // CI); the temporary directory is made with mode 0700, as it requires.
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) qputenv("XDG_RUNTIME_DIR", home_.path().toLocal8Bit());
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    // After it. The application name stays the executable's.
    static void configure() {
        QCoreApplication::setOrganizationName(QStringLiteral("aelab-test"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    QTemporaryDir home_{QDir::tempPath() + QStringLiteral("/aelab-ui-test-XXXXXX")};
};

// The embedded sample cut to `trainRows` training and `testRows` test samples, shared by a test
// class's runs (the sessions keep the pointer).
inline std::shared_ptr<const Dataset> sampleSlice(int trainRows, int testRows) {
    Dataset d = openDataset("sample");
    limitTraining(d, trainRows);
    limitTest(d, testRows);
    return std::make_shared<const Dataset>(std::move(d));
}

} // namespace ae::test

#define AELAB_UI_TEST_MAIN(TestObject)                 \
    int main(int argc, char* argv[]) {                 \
        const ae::test::UiTestEnvironment environment; \
        QApplication app(argc, argv);                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);       \
        ae::test::UiTestEnvironment::configure();      \
        TestObject tc;                                 \
        QTEST_SET_MAIN_SOURCE_PATH                     \
        return QTest::qExec(&tc, argc, argv);          \
    }
