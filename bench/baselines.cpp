// The distance baselines' eigen-decompositions, the full one against the leading pairs only,
// interleaved in one run on the window's probe (the first 1,000 MNIST test images):
//   cmake --build build --target bench_baselines && build/bench/bench_baselines [repeats]
#include "core/analysis/distances.h"
#include "core/analysis/leading_eigen.h"
#include "core/analysis/mds.h"
#include "core/analysis/pca.h"
#include "core/data/dataset_locator.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

template <class F>
double seconds(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const ae::Dataset data = ae::loadDatasetByName("mnist");
    const ae::Matrix probe = data.testX.topRows(1000);

    const Eigen::MatrixXd centred = probe.cast<double>().rowwise() - probe.cast<double>().colwise().mean();
    const Eigen::MatrixXd covariance = centred.transpose() * centred / static_cast<double>(probe.rows());
    const Eigen::MatrixXd squared = ae::pairwiseDistances(probe).cast<double>().array().square().matrix();
    const Eigen::Index n = squared.rows();
    const Eigen::MatrixXd centring = Eigen::MatrixXd::Identity(n, n) - Eigen::MatrixXd::Constant(n, n, 1.0 / n);
    const Eigen::MatrixXd gram = -0.5 * centring * squared * centring;

    std::printf("%-28s %4s %12s %12s %9s\n", "matrix", "k", "full s", "leading s", "max |dl|");
    for (const auto& [name, m] : {std::pair{"covariance 784 x 784", &covariance}, std::pair{"MDS Gram 1000 x 1000", &gram}}) {
        for (int k : {2, 32}) {
            std::vector<double> full, leading;
            double worst = 0;
            for (int r = 0; r < repeats; ++r) {
                Eigen::VectorXd reference;
                full.push_back(seconds([&] {
                    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(*m);
                    reference = eig.eigenvalues().tail(k).reverse();
                }));
                ae::LeadingEigen got;
                leading.push_back(seconds([&] { got = ae::leadingEigenpairs(*m, k); }));
                worst = std::max(worst, (got.values - reference).cwiseAbs().maxCoeff() / reference(0));
            }
            std::printf("%-28s %4d %12.4f %12.4f %9.1e\n", name, k, median(full), median(leading), worst);
        }
    }
    std::vector<double> pca, mds, reference;
    const ae::Matrix distances = ae::pairwiseDistances(probe);
    for (int r = 0; r < repeats; ++r) {
        pca.push_back(seconds([&] { ae::fitPca(probe, 2); }));
        mds.push_back(seconds([&] { ae::classicalMds(distances, 2); }));
        reference.push_back(seconds([&] { ae::fitPca(data.trainX, 2); }));
    }
    std::printf("fitPca(probe, 2) %.4f s, classicalMds(probe, 2) %.4f s, fitPca(60,000 training images, 2) %.4f s\n",
                median(pca), median(mds), median(reference));
}
