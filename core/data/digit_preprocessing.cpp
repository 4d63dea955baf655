#include "core/data/digit_preprocessing.h"

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

// Weights of the input cells [i, i+1) that output cell [o * step, (o + 1) * step) covers, divided
// by step: the one-dimensional half of area averaging.
std::vector<float> resampleLine(const float* in, int n, int stride, int outN) {
    std::vector<float> out(static_cast<std::size_t>(outN), 0.0f);
    const double step = static_cast<double>(n) / outN;
    for (int o = 0; o < outN; ++o) {
        const double lo = o * step, hi = (o + 1) * step;
        double sum = 0;
        for (int i = static_cast<int>(std::floor(lo)); i < std::min(n, static_cast<int>(std::ceil(hi))); ++i) {
            const double overlap = std::min<double>(hi, i + 1) - std::max<double>(lo, i);
            if (overlap > 0) sum += overlap * in[static_cast<std::ptrdiff_t>(i) * stride];
        }
        out[static_cast<std::size_t>(o)] = static_cast<float>(sum / step);
    }
    return out;
}

} // namespace

PixelPoint centreOfMass(const float* pixels, int width, int height) {
    double mass = 0, sx = 0, sy = 0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double v = pixels[static_cast<std::ptrdiff_t>(y) * width + x];
            mass += v;
            sx += v * x;
            sy += v * y;
        }
    if (!(mass > 0)) return {};
    return {sx / mass, sy / mass};
}

PixelBox inkBox(const float* pixels, int width, int height, float threshold) {
    int x0 = width, y0 = height, x1 = -1, y1 = -1;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            if (pixels[static_cast<std::ptrdiff_t>(y) * width + x] > threshold) {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
    if (x1 < 0) return {};
    return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

std::vector<float> resampleArea(const float* pixels, int width, int height, int outWidth, int outHeight) {
    if (width < 1 || height < 1 || outWidth < 1 || outHeight < 1) throw Error("cannot resample an empty picture");
    // Rows first, then columns: area averaging is separable.
    std::vector<float> rows(static_cast<std::size_t>(outWidth) * height);
    for (int y = 0; y < height; ++y) {
        const std::vector<float> line = resampleLine(pixels + static_cast<std::ptrdiff_t>(y) * width, width, 1, outWidth);
        std::copy(line.begin(), line.end(), rows.begin() + static_cast<std::ptrdiff_t>(y) * outWidth);
    }
    std::vector<float> out(static_cast<std::size_t>(outWidth) * outHeight);
    for (int x = 0; x < outWidth; ++x) {
        const std::vector<float> column = resampleLine(rows.data() + x, height, outWidth, outHeight);
        for (int y = 0; y < outHeight; ++y) out[static_cast<std::size_t>(y) * outWidth + x] = column[static_cast<std::size_t>(y)];
    }
    return out;
}

InkPicture inkFromGrey(const std::vector<float>& grey) {
    InkPicture p;
    if (grey.empty()) return p;
    std::vector<float> sorted = grey;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    float paper = sorted[sorted.size() / 2];
    p.inverted = paper > 0.5f;
    p.ink.resize(grey.size());
    for (std::size_t i = 0; i < grey.size(); ++i) p.ink[i] = p.inverted ? 1.0f - grey[i] : grey[i];
    if (p.inverted) paper = 1.0f - paper;
    const float strongest = *std::max_element(p.ink.begin(), p.ink.end());
    const float span = strongest - paper;
    for (float& v : p.ink) v = span > 0 ? std::clamp((v - paper) / span, 0.0f, 1.0f) : 0.0f;
    return p;
}

std::vector<float> mnistLikeDigit(const std::vector<float>& pixels, int width, int height) {
    if (width < 1 || height < 1) throw Error("the picture is empty (" + std::to_string(width) + " x " + std::to_string(height) + " pixels)");
    if (pixels.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height))
        throw Error("the picture has " + std::to_string(pixels.size()) + " values for " + std::to_string(width) + " x " +
                    std::to_string(height) + " pixels");
    float strongest = 0;
    for (const float v : pixels)
        if (std::isfinite(v)) strongest = std::max(strongest, v);
    if (!(strongest > 0)) throw Error::worded("there is no ink in the picture: draw a digit first");
    // Ink scaled to [0, 1] by its strongest value; not-a-number is paper.
    std::vector<float> ink(pixels.size());
    for (std::size_t i = 0; i < pixels.size(); ++i)
        ink[i] = std::isfinite(pixels[i]) ? std::clamp(pixels[i] / strongest, 0.0f, 1.0f) : 0.0f;

    // The scale comes from the ink proper; the faint edge of a soft stroke is kept but does not
    // make the digit smaller.
    const PixelBox box = inkBox(ink.data(), width, height, kInkShare);
    const PixelBox all = inkBox(ink.data(), width, height, 0.0f);
    const double scale = static_cast<double>(kDigitBox) / std::max(box.width, box.height);
    const int outWidth = std::max(1, static_cast<int>(std::lround(all.width * scale)));
    const int outHeight = std::max(1, static_cast<int>(std::lround(all.height * scale)));
    std::vector<float> crop(static_cast<std::size_t>(all.width) * all.height);
    for (int y = 0; y < all.height; ++y)
        std::copy_n(ink.begin() + static_cast<std::ptrdiff_t>(y + all.y) * width + all.x, all.width,
                    crop.begin() + static_cast<std::ptrdiff_t>(y) * all.width);
    const std::vector<float> small = resampleArea(crop.data(), all.width, all.height, outWidth, outHeight);

    // Moved by a fraction of a pixel with bilinear weights: the mass and its centre move exactly,
    // so the centre of mass lands on the field's centre, not within half a pixel of it.
    const PixelPoint centre = centreOfMass(small.data(), outWidth, outHeight);
    const double dx = kDigitCentre - centre.x, dy = kDigitCentre - centre.y;
    const int ix = static_cast<int>(std::floor(dx)), iy = static_cast<int>(std::floor(dy));
    const float fx = static_cast<float>(dx - ix), fy = static_cast<float>(dy - iy);
    std::vector<float> field(static_cast<std::size_t>(kDigitField) * kDigitField, 0.0f);
    const auto add = [&](int x, int y, float v) {
        if (x >= 0 && x < kDigitField && y >= 0 && y < kDigitField) field[static_cast<std::size_t>(y) * kDigitField + x] += v;
    };
    for (int y = 0; y < outHeight; ++y)
        for (int x = 0; x < outWidth; ++x) {
            const float v = small[static_cast<std::size_t>(y) * outWidth + x];
            if (v == 0) continue;
            add(x + ix, y + iy, v * (1 - fx) * (1 - fy));
            add(x + ix + 1, y + iy, v * fx * (1 - fy));
            add(x + ix, y + iy + 1, v * (1 - fx) * fy);
            add(x + ix + 1, y + iy + 1, v * fx * fy);
        }
    for (float& v : field) v = std::clamp(v, 0.0f, 1.0f);
    return field;
}

} // namespace ae
