// Conv2D: the seed networks' shapes and parameter counts, forward against a direct convolution
// loop, gradients for both paddings, and the multi-chunk / rebuilt-columns paths.
#include "core/nn/conv2d.h"
#include "core/nn/max_pool2d.h"
#include "core/nn/up_sampling2d.h"
#include "core/parallel.h"
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

// Conv2D's fused step (up-sampling before and/or max-pooling after) seen as one layer, so the
// finite-difference checker can treat it like any other.
class FusedConv final : public Layer {
public:
    FusedConv(Conv2D& c, Conv2D::Fusion f) : c_(c), f_(f) {}
    std::string kind() const override { return "FusedConv"; }
    Shape inputShape() const override { return c_.fusedInputShape(f_); }
    Shape outputShape() const override { return c_.fusedOutputShape(f_); }
    std::vector<ParamInfo> paramInfo() const override { return c_.paramInfo(); }
    void bind(float* p, float* g) override { c_.bind(p, g); }
    void initialize(std::mt19937_64& rng) override { c_.initialize(rng); }
    const Matrix& forward(const Matrix& x, Mode m) override { return c_.forwardFused(x, m, f_); }
    const Matrix& backward(const Matrix& dy) override { return c_.backwardFused(dy, f_); }

private:
    Conv2D& c_;
    Conv2D::Fusion f_;
};

float maxAbsDiff(const Matrix& a, const Matrix& b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols()) return std::numeric_limits<float>::infinity();
    return a.size() == 0 ? 0.0f : (a - b).cwiseAbs().maxCoeff();
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
              padding == Padding::Same ? "same" : "valid", nameOf(act).c_str(), rep.input.maxError,
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

    void fusedMatchesSeparateLayers_data()
    {
        QTest::addColumn<bool>("up");
        QTest::addColumn<bool>("pool");
        QTest::addColumn<int>("cin");
        QTest::addColumn<int>("h");
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("filters");
        QTest::addColumn<Padding>("padding");
        QTest::addColumn<Activation>("act");
        QTest::addColumn<bool>("zeroKernel");
        QTest::addColumn<int>("threads");
        // h, w: the conv's input (for up: the up-sampled map).
        QTest::newRow("pool relu 7x7 (clipped windows)") << false << true << 2 << 7 << 7 << 3 << Padding::Same << Activation::ReLU << false << 1;
        QTest::newRow("pool tanh valid 8x9") << false << true << 2 << 8 << 9 << 4 << Padding::Valid << Activation::Tanh << false << 1;
        QTest::newRow("pool relu 16 filters (channels-last)") << false << true << 3 << 6 << 6 << 16 << Padding::Same << Activation::ReLU << false << 1;
        QTest::newRow("pool linear ties (zero kernel)") << false << true << 2 << 5 << 6 << 3 << Padding::Same << Activation::Linear << true << 1;
        QTest::newRow("up relu 6x8") << true << false << 2 << 6 << 8 << 3 << Padding::Same << Activation::ReLU << false << 1;
        QTest::newRow("up linear valid 8x8") << true << false << 2 << 8 << 8 << 1 << Padding::Valid << Activation::Linear << false << 1;
        QTest::newRow("up pool sigmoid") << true << true << 2 << 6 << 6 << 2 << Padding::Same << Activation::Sigmoid << false << 1;
        QTest::newRow("pool relu 2 threads") << false << true << 2 << 7 << 7 << 3 << Padding::Same << Activation::ReLU << false << 2;
        QTest::newRow("up relu 32 filters 2 threads") << true << false << 4 << 4 << 4 << 32 << Padding::Same << Activation::ReLU << false << 2;
    }

    void fusedMatchesSeparateLayers()
    {
        // The fused step must give the separate layers' output and gradients: the same operations
        // in the same order, including the pool's first-maximum-wins ties (a zero kernel makes
        // every window a four-way tie; the kernel gradient shows which point won).
        QFETCH(bool, up);
        QFETCH(bool, pool);
        QFETCH(int, cin);
        QFETCH(int, h);
        QFETCH(int, w);
        QFETCH(int, filters);
        QFETCH(Padding, padding);
        QFETCH(Activation, act);
        QFETCH(bool, zeroKernel);
        QFETCH(int, threads);
        const Shape convIn{cin, h, w};
        UpSampling2D u(Shape{cin, h / 2, w / 2});
        Conv2D separate(convIn, filters, 3, padding, act);
        Conv2D fused(convIn, filters, 3, padding, act);
        separate.setThreads(threads);
        fused.setThreads(threads);
        MaxPool2D p(separate.outputShape());
        test::BoundLayer bs(separate, 71);
        test::BoundLayer bf(fused, 71);
        if (zeroKernel) {
            const std::size_t kernelSize = bs.params.size() - static_cast<std::size_t>(filters);
            std::fill_n(bs.params.begin(), kernelSize, 0.0f);
            std::fill_n(bf.params.begin(), kernelSize, 0.0f);
        }
        const Conv2D::Fusion f{up, pool};
        const Shape in = fused.fusedInputShape(f), out = fused.fusedOutputShape(f);
        QCOMPARE(in, up ? u.inputShape() : convIn);
        QCOMPARE(out, pool ? p.outputShape() : separate.outputShape());
        for (int round = 0; round < 2; ++round) { // the second round reuses the grown buffers
            const Eigen::Index n = round == 0 ? 5 : 3;
            const Matrix x = test::randomMatrix(n, in.size(), -1, 1, 72 + round);
            const Matrix dy = test::randomMatrix(n, out.size(), -1, 1, 74 + round);
            const Matrix* h1 = &x;
            if (up) h1 = &u.forward(*h1, Mode::Train);
            h1 = &separate.forward(*h1, Mode::Train);
            if (pool) h1 = &p.forward(*h1, Mode::Train);
            const Matrix ySeparate = *h1;
            const Matrix yFused = fused.forwardFused(x, Mode::Train, f);
            QCOMPARE(maxAbsDiff(ySeparate, yFused), 0.0f);
            std::fill(bs.grads.begin(), bs.grads.end(), 0.0f);
            std::fill(bf.grads.begin(), bf.grads.end(), 0.0f);
            const Matrix* g = &dy;
            if (pool) g = &p.backward(*g);
            g = &separate.backward(*g);
            if (up) g = &u.backward(*g);
            const Matrix dxSeparate = *g;
            const Matrix dxFused = fused.backwardFused(dy, f);
            QVERIFY2(maxAbsDiff(dxSeparate, dxFused) < 1e-6f, qPrintable(QString::number(maxAbsDiff(dxSeparate, dxFused))));
            for (std::size_t i = 0; i < bs.grads.size(); ++i)
                QVERIFY2(std::abs(bs.grads[i] - bf.grads[i]) <= 1e-5f * (1.0f + std::abs(bs.grads[i])),
                         qPrintable(QString("grad %1: %2 vs %3").arg(i).arg(bs.grads[i]).arg(bf.grads[i])));
        }
        // Infer mode gives the same output too.
        const Matrix x = test::randomMatrix(2, in.size(), -1, 1, 80);
        const Matrix* h1 = &x;
        if (up) h1 = &u.forward(*h1, Mode::Infer);
        h1 = &separate.forward(*h1, Mode::Infer);
        if (pool) h1 = &p.forward(*h1, Mode::Infer);
        QCOMPARE(maxAbsDiff(*h1, fused.forwardFused(x, Mode::Infer, f)), 0.0f);
    }

    void fusedGradients_data()
    {
        QTest::addColumn<bool>("up");
        QTest::addColumn<bool>("pool");
        QTest::addColumn<Activation>("act");
        QTest::newRow("conv + pool, tanh") << false << true << Activation::Tanh;
        QTest::newRow("conv + pool, relu") << false << true << Activation::ReLU;
        QTest::newRow("up + conv, linear") << true << false << Activation::Linear;
        QTest::newRow("up + conv + pool, sigmoid") << true << true << Activation::Sigmoid;
    }

    void fusedGradients()
    {
        QFETCH(bool, up);
        QFETCH(bool, pool);
        QFETCH(Activation, act);
        Conv2D c(Shape{2, 6, 6}, 3, 3, Padding::Same, act);
        FusedConv fc(c, Conv2D::Fusion{up, pool});
        test::BoundLayer b(fc, 81);
        // A small step keeps near-ties of the max within h rare (there are none with these
        // seeds); kinks are only skipped for relu, where the function is piecewise linear
        // (with tanh or sigmoid the skip test would also flag the curvature).
        test::CheckOptions opt;
        if (act == Activation::ReLU || pool) opt.step = 1e-3f;
        opt.allowKinks = act == Activation::ReLU;
        const auto rep = test::checkLayerGradients(fc, b, test::randomMatrix(2, fc.inputShape().size(), -1, 1, 82), 83, opt);
        qInfo("fused conv (up %d, pool %d) %s: max rel error dx %.2e (%d kinks), params %.2e (%d kinks)", up, pool,
              nameOf(act).c_str(), rep.input.maxError, rep.input.kinks, rep.params.maxError, rep.params.kinks);
        QVERIFY(rep.input.maxError < 1e-2);
        QVERIFY(rep.params.maxError < 1e-2);
        QVERIFY(rep.input.kinks + rep.params.kinks <= (rep.input.compared + rep.params.compared) / 10);
    }

    void fusedBackwardNeedsMatchingForward()
    {
        Conv2D c(Shape{1, 4, 4}, 2, 3, Padding::Same, Activation::ReLU);
        test::BoundLayer b(c, 91);
        c.forwardFused(test::randomMatrix(2, 16, -1, 1, 92), Mode::Train, Conv2D::Fusion{false, true});
        QVERIFY_THROWS_EXCEPTION(Error, c.backward(Matrix::Zero(2, 8)));
        QVERIFY_THROWS_EXCEPTION(Error, c.backward(Matrix::Zero(2, 32)));
        c.backwardFused(Matrix::Zero(2, 8), Conv2D::Fusion{false, true});
        Conv2D odd(Shape{1, 5, 4}, 2, 3, Padding::Same, Activation::ReLU);
        test::BoundLayer bo(odd, 93);
        QVERIFY_THROWS_EXCEPTION(Error, odd.forwardFused(Matrix::Zero(1, 5), Mode::Train, Conv2D::Fusion{true, false}));
    }
};

QTEST_APPLESS_MAIN(TestConv2D)
#include "test_conv2d.moc"
