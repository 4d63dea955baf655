#include "core/nn/conv2d.h"

#include <algorithm>
#include <cmath>
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
    forwardGrid_ = conv::Grid(in.c, in.h, in.w, kernel, pad_);
    backwardGrid_ = conv::Grid(filters, out_.h, out_.w, kernel, kernel - 1 - pad_);
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

int Conv2D::threadCount(Eigen::Index n) const
{
    return static_cast<int>(std::clamp<Eigen::Index>(Eigen::nbThreads(), 1, std::max<Eigen::Index>(1, n)));
}

Eigen::Index Conv2D::blockSamples(Eigen::Index limit) const
{
    const auto perSample = static_cast<std::size_t>(forwardGrid_.paddedSize() + out_.c * forwardGrid_.span()) * sizeof(float);
    const auto fit = static_cast<Eigen::Index>(std::max<std::size_t>(1, blockBytes_ / perSample));
    return std::max<Eigen::Index>(1, std::min(fit, limit));
}

namespace {

// First sample of thread t's contiguous share of n samples split over T threads.
Eigen::Index rangeStart(Eigen::Index n, int t, int T) { return n * t / T; }

// row (channels, ho, wo) <- the output grid's valid points, plus a per-channel bias if given.
void fromGrid(const float* grid, const conv::Grid& g, int channels, const float* bias, float* row)
{
    const std::ptrdiff_t span = g.span();
    for (int c = 0; c < channels; ++c) {
        const float b = bias ? bias[c] : 0.0f;
        for (int r = 0; r < g.ho; ++r) {
            const float* src = grid + c * span + static_cast<std::ptrdiff_t>(r) * g.wp();
            float* dst = row + (static_cast<std::ptrdiff_t>(c) * g.ho + r) * g.wo;
            for (int q = 0; q < g.wo; ++q) dst[q] = src[q] + b;
        }
    }
}

// New elements are zero: the padded buffers rely on it (conv::padInput writes only interiors).
template <class T>
void growTo(std::vector<T>& v, std::ptrdiff_t n)
{
    if (static_cast<std::ptrdiff_t>(v.size()) < n) v.resize(static_cast<std::size_t>(n));
}

} // namespace

const Matrix& Conv2D::forward(const Matrix& x, Mode mode)
{
    if (x.cols() != in_.size())
        throw Error("Conv2D expects " + in_.str() + " = " + std::to_string(in_.size()) +
                    " values per sample, got " + std::to_string(x.cols()));
    const Eigen::Index N = x.rows();
    y_.resize(N, out_.c * P_);
    const conv::Grid& g = forwardGrid_;
    const std::ptrdiff_t padSize = g.paddedSize(), gridSize = out_.c * g.span();
    const int T = threadCount(N);
    // Train keeps every sample's padded input for the kernel gradient (slot s); Infer reuses one
    // slot per thread.
    const bool keep = mode == Mode::Train;
    growTo(padded_, padSize * (keep ? N : T));
    growTo(grid_, gridSize * T);
#pragma omp parallel for num_threads(T) schedule(static) if (T > 1)
    for (int t = 0; t < T; ++t) {
        float* grid = grid_.data() + t * gridSize;
        for (Eigen::Index s = rangeStart(N, t, T); s < rangeStart(N, t + 1, T); ++s) {
            float* xp = padded_.data() + (keep ? s : t) * padSize;
            conv::padInput(x.data() + s * x.cols(), g, xp);
            conv::forward(xp, g, kernel_.data(), out_.c, grid);
            float* ys = y_.data() + s * y_.cols();
            fromGrid(grid, g, out_.c, bias_.data(), ys);
            applyActivation(act_, ys, static_cast<std::size_t>(y_.cols())); // while still in cache
        }
    }
    trainedRows_ = keep ? N : -1;
    return y_;
}

const Matrix& Conv2D::backward(const Matrix& dy)
{
    if (dy.rows() != y_.rows() || dy.cols() != y_.cols() || trainedRows_ != dy.rows())
        throw Error("Conv2D backward got a " + std::to_string(dy.rows()) + "x" + std::to_string(dy.cols()) +
                    " gradient for a " + std::to_string(y_.rows()) + "x" + std::to_string(y_.cols()) +
                    " output" + (trainedRows_ < 0 ? " without a Train forward" : ""));
    const Eigen::Index N = dy.rows();
    const Eigen::Index Cout = out_.c;
    const Matrix* dz = &dy;
    if (act_ == Activation::ReLU) {
        dz_.resize(N, dy.cols());
        dz_.array() = (y_.array() > 0.0f).select(dy.array(), 0.0f); // one pass, no copy first
        dz = &dz_;
    } else if (act_ != Activation::Linear) {
        dz_ = dy;
        activationBackward(act_, y_.data(), dz_.data(), static_cast<std::size_t>(dz_.size()));
        dz = &dz_;
    }
    // Bias gradient: each (sample, channel) plane of dz is one contiguous run of P values.
    const Eigen::Map<const Matrix> planes(dz->data(), N * Cout, P_);
    for (Eigen::Index s = 0; s < N; ++s)
        for (Eigen::Index co = 0; co < Cout; ++co) biasGrad_[co] += planes.row(s * Cout + co).sum();

    const bool wantDx = inputGradientNeeded();
    dx_.resize(wantDx ? N : 0, in_.size());
    if (wantDx) {
        const Eigen::Index taps = Cout * k_ * k_;
        flipped_.resize(in_.c, taps);
        for (int ci = 0; ci < in_.c; ++ci)
            for (Eigen::Index co = 0; co < Cout; ++co)
                for (int i = 0; i < k_; ++i)
                    for (int j = 0; j < k_; ++j)
                        flipped_(ci, (co * k_ + i) * k_ + j) = kernel_(co, (ci * k_ + (k_ - 1 - i)) * k_ + (k_ - 1 - j));
    }
    const conv::Grid& g = forwardGrid_;
    const conv::Grid& b = backwardGrid_;
    const int T = threadCount(N);
    const Eigen::Index block = blockSamples((N + T - 1) / T);
    // Layers with 16 to 32 filters sum the kernel gradient vectorised over channels, from dz
    // transposed to channels-last; the others vectorised over pixels, from dz laid on the grid.
    const bool channelsLast = Cout >= kChannelsLastMinFilters && Cout <= kChannelsLastMaxFilters;
    const std::ptrdiff_t stride = conv::channelsLastStride(out_.c);
    const std::ptrdiff_t padSize = g.paddedSize(), dzGridSize = channelsLast ? P_ * stride : Cout * g.span();
    const std::ptrdiff_t dxGridSize = in_.c * b.span(), dzPadSize = b.paddedSize();
    growTo(dzGrid_, dzGridSize * block * T);
    if (wantDx) {
        growTo(grid_, dxGridSize * T);
        growTo(dzPadded_, dzPadSize * T);
    }
    if (T > 1) partialGrads_.setZero(T - 1, kernelGrad_.size());

#pragma omp parallel for num_threads(T) schedule(static) if (T > 1)
    for (int t = 0; t < T; ++t) {
        float* dW = t == 0 ? kernelGrad_.data() : partialGrads_.row(t - 1).data();
        float* dzg = dzGrid_.data() + t * dzGridSize * block;
        const Eigen::Index end = rangeStart(N, t + 1, T);
        for (Eigen::Index s0 = rangeStart(N, t, T); s0 < end; s0 += block) {
            const Eigen::Index n = std::min(block, end - s0);
            if (channelsLast) {
                for (Eigen::Index i = 0; i < n; ++i)
                    MatrixMap(dzg + i * dzGridSize, P_, stride).leftCols(Cout) =
                        Eigen::Map<const Matrix>(dz->data() + (s0 + i) * dz->cols(), Cout, P_).transpose();
                conv::kernelGradientChannelsLast(padded_.data() + s0 * padSize, dzg, static_cast<int>(n), g, out_.c, dW);
            } else {
                for (Eigen::Index i = 0; i < n; ++i)
                    conv::layOnGrid(dz->data() + (s0 + i) * dz->cols(), g, out_.c, dzg + i * dzGridSize);
                conv::kernelGradient(padded_.data() + s0 * padSize, dzg, static_cast<int>(n), g, out_.c, dW);
            }
            if (!wantDx) continue;
            float* dzp = dzPadded_.data() + t * dzPadSize;
            float* grid = grid_.data() + t * dxGridSize;
            for (Eigen::Index s = s0; s < s0 + n; ++s) {
                conv::padInput(dz->data() + s * dz->cols(), b, dzp);
                conv::forward(dzp, b, flipped_.data(), in_.c, grid);
                fromGrid(grid, b, in_.c, nullptr, dx_.data() + s * dx_.cols());
            }
        }
    }
    for (int t = 1; t < T; ++t) kernelGrad_ += MatrixMap(partialGrads_.row(t - 1).data(), Cout, K_);
    return dx_;
}

} // namespace ae
