#include "core/analysis/principal_angles.h"

#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace ae {

namespace {

// Orthonormal columns spanning the rows of m (D x rank), in double: a float basis would put a
// floor of about 1e-3 degrees under every angle.
Eigen::MatrixXd orthonormalBasis(const Matrix& m) {
    const Eigen::MatrixXd t = m.cast<double>().transpose();
    // Jacobi, not BDCSVD: t has at most a few hundred columns, where both are quick, and BDCSVD's
    // templates alone took a minute of every sanitizer build's compile.
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(t, Eigen::ComputeThinU);
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
    Eigen::MatrixXd qa = orthonormalBasis(a);
    Eigen::MatrixXd qb = orthonormalBasis(b);
    if (qa.cols() == 0 || qb.cols() == 0) return {};
    if (qb.cols() > qa.cols()) std::swap(qa, qb);  // the angles are symmetric; qb is the smaller span
    // acos loses half the digits near 0 (acos(1 - 1e-16) is already 1.5e-8 rad) and asin near
    // pi/2, so each angle comes from whichever of its cosine and sine is the better conditioned
    // (Knyazev & Argentati 2002). The cosines are the singular values of Qaᵀ Qb, the sines those
    // of Qb's part outside span(Qa); both descend, so the sines pair with the cosines reversed.
    const Eigen::VectorXd cosines = Eigen::JacobiSVD<Eigen::MatrixXd>(qa.transpose() * qb).singularValues();
    const Eigen::VectorXd sines =
        Eigen::JacobiSVD<Eigen::MatrixXd>(qb - qa * (qa.transpose() * qb)).singularValues();
    const Eigen::Index k = qb.cols();
    std::vector<double> angles;
    angles.reserve(static_cast<std::size_t>(k));
    for (Eigen::Index i = 0; i < k; ++i) {
        const double c = std::clamp(cosines(i), 0.0, 1.0);
        const double s = std::clamp(sines(k - 1 - i), 0.0, 1.0);
        angles.push_back(c * c >= 0.5 ? std::asin(s) : std::acos(c));
    }
    return angles;  // ascending, as the cosines descend
}

} // namespace ae
