#include "core/lessons/lesson.h"

#include "core/common.h"
#include "core/train/model_config.h"
#include "core/train/sweep.h"

#include <cmath>
#include <cstdio>
#include <utility>

namespace ae {
namespace {

using nlohmann::json;

constexpr std::pair<const char*, CheckOperator> kOperators[] = {
    {"==", CheckOperator::Equal},        {"!=", CheckOperator::NotEqual}, {"<", CheckOperator::Less},
    {"<=", CheckOperator::LessEqual},    {">", CheckOperator::Greater},   {">=", CheckOperator::GreaterEqual},
    {"within", CheckOperator::Within},
};
constexpr const char* kFormats[] = {"number", "integer", "percent"};

[[noreturn]] void fail(const std::string& origin, const std::string& what) { throw Error(origin + ": " + what); }

const json& member(const json& object, const char* key, const std::string& origin, const std::string& where) {
    if (!object.is_object() || !object.contains(key)) fail(origin, where + " has no \"" + key + "\"");
    return object.at(key);
}

LessonText text(const json& value, const std::string& origin, const std::string& where) {
    if (!value.is_object() || !value.contains("en") || !value.at("en").is_string())
        fail(origin, where + " must be an object with an English text \"en\" (and \"ja\")");
    LessonText t{value.at("en").get<std::string>(), {}};
    if (value.contains("ja")) {
        if (!value.at("ja").is_string()) fail(origin, where + ".ja must be a string");
        t.ja = value.at("ja").get<std::string>();
    }
    return t;
}

std::string pointerText(const json& value, const std::string& origin, const std::string& where) {
    if (!value.is_string()) fail(origin, where + " must be a JSON pointer string");
    const auto p = value.get<std::string>();
    if (p.empty() || p[0] != '/') fail(origin, where + " \"" + p + "\" is not a JSON pointer (it starts with /)");
    try {
        (void)json::json_pointer(p);
    } catch (const json::exception& e) {
        fail(origin, where + " \"" + p + "\": " + e.what());
    }
    return p;
}

CheckOperand operand(const json& value, const std::string& origin, const std::string& where) {
    CheckOperand o;
    if (value.is_number()) {
        o.constant = value.get<double>();
    } else if (value.is_string()) {
        o.source = CheckOperand::Source::Run;
        o.pointer = pointerText(value, origin, where);
    } else if (value.is_object()) {
        o.source = CheckOperand::Source::Sweep;
        const json& parameter = member(value, "sweep", origin, where);
        const json& swept = member(value, "value", origin, where);
        if (!parameter.is_string() || !swept.is_number()) fail(origin, where + ": \"sweep\" names a parameter, \"value\" is a number");
        o.parameter = parameter.get<std::string>();
        o.value = swept.get<double>();
        o.pointer = pointerText(member(value, "pointer", origin, where), origin, where + ".pointer");
    } else {
        fail(origin, where + " must be a number, a JSON pointer or {\"sweep\", \"value\", \"pointer\"}");
    }
    return o;
}

LessonCheck check(const json& value, const std::string& origin, const std::string& where) {
    LessonCheck c;
    c.text = text(member(value, "text", origin, where), origin, where + ".text");
    c.left = operand(member(value, "left", origin, where), origin, where + ".left");
    c.right = operand(member(value, "right", origin, where), origin, where + ".right");
    const json& op = member(value, "op", origin, where);
    bool known = false;
    for (const auto& [name, kind] : kOperators)
        if (op.is_string() && op.get<std::string>() == name) c.op = kind, known = true;
    if (!known) fail(origin, where + ".op " + op.dump() + " is not one of ==, !=, <, <=, >, >=, within");
    if (c.op == CheckOperator::Within) {
        const json& percent = member(value, "percent", origin, where);
        if (!percent.is_number() || percent.get<double>() < 0) fail(origin, where + ".percent must be a number ≥ 0");
        c.percent = percent.get<double>();
    }
    if (value.contains("format")) {
        const json& f = value.at("format");
        known = false;
        for (const char* name : kFormats) known = known || (f.is_string() && f.get<std::string>() == name);
        if (!known) fail(origin, where + ".format " + f.dump() + " is not one of number, integer, percent");
        c.format = f.get<std::string>();
    }
    if (value.contains("needs")) c.needs = text(value.at("needs"), origin, where + ".needs");
    return c;
}

LessonSetup setup(const json& value, const std::string& origin) {
    LessonSetup s;
    const json& config = member(value, "config", origin, "setup");
    if (!config.is_object()) fail(origin, "setup.config must be an object (a configuration file's keys)");
    s.config = config.dump();
    try {
        configFromJson(s.config, origin + ": setup.config");  // refused now rather than at Set up
    } catch (const Error& e) {
        fail(origin, std::string("setup.config: ") + e.what());
    }
    if (value.contains("data")) {
        if (!value.at("data").is_string()) fail(origin, "setup.data must be a string");
        s.data = value.at("data").get<std::string>();
    }
    if (value.contains("normal")) {
        const json& normal = value.at("normal");
        if (!normal.is_array()) fail(origin, "setup.normal must be an array of class numbers");
        for (const json& c : normal) {
            if (!c.is_number_integer() || c.get<int>() < 0) fail(origin, "setup.normal holds " + c.dump() + ", not a class number");
            s.normal.push_back(c.get<int>());
        }
    }
    if (value.contains("views")) {
        const json& views = value.at("views");
        if (!views.is_array()) fail(origin, "setup.views must be an array of dock names");
        for (const json& v : views) {
            if (!v.is_string()) fail(origin, "setup.views holds " + v.dump() + ", not a dock name");
            s.views.push_back(v.get<std::string>());
        }
    }
    if (value.contains("sweep")) {
        const json& sweep = value.at("sweep");
        LessonSweep w;
        const json& parameter = member(sweep, "parameter", origin, "setup.sweep");
        const json& values = member(sweep, "values", origin, "setup.sweep");
        if (!parameter.is_string() || !values.is_array() || values.empty())
            fail(origin, "setup.sweep needs a \"parameter\" name and a non-empty array of \"values\"");
        w.parameter = parameter.get<std::string>();
        try {
            (void)sweepParameterFromKey(w.parameter);
        } catch (const Error& e) {
            fail(origin, std::string("setup.sweep: ") + e.what());
        }
        for (const json& v : values) {
            if (!v.is_number()) fail(origin, "setup.sweep.values holds " + v.dump() + ", not a number");
            w.values.push_back(v.get<double>());
        }
        s.sweep = w;
    }
    return s;
}

// The number at `pointer`, or nothing when the document has no number there (null: not measured).
std::optional<double> numberAt(const json& document, const std::string& pointer) {
    if (!document.is_object()) return std::nullopt;
    const json::json_pointer p(pointer);
    if (!document.contains(p)) return std::nullopt;
    const json& v = document.at(p);
    if (v.is_boolean()) return v.get<bool>() ? 1.0 : 0.0;
    if (!v.is_number()) return std::nullopt;
    return v.get<double>();
}

bool sameSweptValue(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)); }

// The operand's number, or what is missing for it ("run", "lesson-run", "sweep").
std::optional<double> resolve(const Lesson& lesson, const CheckOperand& o, const LessonFacts& facts, std::string& missing) {
    switch (o.source) {
    case CheckOperand::Source::Constant:
        return o.constant;
    case CheckOperand::Source::Run:
        if (!facts.run.is_object()) return missing = "run", std::nullopt;
        if (!runMatchesLesson(lesson, facts.run)) return missing = "lesson-run", std::nullopt;
        if (auto v = numberAt(facts.run, o.pointer)) return v;
        return missing = "run", std::nullopt;
    case CheckOperand::Source::Sweep:
        if (facts.sweep.is_object() && facts.sweep.value("parameter", json()) == o.parameter && facts.sweep.contains("runs"))
            for (const json& run : facts.sweep.at("runs"))
                if (run.contains("value") && run.at("value").is_number() && sameSweptValue(run.at("value").get<double>(), o.value))
                    if (auto v = numberAt(run, o.pointer)) return v;
        return missing = "sweep", std::nullopt;
    }
    return std::nullopt;
}

bool holds(CheckOperator op, double l, double r, double percent) {
    switch (op) {
    case CheckOperator::Equal: return l == r;
    case CheckOperator::NotEqual: return l != r;
    case CheckOperator::Less: return l < r;
    case CheckOperator::LessEqual: return l <= r;
    case CheckOperator::Greater: return l > r;
    case CheckOperator::GreaterEqual: return l >= r;
    case CheckOperator::Within: return std::abs(l - r) <= percent / 100.0 * std::abs(r);
    }
    return false;
}

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

} // namespace

Lesson parseLesson(const std::string& text_, const std::string& id, const std::string& origin) {
    json doc;
    try {
        doc = json::parse(text_);
    } catch (const json::parse_error& e) {
        fail(origin, std::string("not JSON: ") + e.what());
    }
    if (!doc.is_object()) fail(origin, "a lesson is a JSON object");
    Lesson l;
    l.id = id;
    const json& order = member(doc, "order", origin, "the lesson");
    if (!order.is_number_integer()) fail(origin, "order must be an integer");
    l.order = order.get<int>();
    l.title = text(member(doc, "title", origin, "the lesson"), origin, "title");
    l.text = text(member(doc, "text", origin, "the lesson"), origin, "text");
    l.setup = setup(member(doc, "setup", origin, "the lesson"), origin);
    const json& steps = member(doc, "steps", origin, "the lesson");
    if (!steps.is_array()) fail(origin, "steps must be an array");
    for (std::size_t i = 0; i < steps.size(); ++i) l.steps.push_back(text(steps[i], origin, "steps[" + std::to_string(i) + "]"));
    if (doc.contains("run")) {
        const json& run = doc.at("run");
        if (!run.is_object()) fail(origin, "run must be an object of JSON pointer: value");
        for (const auto& [pointer, value] : run.items()) l.runMatches.emplace_back(pointerText(pointer, origin, "run"), value);
    }
    const json& checks = member(doc, "checks", origin, "the lesson");
    if (!checks.is_array()) fail(origin, "checks must be an array");
    for (std::size_t i = 0; i < checks.size(); ++i) l.checks.push_back(check(checks[i], origin, "checks[" + std::to_string(i) + "]"));
    return l;
}

bool runMatchesLesson(const Lesson& lesson, const nlohmann::json& run) {
    if (!run.is_object()) return false;
    for (const auto& [pointer, value] : lesson.runMatches) {
        const json::json_pointer p(pointer);
        if (!run.contains(p)) return false;
        const json& actual = run.at(p);
        const bool same = actual.is_number() && value.is_number() ? actual.get<double>() == value.get<double>() : actual == value;
        if (!same) return false;
    }
    return true;
}

CheckResult evaluateCheck(const Lesson& lesson, const LessonCheck& check, const LessonFacts& facts) {
    CheckResult r;
    const auto left = resolve(lesson, check.left, facts, r.missing);
    if (!left) return r;
    const auto right = resolve(lesson, check.right, facts, r.missing);
    if (!right) return r;
    r.left = *left;
    r.right = *right;
    r.status = holds(check.op, r.left, r.right, check.percent) ? CheckResult::Status::Passed : CheckResult::Status::Failed;
    return r;
}

std::string formatCheckValue(double value, const std::string& format) {
    if (!std::isfinite(value)) return "—";
    char buffer[64];
    if (format == "percent") {
        std::snprintf(buffer, sizeof buffer, "%.0f %%", value * 100.0);
        return buffer;
    }
    if (format == "integer") {
        std::snprintf(buffer, sizeof buffer, "%.0f", std::abs(value));
        std::string digits = buffer, grouped;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
            grouped += digits[i];
        }
        return (value < 0 && digits != "0" ? "-" : "") + grouped;
    }
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    return buffer;
}

std::string checkSentence(const LessonCheck& check, const CheckResult& result, const std::string& language) {
    std::string s = check.text.in(language);
    const bool measured = result.status != CheckResult::Status::NotYet;
    replaceAll(s, "{left}", measured ? formatCheckValue(result.left, check.format) : "…");
    replaceAll(s, "{right}", measured ? formatCheckValue(result.right, check.format) : "…");
    return s;
}

} // namespace ae
