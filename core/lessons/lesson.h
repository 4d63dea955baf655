#pragma once
// A lesson of the course (docs/lessons.md): its text in English and Japanese, how to set the lab
// up for it, its steps, and checks that are data, not code -- each compares numbers read out of
// the learner's own run report (docs/report.md) or out of a sweep's report by JSON pointer. A
// teacher adds a lesson by writing one file; nothing here knows a particular lesson.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ae {

// One piece of text in both languages. `in("ja")` falls back to English when a file has no
// Japanese for it.
struct LessonText {
    std::string en;
    std::string ja;
    const std::string& in(const std::string& language) const { return language == "ja" && !ja.empty() ? ja : en; }
};

// Where a check reads a number: a constant, a JSON pointer into the run's report, or a JSON
// pointer into the report of the sweep run whose swept `parameter` had `value`.
struct CheckOperand {
    enum class Source { Constant, Run, Sweep };
    Source source = Source::Constant;
    double constant = 0;
    std::string pointer;     // "/code_activity/active_fraction"
    std::string parameter;   // a sweep's parameter key ("l1"), Source::Sweep only
    double value = 0;        // the swept value of the run meant
};

enum class CheckOperator { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Within };

struct LessonCheck {
    LessonText text;          // may name the measured values as {left} and {right}
    CheckOperand left;
    CheckOperator op = CheckOperator::Equal;
    CheckOperand right;
    double percent = 0;       // Within: |left - right| <= percent % of |right|
    std::string format = "number";  // how {left}/{right} are written: number, integer, percent
    LessonText needs;         // what to do first when a value is not there yet (empty: the panel's default)
};

struct LessonSweep {
    std::string parameter;    // a key of sweepParameters() ("l1")
    std::vector<double> values;
};

// What the Set up button does.
struct LessonSetup {
    std::string config;              // a configuration file's JSON (a preset "variant" and overrides)
    std::string data = "sample";     // a Data panel spec: "sample", "mnist", "fashion"
    std::vector<int> normal;         // normal classes (anomaly detection); empty: every class
    std::vector<std::string> views;  // dock object names to show; the first is raised
    std::optional<LessonSweep> sweep;
};

struct Lesson {
    std::string id;          // the file's name without ".json"; progress is kept under it
    int order = 0;           // lessons are listed by order, then id
    LessonText title;
    LessonText text;
    LessonSetup setup;
    std::vector<LessonText> steps;
    // The run shown is this lesson's when the report holds these values at these pointers
    // ({"/config/architecture": "conv"}); otherwise the run checks wait for one that is.
    std::vector<std::pair<std::string, nlohmann::json>> runMatches;
    std::vector<LessonCheck> checks;
};

// Parses a lesson file; throws Error naming `origin` and what is wrong (a missing key, an unknown
// operator, a pointer that is not a JSON pointer, a configuration that does not parse).
Lesson parseLesson(const std::string& json, const std::string& id, const std::string& origin);

// What the checks are evaluated against: the run's report and a sweep's report (null when there
// is none yet).
struct LessonFacts {
    nlohmann::json run;
    nlohmann::json sweep;
};

struct CheckResult {
    enum class Status { Passed, Failed, NotYet };
    Status status = Status::NotYet;
    double left = 0, right = 0;          // the numbers compared (Passed, Failed)
    // NotYet: what is missing -- "run" (no run report, or the value is null), "lesson-run" (the
    // run shown is not this lesson's), "sweep" (no sweep of the parameter with that value).
    std::string missing;
};

// Whether the run report belongs to `lesson` (every runMatches entry holds); false without a run.
bool runMatchesLesson(const Lesson& lesson, const nlohmann::json& run);
CheckResult evaluateCheck(const Lesson& lesson, const LessonCheck& check, const LessonFacts& facts);

// "4,385", "41 %", "0.0169": a measured value as a check's text shows it.
std::string formatCheckValue(double value, const std::string& format);
// The check's text with {left} and {right} replaced by the measured values.
std::string checkSentence(const LessonCheck& check, const CheckResult& result, const std::string& language);

} // namespace ae
