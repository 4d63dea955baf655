#include "core/nn/up_sampling2d.h"

#include <algorithm>

namespace ae {

UpSampling2D::UpSampling2D(Shape in) : in_(in), out_{in.c, 2 * in.h, 2 * in.w}
{
    if (in.c <= 0 || in.h <= 0 || in.w <= 0)
        throw Error("UpSampling2D input shape must be positive, got " + in.str());
}

const Matrix& UpSampling2D::forward(const Matrix& x, Mode mode)
{
    if (x.cols() != in_.size())
        throw Error("UpSampling2D expects " + in_.str() + " = " + std::to_string(in_.size()) +
                    " values per sample, got " + std::to_string(x.cols()));
    (void)mode; // backward needs nothing from forward
    const int W = in_.w, Wo = out_.w;
    const Eigen::Index rows = x.rows() * in_.c * in_.h; // one input image row each
    y_.resize(x.rows(), out_.size());
    for (Eigen::Index r = 0; r < rows; ++r) {
        const float* src = x.data() + r * W;
        float* top = y_.data() + 2 * r * Wo;
        for (int w = 0; w < W; ++w) top[2 * w] = top[2 * w + 1] = src[w];
        std::copy(top, top + Wo, top + Wo);
    }
    return y_;
}

const Matrix& UpSampling2D::backward(const Matrix& dy)
{
    if (dy.cols() != out_.size())
        throw Error("UpSampling2D backward expects " + std::to_string(out_.size()) + " values per sample, got " +
                    std::to_string(dy.cols()));
    const int W = in_.w, Wo = out_.w;
    const Eigen::Index rows = dy.rows() * in_.c * in_.h;
    dx_.resize(dy.rows(), in_.size());
    for (Eigen::Index r = 0; r < rows; ++r) {
        const float* top = dy.data() + 2 * r * Wo;
        const float* bottom = top + Wo;
        float* dst = dx_.data() + r * W;
        for (int w = 0; w < W; ++w) dst[w] = (top[2 * w] + top[2 * w + 1]) + (bottom[2 * w] + bottom[2 * w + 1]);
    }
    return dx_;
}

} // namespace ae
