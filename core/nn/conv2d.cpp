#include "core/nn/conv2d.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>
#ifdef _OPENMP
#include <omp.h>
#endif

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
    // Forward columns (K, P) and backward's columns of dz (Cout*k*k, H*W) share the chunking.
    const Eigen::Index back = static_cast<Eigen::Index>(out_.c) * k_ * k_ * in_.h * in_.w;
    const std::size_t perSample = static_cast<std::size_t>(std::max(K_ * P_, back)) * sizeof(float);
    const auto fit = static_cast<Eigen::Index>(std::max<std::size_t>(1, chunkBytes_ / perSample));
    // At least one chunk per thread, so a batch of small images still splits across threads.
    const Eigen::Index perThread = (n + Eigen::nbThreads() - 1) / std::max(1, Eigen::nbThreads());
    return std::max<Eigen::Index>(1, std::min({n, fit, perThread}));
}

namespace {

// A stride-1 convolution's geometry: input planes (c, h, w), k x k taps, pad zeros each side,
// output planes (ho, wo).
struct Geometry {
    int c, h, w, k, pad, ho, wo;
};

// cols (c*k*k, n*ho*wo) <- the patches of n images (c, h, w); image s starts at src + s*stride.
// Rows are short (a few to a few dozen floats): GCC's loop-idiom pass would turn the zero edges
// and the copy into memset/memcpy calls that cost more than the work, so it is switched off here.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void im2col(const float* src, Eigen::Index stride, Eigen::Index n, const Geometry& g, float* cols)
{
    const Eigen::Index P = static_cast<Eigen::Index>(g.ho) * g.wo;
    const Eigen::Index rowLen = n * P;
    for (int c = 0; c < g.c; ++c) {
        for (int i = 0; i < g.k; ++i) {
            for (int j = 0; j < g.k; ++j) {
                float* row = cols + ((static_cast<Eigen::Index>(c) * g.k + i) * g.k + j) * rowLen;
                // Output columns whose input column ow+j-pad falls inside the image.
                const int lo = std::clamp(g.pad - j, 0, g.wo);
                const int hi = std::clamp(g.w + g.pad - j, lo, g.wo);
                for (Eigen::Index s = 0; s < n; ++s) {
                    const float* img = src + s * stride + static_cast<Eigen::Index>(c) * g.h * g.w;
                    for (int oh = 0; oh < g.ho; ++oh) {
                        float* dst = row + s * P + static_cast<Eigen::Index>(oh) * g.wo;
                        const int ih = oh + i - g.pad;
                        if (ih < 0 || ih >= g.h) {
                            for (int ow = 0; ow < g.wo; ++ow) dst[ow] = 0.0f;
                            continue;
                        }
                        const float* in = img + static_cast<Eigen::Index>(ih) * g.w + (j - g.pad);
                        for (int ow = 0; ow < lo; ++ow) dst[ow] = 0.0f;
                        for (int ow = lo; ow < hi; ++ow) dst[ow] = in[ow];
                        for (int ow = hi; ow < g.wo; ++ow) dst[ow] = 0.0f;
                    }
                }
            }
        }
    }
}

// Direct convolution for layers with very few filters (the decoder's last layer has one): im2col
// would write K*P floats for only Cout*K*P multiply-adds. The input is zero-padded once into a
// (Cin, Hp, Wp) grid; on that grid every tap (i, j) is a constant flat offset i*Wp + j, so each
// tap is one long axpy (forward) or dot product (kernel gradient) over L = (Ho-1)*Wp + Wo points,
// with no edge cases. Points whose column is >= Wo are row-padding garbage, dropped on output.
struct DirectGrid {
    int hp, wp;      // padded input plane
    Eigen::Index L;  // grid points covering every output
    Eigen::Index plane() const { return static_cast<Eigen::Index>(hp) * wp; }
};

DirectGrid directGrid(const Geometry& g)
{
    const int hp = g.h + 2 * g.pad, wp = g.w + 2 * g.pad;
    return {hp, wp, static_cast<Eigen::Index>(g.ho - 1) * wp + g.wo};
}

// xp (Cin, Hp, Wp) <- x (Cin, H, W) with zero borders.
void padInput(const float* x, const Geometry& g, const DirectGrid& d, float* xp)
{
    std::fill(xp, xp + g.c * d.plane(), 0.0f);
    for (int c = 0; c < g.c; ++c)
        for (int h = 0; h < g.h; ++h)
            std::copy_n(x + (static_cast<Eigen::Index>(c) * g.h + h) * g.w, g.w,
                        xp + c * d.plane() + static_cast<Eigen::Index>(h + g.pad) * d.wp + g.pad);
}

// grid (Cout, L) = W (Cout, Cin*k*k) applied to xp.
void directForward(const float* xp, const float* w, float* grid, int cout, const Geometry& g, const DirectGrid& d)
{
    const int K = g.c * g.k * g.k;
    for (int co = 0; co < cout; ++co) {
        Eigen::Map<Eigen::ArrayXf> out(grid + co * d.L, d.L);
        out.setZero();
        for (int ci = 0; ci < g.c; ++ci)
            for (int i = 0; i < g.k; ++i)
                for (int j = 0; j < g.k; ++j) {
                    const float wv = w[static_cast<Eigen::Index>(co) * K + (ci * g.k + i) * g.k + j];
                    out += wv * Eigen::Map<const Eigen::ArrayXf>(xp + ci * d.plane() + i * d.wp + j, d.L);
                }
    }
}

// dW (Cout, Cin*k*k) += dz laid on the grid (Cout, L), zeros at garbage points, correlated with xp.
void directKernelGrad(const float* xp, const float* dzGrid, float* dw, int cout, const Geometry& g, const DirectGrid& d)
{
    const int K = g.c * g.k * g.k;
    using Flat = Eigen::Map<const Eigen::VectorXf>;
    for (int co = 0; co < cout; ++co) {
        const Flat dz(dzGrid + co * d.L, d.L);
        for (int ci = 0; ci < g.c; ++ci)
            for (int i = 0; i < g.k; ++i)
                for (int j = 0; j < g.k; ++j)
                    dw[static_cast<Eigen::Index>(co) * K + (ci * g.k + i) * g.k + j] +=
                        dz.dot(Flat(xp + ci * d.plane() + i * d.wp + j, d.L));
    }
}

int threadId()
{
#ifdef _OPENMP
    return omp_get_thread_num();
#else
    return 0;
#endif
}

using ConstStridedMap = Eigen::Map<const Matrix, 0, Eigen::OuterStride<>>;

// Columns of sample s inside a chunk's (rows, n*P) buffer: (rows, P) with the chunk's row stride.
ConstStridedMap sampleColumns(const float* cols, Eigen::Index rows, Eigen::Index n, Eigen::Index P, Eigen::Index s)
{
    return ConstStridedMap(cols + s * P, rows, P, Eigen::OuterStride<>(n * P));
}

} // namespace

void Conv2D::forwardChunk(const Matrix& x, Eigen::Index s0, Eigen::Index n, float* cols)
{
    const Eigen::Index Cout = out_.c;
    im2col(x.data() + s0 * x.cols(), x.cols(), n, Geometry{in_.c, in_.h, in_.w, k_, pad_, out_.h, out_.w}, cols);
    for (Eigen::Index s = 0; s < n; ++s) {
        // For one sample the GEMM's (Cout, P) result is the channels-first output row itself.
        MatrixMap Ys(y_.data() + (s0 + s) * y_.cols(), Cout, P_);
        Ys.noalias() = kernel_ * sampleColumns(cols, K_, n, P_, s);
        for (Eigen::Index co = 0; co < Cout; ++co) Ys.row(co).array() += bias_[co];
        applyActivation(act_, Ys.data(), static_cast<std::size_t>(Ys.size())); // while still in cache
    }
}

int Conv2D::threadCount(Eigen::Index chunks) const
{
    // Samples are independent, so threads split a batch by chunks of samples; each GEMM inside
    // is then single-threaded (Eigen does not nest inside an OpenMP region). That beats letting
    // Eigen split every small per-sample GEMM.
    return static_cast<int>(std::clamp<Eigen::Index>(Eigen::nbThreads(), 1, std::max<Eigen::Index>(1, chunks)));
}

const Matrix& Conv2D::forward(const Matrix& x, Mode mode)
{
    if (x.cols() != in_.size())
        throw Error("Conv2D expects " + in_.str() + " = " + std::to_string(in_.size()) +
                    " values per sample, got " + std::to_string(x.cols()));
    const Eigen::Index N = x.rows();
    const Geometry g{in_.c, in_.h, in_.w, k_, pad_, out_.h, out_.w};
    y_.resize(N, out_.c * P_);

    if (direct()) {
        colsKept_ = false;
        const DirectGrid d = directGrid(g);
        const Eigen::Index padded = in_.c * d.plane();
        const Eigen::Index gridSize = out_.c * d.L;
        const int T = threadCount(N);
        // Train keeps every padded input for the kernel gradient; Infer reuses one per thread.
        const std::size_t needPad = static_cast<std::size_t>(padded * (mode == Mode::Train ? N : T));
        if (padded_.size() < needPad) padded_.resize(needPad);
        if (grid_.size() < static_cast<std::size_t>(gridSize * T)) grid_.resize(static_cast<std::size_t>(gridSize * T));
#pragma omp parallel for num_threads(T) schedule(static) if (T > 1)
        for (Eigen::Index s = 0; s < N; ++s) {
            const int t = threadId();
            float* xp = padded_.data() + (mode == Mode::Train ? s : t) * padded;
            float* grid = grid_.data() + t * gridSize;
            padInput(x.data() + s * x.cols(), g, d, xp);
            directForward(xp, kernel_.data(), grid, out_.c, g, d);
            float* ys = y_.data() + s * y_.cols();
            for (Eigen::Index co = 0; co < out_.c; ++co)
                for (int oh = 0; oh < out_.h; ++oh)
                    for (int ow = 0; ow < out_.w; ++ow)
                        ys[(co * out_.h + oh) * out_.w + ow] = grid[co * d.L + oh * d.wp + ow] + bias_[co];
            applyActivation(act_, ys, static_cast<std::size_t>(y_.cols()));
        }
        return y_;
    }

    const Eigen::Index chunk = chunkSamples(N);
    const Eigen::Index chunks = (N + chunk - 1) / chunk;
    const int T = threadCount(chunks);
    const std::size_t chunkCols = static_cast<std::size_t>(K_ * chunk * P_);
    const std::size_t allCols = static_cast<std::size_t>(K_ * N * P_);
    colsKept_ = mode == Mode::Train && allCols * sizeof(float) <= keepBytes_;
    const std::size_t needCols = colsKept_ ? allCols : chunkCols * static_cast<std::size_t>(T);
    if (cols_.size() < needCols) cols_.resize(needCols);
#pragma omp parallel for num_threads(T) schedule(static) if (T > 1)
    for (Eigen::Index c = 0; c < chunks; ++c) {
        const Eigen::Index s0 = c * chunk;
        const Eigen::Index n = std::min(chunk, N - s0);
        forwardChunk(x, s0, n, cols_.data() + (colsKept_ ? K_ * s0 * P_ : static_cast<Eigen::Index>(chunkCols) * threadId()));
    }
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
    const Eigen::Index Kt = Cout * k_ * k_; // rows of dz's columns
    const Eigen::Index HW = static_cast<Eigen::Index>(in_.h) * in_.w;
    if (wantDx) {
        // dx = conv(dz, flipped) with the complementary padding k-1-pad: every dx value is one
        // dot product, written once (no col2im scatter-add, no zeroing).
        flipped_.resize(in_.c, Kt);
        for (int ci = 0; ci < in_.c; ++ci)
            for (Eigen::Index co = 0; co < Cout; ++co)
                for (int i = 0; i < k_; ++i)
                    for (int j = 0; j < k_; ++j)
                        flipped_(ci, (co * k_ + i) * k_ + j) = kernel_(co, (ci * k_ + (k_ - 1 - i)) * k_ + (k_ - 1 - j));
    }
    const Geometry g{in_.c, in_.h, in_.w, k_, pad_, out_.h, out_.w};
    const Geometry back{out_.c, out_.h, out_.w, k_, k_ - 1 - pad_, in_.h, in_.w};
    const DirectGrid d = directGrid(g);
    const Eigen::Index gridSize = Cout * d.L;
    const Eigen::Index chunk = chunkSamples(N);
    const Eigen::Index chunks = (N + chunk - 1) / chunk;
    const int T = threadCount(chunks);
    const auto chunkCols = static_cast<std::size_t>(K_ * chunk * P_);
    const auto chunkDcols = static_cast<std::size_t>(Kt * chunk * HW);
    if (wantDx && dcols_.size() < chunkDcols * T) dcols_.resize(chunkDcols * T);
    if (direct() && grid_.size() < static_cast<std::size_t>(gridSize * T)) grid_.resize(static_cast<std::size_t>(gridSize * T));
    if (!direct() && !colsKept_ && cols_.size() < chunkCols * T) cols_.resize(chunkCols * T);
    // Each thread adds its kernel gradient into its own slot; slots are summed in a fixed order
    // afterwards, so results depend on the thread count but not on timing.
    if (T > 1) partialGrads_.setZero(T - 1, kernelGrad_.size());
    if (direct()) std::fill(grid_.begin(), grid_.end(), 0.0f); // garbage grid points stay zero

#pragma omp parallel for num_threads(T) schedule(static) if (T > 1)
    for (Eigen::Index c = 0; c < chunks; ++c) {
        const int t = threadId();
        const Eigen::Index s0 = c * chunk;
        const Eigen::Index n = std::min(chunk, N - s0);
        MatrixMap dW(t == 0 ? kernelGrad_.data() : partialGrads_.row(t - 1).data(), Cout, K_);
        if (direct()) {
            float* grid = grid_.data() + t * gridSize;
            for (Eigen::Index s = s0; s < s0 + n; ++s) {
                const float* dzs = dz->data() + s * dz->cols();
                for (Eigen::Index co = 0; co < Cout; ++co)
                    for (int oh = 0; oh < out_.h; ++oh)
                        std::copy_n(dzs + (co * out_.h + oh) * out_.w, out_.w, grid + co * d.L + oh * d.wp);
                directKernelGrad(padded_.data() + s * in_.c * d.plane(), grid, dW.data(), out_.c, g, d);
            }
        } else {
            float* cols = cols_.data() + (colsKept_ ? K_ * s0 * P_ : static_cast<Eigen::Index>(chunkCols) * t);
            if (!colsKept_) im2col(x_.data() + s0 * x_.cols(), x_.cols(), n, g, cols);
            for (Eigen::Index s = 0; s < n; ++s) {
                const Eigen::Map<const Matrix> dZs(dz->data() + (s0 + s) * dz->cols(), Cout, P_);
                dW.noalias() += dZs * sampleColumns(cols, K_, n, P_, s).transpose();
            }
        }
        if (!wantDx) continue;
        float* dcols = dcols_.data() + static_cast<Eigen::Index>(chunkDcols) * t;
        im2col(dz->data() + s0 * dz->cols(), dz->cols(), n, back, dcols);
        for (Eigen::Index s = 0; s < n; ++s) {
            MatrixMap dXs(dx_.data() + (s0 + s) * dx_.cols(), in_.c, HW);
            dXs.noalias() = flipped_ * sampleColumns(dcols, Kt, n, HW, s);
        }
    }
    for (int t = 1; t < T; ++t) kernelGrad_ += MatrixMap(partialGrads_.row(t - 1).data(), Cout, K_);
    return dx_;
}

} // namespace ae
