#include "core/data/dataset.h"

#include <algorithm>

namespace ae {

namespace {

std::string joined(const std::vector<int>& v)
{
    std::string s;
    for (int x : v)
        s += (s.empty() ? "" : ",") + std::to_string(x);
    return s;
}

void checkLimit(int n, const char* what)
{
    if (n < 0)
        throw Error(std::string(what) + " limit " + std::to_string(n) + " is negative; use 0 to keep every row");
}

} // namespace

void keepTrainingClasses(Dataset& d, const std::vector<int>& normal)
{
    if (normal.empty())
        return;
    if (d.classNames.empty())
        throw Error("cannot keep training classes " + joined(normal) + ": dataset '" + d.name + "' has no labels");
    for (int c : normal)
        if (c < 0 || c >= d.classCount())
            throw Error("class " + std::to_string(c) + " does not exist: dataset '" + d.name + "' has classes 0.." +
                        std::to_string(d.classCount() - 1));

    std::vector<Eigen::Index> rows;
    for (std::size_t i = 0; i < d.trainY.size(); ++i)
        if (std::find(normal.begin(), normal.end(), d.trainY[i]) != normal.end())
            rows.push_back(Eigen::Index(i));
    if (rows.empty())
        throw Error("no training sample of class " + joined(normal) + " in dataset '" + d.name + "'");

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
