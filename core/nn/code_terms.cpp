#include "core/nn/code_terms.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ae {

namespace {

void requireGrad(const char* what, const Matrix* grad, const Matrix& like)
{
    if (grad && (grad->rows() != like.rows() || grad->cols() != like.cols()))
        throw Error(std::string(what) + ": gradient buffer is " + std::to_string(grad->rows()) + "x" +
                    std::to_string(grad->cols()) + " but the code is " + std::to_string(like.rows()) + "x" +
                    std::to_string(like.cols()));
}

void requireRows(const char* what, const Matrix& z)
{
    if (z.rows() == 0) throw Error(std::string(what) + " of an empty batch");
}

// Squared Euclidean distances between rows from the Gram matrix (one GEMM), clamped at 0
// because cancellation can make near-duplicates slightly negative.
MatrixD squaredDistances(const MatrixD& gram)
{
    const Eigen::VectorXd n = gram.diagonal();
    MatrixD sq = (-2.0 * gram).colwise() + n;
    sq.rowwise() += n.transpose();
    return sq.cwiseMax(0.0);
}

} // namespace

double l1Activity(const Matrix& z, float lambda, Matrix* grad)
{
    requireRows("L1 activity penalty", z);
    requireGrad("L1 activity penalty", grad, z);
    const double n = static_cast<double>(z.rows());
    const double value = lambda * z.array().abs().cast<double>().sum() / n;
    if (grad) grad->array() += z.array().sign() * static_cast<float>(lambda / n);
    return value;
}

double klSparsity(const Matrix& z, float rho, float weight, Matrix* grad)
{
    requireRows("KL sparsity penalty", z);
    requireGrad("KL sparsity penalty", grad, z);
    if (!(rho > 0.0f && rho < 1.0f))
        throw Error("KL sparsity target rho must lie strictly between 0 and 1, got " + std::to_string(rho));
    const double n = static_cast<double>(z.rows());
    const Eigen::VectorXd rhoHat =
        (z.cast<double>().colwise().sum().transpose() / n).cwiseMax(1e-6).cwiseMin(1.0 - 1e-6);
    const double r = rho;
    double value = 0;
    for (Eigen::Index j = 0; j < rhoHat.size(); ++j)
        value += r * std::log(r / rhoHat[j]) + (1 - r) * std::log((1 - r) / (1 - rhoHat[j]));
    if (grad) {
        // The derivative is taken at the clamped rhoHat even when clamping is active (rather than
        // the clamp's zero slope), so a unit that went fully dead is still pushed back.
        const Eigen::RowVectorXf d =
            (static_cast<double>(weight) * (-r / rhoHat.array() + (1 - r) / (1 - rhoHat.array())) / n).cast<float>().transpose();
        grad->rowwise() += d;
    }
    return weight * value;
}

double vaeKl(const Matrix& mu, const Matrix& logvar, float weight, Matrix* gradMu, Matrix* gradLogvar)
{
    requireRows("VAE KL term", mu);
    if (mu.rows() != logvar.rows() || mu.cols() != logvar.cols())
        throw Error("VAE KL term: mu is " + std::to_string(mu.rows()) + "x" + std::to_string(mu.cols()) +
                    " but logvar is " + std::to_string(logvar.rows()) + "x" + std::to_string(logvar.cols()));
    requireGrad("VAE KL term (mu)", gradMu, mu);
    requireGrad("VAE KL term (logvar)", gradLogvar, logvar);
    const double n = static_cast<double>(mu.rows());
    const auto m = mu.array();
    const auto lv = logvar.array();
    const double sum = (1.0f + lv - m.square() - lv.exp()).cast<double>().sum();
    const auto scale = static_cast<float>(weight / n);
    if (gradMu) gradMu->array() += m * scale;
    if (gradLogvar) gradLogvar->array() += (lv.exp() - 1.0f) * (0.5f * scale);
    return -0.5 * weight * sum / n;
}

double pairwiseDistanceTerm(const Matrix& x, const Matrix& z, float weight, Matrix* grad)
{
    if (x.rows() != z.rows())
        throw Error("pairwise distance term: " + std::to_string(x.rows()) + " inputs but " +
                    std::to_string(z.rows()) + " codes");
    requireGrad("pairwise distance term", grad, z);
    const Eigen::Index n = z.rows();
    if (n < 2) return 0.0; // no pairs
    const double pairs = 0.5 * static_cast<double>(n) * static_cast<double>(n - 1);

    // Input distances: the GEMM in float (x is wide, e.g. 784); codes are narrow, so theirs
    // is in double, which keeps the gradient accurate for close codes.
    Matrix gx(n, n);
    gx.noalias() = x * x.transpose();
    MatrixD dx = squaredDistances(gx.cast<double>()).cwiseSqrt();
    dx.diagonal().setZero();
    const double meanDx = dx.sum() / (2.0 * pairs);
    if (!(meanDx > 0.0)) return 0.0; // identical inputs: no distances to preserve

    // The epsilon keeps d(dz)/dz = (z_k - z_l)/dz finite for coinciding codes.
    constexpr double kEps = 1e-12;
    const MatrixD zd = z.cast<double>();
    MatrixD gz(n, n);
    gz.noalias() = zd * zd.transpose();
    MatrixD dz = (squaredDistances(gz).array() + kEps).sqrt().matrix();
    dz.diagonal().setZero();
    const double meanDz = dz.sum() / (2.0 * pairs); // >= sqrt(kEps) > 0

    // Off-diagonal sums count each pair twice; the diagonal holds zeros throughout.
    const MatrixD diff = dz / meanDz - dx / meanDx; // b - a
    const double value = weight * 0.5 * diff.squaredNorm() / pairs;
    if (grad) {
        // dL/db_kl = 2w/M (b - a); mean(dz) depends on every dz_kl, giving
        // dL/ddz_kl = g_kl/mean(dz) - sum_{i<j}(g_ij dz_ij) / (M mean(dz)^2).
        const MatrixD g = (2.0 * weight / pairs) * diff;
        const double s = 0.5 * g.cwiseProduct(dz).sum();
        MatrixD safeDz = dz;
        safeDz.diagonal().setOnes(); // the diagonal is zeroed below; avoid 0/0 there
        MatrixD q = (g.array() / meanDz - s / (pairs * meanDz * meanDz)) / safeDz.array();
        q.diagonal().setZero();
        // grad_k = sum_l q_kl (z_k - z_l) = rowsum(q)_k z_k - (q z)_k
        MatrixD gzk = q.rowwise().sum().asDiagonal() * zd;
        gzk.noalias() -= q * zd;
        *grad += gzk.cast<float>();
    }
    return value;
}

double pairwiseStressTerm(const Matrix& x, const Matrix& z, float weight, Matrix* grad)
{
    if (x.rows() != z.rows())
        throw Error("pairwise stress term: " + std::to_string(x.rows()) + " inputs but " + std::to_string(z.rows()) +
                    " codes");
    requireGrad("pairwise stress term", grad, z);
    const Eigen::Index n = z.rows();
    if (n < 2) return 0.0;
    // Distances as in pairwiseDistanceTerm. Sums over the full symmetric matrices count each pair
    // twice, which the ratio does not see.
    Matrix gx(n, n);
    gx.noalias() = x * x.transpose();
    MatrixD dx = squaredDistances(gx.cast<double>()).cwiseSqrt();
    dx.diagonal().setZero();
    const double xx = dx.squaredNorm();
    if (!(xx > 0.0)) return 0.0;
    constexpr double kEps = 1e-12;
    const MatrixD zd = z.cast<double>();
    MatrixD gz(n, n);
    gz.noalias() = zd * zd.transpose();
    MatrixD dz = (squaredDistances(gz).array() + kEps).sqrt().matrix();
    dz.diagonal().setZero();
    const double zz = dz.squaredNorm();  // > 0: every off-diagonal entry is at least sqrt(kEps)
    const double xz = dx.cwiseProduct(dz).sum();
    const double value = weight * (1.0 - xz * xz / (xx * zz));
    if (grad) {
        // dL/ddz_kl = -2w xz / (xx zz) * (dx_kl - (xz/zz) dz_kl) per entry; both entries of a
        // pair move with it, and d(dz_kl)/dz_k = (z_k - z_l) / dz_kl.
        const MatrixD g = (-2.0 * weight * xz / (xx * zz)) * (dx - (xz / zz) * dz);
        MatrixD safeDz = dz;
        safeDz.diagonal().setOnes();
        MatrixD q = 2.0 * g.array() / safeDz.array();
        q.diagonal().setZero();
        MatrixD gzk = q.rowwise().sum().asDiagonal() * zd;
        gzk.noalias() -= q * zd;
        *grad += gzk.cast<float>();
    }
    return value;
}

} // namespace ae
