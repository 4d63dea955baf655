#include "core/analysis/psnr.h"

#include <cmath>

namespace ae {

double psnrFromMse(double mse) {
    constexpr double kFloor = 1e-10;  // 10·log10(1 / 1e-10) = kPsnrCap
    return mse <= kFloor ? kPsnrCap : -10.0 * std::log10(mse);
}

std::vector<double> rowPsnr(const Matrix& clean, const Matrix& test) {
    if (clean.rows() != test.rows() || clean.cols() != test.cols())
        throw Error("PSNR needs images of the same shape, got " + std::to_string(clean.rows()) + "x" +
                    std::to_string(clean.cols()) + " and " + std::to_string(test.rows()) + "x" + std::to_string(test.cols()));
    std::vector<double> out(static_cast<std::size_t>(clean.rows()));
    const double d = clean.cols() > 0 ? static_cast<double>(clean.cols()) : 1.0;
    for (Eigen::Index i = 0; i < clean.rows(); ++i)
        out[static_cast<std::size_t>(i)] = psnrFromMse((clean.row(i) - test.row(i)).cast<double>().squaredNorm() / d);
    return out;
}

double meanPsnr(const Matrix& clean, const Matrix& test) {
    const std::vector<double> p = rowPsnr(clean, test);
    double sum = 0;
    for (double v : p) sum += v;
    return p.empty() ? 0.0 : sum / static_cast<double>(p.size());
}

} // namespace ae
