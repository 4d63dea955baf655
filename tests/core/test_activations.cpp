// Activation functions, their derivatives from the output, names, and the Activation layer.
#include "core/nn/activation_layer.h"
#include "gradient_check.h"

#include <QtTest>

using namespace ae;

Q_DECLARE_METATYPE(ae::Activation)

class TestActivations : public QObject {
    Q_OBJECT
private slots:
    void names()
    {
        for (const char* n : {"linear", "relu", "leaky_relu", "sigmoid", "tanh"})
            QCOMPARE(nameOf(valueNamed<Activation>(n, "activation")), std::string(n));
        try {
            valueNamed<Activation>("softmax", "activation");
            QFAIL("unknown activation must throw");
        } catch (const Error& e) {
            const QString msg = e.what();
            QCOMPARE(msg, QString("invalid activation = 'softmax': choose one of linear, relu, leaky_relu, sigmoid, tanh"));
        }
    }

    void values()
    {
        const float x[5] = {-2.0f, -0.5f, 0.0f, 0.5f, 3.0f};
        const auto apply = [&](Activation a) {
            std::vector<float> y(x, x + 5);
            applyActivation(a, y.data(), y.size());
            return y;
        };
        const auto relu = apply(Activation::ReLU);
        const auto leaky = apply(Activation::LeakyReLU);
        const auto sig = apply(Activation::Sigmoid);
        const auto th = apply(Activation::Tanh);
        const auto lin = apply(Activation::Linear);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(lin[i], x[i]);
            QCOMPARE(relu[i], std::max(x[i], 0.0f));
            QCOMPARE(leaky[i], x[i] > 0 ? x[i] : kLeakyReluSlope * x[i]);
            QVERIFY(std::abs(sig[i] - 1.0f / (1.0f + std::exp(-x[i]))) < 1e-6f);
            QVERIFY(std::abs(th[i] - std::tanh(x[i])) < 1e-6f);
        }
        // Saturation stays finite and inside the range.
        std::vector<float> big = {-100.0f, 100.0f};
        applyActivation(Activation::Sigmoid, big.data(), 2);
        QVERIFY(big[0] >= 0.0f && big[0] < 1e-30f);
        QCOMPARE(big[1], 1.0f);
    }

    void derivativesFromOutput_data()
    {
        QTest::addColumn<Activation>("act");
        QTest::newRow("linear") << Activation::Linear;
        QTest::newRow("relu") << Activation::ReLU;
        QTest::newRow("leaky_relu") << Activation::LeakyReLU;
        QTest::newRow("sigmoid") << Activation::Sigmoid;
        QTest::newRow("tanh") << Activation::Tanh;
    }

    void derivativesFromOutput()
    {
        QFETCH(Activation, act);
        // Away from 0 so the kinked ones are differentiable at every point.
        const std::vector<float> xs = {-2.5f, -1.0f, -0.3f, 0.2f, 0.9f, 2.0f};
        std::vector<float> y = xs;
        applyActivation(act, y.data(), y.size());
        std::vector<float> d(xs.size(), 2.0f); // dy = 2, so dx = 2 f'(x)
        activationBackward(act, y.data(), d.data(), d.size());
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double h = 1e-3;
            float p = static_cast<float>(xs[i] + h), m = static_cast<float>(xs[i] - h);
            applyActivation(act, &p, 1);
            applyActivation(act, &m, 1);
            const double numeric = 2.0 * (double(p) - m) / (2 * h);
            QVERIFY2(std::abs(d[i] - numeric) < 1e-3, qPrintable(QString("x=%1 analytic %2 numeric %3")
                                                                      .arg(xs[i]).arg(d[i]).arg(numeric)));
        }
    }

    void layerGradients_data() { derivativesFromOutput_data(); }

    void layerGradients()
    {
        QFETCH(Activation, act);
        ActivationLayer layer(Shape{2, 3, 3}, act);
        QCOMPARE(layer.kind(), std::string("Activation"));
        QCOMPARE(layer.outputShape(), (Shape{2, 3, 3}));
        test::BoundLayer b(layer, 1);
        // Inputs kept at least 0.1 from 0: the step (1e-2) never crosses the ReLU kink.
        Matrix x = test::randomMatrix(3, 18, 0.1f, 2.0f, 2);
        const Matrix sign = test::randomMatrix(3, 18, -1, 1, 3);
        x = (sign.array() < 0).select(-x, x);
        const auto rep = test::checkLayerGradients(layer, b, x, 4);
        qInfo("Activation %s: max rel error dx %.2e", nameOf(act).c_str(), rep.input.maxError);
        QVERIFY(rep.input.maxError < 1e-2);
        QCOMPARE(rep.input.compared, 54);
    }

    void checkerCatchesAWrongGradient()
    {
        // The checker itself: a gradient off by 5% must be reported well above the tolerance.
        const Matrix x = test::randomMatrix(3, 4, -1, 1, 5);
        const auto f = [](const Matrix& v) { return v.cast<double>().array().sin().sum(); };
        const Matrix good = x.array().cos().matrix();
        const Matrix bad = 1.05f * good;
        QVERIFY(test::checkScalarGradient(f, x, good).maxError < 1e-3);
        QVERIFY(test::checkScalarGradient(f, x, bad).maxError > 2e-2);
    }
};

QTEST_APPLESS_MAIN(TestActivations)
#include "test_activations.moc"
