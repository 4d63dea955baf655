// Conv2D: the seed networks' shapes and parameter counts, forward against a direct convolution
// loop, gradients for both paddings, and the multi-chunk / rebuilt-columns paths.
#include "core/nn/conv2d.h"
#include "gradient_check.h"

#include <QtTest>

using namespace ae;

Q_DECLARE_METATYPE(ae::Padding)
Q_DECLARE_METATYPE(ae::Activation)

namespace {

// Direct convolution (cross-correlation, as Keras), params laid out (Cout, Cin, k, k) then bias.
Matrix naiveConv(const Matrix& x, Shape in, int cout, int k, Padding padding, const std::vector<float>& p)
{
    const int pad = padding == Padding::Same ? (k - 1) / 2 : 0;
    const int ho = in.h + 2 * pad - k + 1, wo = in.w + 2 * pad - k + 1;
    const float* bias = p.data() + static_cast<std::size_t>(cout) * in.c * k * k;
    Matrix y(x.rows(), cout * ho * wo);
    for (Eigen::Index s = 0; s < x.rows(); ++s)
        for (int o = 0; o < cout; ++o)
            for (int oh = 0; oh < ho; ++oh)
                for (int ow = 0; ow < wo; ++ow) {
                    double sum = bias[o];
                    for (int c = 0; c < in.c; ++c)
                        for (int i = 0; i < k; ++i)
                            for (int j = 0; j < k; ++j) {
                                const int ih = oh + i - pad, iw = ow + j - pad;
                                if (ih < 0 || ih >= in.h || iw < 0 || iw >= in.w) continue;
                                sum += double(p[((o * in.c + c) * k + i) * k + j]) * x(s, (c * in.h + ih) * in.w + iw);
                            }
                    y(s, (o * ho + oh) * wo + ow) = static_cast<float>(sum);
                }
    return y;
}

} // namespace

class TestConv2D : public QObject {
    Q_OBJECT
private slots:
    void seedNetworkShapes()
    {
        // Seed 001's 16-8-8 convolutional autoencoder, first encoder layer and a decoder layer.
        Conv2D first(Shape{1, 28, 28}, 16, 3, Padding::Same, Activation::ReLU);
        QCOMPARE(first.kind(), std::string("Conv2D"));
        QCOMPARE(first.outputShape(), (Shape{16, 28, 28}));
        QCOMPARE(first.paramCount(), std::size_t(160));
        Conv2D valid(Shape{8, 16, 16}, 16, 3, Padding::Valid, Activation::ReLU);
        QCOMPARE(valid.outputShape(), (Shape{16, 14, 14}));
        QCOMPARE(valid.paramCount(), std::size_t(1168));
        const auto info = valid.paramInfo();
        QCOMPARE(info[0].shape, (std::vector<int>{16, 8, 3, 3}));
        QCOMPARE(info[1].shape, (std::vector<int>{16}));
    }

    void rejectsBadGeometry()
    {
        try {
            Conv2D c(Shape{1, 4, 6}, 2, 5, Padding::Valid, Activation::Linear);
            QFAIL("a 5x5 valid kernel on a 4x6 input must throw");
        } catch (const Error& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("5x5") && msg.contains("4x6"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, Conv2D(Shape{1, 8, 8}, 2, 2, Padding::Same, Activation::Linear));
        QVERIFY_THROWS_EXCEPTION(Error, Conv2D(Shape{1, 8, 8}, 0, 3, Padding::Same, Activation::Linear));
        // Same padding never shrinks, so a kernel larger than the image is legal there.
        Conv2D wide(Shape{1, 2, 2}, 1, 5, Padding::Same, Activation::Linear);
        QCOMPARE(wide.outputShape(), (Shape{1, 2, 2}));
    }

    void glorotLimitUsesReceptiveField()
    {
        Conv2D c(Shape{3, 6, 6}, 4, 3, Padding::Same, Activation::Linear);
        test::BoundLayer b(c, 3);
        const float limit = std::sqrt(6.0f / (3 * 9 + 4 * 9)); // fan_in = Cin k k, fan_out = Cout k k
        for (int i = 0; i < 4 * 3 * 9; ++i) QVERIFY(std::abs(b.params[i]) <= limit);
    }

    void forwardMatchesDirectConvolution_data()
    {
        QTest::addColumn<Padding>("padding");
        QTest::addColumn<int>("kernel");
        QTest::newRow("same k3") << Padding::Same << 3;
        QTest::newRow("valid k3") << Padding::Valid << 3;
        QTest::newRow("same k5") << Padding::Same << 5;
        QTest::newRow("valid k5") << Padding::Valid << 5;
        QTest::newRow("same k1") << Padding::Same << 1;
    }

    void wideLayersMatchDirectConvolution_data()
    {
        // The kernels block 8 (forward) and 4 (kernel gradient) output channels and 32 grid
        // points at a time: these shapes leave remainders of every block size and span several
        // point blocks, which the small shapes above never reach.
        QTest::addColumn<Padding>("padding");
        QTest::addColumn<int>("filters");
        QTest::addColumn<int>("channels");
        QTest::newRow("same 15 filters from 5") << Padding::Same << 15 << 5;
        QTest::newRow("valid 9 filters from 3") << Padding::Valid << 9 << 3;
        QTest::newRow("same 1 filter from 16") << Padding::Same << 1 << 16;
        QTest::newRow("same 32 filters from 1") << Padding::Same << 32 << 1;
    }

    void wideLayersMatchDirectConvolution()
    {
        QFETCH(Padding, padding);
        QFETCH(int, filters);
        QFETCH(int, channels);
        const Shape in{channels, 13, 17};
        Conv2D c(in, filters, 3, padding, Activation::Linear);
        test::BoundLayer b(c, 61);
        const Matrix x = test::randomMatrix(4, in.size(), -1, 1, 62);
        const Matrix want = naiveConv(x, in, filters, 3, padding, b.params);
        const float err = (c.forward(x, Mode::Train) - want).cwiseAbs().maxCoeff();
        QVERIFY2(err < 1e-4f, qPrintable(QString::number(err)));
        // Gradients against finite differences on a few parameters and inputs of the same shape.
        const auto rep = test::checkLayerGradients(c, b, test::randomMatrix(1, in.size(), -1, 1, 63), 64);
        qInfo("Conv2D %d<-%d: max rel error dx %.2e, params %.2e", filters, channels, rep.input.maxError, rep.params.maxError);
        QVERIFY(rep.input.maxError < 1e-2);
        QVERIFY(rep.params.maxError < 1e-2);
    }

    void forwardMatchesDirectConvolution()
    {
        QFETCH(Padding, padding);
        QFETCH(int, kernel);
        const Shape in{3, 6, 7}; // non-square so a swapped H/W shows up
        Conv2D c(in, 4, kernel, padding, Activation::Linear);
        test::BoundLayer b(c, 21);
        const Matrix x = test::randomMatrix(3, in.size(), -1, 1, 22);
        const Matrix want = naiveConv(x, in, 4, kernel, padding, b.params);
        const Matrix& got = c.forward(x, Mode::Infer);
        QCOMPARE(got.cols(), Eigen::Index(c.outputShape().size()));
        QCOMPARE(got.cols(), want.cols());
        const float err = (got - want).cwiseAbs().maxCoeff();
        QVERIFY2(err < 1e-5f, qPrintable(QString::number(err)));
        // Train mode computes the same output (it keeps columns, which must not change values).
        QVERIFY((c.forward(x, Mode::Train) - want).cwiseAbs().maxCoeff() < 1e-5f);
    }

    void gradients_data()
    {
        QTest::addColumn<Padding>("padding");
        QTest::addColumn<Activation>("act");
        QTest::newRow("same linear") << Padding::Same << Activation::Linear;
        QTest::newRow("valid linear") << Padding::Valid << Activation::Linear;
        QTest::newRow("same tanh") << Padding::Same << Activation::Tanh;
        QTest::newRow("valid sigmoid") << Padding::Valid << Activation::Sigmoid;
        QTest::newRow("same relu") << Padding::Same << Activation::ReLU;
    }

    void gradients()
    {
        QFETCH(Padding, padding);
        QFETCH(Activation, act);
        Conv2D c(Shape{2, 5, 6}, 3, 3, padding, act);
        test::BoundLayer b(c, 31);
        test::CheckOptions opt;
        if (act == Activation::ReLU) {
            opt.allowKinks = true;
            opt.step = 1e-3f;
        }
        const auto rep = test::checkLayerGradients(c, b, test::randomMatrix(3, 2 * 5 * 6, -1, 1, 32), 33, opt);
        qInfo("Conv2D %s %s: max rel error dx %.2e (%d kinks), params %.2e (%d kinks)",
              padding == Padding::Same ? "same" : "valid", activationName(act).c_str(), rep.input.maxError,
              rep.input.kinks, rep.params.maxError, rep.params.kinks);
        const double tolerance = 1e-2;
        QVERIFY(rep.input.maxError < tolerance);
        QVERIFY(rep.params.maxError < tolerance);
        QCOMPARE(rep.input.compared + rep.input.kinks, 3 * 2 * 5 * 6);
        QVERIFY(rep.input.kinks + rep.params.kinks <= (rep.input.compared + rep.params.compared) / 10);
    }

    void sampleBlocksAgree()
    {
        // Default budget: the whole batch in one kernel-gradient block. A tiny budget: one
        // sample per block. Both must give the same output and gradients.
        const Shape in{2, 5, 5};
        const Matrix x = test::randomMatrix(5, in.size(), -1, 1, 41);
        const Matrix dy = test::randomMatrix(5, 3 * 25, -1, 1, 42);
        Conv2D whole(in, 3, 3, Padding::Same, Activation::Tanh);
        Conv2D chunked(in, 3, 3, Padding::Same, Activation::Tanh);
        chunked.setBlockBudget(1);
        test::BoundLayer bw(whole, 43);
        test::BoundLayer bc(chunked, 43);
        QCOMPARE(bw.params, bc.params);
        for (int round = 0; round < 2; ++round) { // the second round reuses the grown buffers
            const Matrix yw = whole.forward(x, Mode::Train);
            const Matrix yc = chunked.forward(x, Mode::Train);
            QVERIFY((yw - yc).cwiseAbs().maxCoeff() < 1e-5f);
            std::fill(bw.grads.begin(), bw.grads.end(), 0.0f);
            std::fill(bc.grads.begin(), bc.grads.end(), 0.0f);
            const Matrix dxw = whole.backward(dy);
            const Matrix dxc = chunked.backward(dy);
            QVERIFY((dxw - dxc).cwiseAbs().maxCoeff() < 1e-5f);
            for (std::size_t i = 0; i < bw.grads.size(); ++i) QVERIFY(std::abs(bw.grads[i] - bc.grads[i]) < 1e-4f);
        }
        const auto rep = test::checkLayerGradients(chunked, bc, x, 44);
        qInfo("Conv2D chunked: max rel error dx %.2e, params %.2e", rep.input.maxError, rep.params.maxError);
        QVERIFY(rep.input.maxError < 1e-2);
        QVERIFY(rep.params.maxError < 1e-2);
    }

    void batchSizeChangesResizeBuffers()
    {
        // A smaller batch after a larger one reuses (and must correctly re-map) the grown buffers;
        // a gradient of the wrong shape is refused rather than read out of bounds.
        Conv2D c(Shape{1, 4, 4}, 2, 3, Padding::Same, Activation::Linear);
        test::BoundLayer b(c, 51);
        c.forward(test::randomMatrix(6, 16, -1, 1, 52), Mode::Train);
        c.backward(test::randomMatrix(6, 32, -1, 1, 53));
        const auto rep = test::checkLayerGradients(c, b, test::randomMatrix(2, 16, -1, 1, 54), 55);
        QVERIFY(rep.input.maxError < 1e-2);
        QVERIFY(rep.params.maxError < 1e-2);
        QVERIFY_THROWS_EXCEPTION(Error, c.backward(Matrix::Zero(3, 32)));
    }
};

QTEST_APPLESS_MAIN(TestConv2D)
#include "test_conv2d.moc"
