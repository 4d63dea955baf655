// Dense layer: shapes, Glorot initialisation, forward values and gradients for every activation.
#include "core/nn/dense.h"
#include "gradient_check.h"

#include <QtTest>

using namespace ae;

Q_DECLARE_METATYPE(ae::Activation)

class TestDense : public QObject {
    Q_OBJECT
private slots:
    void shapesAndParams()
    {
        Dense d(784, 32, Activation::ReLU);
        QCOMPARE(d.kind(), std::string("Dense"));
        QCOMPARE(d.inputShape().size(), 784);
        QCOMPARE(d.outputShape().size(), 32);
        QCOMPARE(d.paramCount(), std::size_t(784 * 32 + 32)); // 25,120 as in Keras' summary
        const auto info = d.paramInfo();
        QCOMPARE(info.size(), std::size_t(2));
        QCOMPARE(info[0].name, std::string("kernel"));
        QCOMPARE(info[0].shape, (std::vector<int>{784, 32}));
        QCOMPARE(info[1].name, std::string("bias"));
        QCOMPARE(info[1].shape, (std::vector<int>{32}));
        QCOMPARE(d.activation(), Activation::ReLU);
        QVERIFY_THROWS_EXCEPTION(Error, Dense(0, 3, Activation::Linear));
    }

    void glorotInitialisation()
    {
        Dense d(50, 30, Activation::Linear);
        std::vector<float> p(d.paramCount(), 7.0f), g(d.paramCount());
        d.bind(p.data(), g.data());
        std::mt19937_64 rng(1);
        d.initialize(rng);
        const float limit = std::sqrt(6.0f / 80.0f);
        float maxAbs = 0;
        for (int i = 0; i < 50 * 30; ++i) {
            QVERIFY(std::abs(p[i]) <= limit);
            maxAbs = std::max(maxAbs, std::abs(p[i]));
        }
        QVERIFY(maxAbs > 0.8f * limit); // really spread over the range, not all tiny
        for (std::size_t i = 50 * 30; i < p.size(); ++i) QCOMPARE(p[i], 0.0f);
    }

    void forwardValues()
    {
        // kernel (in=2, out=3) row-major, y = x W + b, then ReLU.
        Dense d(2, 3, Activation::ReLU);
        std::vector<float> p = {1, 2, -3, /**/ 4, -5, 6, /**/ 0.5f, -0.5f, 1};
        std::vector<float> g(p.size());
        d.bind(p.data(), g.data());
        Matrix x(2, 2);
        x << 1, 1, /**/ 2, -1;
        const Matrix& y = d.forward(x, Mode::Infer);
        QCOMPARE(y.rows(), Eigen::Index(2));
        // row 0: [1+4+0.5, 2-5-0.5, -3+6+1] = [5.5, -3.5, 4] -> relu [5.5, 0, 4]
        // row 1: [2-4+0.5, 4+5-0.5, -6-6+1] = [-1.5, 8.5, -11] -> relu [0, 8.5, 0]
        QCOMPARE(y(0, 0), 5.5f);
        QCOMPARE(y(0, 1), 0.0f);
        QCOMPARE(y(0, 2), 4.0f);
        QCOMPARE(y(1, 0), 0.0f);
        QCOMPARE(y(1, 1), 8.5f);
        QCOMPARE(y(1, 2), 0.0f);
        QVERIFY_THROWS_EXCEPTION(Error, d.forward(Matrix::Zero(2, 3), Mode::Infer));
    }

    void gradients_data()
    {
        QTest::addColumn<Activation>("act");
        QTest::newRow("linear") << Activation::Linear;
        QTest::newRow("relu") << Activation::ReLU;
        QTest::newRow("leaky_relu") << Activation::LeakyReLU;
        QTest::newRow("sigmoid") << Activation::Sigmoid;
        QTest::newRow("tanh") << Activation::Tanh;
    }

    void gradients()
    {
        QFETCH(Activation, act);
        Dense d(7, 5, act);
        test::BoundLayer buffers(d, 11);
        test::CheckOptions opt;
        if (act == Activation::ReLU || act == Activation::LeakyReLU) {
            opt.allowKinks = true;
            opt.step = 1e-3f;
        }
        const auto rep = test::checkLayerGradients(d, buffers, test::randomMatrix(4, 7, -1, 1, 12), 13, opt);
        qInfo("Dense %s: max rel error dx %.2e (%d compared, %d kinks), params %.2e (%d compared, %d kinks)",
              nameOf(act).c_str(), rep.input.maxError, rep.input.compared, rep.input.kinks,
              rep.params.maxError, rep.params.compared, rep.params.kinks);
        const double tolerance = 1e-2;
        QVERIFY(rep.input.maxError < tolerance);
        QVERIFY(rep.params.maxError < tolerance);
        QCOMPARE(rep.params.compared + rep.params.kinks, 7 * 5 + 5);
        QVERIFY(rep.input.kinks + rep.params.kinks <= 3); // kinks are rare, not the rule
    }

    void backwardAddsIntoGradients()
    {
        Dense d(3, 2, Activation::Tanh);
        test::BoundLayer buffers(d, 5);
        const Matrix x = test::randomMatrix(4, 3, -1, 1, 6);
        const Matrix dy = test::randomMatrix(4, 2, -1, 1, 7);
        d.forward(x, Mode::Train);
        d.backward(dy);
        const std::vector<float> once = buffers.grads;
        d.forward(x, Mode::Train);
        d.backward(dy);
        for (std::size_t i = 0; i < once.size(); ++i) QCOMPARE(buffers.grads[i], 2.0f * once[i]);
        QVERIFY(std::any_of(once.begin(), once.end(), [](float v) { return v != 0.0f; }));
    }
};

QTEST_APPLESS_MAIN(TestDense)
#include "test_dense.moc"
