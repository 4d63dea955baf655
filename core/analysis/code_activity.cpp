#include "core/analysis/code_activity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {

double hoyerSparsity(const double* values, std::ptrdiff_t n, std::ptrdiff_t stride) {
    if (n <= 1) return 1.0;
    double l1 = 0, l2 = 0;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const double v = std::fabs(values[i * stride]);
        l1 += v;
        l2 += v * v;
    }
    if (l2 == 0) return 1.0;
    const double root = std::sqrt(static_cast<double>(n));
    // Round-off can push the ratio a hair outside [1, √n].
    return std::clamp((root - l1 / std::sqrt(l2)) / (root - 1.0), 0.0, 1.0);
}

CodeActivity codeActivity(const Matrix& codes, double epsilon) {
    CodeActivity a;
    a.epsilon = epsilon;
    a.samples = codes.rows();
    a.units = static_cast<int>(codes.cols());
    a.unitMeanActivation.assign(static_cast<std::size_t>(a.units), 0.0);
    const Eigen::Index n = codes.rows(), d = codes.cols();
    if (n == 0 || d == 0) return a;

    // One double copy, column-major, so both sparsities read contiguous or strided doubles.
    const Eigen::MatrixXd z = codes.cast<double>();
    long long active = 0;
    double absSum = 0;
    for (Eigen::Index j = 0; j < d; ++j) {
        bool fires = false;
        double sum = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double v = z(i, j);
            sum += v;
            absSum += std::fabs(v);
            if (std::fabs(v) > epsilon) {
                ++active;
                fires = true;
            }
        }
        if (!fires) ++a.deadUnits;
        a.unitMeanActivation[static_cast<std::size_t>(j)] = sum / static_cast<double>(n);
        a.lifetimeSparsity += hoyerSparsity(z.col(j).data(), n);
    }
    const double entries = static_cast<double>(n) * static_cast<double>(d);
    a.activeFraction = static_cast<double>(active) / entries;
    a.meanAbs = absSum / entries;
    a.lifetimeSparsity /= static_cast<double>(d);
    for (Eigen::Index i = 0; i < n; ++i) a.populationSparsity += hoyerSparsity(z.data() + i, d, n);
    a.populationSparsity /= static_cast<double>(n);
    return a;
}

std::vector<Eigen::Index> mostActiveRows(const Matrix& codes, int unit, int k) {
    if (unit < 0 || unit >= codes.cols() || k <= 0) return {};
    std::vector<Eigen::Index> rows(static_cast<std::size_t>(codes.rows()));
    for (Eigen::Index i = 0; i < codes.rows(); ++i) rows[static_cast<std::size_t>(i)] = i;
    const auto take = std::min<std::size_t>(rows.size(), static_cast<std::size_t>(k));
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(take), rows.end(), [&](Eigen::Index a, Eigen::Index b) {
        const float za = std::fabs(codes(a, unit)), zb = std::fabs(codes(b, unit));
        return za != zb ? za > zb : a < b;
    });
    rows.resize(take);
    return rows;
}

double atomAmplitude(const Matrix& codes, int unit, double epsilon) {
    const std::vector<Eigen::Index> top = mostActiveRows(codes, unit, 1);
    if (top.empty()) return 1.0;
    const double z = codes(top.front(), unit);
    return std::fabs(z) > epsilon && std::isfinite(z) ? z : 1.0;
}

Histogram histogram(const Matrix& values, int bins, double lo, double hi) {
    if (bins < 1) throw Error("a histogram needs at least one bin, got " + std::to_string(bins));
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi))
        throw Error("a histogram needs a finite range lo < hi, got [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    Histogram h;
    h.lo = lo;
    h.hi = hi;
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    const double scale = static_cast<double>(bins) / (hi - lo);
    for (Eigen::Index k = 0; k < values.size(); ++k) {
        const double v = values.data()[k];
        if (std::isnan(v)) continue;
        const double position = std::floor((v - lo) * scale);
        const auto bin = static_cast<std::size_t>(std::clamp(position, 0.0, static_cast<double>(bins - 1)));
        ++h.counts[bin];
    }
    return h;
}

Histogram histogram(const Matrix& values, int bins) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (Eigen::Index k = 0; k < values.size(); ++k) {
        const double v = values.data()[k];
        if (!std::isfinite(v)) continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (lo > hi) return histogram(values, bins, 0.0, 1.0);
    if (lo == hi) return histogram(values, bins, lo - 0.5, hi + 0.5);
    return histogram(values, bins, lo, hi);
}

} // namespace ae
