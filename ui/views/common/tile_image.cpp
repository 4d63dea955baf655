#include "ui/views/common/tile_image.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace ae {
namespace {

// Inferno at nine evenly spaced stops, interpolated linearly between them.
constexpr std::array<std::array<int, 3>, 9> kInferno{{{0, 0, 4},
                                                      {31, 12, 72},
                                                      {85, 15, 109},
                                                      {136, 34, 106},
                                                      {186, 54, 85},
                                                      {227, 89, 51},
                                                      {249, 140, 10},
                                                      {249, 201, 50},
                                                      {252, 255, 164}}};

template <typename Value, typename ToByte>
QImage sampleImageOf(const Value* values, const Shape& shape, ToByte byte) {
    const int plane = shape.h * shape.w;
    QImage image(shape.w, shape.h, QImage::Format_RGB32);
    for (int y = 0; y < shape.h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < shape.w; ++x) {
            const int p = y * shape.w + x;
            if (shape.c == 3) {
                line[x] = qRgb(byte(values[p]), byte(values[plane + p]), byte(values[2 * plane + p]));
            } else {
                const int v = byte(values[p]);
                line[x] = qRgb(v, v, v);
            }
        }
    }
    return image;
}

} // namespace

QString notImagesText(const Shape& shape) {
    return QCoreApplication::translate("ae::ImageViews",
                                       "The data are not images (each sample is a row of %1 numbers), so there is nothing "
                                       "to draw here. The Loss view and the report measure how well they are rebuilt.")
        .arg(shape.size());
}

int toByte(float v) { return std::isfinite(v) ? static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)) : 0; }

QImage sampleImage(const float* values, const Shape& shape) {
    return sampleImageOf(values, shape, [](float v) { return toByte(v); });
}

QImage sampleImage(const std::uint8_t* values, const Shape& shape) {
    return sampleImageOf(values, shape, [](std::uint8_t v) { return int(v); });
}

QRgb inferno(double t) {
    t = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0;
    const double pos = t * (kInferno.size() - 1);
    const int i = std::min(static_cast<int>(pos), static_cast<int>(kInferno.size()) - 2);
    const double f = pos - i;
    auto mix = [&](int c) { return static_cast<int>(std::lround(kInferno[i][c] * (1 - f) + kInferno[i + 1][c] * f)); };
    return qRgb(mix(0), mix(1), mix(2));
}

QImage errorImage(const float* input, const float* output, const Shape& shape, double range) {
    const int c = shape.c, plane = shape.h * shape.w;
    QImage image(shape.w, shape.h, QImage::Format_RGB32);
    for (int y = 0; y < shape.h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < shape.w; ++x) {
            const int p = y * shape.w + x;
            double e = 0;
            for (int ch = 0; ch < c; ++ch)
                e += std::abs(double(output[ch * plane + p]) - double(input[ch * plane + p]));
            line[x] = inferno(e / c / range);
        }
    }
    return image;
}

QRgb diverging(double t) {
    t = std::isfinite(t) ? std::clamp(t, -1.0, 1.0) : 0.0;
    const QColor end = t < 0 ? QColor(33, 102, 172) : QColor(178, 24, 43);
    const double a = std::abs(t);
    auto mix = [a](int c) { return static_cast<int>(std::lround(255 * (1 - a) + c * a)); };
    return qRgb(mix(end.red()), mix(end.green()), mix(end.blue()));
}

QImage divergingImage(const float* values, int w, int h) {
    double maxAbs = 0;
    for (int p = 0; p < w * h; ++p)
        if (std::isfinite(values[p]))
            maxAbs = std::max(maxAbs, std::abs(double(values[p])));
    const double inv = maxAbs > 0 ? 1.0 / maxAbs : 0.0;
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = diverging(values[y * w + x] * inv);
    }
    return image;
}

} // namespace ae
