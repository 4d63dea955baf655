#include "core/nn/conv2d.h"

#include "core/nn/max_pool2d.h"
#include "core/parallel.h"

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
    return static_cast<int>(std::clamp<Eigen::Index>(threads(), 1, std::max<Eigen::Index>(1, n)));
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

// row (channels, ho/2, wo/2) <- the output grid's valid points summed over 2x2 blocks: the
// backward of a nearest x2 up-sampling, in UpSampling2D::backward's order.
void fromGridSummed2x2(const float* grid, const conv::Grid& g, int channels, float* row)
{
    const std::ptrdiff_t span = g.span();
    const int hs = g.ho / 2, ws = g.wo / 2;
    for (int c = 0; c < channels; ++c) {
        for (int r = 0; r < hs; ++r) {
            const float* top = grid + c * span + static_cast<std::ptrdiff_t>(2 * r) * g.wp();
            const float* bottom = top + g.wp();
            float* dst = row + (static_cast<std::ptrdiff_t>(c) * hs + r) * ws;
            for (int q = 0; q < ws; ++q)
                dst[q] = (top[2 * q] + top[2 * q + 1]) + (bottom[2 * q] + bottom[2 * q + 1]);
        }
    }
}

// dzT (P, stride) <- dz (channels, P) transposed, in blocks of 8 pixels: each channel's 8 values
// are one contiguous read, and a block's writes stay within 8 rows of dzT (in L1). Eigen's
// transposed assignment moved one or two floats per instruction.
void transposeToChannelsLast(const float* dz, int channels, std::ptrdiff_t P, std::ptrdiff_t stride, float* dzT)
{
    constexpr int B = 8;
    std::ptrdiff_t p0 = 0;
    for (; p0 + B <= P; p0 += B)
        for (int c = 0; c < channels; ++c) {
            const float* src = dz + c * P + p0;
            float* dst = dzT + p0 * stride + c;
            for (int i = 0; i < B; ++i) dst[i * stride] = src[i];
        }
    for (; p0 < P; ++p0)
        for (int c = 0; c < channels; ++c) dzT[p0 * stride + c] = dz[c * P + p0];
}

// New elements are zero: the padded buffers rely on it (conv::padInput writes only interiors).
template <class T, class A>
void growTo(std::vector<T, A>& v, std::ptrdiff_t n)
{
    if (static_cast<std::ptrdiff_t>(v.size()) < n) v.resize(static_cast<std::size_t>(n));
}

} // namespace

Shape Conv2D::fusedInputShape(Fusion fusion) const
{
    return fusion.upsampleInput ? Shape{in_.c, in_.h / 2, in_.w / 2} : in_;
}

Shape Conv2D::fusedOutputShape(Fusion fusion) const
{
    return fusion.poolOutput ? Shape{out_.c, (out_.h + 1) / 2, (out_.w + 1) / 2} : out_;
}

const Matrix& Conv2D::forward(const Matrix& x, Mode mode) { return forwardFused(x, mode, Fusion{}); }

const Matrix& Conv2D::backward(const Matrix& dy) { return backwardFused(dy, Fusion{}); }

const Matrix& Conv2D::forwardFused(const Matrix& x, Mode mode, Fusion fusion)
{
    if (fusion.upsampleInput && (in_.h % 2 != 0 || in_.w % 2 != 0))
        throw Error("Conv2D cannot take an up-sampled input of odd size " + in_.str());
    const Shape inShape = fusedInputShape(fusion), outShape = fusedOutputShape(fusion);
    if (x.cols() != inShape.size())
        throw Error("Conv2D expects " + inShape.str() + " = " + std::to_string(inShape.size()) +
                    " values per sample, got " + std::to_string(x.cols()));
    const Eigen::Index N = x.rows();
    y_.resize(N, outShape.size());
    if (fusion.poolOutput) arg_.resize(static_cast<std::size_t>(y_.size()));
    const conv::Grid& g = forwardGrid_;
    const std::ptrdiff_t padSize = g.paddedSize(), gridSize = out_.c * g.span(), rowSize = out_.c * P_;
    const int T = threadCount(N);
    // Train keeps every sample's padded input for the kernel gradient (slot s); Infer reuses one
    // slot per thread.
    const bool keep = mode == Mode::Train;
    growTo(padded_, padSize * (keep ? N : T));
    growTo(grid_, gridSize * T);
    if (fusion.poolOutput) growTo(rows_, rowSize * T);
    packedKernel_.resize(static_cast<std::size_t>(conv::packedSize(g, out_.c)));
    conv::packWeights(kernel_.data(), g, out_.c, packedKernel_.data());
    // Share t of the samples is chunk t, whichever thread runs it: the caller takes a share
    // itself when a helper has not started yet (core/parallel.h).
    parallelFor(T, static_cast<std::size_t>(T), [&](std::size_t chunk) {
        const int t = static_cast<int>(chunk);
        float* grid = grid_.data() + t * gridSize;
        for (Eigen::Index s = rangeStart(N, t, T); s < rangeStart(N, t + 1, T); ++s) {
            float* xp = padded_.data() + (keep ? s : t) * padSize;
            if (fusion.upsampleInput)
                conv::padUpsampledInput(x.data() + s * x.cols(), g, xp);
            else
                conv::padInput(x.data() + s * x.cols(), g, xp);
            conv::forwardPacked(xp, g, packedKernel_.data(), out_.c, grid);
            float* ys = fusion.poolOutput ? rows_.data() + t * rowSize : y_.data() + s * y_.cols();
            fromGrid(grid, g, out_.c, bias_.data(), ys);
            applyActivation(act_, ys, static_cast<std::size_t>(rowSize)); // while still in cache
            if (fusion.poolOutput) maxPool2x2(ys, out_, y_.data() + s * y_.cols(), arg_.data() + s * y_.cols());
        }
    });
    trainedRows_ = keep ? N : -1;
    trainedFusion_ = fusion;
    return y_;
}

const Matrix& Conv2D::backwardFused(const Matrix& dy, Fusion fusion)
{
    if (dy.rows() != y_.rows() || dy.cols() != y_.cols() || trainedRows_ != dy.rows() || !(fusion == trainedFusion_))
        throw Error("Conv2D backward got a " + std::to_string(dy.rows()) + "x" + std::to_string(dy.cols()) +
                    " gradient for a " + std::to_string(y_.rows()) + "x" + std::to_string(y_.cols()) +
                    " output" + (trainedRows_ < 0 ? " without a Train forward" : "") +
                    (fusion == trainedFusion_ ? "" : " of a differently fused forward"));
    const Eigen::Index N = dy.rows();
    const Eigen::Index Cout = out_.c;
    const bool wantDx = inputGradientNeeded();
    dx_.resize(wantDx ? N : 0, fusedInputShape(fusion).size());
    if (wantDx) {
        const Eigen::Index taps = Cout * k_ * k_;
        flipped_.resize(in_.c, taps);
        for (int ci = 0; ci < in_.c; ++ci)
            for (Eigen::Index co = 0; co < Cout; ++co)
                for (int i = 0; i < k_; ++i)
                    for (int j = 0; j < k_; ++j)
                        flipped_(ci, (co * k_ + i) * k_ + j) = kernel_(co, (ci * k_ + (k_ - 1 - i)) * k_ + (k_ - 1 - j));
        packedFlipped_.resize(static_cast<std::size_t>(conv::packedSize(backwardGrid_, in_.c)));
        conv::packWeights(flipped_.data(), backwardGrid_, in_.c, packedFlipped_.data());
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
    // Per thread: one sample's dz (Cout, Ho, Wo), then (pooled, non-ReLU activations) its
    // gradient at the pool's winners.
    const std::ptrdiff_t rowSize = Cout * P_, rowSlot = rowSize + (fusion.poolOutput ? y_.cols() : 0);
    growTo(dzGrid_, dzGridSize * block * T);
    growTo(rows_, rowSlot * T);
    if (wantDx) {
        growTo(grid_, dxGridSize * T);
        growTo(dzPadded_, dzPadSize * T);
    }
    const Eigen::Index kernelSize = kernelGrad_.size();
    if (T > 1) partialGrads_.setZero(T - 1, kernelSize + Cout);

    parallelFor(T, static_cast<std::size_t>(T), [&](std::size_t chunk) {
        const int t = static_cast<int>(chunk);
        float* dW = t == 0 ? kernelGrad_.data() : partialGrads_.row(t - 1).data();
        float* dB = t == 0 ? biasGrad_.data() : partialGrads_.row(t - 1).data() + kernelSize;
        float* dzg = dzGrid_.data() + t * dzGridSize * block;
        float* row = rows_.data() + t * rowSlot;
        const Eigen::Index end = rangeStart(N, t + 1, T);
        for (Eigen::Index s0 = rangeStart(N, t, T); s0 < end; s0 += block) {
            const Eigen::Index n = std::min(block, end - s0);
            for (Eigen::Index i = 0; i < n; ++i) {
                const Eigen::Index s = s0 + i;
                // dz: dL/d(pre-activation) of sample s, (Cout, Ho, Wo), in one pass from dy.
                const float* dys = dy.data() + s * dy.cols();
                const float* ys = y_.data() + s * y_.cols();
                const float* dz = row;
                if (fusion.poolOutput) {
                    // The pool's backward sends dy to each window's winner, whose activated value
                    // is the pooled one; every other point of the window gets zero.
                    const std::int32_t* as = arg_.data() + s * y_.cols();
                    const Eigen::Index m = y_.cols();
                    // The pooled gradient through the activation first (a vectorised pass; a
                    // select inside the scatter compiled to a mispredicted branch), then scattered.
                    std::fill(row, row + rowSize, 0.0f);
                    float* dp = row + rowSize;
                    if (act_ == Activation::ReLU) {
                        for (Eigen::Index o = 0; o < m; ++o) {
                            const float d = dys[o];
                            dp[o] = ys[o] > 0.0f ? d : 0.0f;
                        }
                    } else {
                        std::copy(dys, dys + m, dp);
                        if (act_ != Activation::Linear) activationBackward(act_, ys, dp, static_cast<std::size_t>(m));
                    }
                    for (Eigen::Index o = 0; o < m; ++o) row[as[o]] = dp[o];
                } else if (act_ == Activation::ReLU) {
                    for (std::ptrdiff_t j = 0; j < rowSize; ++j) {
                        const float d = dys[j]; // read unconditionally: a plain load, not a masked one
                        row[j] = ys[j] > 0.0f ? d : 0.0f;
                    }
                } else if (act_ == Activation::Linear) {
                    dz = dys;
                } else {
                    std::copy(dys, dys + rowSize, row);
                    activationBackward(act_, ys, row, static_cast<std::size_t>(rowSize));
                }
                // Bias gradient: each channel's plane of dz is one contiguous run of P values.
                for (Eigen::Index co = 0; co < Cout; ++co) dB[co] += Eigen::Map<const Vector>(dz + co * P_, P_).sum();
                if (channelsLast)
                    transposeToChannelsLast(dz, static_cast<int>(Cout), P_, stride, dzg + i * dzGridSize);
                else
                    conv::layOnGrid(dz, g, out_.c, dzg + i * dzGridSize);
                if (!wantDx) continue;
                float* dzp = dzPadded_.data() + t * dzPadSize;
                float* grid = grid_.data() + t * dxGridSize;
                conv::padInput(dz, b, dzp);
                conv::forwardPacked(dzp, b, packedFlipped_.data(), in_.c, grid);
                if (fusion.upsampleInput)
                    fromGridSummed2x2(grid, b, in_.c, dx_.data() + s * dx_.cols());
                else
                    fromGrid(grid, b, in_.c, nullptr, dx_.data() + s * dx_.cols());
            }
            if (channelsLast)
                conv::kernelGradientChannelsLast(padded_.data() + s0 * padSize, dzg, static_cast<int>(n), g, out_.c, dW);
            else
                conv::kernelGradient(padded_.data() + s0 * padSize, dzg, static_cast<int>(n), g, out_.c, dW);
        }
    });
    for (int t = 1; t < T; ++t) {
        kernelGrad_ += MatrixMap(partialGrads_.row(t - 1).data(), Cout, K_);
        biasGrad_ += VectorMap(partialGrads_.row(t - 1).data() + kernelSize, Cout);
    }
    return dx_;
}

} // namespace ae
