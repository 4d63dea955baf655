#include "core/nn/max_pool2d.h"

#include <algorithm>

namespace ae {

void maxPool2x2(const float* xs, Shape in, float* ys, std::int32_t* as)
{
    const int H = in.h, W = in.w, Ho = (H + 1) / 2, Wo = (W + 1) / 2;
    for (int c = 0; c < in.c; ++c) {
        const int plane = c * H * W;
        // Whole 2x2 windows (every window when H and W are even): four loads, no bounds.
        const int fullH = H / 2, fullW = W / 2;
        for (int oh = 0; oh < fullH; ++oh) {
            for (int ow = 0; ow < fullW; ++ow) {
                const int i0 = plane + 2 * oh * W + 2 * ow;
                // Same scan order and strict '>' as the general loop: the first maximum wins.
                // Selects, not branches: which of four values wins is data, and branches on it
                // were mispredicted about half the time.
                const float x1 = xs[i0 + 1], x2 = xs[i0 + W], x3 = xs[i0 + W + 1];
                int best = i0;
                float v = xs[i0];
                const bool g1 = x1 > v;
                best = g1 ? i0 + 1 : best;
                v = g1 ? x1 : v;
                const bool g2 = x2 > v;
                best = g2 ? i0 + W : best;
                v = g2 ? x2 : v;
                const bool g3 = x3 > v;
                best = g3 ? i0 + W + 1 : best;
                v = g3 ? x3 : v;
                const int o = (c * Ho + oh) * Wo + ow;
                ys[o] = v;
                as[o] = best;
            }
        }
        for (int oh = 0; oh < Ho; ++oh) {
            if (oh < fullH && fullW == Wo) continue; // row done above
            // 'same' padding only appends a row/column at the far edge; those padded cells
            // are never candidates, so the window is clipped to the real image.
            const int h1 = std::min(2 * oh + 2, H);
            for (int ow = (oh < fullH ? fullW : 0); ow < Wo; ++ow) {
                const int w1 = std::min(2 * ow + 2, W);
                int best = plane + 2 * oh * W + 2 * ow;
                for (int ih = 2 * oh; ih < h1; ++ih)
                    for (int iw = 2 * ow; iw < w1; ++iw) {
                        const int idx = plane + ih * W + iw;
                        if (xs[idx] > xs[best]) best = idx;
                    }
                const int o = (c * Ho + oh) * Wo + ow;
                ys[o] = xs[best];
                as[o] = best;
            }
        }
    }
}

MaxPool2D::MaxPool2D(Shape in) : in_(in), out_{in.c, (in.h + 1) / 2, (in.w + 1) / 2}
{
    if (in.c <= 0 || in.h <= 0 || in.w <= 0)
        throw Error("MaxPooling2D input shape must be positive, got " + in.str());
}

const Matrix& MaxPool2D::forward(const Matrix& x, Mode mode)
{
    if (x.cols() != in_.size())
        throw Error("MaxPooling2D expects " + in_.str() + " = " + std::to_string(in_.size()) +
                    " values per sample, got " + std::to_string(x.cols()));
    (void)mode; // the argmax is a by-product of the max, so keeping it costs nothing
    const Eigen::Index N = x.rows();
    y_.resize(N, out_.size());
    arg_.resize(static_cast<std::size_t>(y_.size()));
    for (Eigen::Index s = 0; s < N; ++s)
        maxPool2x2(x.data() + s * x.cols(), in_, y_.data() + s * y_.cols(), arg_.data() + s * y_.cols());
    return y_;
}

const Matrix& MaxPool2D::backward(const Matrix& dy)
{
    if (dy.rows() != y_.rows() || dy.cols() != y_.cols())
        throw Error("MaxPooling2D backward got a " + std::to_string(dy.rows()) + "x" + std::to_string(dy.cols()) +
                    " gradient for a " + std::to_string(y_.rows()) + "x" + std::to_string(y_.cols()) + " output");
    dx_.resize(dy.rows(), in_.size());
    dx_.setZero();
    const Eigen::Index outSize = dy.cols();
    for (Eigen::Index s = 0; s < dy.rows(); ++s) {
        const float* ds = dy.data() + s * outSize;
        const std::int32_t* as = arg_.data() + s * outSize;
        float* dxs = dx_.data() + s * dx_.cols();
        // Windows do not overlap, so each input receives from at most one output.
        for (Eigen::Index o = 0; o < outSize; ++o) dxs[as[o]] += ds[o];
    }
    return dx_;
}

} // namespace ae
