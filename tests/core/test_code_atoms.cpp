// Decoder atoms (issue 14): a linear decoder's atom is the unit's weight row times its level; a
// conv unit's atom is local (one channel at one place); the most active rows are the argmax set
// of |z|, and the level is the unit's value on the first of them.
#include "core/analysis/code_activity.h"
#include "core/train/code_atoms.h"

#include <QtTest>

#include <random>

using namespace ae;

namespace {

void randomise(Autoencoder& model, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0, 0.3f);
    std::vector<float> p(model.parameterCount());
    for (float& v : p) v = n(rng);
    model.setParameters(p);
}

} // namespace

class TestCodeAtoms : public QObject {
    Q_OBJECT
private slots:
    void aLinearDecodersAtomIsItsWeightRow() {
        ModelConfig c = presetConfig("undercomplete");
        c.hidden = {};
        c.latent = 3;
        c.codeActivation = Activation::Linear;
        c.outputActivation = Activation::Linear;
        c.loss = LossKind::MeanSquaredError;
        Autoencoder model(c, Shape{1, 2, 2});
        randomise(model, 3);
        const std::vector<int> units{0, 2};
        const std::vector<double> levels{1.0, -2.5};
        const Matrix atoms = decoderAtoms(model, units, levels);
        QCOMPARE(atoms.rows(), 2);
        QCOMPARE(atoms.cols(), 4);
        // The decoder's kernel is stored in x out row-major after the encoder's parameters.
        const float* w = model.parameters().data() + model.decoderOffset();
        for (int k = 0; k < 2; ++k)
            for (int d = 0; d < 4; ++d) {
                const double expected = levels[std::size_t(k)] * w[units[std::size_t(k)] * 4 + d];
                QVERIFY2(std::abs(atoms(k, d) - expected) < 1e-5, qPrintable(QString("unit %1 pixel %2: %3 vs %4").arg(units[std::size_t(k)]).arg(d).arg(atoms(k, d)).arg(expected)));
            }
        // Level 0 draws nothing; a unit outside the code is refused.
        QVERIFY(decoderAtoms(model, {1}, {0.0}).cwiseAbs().maxCoeff() == 0);
        QVERIFY_THROWS_EXCEPTION(Error, decoderAtoms(model, {3}, {1.0}));
        QVERIFY_THROWS_EXCEPTION(Error, decoderAtoms(model, {0, 1}, {1.0}));
    }

    void aConvUnitDrawsOnlyNearItsPlace() {
        ModelConfig c = presetConfig("conv");
        c.convFilters = {4, 2};
        Autoencoder model(c, Shape{1, 28, 28});
        randomise(model, 5);
        const Shape code = model.codeShape();  // 2 x 7 x 7
        QCOMPARE(code.c, 2);
        // Channel 1 at the top-left position: the top-left corner changes, the far corner not.
        const int unit = 1 * code.h * code.w;
        const Matrix atom = decoderAtoms(model, {unit}, {2.0});
        QCOMPARE(atom.cols(), 28 * 28);
        double near = 0, far = 0;
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const double v = std::abs(atom(0, y * 28 + x));
                if (y < 8 && x < 8) near += v;
                if (y >= 16 || x >= 16) far += v;
            }
        QVERIFY2(near > 1e-4, qPrintable(QString::number(near)));
        QCOMPARE(far, 0.0);
    }

    void mostActiveRowsAreTheArgmaxSet() {
        Matrix z(5, 2);
        z << 0.1f, 0, 0.9f, 0, -1.5f, 0, 0.9f, 0, 0.3f, 0;
        const std::vector<Eigen::Index> top = mostActiveRows(z, 0, 3);
        QCOMPARE(top, (std::vector<Eigen::Index>{2, 1, 3}));  // |z| order, ties by row
        QCOMPARE(mostActiveRows(z, 0, 9).size(), std::size_t(5));
        QVERIFY(mostActiveRows(z, 2, 3).empty());
        QCOMPARE(atomAmplitude(z, 0), -1.5);  // signed: the level it really reaches
        QCOMPARE(atomAmplitude(z, 1), 1.0);   // a silent unit is drawn at 1
        QCOMPARE(atomAmplitude(Matrix(0, 2), 0), 1.0);
    }
};

QTEST_APPLESS_MAIN(TestCodeAtoms)
#include "test_code_atoms.moc"
