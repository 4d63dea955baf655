// MNIST-like preprocessing of a drawn or opened digit: the ink's box scaled to 20 pixels with its
// aspect kept, its centre of mass on the centre of the 28 x 28 field, and real MNIST digits
// passing through nearly unchanged.
#include "core/data/digit_preprocessing.h"
#include "core/data/idx.h"
#include "error_message.h"

#include <QtTest>

#include <cmath>

using namespace ae;

namespace {

// A width x height picture with a filled rectangle of ink.
std::vector<float> rectangle(int width, int height, int x0, int y0, int w, int h, float ink = 1.0f) {
    std::vector<float> p(static_cast<std::size_t>(width) * height, 0.0f);
    for (int y = y0; y < y0 + h; ++y)
        for (int x = x0; x < x0 + w; ++x) p[static_cast<std::size_t>(y) * width + x] = ink;
    return p;
}

double meanSquaredDifference(const float* a, const float* b, int n) {
    double s = 0;
    for (int i = 0; i < n; ++i) s += (a[i] - b[i]) * (a[i] - b[i]);
    return s / n;
}

} // namespace

class TestDigitPreprocessing : public QObject {
    Q_OBJECT
private slots:
    // An off-centre L shape drawn on a large canvas: the result's centre of mass is on (14, 14)
    // and its ink fits a 20 x 20 box.
    void centreOfMassLandsOnTheCentre() {
        const int w = 300, h = 240;
        std::vector<float> p = rectangle(w, h, 20, 10, 18, 150);
        for (int y = 140; y < 160; ++y)
            for (int x = 20; x < 110; ++x) p[static_cast<std::size_t>(y) * w + x] = 1.0f;
        const std::vector<float> out = mnistLikeDigit(p, w, h);
        QCOMPARE(out.size(), std::size_t(784));
        const PixelPoint c = centreOfMass(out.data(), kDigitField, kDigitField);
        QVERIFY2(std::abs(c.x - kDigitCentre) < 0.5 && std::abs(c.y - kDigitCentre) < 0.5,
                 qPrintable(QString("centre of mass at (%1, %2)").arg(c.x).arg(c.y)));
        // The bilinear placement moves the mass exactly: far closer than the half pixel asked.
        QVERIFY(std::abs(c.x - kDigitCentre) < 0.01 && std::abs(c.y - kDigitCentre) < 0.01);
        const PixelBox box = inkBox(out.data(), kDigitField, kDigitField, kInkShare);
        QVERIFY2(box.width <= kDigitBox + 1 && box.height <= kDigitBox + 1,
                 qPrintable(QString("box %1 x %2").arg(box.width).arg(box.height)));
        for (const float v : out) QVERIFY(v >= 0 && v <= 1);
    }

    // A tall bar (1:5) stays tall: 20 high and about 4 wide, not stretched to a square.
    void aspectRatioIsKept() {
        const std::vector<float> p = rectangle(400, 400, 180, 50, 60, 300);
        const std::vector<float> out = mnistLikeDigit(p, 400, 400);
        const PixelBox box = inkBox(out.data(), kDigitField, kDigitField, 0.5f);
        QVERIFY2(box.height >= 19 && box.height <= 21, qPrintable(QString::number(box.height)));
        QVERIFY2(box.width >= 3 && box.width <= 5, qPrintable(QString::number(box.width)));
        // A small picture is scaled up to the same size: the box does not depend on the canvas.
        const std::vector<float> small = rectangle(40, 40, 10, 5, 4, 20);
        const PixelBox smallBox = inkBox(mnistLikeDigit(small, 40, 40).data(), kDigitField, kDigitField, 0.5f);
        QVERIFY2(smallBox.height >= 19 && smallBox.height <= 21, qPrintable(QString::number(smallBox.height)));
    }

    void anEmptyPictureIsRefused() {
        VERIFY_MESSAGE(mnistLikeDigit(std::vector<float>(100, 0.0f), 10, 10), "no ink", "draw a digit");
        VERIFY_MESSAGE(mnistLikeDigit({}, 0, 0), "empty");
        VERIFY_MESSAGE(mnistLikeDigit(std::vector<float>(5, 1.0f), 10, 10), "5 values", "10 x 10");
    }

    // Area averaging keeps the mean: a 2-pixel line shrunk 10 times is grey, not gone.
    void resamplingAveragesAreas() {
        const std::vector<float> p = rectangle(100, 100, 40, 0, 2, 100);
        const std::vector<float> out = resampleArea(p.data(), 100, 100, 10, 10);
        double in = 0, total = 0;
        for (float v : p) in += v;
        for (float v : out) total += v;
        QVERIFY(std::abs(total * 100 - in) < 1e-3);
        QVERIFY(std::abs(out[4] - 0.2f) < 1e-5f);
    }

    // Real MNIST test digits were made this way: passed through again they stay close to
    // themselves. Measured over the first 200 of the sample: mean squared difference 0.0055 on
    // average (pixels in [0, 1]), at most 0.019; the same digits moved by one pixel differ by
    // 0.037. Bounds: mean under 0.01 and under half the one-pixel shift, each under 0.05.
    void mnistDigitsStayCloseToThemselves() {
        const IdxImages images = readIdxImages(AELAB_SAMPLE_DIR "/t10k-images-idx3-ubyte.gz");
        const int n = 200;
        double sum = 0, worst = 0, shifted = 0;
        for (int i = 0; i < n; ++i) {
            const float* row = images.pixels.row(i).data();
            const std::vector<float> in(row, row + 784);
            const std::vector<float> out = mnistLikeDigit(in, 28, 28);
            const double d = meanSquaredDifference(in.data(), out.data(), 784);
            sum += d;
            worst = std::max(worst, d);
            shifted += meanSquaredDifference(in.data() + 1, in.data(), 783);
        }
        qInfo("MNIST round trip: mean squared difference %.4f (worst %.4f); one pixel shift %.4f", sum / n, worst, shifted / n);
        QVERIFY(sum / n < 0.01);
        QVERIFY(worst < 0.05);
        QVERIFY(sum / n < 0.5 * shifted / n);
    }

    // A photo of dark ink on light paper becomes light ink on black; a dark one is kept.
    void photosBecomeInk() {
        std::vector<float> grey(100, 0.9f);
        grey[55] = 0.1f;
        const InkPicture p = inkFromGrey(grey);
        QVERIFY(p.inverted);
        QCOMPARE(p.ink[55], 1.0f);
        QCOMPARE(p.ink[0], 0.0f);
        std::vector<float> dark(100, 0.05f);
        dark[3] = 0.8f;
        const InkPicture q = inkFromGrey(dark);
        QVERIFY(!q.inverted);
        QCOMPARE(q.ink[3], 1.0f);
        QCOMPARE(q.ink[4], 0.0f);
    }
};

QTEST_APPLESS_MAIN(TestDigitPreprocessing)
#include "test_digit_preprocessing.moc"
