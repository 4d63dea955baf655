// Lesson files and their checks: parsing refuses what a teacher could get wrong with a message
// naming the place, and each operator, operand source and format is evaluated against report
// JSON as docs/lessons.md says.
#include "core/lessons/lesson.h"

#include "error_message.h"

#include <QtTest>

using namespace ae;
using nlohmann::json;

namespace {

// A minimal valid lesson with `checks` (and `extra` keys merged in).
std::string lessonText(const json& checks, const json& extra = json::object()) {
    json doc = {{"order", 3},
                {"title", {{"en", "Title"}, {"ja", "題"}}},
                {"text", {{"en", "Text"}}},
                {"setup", {{"config", {{"variant", "conv"}}}, {"views", {"activityDock"}}}},
                {"steps", json::array({{{"en", "One"}, {"ja", "一"}}})},
                {"checks", checks}};
    doc.update(extra);
    return doc.dump();
}

json check(const json& left, const std::string& op, const json& right) {
    return {{"text", {{"en", "{left} vs {right}"}, {"ja", "{left} と {right}"}}}, {"left", left}, {"op", op}, {"right", right}};
}

CheckResult::Status statusOf(const json& c, const LessonFacts& facts, const json& extra = json::object()) {
    const Lesson lesson = parseLesson(lessonText(json::array({c}), extra), "x", "x.json");
    return evaluateCheck(lesson, lesson.checks[0], facts).status;
}

const json kRun = {{"params", 4385},
                   {"config", {{"architecture", "conv"}, {"l1", 0.0}}},
                   {"test_reconstruction", nullptr},
                   {"reconstruction_baseline", {{"pca_test_mse", 0.0168}, {"model_test_mse", 0.0169}}},
                   {"code_activity", {{"active_fraction", 0.41}}}};
const json kSweep = {{"parameter", "l1"},
                     {"runs", {{{"value", 1e-8}, {"code_activity", {{"active_fraction", 0.78}}}},
                               {{"value", 1e-4}, {"code_activity", {{"active_fraction", 0.41}}}}}}};

} // namespace

class TestLesson : public QObject {
    Q_OBJECT
private slots:
    void parsesEveryPart() {
        const json extra = {{"run", {{"/config/architecture", "conv"}}},
                            {"setup", {{"config", {{"variant", "sparse"}, {"l1", 1e-6}}},
                                       {"data", "mnist"},
                                       {"normal", {1}},
                                       {"views", {"activityDock", "lossDock"}},
                                       {"sweep", {{"parameter", "l1"}, {"values", {1e-8, 1e-6, 1e-4}}}}}}};
        json c = check("/reconstruction_baseline/model_test_mse", "within", "/reconstruction_baseline/pca_test_mse");
        c["percent"] = 2;
        c["format"] = "percent";
        c["needs"] = {{"en", "train first"}, {"ja", "まず学習"}};
        const Lesson l = parseLesson(lessonText(json::array({c}), extra), "03-sparse", "03-sparse.json");
        QCOMPARE(l.id, std::string("03-sparse"));
        QCOMPARE(l.order, 3);
        QCOMPARE(l.title.in("ja"), std::string("題"));
        QCOMPARE(l.text.in("ja"), std::string("Text"));  // no Japanese: the English
        QCOMPARE(l.steps.size(), std::size_t(1));
        QCOMPARE(l.setup.data, std::string("mnist"));
        QCOMPARE(l.setup.normal, std::vector<int>{1});
        QCOMPARE(l.setup.views, (std::vector<std::string>{"activityDock", "lossDock"}));
        QVERIFY(l.setup.sweep);
        QCOMPARE(l.setup.sweep->values, (std::vector<double>{1e-8, 1e-6, 1e-4}));
        QVERIFY(l.setup.config.find("\"l1\"") != std::string::npos);
        QCOMPARE(l.runMatches.size(), std::size_t(1));
        QCOMPARE(l.checks[0].op, CheckOperator::Within);
        QCOMPARE(l.checks[0].percent, 2.0);
        QCOMPARE(l.checks[0].format, std::string("percent"));
        QCOMPARE(l.checks[0].needs.in("ja"), std::string("まず学習"));
        QCOMPARE(l.checks[0].left.source, CheckOperand::Source::Run);
    }

    void refusesMistakesNamingThePlace() {
        const json ok = check("/params", "==", 4385);
        VERIFY_MESSAGE(parseLesson("{", "x", "x.json"), "x.json", "not JSON");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({check("/params", "=~", 1)})), "x", "x.json"), "x.json",
                       "checks[0].op", "\"=~\"");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({ok, check("params", "==", 1)})), "x", "x.json"), "checks[1].left",
                       "not a JSON pointer");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({check("/params", "within", 1)})), "x", "x.json"), "checks[0]",
                       "\"percent\"");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({check("/a", "==", json::array())})), "x", "x.json"),
                       "checks[0].right");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({check({{"sweep", "l1"}, {"value", 1}}, "==", 1)})), "x", "x.json"),
                       "checks[0].left", "\"pointer\"");
        json badFormat = ok;
        badFormat["format"] = "hex";
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({badFormat})), "x", "x.json"), "checks[0].format");
        json noEnglish = ok;
        noEnglish["text"] = {{"ja", "だけ"}};
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({noEnglish})), "x", "x.json"), "checks[0].text", "\"en\"");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({ok}), {{"setup", {{"config", {{"variant", "nope"}}}}}}), "x", "x.json"),
                       "setup.config", "nope");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({ok}), {{"setup", {{"config", json::object()}, {"sweep", {{"parameter", "colour"}, {"values", {1}}}}}}}),
                                   "x", "x.json"),
                       "setup.sweep", "colour");
        VERIFY_MESSAGE(parseLesson(lessonText(json::array({ok}), {{"setup", {{"config", json::object()}, {"normal", {-1}}}}}), "x", "x.json"),
                       "setup.normal");
        json noOrder = json::parse(lessonText(json::array({ok})));
        noOrder.erase("order");
        VERIFY_MESSAGE(parseLesson(noOrder.dump(), "x", "x.json"), "\"order\"");
    }

    void everyOperatorCompares() {
        const LessonFacts f{kRun, nullptr};
        using S = CheckResult::Status;
        QCOMPARE(statusOf(check("/params", "==", 4385), f), S::Passed);
        QCOMPARE(statusOf(check("/params", "==", 4384), f), S::Failed);
        QCOMPARE(statusOf(check("/params", "!=", 4384), f), S::Passed);
        QCOMPARE(statusOf(check("/params", "!=", 4385), f), S::Failed);
        QCOMPARE(statusOf(check("/params", "<", 4386), f), S::Passed);
        QCOMPARE(statusOf(check("/params", "<", 4385), f), S::Failed);
        QCOMPARE(statusOf(check("/params", "<=", 4385), f), S::Passed);
        QCOMPARE(statusOf(check("/params", "<=", 4384), f), S::Failed);
        QCOMPARE(statusOf(check("/params", ">", 4384), f), S::Passed);
        QCOMPARE(statusOf(check("/params", ">", 4385), f), S::Failed);
        QCOMPARE(statusOf(check("/params", ">=", 4385), f), S::Passed);
        QCOMPARE(statusOf(check("/params", ">=", 4386), f), S::Failed);
        // within p % of the right side: 0.0169 is 0.6 % above 0.0168.
        json within = check("/reconstruction_baseline/model_test_mse", "within", "/reconstruction_baseline/pca_test_mse");
        within["percent"] = 1;
        QCOMPARE(statusOf(within, f), S::Passed);
        within["percent"] = 0.5;
        QCOMPARE(statusOf(within, f), S::Failed);
        // A boolean reads as 1 or 0.
        QCOMPARE(statusOf(check("/b", "==", 1), LessonFacts{{{"b", true}}, nullptr}), S::Passed);
    }

    void missingValuesSayWhatToDoFirst() {
        const Lesson l = parseLesson(lessonText(json::array({check("/test_reconstruction", "<", 1),
                                                             check("/absent/key", "<", 1),
                                                             check({{"sweep", "l1"}, {"value", 1e-6}, {"pointer", "/code_activity/active_fraction"}}, "<", 1),
                                                             check({{"sweep", "beta"}, {"value", 1e-4}, {"pointer", "/code_activity/active_fraction"}}, "<", 1),
                                                             check("/params", ">", 0)}),
                                                 {{"run", {{"/config/architecture", "conv"}}}}),
                                     "x", "x.json");
        const LessonFacts f{kRun, kSweep};
        for (int i : {0, 1}) {
            const auto r = evaluateCheck(l, l.checks[i], f);
            QCOMPARE(r.status, CheckResult::Status::NotYet);
            QCOMPARE(r.missing, std::string("run"));  // null, or not in this report
        }
        QCOMPARE(evaluateCheck(l, l.checks[2], f).missing, std::string("sweep"));  // no run with 1e-6
        QCOMPARE(evaluateCheck(l, l.checks[3], f).missing, std::string("sweep"));  // another parameter's sweep
        QCOMPARE(evaluateCheck(l, l.checks[4], f).status, CheckResult::Status::Passed);
        QCOMPARE(evaluateCheck(l, l.checks[4], LessonFacts{}).missing, std::string("run"));
        // A run of another architecture is not this lesson's: its checks wait.
        json dense = kRun;
        dense["config"]["architecture"] = "dense";
        QCOMPARE(evaluateCheck(l, l.checks[4], LessonFacts{dense, nullptr}).missing, std::string("lesson-run"));
        QVERIFY(runMatchesLesson(l, kRun));
        QVERIFY(!runMatchesLesson(l, dense));
    }

    void sweepRunsAreFoundByTheirValue() {
        const json c = check({{"sweep", "l1"}, {"value", 1e-4}, {"pointer", "/code_activity/active_fraction"}}, "<",
                             {{"sweep", "l1"}, {"value", 1e-8}, {"pointer", "/code_activity/active_fraction"}});
        const Lesson l = parseLesson(lessonText(json::array({c})), "x", "x.json");
        const auto r = evaluateCheck(l, l.checks[0], LessonFacts{nullptr, kSweep});
        QCOMPARE(r.status, CheckResult::Status::Passed);
        QCOMPARE(r.left, 0.41);
        QCOMPARE(r.right, 0.78);
        json reversed = kSweep;
        std::swap(reversed["runs"][0]["value"], reversed["runs"][1]["value"]);
        QCOMPARE(evaluateCheck(l, l.checks[0], LessonFacts{nullptr, reversed}).status, CheckResult::Status::Failed);
    }

    void valuesAreWrittenAsTheFormatSays() {
        QCOMPARE(formatCheckValue(4385, "integer"), std::string("4,385"));
        QCOMPARE(formatCheckValue(50992, "integer"), std::string("50,992"));
        QCOMPARE(formatCheckValue(1234567, "integer"), std::string("1,234,567"));
        QCOMPARE(formatCheckValue(-1234, "integer"), std::string("-1,234"));
        QCOMPARE(formatCheckValue(12, "integer"), std::string("12"));
        QCOMPARE(formatCheckValue(0.41, "percent"), std::string("41 %"));
        QCOMPARE(formatCheckValue(0.016912, "number"), std::string("0.0169"));
        QCOMPARE(formatCheckValue(std::nan(""), "number"), std::string("—"));
        const Lesson l = parseLesson(lessonText(json::array({check("/params", "==", 4385)})), "x", "x.json");
        CheckResult r = evaluateCheck(l, l.checks[0], LessonFacts{kRun, nullptr});
        QCOMPARE(checkSentence(l.checks[0], r, "en"), std::string("4.38e+03 vs 4.38e+03"));
        QCOMPARE(checkSentence(l.checks[0], CheckResult{}, "ja"), std::string("… と …"));
    }
};

QTEST_APPLESS_MAIN(TestLesson)
#include "test_lesson.moc"
