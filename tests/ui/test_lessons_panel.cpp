// The Lessons panel: the embedded course loads (and a teacher's folder adds to it), checks are
// drawn passed / failed / not yet with their values and what to do first, passes and the current
// lesson survive a new panel (QSettings), and in the window Set up loads the lesson and a real run
// in the session makes its checks pass (facts from SessionState, never from a model).
#include "data_loading.h"
#include "slowdown.h"
#include "ui/lessons/lesson_library.h"
#include "ui/lessons/lessons_panel.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/session/training_session.h"
#include "ui/window/main_window.h"
#include "ui_fixture.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace ae;
using nlohmann::json;

namespace {

int indexOf(const std::vector<Lesson>& lessons, const std::string& id) {
    for (int i = 0; i < int(lessons.size()); ++i)
        if (lessons[i].id == id) return i;
    return -1;
}

QString shownText(const LessonsPanel& panel) { return panel.findChild<QTextBrowser*>()->toPlainText(); }

} // namespace

class TestLessonsPanel : public QObject {
    Q_OBJECT
private slots:
    void theEmbeddedCourseLoads() {
        const LessonLibrary library = loadLessons(lessonFolders());
        QVERIFY2(library.errors.isEmpty(), qPrintable(library.errors.join('\n')));
        QCOMPARE(library.lessons.size(), std::size_t(9));
        QCOMPARE(library.lessons.front().id, std::string("01-what-is-an-autoencoder"));
        QCOMPARE(library.lessons.back().id, std::string("09-distances"));
    }

    void aTeachersFolderAddsAndReplacesLessons() {
        QTemporaryDir dir;
        QFile mine(dir.filePath("10-mine.json"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write(R"({"order": 10, "title": {"en": "Mine"}, "text": {"en": "T"}, "setup": {"config": {"variant": "deep"}},
                       "steps": [], "checks": [{"text": {"en": "c"}, "left": "/params", "op": ">", "right": 0}]})");
        mine.close();
        QFile replaced(dir.filePath("02-undercomplete.json"));
        QVERIFY(replaced.open(QIODevice::WriteOnly));
        replaced.write(R"({"order": 2, "title": {"en": "Replaced"}, "text": {"en": "T"}, "setup": {"config": {}}, "steps": [], "checks": []})");
        replaced.close();
        QFile broken(dir.filePath("11-broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"order": 11, "title": {"en": "B"}})");
        broken.close();
        const LessonLibrary library = loadLessons({QStringLiteral(":/lessons"), dir.path()});
        QCOMPARE(library.lessons.size(), std::size_t(10));
        QCOMPARE(library.lessons.back().title.en, std::string("Mine"));
        QCOMPARE(library.lessons[1].title.en, std::string("Replaced"));
        QCOMPARE(library.errors.size(), 1);
        QVERIFY2(library.errors[0].contains("11-broken.json") && library.errors[0].contains("\"text\""), qPrintable(library.errors[0]));
    }

    void checksShowTheirValuesAndPassesAreRemembered() {
        std::vector<Lesson> lessons = loadLessons(lessonFolders()).lessons;
        const int conv = indexOf(lessons, "05-convolutional");
        QVERIFY(conv >= 0);
        {
            LessonsPanel panel(lessons, QStringLiteral("en"));
            panel.setCurrentLesson(conv);
            QVERIFY(shownText(panel).contains("train first"));
            // A dense run is not this lesson's: the checks wait for one that is.
            panel.setRunFacts({{"params", 50992}, {"config", {{"architecture", "dense"}}}, {"code_activity", {{"units", 32}}}});
            QVERIFY(shownText(panel).contains("press Set up, then Train"));
            QCOMPARE(panel.results(conv)[0].status, CheckResult::Status::NotYet);
            // A conv run with the wrong filters fails, with its value.
            panel.setRunFacts({{"params", 3000}, {"config", {{"architecture", "conv"}}}, {"code_activity", {{"units", 64}}},
                               {"reconstruction_baseline", nullptr}});
            QCOMPARE(panel.results(conv)[0].status, CheckResult::Status::Failed);
            QVERIFY(shownText(panel).contains("✗ The conv network has 3,000 parameters"));
            QVERIFY(!panel.hasPassed(conv, 0));
            // Seed 001's network passes; the CLI-only comparison says where it is measured.
            panel.setRunFacts({{"params", 4385}, {"config", {{"architecture", "conv"}}}, {"code_activity", {{"units", 128}}},
                               {"reconstruction_baseline", nullptr}});
            QVERIFY2(shownText(panel).contains("✓ The conv network has 4,385 parameters (seed 001: 4,385)"), qPrintable(shownText(panel)));
            QVERIFY(shownText(panel).contains("measured by aelab-cli"));
            bool counted = false;
            for (const QLabel* label : panel.findChildren<QLabel*>()) counted = counted || label->text().startsWith("Checks passed now: 2 of 3");
            QVERIFY(counted);
            QVERIFY(panel.hasPassed(conv, 0) && panel.hasPassed(conv, 1) && !panel.hasPassed(conv, 2));
        }
        // A new panel (the next session) opens on the same lesson and remembers the passes.
        LessonsPanel panel(lessons, QStringLiteral("ja"));
        QCOMPARE(panel.currentLesson(), conv);
        QVERIFY(panel.hasPassed(conv, 0));
        QVERIFY2(shownText(panel).contains("(passed before)"), qPrintable(shownText(panel)));  // no translator in tests: the English marker
        QVERIFY(shownText(panel).contains("畳み込み"));
    }

    void sweepChecksReadTheSweepsRuns() {
        std::vector<Lesson> lessons = loadLessons(lessonFolders()).lessons;
        const int sparse = indexOf(lessons, "03-sparse");
        LessonsPanel panel(lessons, QStringLiteral("en"));
        panel.setCurrentLesson(sparse);
        QVERIFY(shownText(panel).contains("run the lesson's sweep first"));
        const auto run = [](double value, double active, double meanAbs, double reconstruction) {
            return json{{"value", value}, {"test_reconstruction", reconstruction}, {"code_activity", {{"active_fraction", active}, {"mean_abs", meanAbs}}}};
        };
        panel.setSweepFacts({{"parameter", "l1"}, {"runs", {run(1e-8, 0.78, 3.4, 0.24), run(1e-6, 0.7, 3.3, 0.241), run(1e-4, 0.41, 3.0, 0.245)}}});
        QVERIFY2(shownText(panel).contains("✓ With L1 1e-4 fewer code values are active than with 1e-8: 41 % vs 78 %"), qPrintable(shownText(panel)));
        for (const auto& r : panel.results(sparse)) QCOMPARE(r.status, CheckResult::Status::Passed);
    }

    void setUpLoadsTheLessonAndARealRunPassesItsChecks() {
        MainWindow w;
        w.show();
        QVERIFY(test::waitForData(*w.dataPanel()));
        auto* panel = w.findChild<LessonsPanel*>();
        QVERIFY(panel);
        const int anomaly = indexOf(panel->lessons(), "07-anomaly-detection");
        panel->setCurrentLesson(anomaly);
        emit panel->setupRequested(anomaly);
        QCOMPARE(w.dataPanel()->normalClasses(), std::vector<int>{1});
        QCOMPARE(w.modelPanel()->config().epochs, 20);
        QVERIFY(w.findChild<QDockWidget*>("anomalyDock")->isVisible());

        const int first = indexOf(panel->lessons(), "01-what-is-an-autoencoder");
        panel->setCurrentLesson(first);
        emit panel->setupRequested(first);
        QVERIFY(test::waitForData(*w.dataPanel()));
        QCOMPARE(w.modelPanel()->config().latent, 2);
        QVERIFY(w.dataPanel()->normalClasses().empty());
        ModelConfig quick = w.modelPanel()->config();
        quick.epochs = 2;  // the lesson says 5; two are enough for its checks
        w.modelPanel()->setConfig(quick);
        QSignalSpy finished(w.session(), &TrainingSession::finished);
        w.startTraining();
        QVERIFY(finished.wait(test::scaledMs(120000)));
        // The facts follow the session on a short timer, so on a loaded machine the panel can
        // still hold epoch 1's facts (where "lower than after epoch 1" is false) when the
        // session has finished: wait for the final ones.
        const auto allPassed = [&] {
            for (const auto& r : panel->results(first))
                if (r.status != CheckResult::Status::Passed) return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allPassed(), 5000);
        for (const auto& r : panel->results(first)) QCOMPARE(r.status, CheckResult::Status::Passed);
        QVERIFY(shownText(*panel).contains("✓ 784→2→784 has 3,922 parameters"));
    }
};

AELAB_UI_TEST_MAIN(TestLessonsPanel)
#include "test_lessons_panel.moc"
