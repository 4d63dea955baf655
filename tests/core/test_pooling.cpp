// MaxPool2D (2x2, stride 2, 'same') and UpSampling2D (nearest x2): hand examples and gradients.
#include "core/nn/max_pool2d.h"
#include "core/nn/up_sampling2d.h"
#include "gradient_check.h"

#include <QtTest>

using namespace ae;

class TestPooling : public QObject {
    Q_OBJECT
private slots:
    void maxPoolShapes()
    {
        MaxPool2D p(Shape{16, 28, 28});
        QCOMPARE(p.kind(), std::string("MaxPooling2D"));
        QCOMPARE(p.outputShape(), (Shape{16, 14, 14}));
        QCOMPARE(p.paramCount(), std::size_t(0));
        // Seed 001's 16-8-8 network: 7x7 pools to 4x4 with padding='same'.
        QCOMPARE(MaxPool2D(Shape{8, 7, 7}).outputShape(), (Shape{8, 4, 4}));
        QCOMPARE(MaxPool2D(Shape{1, 1, 5}).outputShape(), (Shape{1, 1, 3}));
    }

    void maxPoolHandExample()
    {
        // One 3x3 channel and one 2x2 channel would differ in shape, so two channels of 3x3.
        // All of channel 1 is negative: zero-padded cells would win the edge windows if they
        // were candidates; they must not be.
        MaxPool2D p(Shape{2, 3, 3});
        Matrix x(1, 18);
        x << 1, 5, 2, /**/ 3, 4, 9, /**/ 7, 0, 6, // channel 0
            -1, -5, -2, /**/ -3, -4, -9, /**/ -7, -8, -6; // channel 1
        const Matrix& y = p.forward(x, Mode::Train);
        QCOMPARE(y.cols(), Eigen::Index(8));
        // channel 0: windows {1,5,3,4} {2,9} {7,0} {6}
        const float want[8] = {5, 9, 7, 6, -1, -2, -7, -6};
        for (int i = 0; i < 8; ++i) QCOMPARE(y(0, i), want[i]);

        Matrix dy(1, 8);
        dy << 10, 20, 30, 40, 50, 60, 70, 80;
        const Matrix& dx = p.backward(dy);
        Matrix wantDx(1, 18);
        wantDx << 0, 10, 0, /**/ 0, 0, 20, /**/ 30, 0, 40, //
            50, 0, 60, /**/ 0, 0, 0, /**/ 70, 0, 80;
        QCOMPARE(dx.rows(), Eigen::Index(1));
        for (int i = 0; i < 18; ++i) QCOMPARE(dx(0, i), wantDx(0, i));
    }

    void maxPoolGradient()
    {
        MaxPool2D p(Shape{2, 7, 7}); // odd: 7 -> 4, the last row/column windows are clipped
        test::BoundLayer b(p, 1);
        test::CheckOptions opt;
        opt.allowKinks = true; // max is piecewise linear; a near-tie within h is a kink
        opt.step = 1e-3f;
        const auto rep = test::checkLayerGradients(p, b, test::randomMatrix(3, 2 * 49, -1, 1, 2), 3, opt);
        qInfo("MaxPool2D 7->4: max rel error dx %.2e (%d compared, %d kinks)", rep.input.maxError,
              rep.input.compared, rep.input.kinks);
        QVERIFY(rep.input.maxError < 1e-2);
        QVERIFY(rep.input.kinks <= rep.input.compared / 20);
    }

    void upSamplingHandExample()
    {
        UpSampling2D u(Shape{1, 2, 3});
        QCOMPARE(u.kind(), std::string("UpSampling2D"));
        QCOMPARE(u.outputShape(), (Shape{1, 4, 6}));
        Matrix x(1, 6);
        x << 1, 2, 3, 4, 5, 6;
        const Matrix& y = u.forward(x, Mode::Train);
        Matrix want(1, 24);
        want << 1, 1, 2, 2, 3, 3, /**/ 1, 1, 2, 2, 3, 3, /**/ 4, 4, 5, 5, 6, 6, /**/ 4, 4, 5, 5, 6, 6;
        QCOMPARE(y.cols(), Eigen::Index(24));
        for (int i = 0; i < 24; ++i) QCOMPARE(y(0, i), want(0, i));

        Matrix dy(1, 24);
        for (int i = 0; i < 24; ++i) dy(0, i) = float(i);
        const Matrix& dx = u.backward(dy);
        // dx(h, w) = sum of the 2x2 block: rows 2h, 2h+1 (stride 6), columns 2w, 2w+1.
        for (int h = 0; h < 2; ++h)
            for (int w = 0; w < 3; ++w) {
                const int tl = 2 * h * 6 + 2 * w;
                QCOMPARE(dx(0, h * 3 + w), float(tl + (tl + 1) + (tl + 6) + (tl + 7)));
            }
    }

    void upSamplingGradient()
    {
        UpSampling2D u(Shape{3, 4, 5});
        test::BoundLayer b(u, 1);
        const auto rep = test::checkLayerGradients(u, b, test::randomMatrix(2, 60, -1, 1, 2), 3);
        qInfo("UpSampling2D: max rel error dx %.2e", rep.input.maxError);
        QVERIFY(rep.input.maxError < 1e-2);
        QCOMPARE(rep.input.compared, 120);
    }

    void roundTripOfSeedShapes()
    {
        // Decoder of seed 001's conv autoencoder: 8x4x4 -> 8x8x8 -> ... -> 16x16 -> (valid) 14 -> 28.
        UpSampling2D u(Shape{8, 4, 4});
        QCOMPARE(u.outputShape(), (Shape{8, 8, 8}));
        QVERIFY_THROWS_EXCEPTION(Error, u.forward(Matrix::Zero(2, 100), Mode::Infer));
        MaxPool2D p(Shape{8, 4, 4});
        QVERIFY_THROWS_EXCEPTION(Error, p.forward(Matrix::Zero(2, 100), Mode::Infer));
    }
};

QTEST_APPLESS_MAIN(TestPooling)
#include "test_pooling.moc"
