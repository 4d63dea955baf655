// The co-ranking matrix, R_NX(K) and per-point trustworthiness and continuity: hand examples,
// limiting cases, agreement with the global metrics and with an independent numpy computation.
#include "core/analysis/coranking.h"
#include "core/analysis/distances.h"
#include "core/analysis/distortion.h"

#include <QtTest>

#include <algorithm>

#include <cmath>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>
#include <string>

using ae::Matrix;

namespace {

Matrix gaussian(int n, int d, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g;
    Matrix m(n, d);
    for (int i = 0; i < m.size(); ++i) m.data()[i] = g(rng);
    return m;
}

Matrix column(std::initializer_list<float> values) {
    Matrix m(static_cast<Eigen::Index>(values.size()), 1);
    int i = 0;
    for (float v : values) m(i++, 0) = v;
    return m;
}

// Numeric CSV rows, dropping a header row and the first `skipColumns` columns.
Matrix readCsv(const std::string& path, int skipColumns) {
    std::ifstream in(path);
    std::vector<std::vector<float>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || std::isalpha(static_cast<unsigned char>(line[0]))) continue;
        std::stringstream ss(line);
        std::string field;
        std::vector<float> row;
        for (int c = 0; std::getline(ss, field, ','); ++c)
            if (c >= skipColumns) row.push_back(std::stof(field));
        rows.push_back(row);
    }
    Matrix m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.empty() ? 0 : rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j) m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
    return m;
}

double mean(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size()); }

} // namespace

class TestCoRanking : public QObject {
    Q_OBJECT
private slots:
    void fourPointsByHand() {
        // Inputs on a line at 0, 1, 3, 7; codes at 0, 2, 1, 7. Ranks (input, code) of j from i:
        //   i=0: j=1 (1,2), j=2 (2,1), j=3 (3,3)      i=1: j=0 (1,2), j=2 (2,1), j=3 (3,3)
        //   i=2: j=0 (2,1), j=1 (1,2), j=3 (3,3)      i=3: j=0 (3,3), j=1 (2,1), j=2 (1,2)
        // Point 2's codes 0 and 1 are both 1 away: the tie goes to the lower index, point 0.
        // So Q(1,2) = Q(2,1) = Q(3,3) = 4, Q_NX(1) = 0, Q_NX(2) = 8 / (2 * 4) = 1, and
        // R_NX(1) = (3*0 - 1) / (3 - 1) = -0.5, R_NX(2) = (3*1 - 2) / (3 - 2) = 1,
        // AUC = (-0.5/1 + 1/2) / (1 + 1/2) = 0.
        const Matrix dx = ae::pairwiseDistances(column({0, 1, 3, 7}));
        const Matrix dz = ae::pairwiseDistances(column({0, 2, 1, 7}));
        const ae::CoRankingMatrix q = ae::coRankingMatrix(dx, dz);
        QCOMPARE(q.points, 4);
        const int want[3][3] = {{0, 4, 0}, {4, 0, 0}, {0, 0, 4}};
        for (int k = 1; k <= 3; ++k)
            for (int l = 1; l <= 3; ++l) QCOMPARE(q.at(k, l), want[k - 1][l - 1]);
        const ae::QualityCurve c = ae::qualityCurve(q);
        QCOMPARE(c.qnx, (std::vector<double>{0.0, 1.0}));
        QCOMPARE(c.rnx, (std::vector<double>{-0.5, 1.0}));
        QCOMPARE(c.auc, 0.0);
    }

    void perfectEmbeddingIsOneEverywhere() {
        // Any similarity keeps every rank: Q is N times the identity and R_NX(K) = 1 for all K.
        const Matrix x = gaussian(60, 8, 1);
        const Matrix dx = ae::pairwiseDistances(x);
        const Matrix dz = ae::pairwiseDistances(Matrix(3.0f * x));
        const ae::CoRankingMatrix q = ae::coRankingMatrix(dx, dz);
        for (int k = 1; k < 60; ++k) QCOMPARE(q.at(k, k), 60);
        const ae::QualityCurve c = ae::qualityCurve(dx, dz);
        QCOMPARE(c.rnx.size(), std::size_t{58});
        for (double r : c.rnx) QCOMPARE(r, 1.0);
        QCOMPARE(c.auc, 1.0);
    }

    void randomEmbeddingIsAboutZero() {
        // Codes unrelated to the inputs keep K/(N-1) of each neighbourhood by chance, which
        // R_NX removes. At N = 200 the chance part of the first few K is a few hundredths.
        const Matrix dx = ae::pairwiseDistances(gaussian(200, 10, 2));
        const Matrix dz = ae::pairwiseDistances(gaussian(200, 2, 3));
        const ae::QualityCurve c = ae::qualityCurve(dx, dz);
        QVERIFY2(std::abs(c.auc) < 0.03, qPrintable(QString::number(c.auc)));
        for (std::size_t k = 49; k < c.rnx.size(); ++k) QVERIFY(std::abs(c.rnx[k]) < 0.05);
        // A code that keeps part of the structure lies between chance and perfect.
        const Matrix x = gaussian(200, 10, 2);
        const ae::QualityCurve partial = ae::qualityCurve(dx, ae::pairwiseDistances(Matrix(x.leftCols(2))));
        QVERIFY(partial.auc > 0.1 && partial.auc < 0.9);
    }

    void rowsAndColumnsSumToN() {
        const Matrix dx = ae::pairwiseDistances(gaussian(40, 5, 4));
        Matrix z = gaussian(40, 2, 5);
        z.row(7) = z.row(3);  // a duplicated code: distance ties broken by index
        const ae::CoRankingMatrix q = ae::coRankingMatrix(dx, ae::pairwiseDistances(z));
        for (int a = 1; a < 40; ++a) {
            long row = 0, col = 0;
            for (int b = 1; b < 40; ++b) {
                row += q.at(a, b);
                col += q.at(b, a);
            }
            QCOMPARE(row, 40L);
            QCOMPARE(col, 40L);
        }
    }

    // The binned matrix a view draws keeps every pair, and its K = 10 corner is exact: the pairs
    // in it over 10 N are Q_NX(10).
    void binnedMatrixKeepsCountsAndTheSmallCorner() {
        const int n = 300;
        const Matrix x = gaussian(n, 6, 21);
        const ae::CoRankingMatrix q = ae::coRankingMatrix(ae::pairwiseDistances(x), ae::pairwiseDistances(Matrix(x.leftCols(2))));
        const ae::BinnedCoRanking b = ae::binCoRanking(q, 20);
        QCOMPARE(b.points, n);
        QCOMPARE(b.edges.front(), 1);
        QCOMPARE(b.edges.back(), n);
        QVERIFY(std::is_sorted(b.edges.begin(), b.edges.end()));
        QVERIFY(std::adjacent_find(b.edges.begin(), b.edges.end()) == b.edges.end());  // no empty bin
        QVERIFY(b.bins() < 40);
        for (int r = 1; r <= ae::BinnedCoRanking::kSingleRankBins; ++r) QCOMPARE(b.edges[std::size_t(r - 1)], r);
        double total = 0, corner = 0;
        for (int i = 0; i < b.bins(); ++i)
            for (int j = 0; j < b.bins(); ++j) {
                total += b.at(i, j);
                if (b.edges[std::size_t(i)] <= 10 && b.edges[std::size_t(j)] <= 10) corner += b.at(i, j);
            }
        QCOMPARE(total, double(n) * (n - 1));
        QVERIFY(std::abs(corner / (10.0 * n) - ae::qualityCurve(q).qnx[9]) < 1e-12);
        QCOMPARE(ae::binCoRanking(ae::CoRankingMatrix{}).bins(), 0);
    }

    void matrixAndHistogramAgreeOnAnyThreads() {
        const Matrix x = gaussian(90, 6, 6);
        Matrix z = x.leftCols(2);
        z = (z * 4.0f).array().round().matrix();  // codes on a grid: many tied distances
        const Matrix dx = ae::pairwiseDistances(x), dz = ae::pairwiseDistances(z);
        const ae::CoRankingMatrix one = ae::coRankingMatrix(dx, dz, 1);
        const ae::CoRankingMatrix two = ae::coRankingMatrix(dx, dz, 2);
        QVERIFY(one.counts == two.counts);
        const ae::QualityCurve fromMatrix = ae::qualityCurve(one);
        for (int threads : {1, 2}) {
            const ae::QualityCurve direct = ae::qualityCurve(dx, dz, threads);
            QCOMPARE(direct.qnx, fromMatrix.qnx);
            QCOMPARE(direct.rnx, fromMatrix.rnx);
            QCOMPARE(direct.auc, fromMatrix.auc);
        }
    }

    void trustworthinessFromTheMatrix() {
        // Venna & Kaski's trustworthiness is the lower-left part of the co-ranking matrix
        // (Lee & Verleysen 2009, eq. 12): pairs within k in the code but beyond k in the input,
        // weighed by how far beyond. Continuity is the upper-right part. Both ranked the same way.
        const int n = 70, k = 7;
        Matrix z = gaussian(n, 2, 8);
        z = (z * 3.0f).array().round().matrix();
        const Matrix dx = ae::pairwiseDistances(gaussian(n, 9, 7)), dz = ae::pairwiseDistances(z);
        const ae::CoRankingMatrix q = ae::coRankingMatrix(dx, dz);
        long long trust = 0, cont = 0;
        for (int a = k + 1; a < n; ++a)
            for (int b = 1; b <= k; ++b) {
                trust += static_cast<long long>(a - k) * q.at(a, b);
                cont += static_cast<long long>(a - k) * q.at(b, a);
            }
        const double norm = 2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0));
        QCOMPARE(ae::trustworthiness(dx, dz, k), 1.0 - norm * static_cast<double>(trust));
        QCOMPARE(ae::continuity(dx, dz, k), 1.0 - norm * static_cast<double>(cont));
    }

    void perPointMeansAreTheGlobalMetrics() {
        const Matrix x = gaussian(120, 12, 9);
        Matrix z = x.leftCols(2) + 0.5f * gaussian(120, 2, 10);
        z = (z * 2.0f).array().round().matrix();  // ties too
        const Matrix dx = ae::pairwiseDistances(x), dz = ae::pairwiseDistances(z);
        const ae::PointDistortion p = ae::pointDistortion(dx, dz, 10);
        QCOMPARE(p.k, 10);
        QCOMPARE(p.trustworthiness.size(), std::size_t{120});
        const ae::DistortionMetrics m = ae::distortionFromDistances(dx, dz, 10);
        // Equal up to the rounding of a mean of 120 doubles.
        QVERIFY(std::abs(mean(p.trustworthiness) - m.trustworthiness) < 1e-13);
        QVERIFY(std::abs(mean(p.continuity) - m.continuity) < 1e-13);
        double kept = 0;
        for (int c : p.kept) kept += c;
        QCOMPARE(kept / (120.0 * 10), m.knn);
        // Lossy codes: some point must have lost something, and none can be above 1.
        QVERIFY(*std::min_element(p.trustworthiness.begin(), p.trustworthiness.end()) < 1.0);
        QVERIFY(*std::max_element(p.continuity.begin(), p.continuity.end()) <= 1.0);
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::pointDistortion(dx, dz, 60));
    }

    void agreesWithNumpyAndSklearn() {
        // scripts/reference_quality.py on the distortion fixture: its own ranks, co-ranking
        // matrix and per-point formula in numpy, per-point means checked against scikit-learn.
        const std::string dir = AELAB_FIXTURES_DIR "/analysis/";
        const Matrix x = readCsv(dir + "inputs.csv", 0);
        const Matrix z = readCsv(dir + "codes.csv", 2);  // index,label,z0,z1
        QCOMPARE(x.rows(), 60);
        std::ifstream in(dir + "reference_quality_k5.txt");
        std::string kind;
        double auc = -2;
        std::vector<double> rnx, trust, cont;
        while (in >> kind) {
            if (kind[0] == '#') {
                std::getline(in, kind);
            } else if (kind == "auc") {
                in >> auc;
            } else if (kind == "rnx") {
                int k = 0;
                double v = 0;
                in >> k >> v;
                rnx.push_back(v);
            } else if (kind == "point") {
                int i = 0;
                double t = 0, c = 0;
                in >> i >> t >> c;
                trust.push_back(t);
                cont.push_back(c);
            }
        }
        QCOMPARE(rnx.size(), std::size_t{58});
        QCOMPARE(trust.size(), std::size_t{60});
        const Matrix dx = ae::pairwiseDistances(x), dz = ae::pairwiseDistances(z);
        const ae::QualityCurve c = ae::qualityCurve(dx, dz, 2);
        QVERIFY(std::abs(c.auc - auc) < 1e-6);
        for (std::size_t k = 0; k < rnx.size(); ++k) QVERIFY2(std::abs(c.rnx[k] - rnx[k]) < 1e-6, qPrintable(QString::number(k + 1)));
        const ae::PointDistortion p = ae::pointDistortion(dx, dz, 5);
        for (std::size_t i = 0; i < trust.size(); ++i) {
            QVERIFY(std::abs(p.trustworthiness[i] - trust[i]) < 1e-6);
            QVERIFY(std::abs(p.continuity[i] - cont[i]) < 1e-6);
        }
    }

    void rejectsBadArguments() {
        const Matrix d = ae::pairwiseDistances(gaussian(10, 2, 11));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::coRankingMatrix(d, d.topLeftCorner(9, 9)));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::qualityCurve(d.topLeftCorner(2, 2), d.topLeftCorner(2, 2)));
        Matrix nan = d;
        nan(1, 2) = nan(2, 1) = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::qualityCurve(d, nan));
    }
};

QTEST_APPLESS_MAIN(TestCoRanking)
#include "test_coranking.moc"
