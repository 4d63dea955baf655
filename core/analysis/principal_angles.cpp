#include "core/analysis/principal_angles.h"

#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <string>

namespace ae {

namespace {

// Orthonormal columns spanning the rows of m (D x rank), in double: a float basis would put a
// floor of about 1e-3 degrees under every angle.
Eigen::MatrixXd orthonormalBasis(const Matrix& m) {
    const Eigen::MatrixXd t = m.cast<double>().transpose();
    Eigen::BDCSVD<Eigen::MatrixXd> svd(t, Eigen::ComputeThinU);
    const Eigen::VectorXd& s = svd.singularValues();
    // A dead code unit leaves a zero (or tiny) decoder row; it spans nothing.
    const double tolerance = s.size() > 0 ? s(0) * 1e-6 * static_cast<double>(std::max(t.rows(), t.cols())) : 0;
    Eigen::Index rank = 0;
    while (rank < s.size() && s(rank) > tolerance) ++rank;
    return svd.matrixU().leftCols(rank);
}

} // namespace

std::vector<double> principalAngles(const Matrix& a, const Matrix& b) {
    if (a.cols() != b.cols())
        throw Error("principal angles: the subspaces live in R^" + std::to_string(a.cols()) + " and R^" +
                    std::to_string(b.cols()));
    if (!a.allFinite() || !b.allFinite()) throw Error("principal angles: the bases hold NaN or infinite values");
    const Eigen::MatrixXd qa = orthonormalBasis(a);
    const Eigen::MatrixXd qb = orthonormalBasis(b);
    if (qa.cols() == 0 || qb.cols() == 0) return {};
    const Eigen::MatrixXd m = qa.transpose() * qb;
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(m);
    const Eigen::VectorXd& cosines = svd.singularValues();  // descending
    std::vector<double> angles;
    angles.reserve(static_cast<std::size_t>(cosines.size()));
    for (Eigen::Index i = 0; i < cosines.size(); ++i) angles.push_back(std::acos(std::clamp(cosines(i), 0.0, 1.0)));
    return angles;  // ascending, as the cosines descend
}

} // namespace ae
