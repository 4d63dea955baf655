#pragma once
// Numeric CSV for tabular data: one sample a row, comma-separated.
//
// - Header row: auto-detected (the first row is a header when none of its fields is a
//   number), or forced with CsvOptions::header.
// - Label column: the one named "label" or "class" in the header (any case), or the index
//   given in CsvOptions::labelColumn. Labels that are all non-negative integers are the
//   class indices themselves; any other labels are class names, numbered in order of
//   first appearance.
// - Split: a column named "split" holding train/test says where each row goes; without
//   it the last 20% of rows (at least one) are the test set.
// - Features are min-max scaled to [0,1] per column with the training rows' min and max
//   (a constant column becomes 0; test values outside the training range are clipped).
// Shape is 1 x 1 x D. Errors name the file, line and column.
#include "core/data/dataset.h"

#include <string>

namespace ae {

struct CsvOptions {
    enum class Header { Auto, Yes, No };
    Header header = Header::Auto;
    int labelColumn = -1;        // 0-based; -1 = by header name ("label"/"class"), or none
    double testFraction = 0.2;   // used when there is no "split" column
};

Dataset parseCsv(const std::string& text, const std::string& name, const CsvOptions& options = {});
Dataset loadCsv(const std::string& path, const CsvOptions& options = {});

} // namespace ae
