#include "core/data/csv.h"

#include "core/data/idx.h" // readFileBytes

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

namespace ae {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

// The whole field as a double, or nothing when it is not exactly one number.
std::optional<double> toNumber(std::string_view s)
{
    s = trim(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<int> toClassIndex(std::string_view s)
{
    s = trim(s);
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v < 0)
        return std::nullopt;
    return v;
}

struct Row {
    int line = 0; // 1-based, for messages
    std::vector<std::string> fields;
};

class CsvReader {
public:
    explicit CsvReader(std::string name) : name_(std::move(name)) {}


    // Splits one line; a quoted field may hold commas and doubled quotes, not line breaks.
    std::vector<std::string> split(std::string_view line, int lineNo) const
    {
        std::vector<std::string> fields;
        std::string field;
        std::size_t i = 0;
        for (;;) {
            field.clear();
            const std::size_t start = i;
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i < line.size() && line[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= line.size())
                        throw Error::worded("%1: line %2: a quoted field in column %3 has no closing quote (quoted fields cannot span lines)", name_, lineNo, fields.size() + 1);
                    if (line[i] == '"') {
                        if (i + 1 < line.size() && line[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += line[i++];
                }
                while (i < line.size() && line[i] != ',')
                    if (line[i] != ' ' && line[i] != '\t')
                        throw Error::worded("%1: line %2, column %3: text after the closing quote of a quoted field", name_, lineNo, fields.size() + 1);
                    else
                        ++i;
            } else {
                i = start;
                while (i < line.size() && line[i] != ',')
                    field += line[i++];
            }
            fields.push_back(field);
            if (i >= line.size())
                break;
            ++i; // the comma
        }
        return fields;
    }

    std::vector<Row> rows(std::string_view text) const
    {
        if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte-order mark
            text.remove_prefix(3);
        std::vector<Row> out;
        int lineNo = 0;
        while (!text.empty()) {
            ++lineNo;
            const std::size_t nl = text.find('\n');
            std::string_view line = text.substr(0, nl);
            text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (trim(line).empty())
                continue;
            out.push_back(Row{lineNo, split(line, lineNo)});
        }
        return out;
    }

private:
    std::string name_;
};

} // namespace

Dataset parseCsv(const std::string& text, const std::string& name, const CsvOptions& options)
{
    if (!(options.testFraction > 0 && options.testFraction < 1))
        throw Error::worded("%1: test fraction %2 must be between 0 and 1", name, std::to_string(options.testFraction));
    const CsvReader reader(name);
    std::vector<Row> rows = reader.rows(text);
    if (rows.empty())
        throw Error::worded("%1: is empty; a CSV dataset needs numeric rows, one sample a line", name);

    const std::size_t columns = rows.front().fields.size();
    for (const Row& r : rows)
        if (r.fields.size() != columns)
            throw Error::worded("%1: line %2: has %3 fields, expected %4 like line %5", name, r.line, r.fields.size(), columns, rows.front().line);

    bool hasHeader = options.header == CsvOptions::Header::Yes;
    if (options.header == CsvOptions::Header::Auto)
        hasHeader = std::none_of(rows.front().fields.begin(), rows.front().fields.end(),
                                 [](const std::string& f) { return toNumber(f).has_value(); });
    std::vector<std::string> header;
    if (hasHeader) {
        for (const std::string& f : rows.front().fields)
            header.emplace_back(trim(f));
        rows.erase(rows.begin());
    }
    // The column's number and its header, for the messages' "column %3".
    auto columnName = [&](std::size_t c) {
        return std::to_string(c + 1) + (header.empty() ? "" : " (" + header[c] + ")");
    };

    int labelCol = options.labelColumn;
    if (labelCol >= int(columns))
        throw Error::worded("%1: label column %2 does not exist; the file has %3 columns", name, labelCol + 1, columns);
    int splitCol = -1;
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string h = lower(header[c]);
        if (labelCol < 0 && (h == "label" || h == "class"))
            labelCol = int(c);
        else if (h == "split" && int(c) != labelCol)
            splitCol = int(c);
    }
    std::vector<std::size_t> featureCols;
    for (std::size_t c = 0; c < columns; ++c)
        if (int(c) != labelCol && int(c) != splitCol)
            featureCols.push_back(c);
    if (featureCols.empty()) {
        // Every column is the label or the split, and a row has at least one field.
        if (splitCol < 0) throw Error::worded("%1: has no numeric columns, only the label column", name);
        if (labelCol < 0) throw Error::worded("%1: has no numeric columns, only the split column", name);
        throw Error::worded("%1: has no numeric columns, only the label and the split column", name);
    }
    if (rows.empty())
        throw Error::worded("%1: has a header but no data rows", name);

    const std::size_t n = rows.size(), dims = featureCols.size();
    std::vector<double> values(n * dims);
    std::vector<char> isTest(n, 0);
    for (std::size_t r = 0; r < n; ++r) {
        const Row& row = rows[r];
        for (std::size_t k = 0; k < dims; ++k) {
            const std::string& f = row.fields[featureCols[k]];
            const std::string where = columnName(featureCols[k]);
            if (trim(f).empty())
                throw Error::worded("%1: line %2, column %3: empty value", name, row.line, where);
            const std::optional<double> v = toNumber(f);
            if (!v && header.empty())
                throw Error::worded("%1: line %2, column %3: '%4' is not a number (if this column holds class names, add a header row naming it \"label\")", name, row.line, where, f);
            if (!v)
                throw Error::worded("%1: line %2, column %3: '%4' is not a number", name, row.line, where, f);
            if (!std::isfinite(*v))
                throw Error::worded("%1: line %2, column %3: '%4' is not a finite number", name, row.line, where, f);
            values[r * dims + k] = *v;
        }
        if (splitCol >= 0) {
            const std::string s = lower(trim(row.fields[std::size_t(splitCol)]));
            if (s != "train" && s != "test")
                throw Error::worded("%1: line %2, column %3: '%4' must be train or test", name, row.line, columnName(std::size_t(splitCol)), row.fields[std::size_t(splitCol)]);
            isTest[r] = s == "test";
        }
    }
    if (splitCol >= 0) {
        const auto tests = std::size_t(std::count(isTest.begin(), isTest.end(), 1));
        if (tests == 0 || tests == n)
        {
            if (tests) throw Error::worded("%1: the split column marks every row as test; at least one row of each is needed", name);
            throw Error::worded("%1: the split column marks every row as train; at least one row of each is needed", name);
        }
    } else {
        if (n < 2)
            throw Error::worded("%1: has 1 data row; at least 2 are needed (one to train on, one to test)", name);
        const auto tests = std::max<std::size_t>(1, std::size_t(std::llround(double(n) * options.testFraction)));
        std::fill(isTest.end() - std::ptrdiff_t(std::min(tests, n - 1)), isTest.end(), 1);
    }

    Dataset d;
    d.name = name;
    d.files = {name};
    d.shape = Shape{1, 1, int(dims)};

    std::vector<int> labels(n, -1);
    if (labelCol >= 0) {
        const auto lc = std::size_t(labelCol);
        bool allIndices = true;
        int top = -1;
        for (const Row& row : rows) {
            const std::optional<int> idx = toClassIndex(row.fields[lc]);
            allIndices = allIndices && idx.has_value();
            if (idx)
                top = std::max(top, *idx);
        }
        if (allIndices) {
            // Class indices name classes 0..top: a stray 2147483647 must not ask for 2^31 names.
            constexpr int kMaxClassIndex = 9999;
            for (std::size_t r = 0; r < n; ++r) {
                labels[r] = *toClassIndex(rows[r].fields[lc]);
                if (labels[r] > kMaxClassIndex)
                    throw Error::worded("%1: line %2, column %3: class index %4 is above %5 (numeric labels are class indices 0, 1, 2, ...)", name, rows[r].line, columnName(lc), labels[r], kMaxClassIndex);
            }
            for (int c = 0; c <= top; ++c)
                d.classNames.push_back(std::to_string(c));
        } else {
            for (std::size_t r = 0; r < n; ++r) {
                const std::string label(trim(rows[r].fields[lc]));
                if (label.empty())
                    throw Error::worded("%1: line %2, column %3: empty label", name, rows[r].line, columnName(lc));
                auto it = std::find(d.classNames.begin(), d.classNames.end(), label);
                if (it == d.classNames.end())
                    it = d.classNames.insert(d.classNames.end(), label);
                labels[r] = int(it - d.classNames.begin());
            }
        }
    }

    std::vector<double> lo(dims, HUGE_VAL), hi(dims, -HUGE_VAL);
    for (std::size_t r = 0; r < n; ++r)
        if (!isTest[r])
            for (std::size_t k = 0; k < dims; ++k) {
                lo[k] = std::min(lo[k], values[r * dims + k]);
                hi[k] = std::max(hi[k], values[r * dims + k]);
            }

    const auto tests = Eigen::Index(std::count(isTest.begin(), isTest.end(), 1));
    d.trainX.resize(Eigen::Index(n) - tests, Eigen::Index(dims));
    d.testX.resize(tests, Eigen::Index(dims));
    Eigen::Index trainRow = 0, testRow = 0;
    for (std::size_t r = 0; r < n; ++r) {
        Matrix& X = isTest[r] ? d.testX : d.trainX;
        const Eigen::Index i = isTest[r] ? testRow++ : trainRow++;
        for (std::size_t k = 0; k < dims; ++k) {
            const double range = hi[k] - lo[k];
            const double v = range > 0 ? std::clamp((values[r * dims + k] - lo[k]) / range, 0.0, 1.0) : 0.0;
            X(i, Eigen::Index(k)) = float(v);
        }
        (isTest[r] ? d.testY : d.trainY).push_back(labels[r]);
    }
    return d;
}

Dataset loadCsv(const std::string& path, const CsvOptions& options)
{
    const std::vector<unsigned char> bytes = readFileBytes(path);
    return parseCsv(std::string(bytes.begin(), bytes.end()), path, options);
}

} // namespace ae
