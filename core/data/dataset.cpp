#include "core/data/dataset.h"

#include <algorithm>

namespace ae {

namespace {

std::string joined(const std::vector<int>& v)
{
    std::string s;
    for (int x : v) {  // appended, not prepended: GCC 12 warns (-Wrestrict) on "," + string
        if (!s.empty())
            s += ',';
        s += std::to_string(x);
    }
    return s;
}

void checkLimit(int n, const char* what)
{
    if (n < 0)
        throw Error::worded("%1 limit %2 is negative; use 0 to keep every row", what, n);
}

} // namespace

void keepTrainingClasses(Dataset& d, const std::vector<int>& normal)
{
    if (normal.empty())
        return;
    if (d.classNames.empty())
        throw Error::worded("cannot keep training classes %1: dataset '%2' has no labels", joined(normal), d.name);
    for (int c : normal)
        if (c < 0 || c >= d.classCount())
            throw Error::worded("class %1 does not exist: dataset '%2' has classes 0..%3", c, d.name, d.classCount() - 1);

    std::vector<Eigen::Index> rows;
    for (std::size_t i = 0; i < d.trainY.size(); ++i)
        if (std::find(normal.begin(), normal.end(), d.trainY[i]) != normal.end())
            rows.push_back(Eigen::Index(i));
    if (rows.empty())
        throw Error::worded("no training sample of class %1 in dataset '%2'", joined(normal), d.name);

    Matrix kept(Eigen::Index(rows.size()), d.trainX.cols());
    std::vector<int> keptY(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        kept.row(Eigen::Index(k)) = d.trainX.row(rows[k]);
        keptY[k] = d.trainY[std::size_t(rows[k])];
    }
    d.trainX = std::move(kept);
    d.trainY = std::move(keptY);
}

Matrix testRowsOfClasses(const Dataset& d, const std::vector<int>& classes)
{
    if (classes.empty())
        return d.testX;
    std::vector<Eigen::Index> rows;
    for (std::size_t i = 0; i < d.testY.size() && Eigen::Index(i) < d.testX.rows(); ++i)
        if (std::find(classes.begin(), classes.end(), d.testY[i]) != classes.end())
            rows.push_back(Eigen::Index(i));
    Matrix kept(Eigen::Index(rows.size()), d.testX.cols());
    for (std::size_t k = 0; k < rows.size(); ++k)
        kept.row(Eigen::Index(k)) = d.testX.row(rows[k]);
    return kept;
}

void limitTraining(Dataset& d, int n)
{
    checkLimit(n, "training");
    if (n == 0 || n >= d.trainX.rows())
        return;
    d.trainX.conservativeResize(n, Eigen::NoChange);
    d.trainY.resize(std::size_t(n));
}

void limitTest(Dataset& d, int n)
{
    checkLimit(n, "test");
    if (n == 0 || n >= d.testX.rows())
        return;
    d.testX.conservativeResize(n, Eigen::NoChange);
    d.testY.resize(std::size_t(n));
}

} // namespace ae
