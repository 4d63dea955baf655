// The Data panel loads on a worker thread: the load completes with a progress bar shown meanwhile,
// a load superseded by a later choice is dropped whenever it ends, errors are still shown, a class
// choice made while loading applies to the loaded data, and the window cannot train meanwhile.
#include "data_loading.h"
#include "ui_fixture.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/training_controls.h"
#include "ui/window/main_window.h"

#include <QDir>
#include <QImage>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using ae::DataPanel;

namespace {

// `perClass` 8x8 images in each of the subfolders "dark" and "bright".
void makeImageFolder(const QString& root, int perClass) {
    for (const auto& [name, gray] : {std::pair{QStringLiteral("dark"), 20}, std::pair{QStringLiteral("bright"), 230}}) {
        QVERIFY(QDir(root).mkpath(name));
        for (int i = 0; i < perClass; ++i) {
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(QColor(gray, gray, gray));
            QVERIFY(image.save(QStringLiteral("%1/%2/%3.png").arg(root, name).arg(i)));
        }
    }
}

// Lets every load job still running end, and delivers what they posted to this thread.
void settleAllLoads() {
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestDataPanel : public QObject {
    Q_OBJECT

private slots:
    void loadCompletesOffTheCallingThreadWithProgressShown() {
        DataPanel panel;
        panel.show();
        auto* bar = panel.findChild<QProgressBar*>();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        QSignalSpy changed(&panel, &DataPanel::datasetChanged);
        QSignalSpy finished(&panel, &DataPanel::loadFinished);
        panel.setSpec(QStringLiteral("sample"));
        // setSpec returned before the data is there: it is read on another thread.
        QVERIFY(panel.isLoading());
        QVERIFY(!panel.dataset());
        QVERIFY(bar->isVisible());
        QCOMPARE(changed.count(), 1);  // the old data is gone while loading
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!panel.isLoading());
        QVERIFY(!bar->isVisible());
        QVERIFY(panel.dataset());
        QCOMPARE(panel.dataset()->trainX.rows(), 5000);
        QCOMPARE(changed.count(), 2);
        QVERIFY(panel.errorText().isEmpty());
    }

    void imageFolderProgressCountsItsImages() {
        QTemporaryDir dir;
        makeImageFolder(dir.path(), 6);
        DataPanel panel;
        auto* bar = panel.findChild<QProgressBar*>();
        QSignalSpy values(bar, &QProgressBar::valueChanged);
        panel.setSpec(QStringLiteral("images:") + dir.path());
        QVERIFY(ae::test::waitForData(panel));
        QVERIFY2(panel.dataset(), qPrintable(panel.errorText()));
        QCOMPARE(bar->maximum(), 12);
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last().first().toInt(), 12);  // the last step is always reported
    }

    void aSupersededLoadIsDroppedWhenItEnds() {
        QTemporaryDir dir;
        makeImageFolder(dir.path(), 4);
        // Either order of finishing: the folder then the sample, and the sample then the folder.
        const QString folder = QStringLiteral("images:") + dir.path();
        for (const auto& [first, second] : {std::pair{folder, QStringLiteral("sample")}, std::pair{QStringLiteral("sample"), folder}}) {
            DataPanel panel;
            QSignalSpy finished(&panel, &DataPanel::loadFinished);
            panel.setSpec(first);
            panel.setSpec(second);
            QCOMPARE(panel.spec(), second);
            QVERIFY(finished.wait(ae::test::scaledMs(60000)));
            settleAllLoads();  // the superseded job has ended too, and anything it posted is delivered
            QCOMPARE(finished.count(), 1);
            QVERIFY2(panel.dataset(), qPrintable(panel.errorText()));
            const std::string want = second == folder ? dir.path().toStdString() : std::string("sample");
            QCOMPARE(panel.dataset()->name, want);
            QCOMPARE(panel.spec(), second);
        }
    }

    void errorsAreStillShown() {
        DataPanel panel;
        QSignalSpy finished(&panel, &DataPanel::loadFinished);
        panel.setSpec(QStringLiteral("/nonexistent/aelab-data"));
        QVERIFY(panel.errorText().isEmpty());  // nothing to say until the load has ended
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!panel.dataset());
        QVERIFY2(panel.errorText().contains(QStringLiteral("/nonexistent/aelab-data")), qPrintable(panel.errorText()));

        // An image QImage cannot read is named.
        QTemporaryDir dir;
        makeImageFolder(dir.path(), 2);
        QFile junk(dir.filePath(QStringLiteral("dark/broken.png")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a png");
        junk.close();
        panel.setSpec(QStringLiteral("images:") + dir.path());
        QVERIFY(ae::test::waitForData(panel));
        QVERIFY(!panel.dataset());
        QVERIFY2(panel.errorText().contains(QStringLiteral("broken.png")), qPrintable(panel.errorText()));
    }

    void classChoiceMadeWhileLoadingAppliesToTheData() {
        DataPanel panel;
        panel.setSpec(QStringLiteral("sample"));
        QVERIFY(panel.isLoading());
        panel.setNormalClasses({1, 3});
        QCOMPARE(panel.normalClasses(), (std::vector<int>{1, 3}));
        QVERIFY(ae::test::waitForData(panel));
        QCOMPARE(panel.normalClasses(), (std::vector<int>{1, 3}));
        QVERIFY(panel.dataset());
        QVERIFY(panel.dataset()->trainX.rows() > 0 && panel.dataset()->trainX.rows() < 5000);
        for (const int label : panel.dataset()->trainY) QVERIFY(label == 1 || label == 3);
        QCOMPARE(panel.dataset()->testX.rows(), 1000);  // the others stay in the test set

        // A later choice of data drops a choice made for the earlier one.
        panel.setSpec(QStringLiteral("sample"));
        panel.setNormalClasses({2});
        panel.setSpec(QStringLiteral("sample"));
        QVERIFY(ae::test::waitForData(panel));
        QCOMPARE(panel.normalClasses(), std::vector<int>{});
        QCOMPARE(panel.dataset()->trainX.rows(), 5000);
    }

    void theWindowCannotTrainWhileLoading() {
        ae::MainWindow w;
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        w.applyData(QStringLiteral("sample"));
        QVERIFY(w.dataPanel()->isLoading());
        QVERIFY(w.trainingControls()->statusText().contains(QStringLiteral("Loading")));
        w.startTraining();  // a no-op until the data is there
        QCOMPARE(w.session()->state(), ae::TrainingSession::State::Idle);
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        QVERIFY(w.dataPanel()->dataset());
        QVERIFY(!w.trainingControls()->statusText().contains(QStringLiteral("Loading")));
    }
};

AELAB_UI_TEST_MAIN(TestDataPanel)
#include "test_data_panel.moc"
