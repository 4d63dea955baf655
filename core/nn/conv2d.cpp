#include "core/nn/conv2d.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>

namespace ae {

Conv2D::Conv2D(Shape in, int filters, int kernel, Padding pad, Activation act)
    : in_(in), k_(kernel), pad_(pad == Padding::Same ? (kernel - 1) / 2 : 0), padding_(pad), act_(act)
{
    if (in.c <= 0 || in.h <= 0 || in.w <= 0)
        throw Error("Conv2D input shape must be positive, got " + in.str());
    if (filters <= 0)
        throw Error("Conv2D needs at least one filter, got " + std::to_string(filters));
    if (kernel <= 0 || kernel % 2 == 0)
        throw Error("Conv2D kernel size must be odd and positive, got " + std::to_string(kernel));
    if (pad == Padding::Valid && (kernel > in.h || kernel > in.w))
        throw Error("Conv2D kernel " + std::to_string(kernel) + "x" + std::to_string(kernel) +
                    " with padding 'valid' is larger than its input " + std::to_string(in.h) + "x" +
                    std::to_string(in.w) + " (use padding 'same' or a smaller kernel)");
    out_ = Shape{filters, in.h + 2 * pad_ - kernel + 1, in.w + 2 * pad_ - kernel + 1};
    K_ = static_cast<Eigen::Index>(in.c) * kernel * kernel;
    P_ = static_cast<Eigen::Index>(out_.h) * out_.w;
}

std::vector<ParamInfo> Conv2D::paramInfo() const
{
    return {{"kernel", {out_.c, in_.c, k_, k_}}, {"bias", {out_.c}}};
}

void Conv2D::bind(float* params, float* grads)
{
    const std::size_t n = static_cast<std::size_t>(out_.c) * K_;
    new (&kernel_) MatrixMap(params, out_.c, K_);
    new (&bias_) VectorMap(params + n, out_.c);
    new (&kernelGrad_) MatrixMap(grads, out_.c, K_);
    new (&biasGrad_) VectorMap(grads + n, out_.c);
}

void Conv2D::initialize(std::mt19937_64& rng)
{
    // Glorot uniform with Keras' receptive-field fans.
    const float fanIn = static_cast<float>(K_);
    const float fanOut = static_cast<float>(out_.c) * k_ * k_;
    const float limit = std::sqrt(6.0f / (fanIn + fanOut));
    std::uniform_real_distribution<float> u(-limit, limit);
    for (Eigen::Index i = 0; i < kernel_.size(); ++i) kernel_.data()[i] = u(rng);
    bias_.setZero();
}

void Conv2D::setBufferBudget(std::size_t chunkBytes, std::size_t keepBytes)
{
    // A chunk near 8 MB stays cache/TLB friendly while the GEMM is still wide enough for Eigen
    // to block and thread well. Keeping a batch's columns saves backward a second im2col pass
    // (memory-bound) at the price of K*N*P floats.
    chunkBytes_ = chunkBytes;
    keepBytes_ = keepBytes;
}

Eigen::Index Conv2D::chunkSamples(Eigen::Index n) const
{
    const std::size_t perSample = static_cast<std::size_t>(K_ * P_) * sizeof(float);
    const auto fit = static_cast<Eigen::Index>(std::max<std::size_t>(1, chunkBytes_ / perSample));
    return std::max<Eigen::Index>(1, std::min(n, fit));
}

void Conv2D::im2col(const Matrix& x, Eigen::Index s0, Eigen::Index n, float* cols) const
{
    const int H = in_.h, W = in_.w, Ho = out_.h, Wo = out_.w;
    const Eigen::Index rowLen = n * P_;
    for (int c = 0; c < in_.c; ++c) {
        for (int i = 0; i < k_; ++i) {
            for (int j = 0; j < k_; ++j) {
                float* row = cols + ((static_cast<Eigen::Index>(c) * k_ + i) * k_ + j) * rowLen;
                // Output columns whose input column ow+j-pad falls inside the image.
                const int lo = std::clamp(pad_ - j, 0, Wo);
                const int hi = std::clamp(W + pad_ - j, lo, Wo);
                for (Eigen::Index s = 0; s < n; ++s) {
                    const float* img = x.data() + (s0 + s) * x.cols() + static_cast<Eigen::Index>(c) * H * W;
                    for (int oh = 0; oh < Ho; ++oh) {
                        float* dst = row + s * P_ + static_cast<Eigen::Index>(oh) * Wo;
                        const int ih = oh + i - pad_;
                        if (ih < 0 || ih >= H) {
                            std::fill(dst, dst + Wo, 0.0f);
                            continue;
                        }
                        std::fill(dst, dst + lo, 0.0f);
                        if (hi > lo)
                            std::memcpy(dst + lo, img + static_cast<Eigen::Index>(ih) * W + (lo + j - pad_),
                                        static_cast<std::size_t>(hi - lo) * sizeof(float));
                        std::fill(dst + hi, dst + Wo, 0.0f);
                    }
                }
            }
        }
    }
}

void Conv2D::col2im(const float* dcols, Eigen::Index s0, Eigen::Index n, Matrix& dx) const
{
    const int H = in_.h, W = in_.w, Ho = out_.h, Wo = out_.w;
    const Eigen::Index rowLen = n * P_;
    for (int c = 0; c < in_.c; ++c) {
        for (int i = 0; i < k_; ++i) {
            for (int j = 0; j < k_; ++j) {
                const float* row = dcols + ((static_cast<Eigen::Index>(c) * k_ + i) * k_ + j) * rowLen;
                const int lo = std::clamp(pad_ - j, 0, Wo);
                const int hi = std::clamp(W + pad_ - j, lo, Wo);
                for (Eigen::Index s = 0; s < n; ++s) {
                    float* img = dx.data() + (s0 + s) * dx.cols() + static_cast<Eigen::Index>(c) * H * W;
                    for (int oh = 0; oh < Ho; ++oh) {
                        const int ih = oh + i - pad_;
                        if (ih < 0 || ih >= H) continue;
                        const float* src = row + s * P_ + static_cast<Eigen::Index>(oh) * Wo;
                        float* dst = img + static_cast<Eigen::Index>(ih) * W + (j - pad_);
                        for (int ow = lo; ow < hi; ++ow) dst[ow] += src[ow];
                    }
                }
            }
        }
    }
}

const Matrix& Conv2D::forward(const Matrix& x, Mode mode)
{
    if (x.cols() != in_.size())
        throw Error("Conv2D expects " + in_.str() + " = " + std::to_string(in_.size()) +
                    " values per sample, got " + std::to_string(x.cols()));
    const Eigen::Index N = x.rows();
    const Eigen::Index Cout = out_.c;
    const Eigen::Index chunk = chunkSamples(N);
    const std::size_t chunkCols = static_cast<std::size_t>(K_ * chunk * P_);
    const std::size_t allCols = static_cast<std::size_t>(K_ * N * P_);
    colsKept_ = mode == Mode::Train && allCols * sizeof(float) <= keepBytes_;
    const std::size_t needCols = colsKept_ ? allCols : chunkCols;
    if (cols_.size() < needCols) cols_.resize(needCols);
    if (gemm_.size() < static_cast<std::size_t>(Cout * chunk * P_)) gemm_.resize(static_cast<std::size_t>(Cout * chunk * P_));
    y_.resize(N, Cout * P_);

    for (Eigen::Index s0 = 0; s0 < N; s0 += chunk) {
        const Eigen::Index n = std::min(chunk, N - s0);
        float* cols = cols_.data() + (colsKept_ ? K_ * s0 * P_ : 0);
        im2col(x, s0, n, cols);
        MatrixMap C(cols, K_, n * P_);
        MatrixMap Y(gemm_.data(), Cout, n * P_);
        Y.noalias() = kernel_ * C;
        // (Cout, n*P) -> n rows of (Cout*P): each (sample, channel) plane is one contiguous run.
        for (Eigen::Index s = 0; s < n; ++s) {
            for (Eigen::Index co = 0; co < Cout; ++co) {
                const float* src = Y.data() + co * n * P_ + s * P_;
                float* dst = y_.data() + (s0 + s) * y_.cols() + co * P_;
                const float b = bias_[co];
                for (Eigen::Index p = 0; p < P_; ++p) dst[p] = src[p] + b;
            }
        }
    }
    applyActivation(act_, y_.data(), static_cast<std::size_t>(y_.size()));
    if (mode == Mode::Train && !colsKept_) x_ = x;
    return y_;
}

const Matrix& Conv2D::backward(const Matrix& dy)
{
    if (dy.rows() != y_.rows() || dy.cols() != y_.cols())
        throw Error("Conv2D backward got a " + std::to_string(dy.rows()) + "x" + std::to_string(dy.cols()) +
                    " gradient for a " + std::to_string(y_.rows()) + "x" + std::to_string(y_.cols()) + " output");
    const Eigen::Index N = dy.rows();
    const Eigen::Index Cout = out_.c;
    const Eigen::Index chunk = chunkSamples(N);
    const Matrix* dz = &dy;
    if (act_ != Activation::Linear) {
        dz_ = dy;
        activationBackward(act_, y_.data(), dz_.data(), static_cast<std::size_t>(dz_.size()));
        dz = &dz_;
    }
    const std::size_t chunkCols = static_cast<std::size_t>(K_ * chunk * P_);
    if (dcols_.size() < chunkCols) dcols_.resize(chunkCols);
    const bool wantDx = inputGradientNeeded();
    dx_.resize(wantDx ? N : 0, in_.size());
    dx_.setZero();

    for (Eigen::Index s0 = 0; s0 < N; s0 += chunk) {
        const Eigen::Index n = std::min(chunk, N - s0);
        float* cols = cols_.data() + (colsKept_ ? K_ * s0 * P_ : 0);
        if (!colsKept_) im2col(x_, s0, n, cols);
        MatrixMap C(cols, K_, n * P_);
        MatrixMap dY(gemm_.data(), Cout, n * P_);
        for (Eigen::Index s = 0; s < n; ++s) {
            for (Eigen::Index co = 0; co < Cout; ++co) {
                const float* src = dz->data() + (s0 + s) * dz->cols() + co * P_;
                std::memcpy(dY.data() + co * n * P_ + s * P_, src, static_cast<std::size_t>(P_) * sizeof(float));
            }
        }
        kernelGrad_.noalias() += dY * C.transpose();
        biasGrad_ += dY.rowwise().sum();
        if (!wantDx) continue;
        MatrixMap dC(dcols_.data(), K_, n * P_);
        dC.noalias() = kernel_.transpose() * dY;
        col2im(dcols_.data(), s0, n, dx_);
    }
    return dx_;
}

} // namespace ae
