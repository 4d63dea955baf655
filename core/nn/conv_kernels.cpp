#include "core/nn/conv_kernels.h"

#include "core/common.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

// Without AVX-512 (the sanitizer builds have no -march=native) GCC warns that passing a 64-byte
// vector by value has a different ABI; these helpers have internal linkage and are inlined, so no
// call ever crosses an ABI boundary.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace ae::conv {

namespace {

// One native register: 16 floats with AVX-512, else 8 (AVX2's ymm; narrower ISAs split it). GCC
// handles a vector wider than the hardware's very badly (every multiply-add went through the
// stack, scalar broadcasts included), so the width follows the target. GCC/Clang vector
// extensions keep the kernels portable without intrinsics.
#if defined(__AVX512F__)
constexpr int V = 16;
constexpr int kRegisters = 32;
#else
constexpr int V = 8;
constexpr int kRegisters = 16;
#endif
typedef float Vec __attribute__((vector_size(V * sizeof(float))));

// memcpy is the defined way to load/store unaligned vectors; compilers turn it into one move.
inline Vec load(const float* p)
{
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline void store(float* p, const Vec& v) { std::memcpy(p, &v, sizeof v); }

inline float horizontalSum(const Vec& v)
{
    float s = 0.0f;
    for (int i = 0; i < V; ++i) s += v[i];
    return s;
}

// Forward: kPointVectors vectors of points wide, so each loaded input vector feeds up to
// kForwardChannels output channels: 16 accumulators of 32 with AVX-512, 12 of 16 with AVX2
// (plus the point vectors and one broadcast weight: 15 registers). With AVX2, 4 channels x 3
// vectors needed all 16 and GCC spilled accumulators, whose store-reload chain then bound the
// loop; 6 x 2 also rounds spans to 16 points instead of 24 (14x14 maps: 224 grid points, not 240).
#if defined(__AVX512F__)
constexpr int kPointVectors = 2;
constexpr int kForwardChannels = 8;
#else
constexpr int kPointVectors = 2;
constexpr int kForwardChannels = 6;
#endif
constexpr std::ptrdiff_t kStep = V * kPointVectors;

// Keeps v in a register from here on. Without it GCC folds each load of an input vector into
// every multiply-add that uses it (a memory operand per FMA: 16 loads per 12 FMAs with AVX2)
// instead of loading it once.
inline void pin(Vec& v)
{
#if defined(__GNUC__) && defined(__AVX__)
    asm("" : "+x"(v));
#else
    (void)v;
#endif
}

// out rows [co0, co0+CB) <- sum over channels and taps of w * shifted padded input. KS is the
// kernel size when known at compile time (3: all nine taps unrolled), else 0 (g.k at run time).
// The weights come packed by packWeights: (channels, k*k, CB), so each tap's CB weights are
// adjacent and one pointer walks them all.
template <int CB, int KS>
void forwardBlock(const float* padded, const Grid& g, const float* wpk, int co0, float* out)
{
    const int k = KS > 0 ? KS : g.k;
    const int kk = k * k;
    const std::ptrdiff_t plane = g.plane(), span = g.span();
    const int wp = g.wp();
    // With one or two output channels, CB * kPointVectors chains of multiply-adds cannot hide
    // the FMA latency; S independent sets of accumulators take the input channels in turn
    // (channel ci into set ci % S) and are added in order at the end.
    constexpr int S = CB >= 4 ? 1 : 4 / CB;
    for (std::ptrdiff_t p = 0; p < span; p += kStep) {
        Vec acc[S][CB][kPointVectors];
#pragma GCC unroll 4
        for (int q = 0; q < S; ++q)
#pragma GCC unroll 16
            for (int c = 0; c < CB; ++c)
#pragma GCC unroll 4
                for (int b = 0; b < kPointVectors; ++b) acc[q][c][b] = Vec{};
        const float* xc = padded + p;
        const float* wc = wpk;
        for (int c0 = 0; c0 < g.channels; c0 += S)
#pragma GCC unroll 4
        for (int q = 0; q < S; ++q, xc += plane, wc += kk * CB) {
            if (S > 1 && c0 + q >= g.channels) break;
            const float* xr = xc;
            const float* wr = wc;
            // Rows not unrolled: one row pointer, the taps at constant displacements.
#pragma GCC unroll 1
            for (int i = 0; i < k; ++i, xr += wp, wr += k * CB) {
#pragma GCC unroll 3
                for (int j = 0; j < k; ++j) {
                    const float* xs = xr + j;
                    Vec xv[kPointVectors];
#pragma GCC unroll 4
                    for (int b = 0; b < kPointVectors; ++b) {
                        xv[b] = load(xs + b * V);
                        pin(xv[b]);
                    }
#pragma GCC unroll 16
                    for (int c = 0; c < CB; ++c) {
                        const float wv = wr[j * CB + c];
#pragma GCC unroll 4
                        for (int b = 0; b < kPointVectors; ++b) acc[q][c][b] += xv[b] * wv;
                    }
                }
            }
        }
#pragma GCC unroll 4
        for (int q = 1; q < S; ++q)
#pragma GCC unroll 16
            for (int c = 0; c < CB; ++c)
#pragma GCC unroll 4
                for (int b = 0; b < kPointVectors; ++b) acc[0][c][b] += acc[q][c][b];
#pragma GCC unroll 16
        for (int c = 0; c < CB; ++c)
#pragma GCC unroll 4
            for (int b = 0; b < kPointVectors; ++b) store(out + (co0 + c) * span + p + b * V, acc[0][c][b]);
    }
}

// Calls f(std::integral_constant<int, CB>, co0) for the output-channel blocks of forward.
template <class F>
void forEachBlock(int cout, F&& f)
{
    int co = 0;
    for (; co + kForwardChannels <= cout; co += kForwardChannels) f(std::integral_constant<int, kForwardChannels>{}, co);
    if (cout - co >= 4) { f(std::integral_constant<int, 4>{}, co); co += 4; }
    if (cout - co >= 2) { f(std::integral_constant<int, 2>{}, co); co += 2; }
    if (cout - co >= 1) f(std::integral_constant<int, 1>{}, co);
}

// dw rows [co0, co0+CB), taps [t0, t0+TB) of channel ci, summed over n samples and the grid.
template <int CB, int TB>
void kernelGradientBlock(const float* padded, const float* dzGrid, int n, const Grid& g, int cout, int co0, int ci,
                         int t0, float* dw)
{
    const std::ptrdiff_t span = g.span(), sampleSize = g.paddedSize(), gridSize = cout * span;
    std::ptrdiff_t offsets[TB];
#pragma GCC unroll 16
    for (int t = 0; t < TB; ++t) offsets[t] = static_cast<std::ptrdiff_t>((t0 + t) / g.k) * g.wp() + (t0 + t) % g.k;
    Vec acc[CB][TB];
#pragma GCC unroll 16
    for (int c = 0; c < CB; ++c)
#pragma GCC unroll 16
        for (int t = 0; t < TB; ++t) acc[c][t] = Vec{};
    for (int s = 0; s < n; ++s) {
        const float* xc = padded + s * sampleSize + ci * g.plane();
        const float* dz = dzGrid + s * gridSize + co0 * span;
        for (std::ptrdiff_t p = 0; p < span; p += V) {
            Vec d[CB];
#pragma GCC unroll 16
            for (int c = 0; c < CB; ++c) {
                d[c] = load(dz + c * span + p);
                if constexpr (CB * TB + CB + 1 <= kRegisters) pin(d[c]); // else let GCC fold them
            }
#pragma GCC unroll 16
            for (int t = 0; t < TB; ++t) {
                Vec x = load(xc + offsets[t] + p);
                if constexpr (CB > 1 && CB * TB + CB + 1 <= kRegisters) pin(x); // one load, CB uses
#pragma GCC unroll 16
                for (int c = 0; c < CB; ++c) acc[c][t] += d[c] * x;
            }
        }
    }
    const int K = g.channels * g.k * g.k;
#pragma GCC unroll 16
    for (int c = 0; c < CB; ++c)
#pragma GCC unroll 16
        for (int t = 0; t < TB; ++t)
            dw[static_cast<std::ptrdiff_t>(co0 + c) * K + ci * g.k * g.k + t0 + t] += horizontalSum(acc[c][t]);
}

template <int CB>
void kernelGradientRows(const float* padded, const float* dzGrid, int n, const Grid& g, int cout, int co0, float* dw)
{
    const int kk = g.k * g.k;
    constexpr int TB = 3;
    for (int ci = 0; ci < g.channels; ++ci) {
        int t = 0;
        for (; t + TB <= kk; t += TB) kernelGradientBlock<CB, TB>(padded, dzGrid, n, g, cout, co0, ci, t, dw);
        for (; t < kk; ++t) kernelGradientBlock<CB, 1>(padded, dzGrid, n, g, cout, co0, ci, t, dw);
    }
}

} // namespace

Grid::Grid(int channels_, int h_, int w_, int k_, int pad_)
    : channels(channels_), h(h_), w(w_), k(k_), pad(pad_), ho(h_ + 2 * pad_ - k_ + 1), wo(w_ + 2 * pad_ - k_ + 1)
{
}

std::ptrdiff_t Grid::span() const { return (points() + kStep - 1) / kStep * kStep; }

// Rows are short (4 to 30 floats): GCC's loop-idiom pass would turn these copies into memmove
// calls that cost more than the copy, so it is switched off for the two functions below.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void padInput(const float* x, const Grid& g, float* padded)
{
    const std::ptrdiff_t plane = g.plane();
    const int wp = g.wp();
    for (int c = 0; c < g.channels; ++c)
        for (int r = 0; r < g.h; ++r) {
            const float* src = x + (static_cast<std::ptrdiff_t>(c) * g.h + r) * g.w;
            float* dst = padded + c * plane + static_cast<std::ptrdiff_t>(r + g.pad) * wp + g.pad;
            for (int q = 0; q < g.w; ++q) dst[q] = src[q];
        }
}

#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void padUpsampledInput(const float* x, const Grid& g, float* padded)
{
    const std::ptrdiff_t plane = g.plane();
    const int wp = g.wp(), hs = g.h / 2, ws = g.w / 2;
    for (int c = 0; c < g.channels; ++c)
        for (int r = 0; r < hs; ++r) {
            const float* src = x + (static_cast<std::ptrdiff_t>(c) * hs + r) * ws;
            float* top = padded + c * plane + static_cast<std::ptrdiff_t>(2 * r + g.pad) * wp + g.pad;
            float* bottom = top + wp;
            for (int q = 0; q < ws; ++q) top[2 * q] = top[2 * q + 1] = bottom[2 * q] = bottom[2 * q + 1] = src[q];
        }
}

std::ptrdiff_t packedSize(const Grid& g, int cout) { return static_cast<std::ptrdiff_t>(cout) * g.channels * g.k * g.k; }

void packWeights(const float* w, const Grid& g, int cout, float* packed)
{
    // Block [co0, co0+CB) occupies packed[co0*K, (co0+CB)*K), laid out (channels, k*k, CB).
    const int kk = g.k * g.k, K = g.channels * kk;
    forEachBlock(cout, [&](auto cb, int co0) {
        constexpr int CB = decltype(cb)::value;
        float* dst = packed + static_cast<std::ptrdiff_t>(co0) * K;
        for (int ci = 0; ci < g.channels; ++ci)
            for (int t = 0; t < kk; ++t)
                for (int c = 0; c < CB; ++c)
                    dst[(ci * kk + t) * CB + c] = w[static_cast<std::ptrdiff_t>(co0 + c) * K + ci * kk + t];
    });
}

void forwardPacked(const float* padded, const Grid& g, const float* packed, int cout, float* out)
{
    const std::ptrdiff_t K = static_cast<std::ptrdiff_t>(g.channels) * g.k * g.k;
    forEachBlock(cout, [&](auto cb, int co0) {
        constexpr int CB = decltype(cb)::value;
        if (g.k == 3)
            forwardBlock<CB, 3>(padded, g, packed + co0 * K, co0, out);
        else
            forwardBlock<CB, 0>(padded, g, packed + co0 * K, co0, out);
    });
}

void forward(const float* padded, const Grid& g, const float* w, int cout, float* out)
{
    thread_local std::vector<float> packed;
    packed.resize(static_cast<std::size_t>(packedSize(g, cout)));
    packWeights(w, g, cout, packed.data());
    forwardPacked(padded, g, packed.data(), cout, out);
}

void kernelGradient(const float* padded, const float* dzGrid, int n, const Grid& g, int cout, float* dw)
{
    int co = 0;
    if (g.k == 3 && kRegisters >= 32) {
        // Two output channels times all nine taps: 18 accumulators fed by 2 + 9 loads per vector
        // step, and each pass over the block's input planes serves every tap (half the L2
        // traffic of four channels times three taps, which the 32-channel layers were bound by).
        // AVX2's 16 registers cannot hold them.
        for (; co + 2 <= cout; co += 2)
            for (int ci = 0; ci < g.channels; ++ci) kernelGradientBlock<2, 9>(padded, dzGrid, n, g, cout, co, ci, 0, dw);
    } else if (g.k == 3) {
        // AVX2: two channels times six taps, then times three (12 and 6 accumulators fed by 2 + 6
        // and 2 + 3 loads; four times three needed 4 + 3 loads plus 12 FMAs whose gradient
        // operand came from memory, as 17 vectors do not fit in 16 registers). A last single
        // channel takes all nine taps at once: nine independent chains instead of three.
        for (; co + 2 <= cout; co += 2)
            for (int ci = 0; ci < g.channels; ++ci) {
                kernelGradientBlock<2, 6>(padded, dzGrid, n, g, cout, co, ci, 0, dw);
                kernelGradientBlock<2, 3>(padded, dzGrid, n, g, cout, co, ci, 6, dw);
            }
        for (; co < cout; ++co)
            for (int ci = 0; ci < g.channels; ++ci) kernelGradientBlock<1, 9>(padded, dzGrid, n, g, cout, co, ci, 0, dw);
    }
    // Other kernels: four output channels times three taps, 12 accumulators fed by 4 + 3 loads.
    for (; co + 4 <= cout; co += 4) kernelGradientRows<4>(padded, dzGrid, n, g, cout, co, dw);
    for (; co < cout; ++co) kernelGradientRows<1>(padded, dzGrid, n, g, cout, co, dw);
}

#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
void layOnGrid(const float* dz, const Grid& g, int cout, float* dzGrid)
{
    const std::ptrdiff_t span = g.span();
    for (int c = 0; c < cout; ++c)
        for (int r = 0; r < g.ho; ++r) {
            const float* src = dz + (static_cast<std::ptrdiff_t>(c) * g.ho + r) * g.wo;
            float* dst = dzGrid + c * span + static_cast<std::ptrdiff_t>(r) * g.wp();
            for (int q = 0; q < g.wo; ++q) dst[q] = src[q];
        }
}

namespace {

// dw rows [0, cout) for the KB (channel, tap) columns [k0, k0+KB), summed over n samples.
// Vectorised over output channels (CV vectors of 16) with dz channels-last, so each step loads
// CV gradient vectors and KB broadcast inputs for CV*KB multiply-adds.
// Predictive commoning would carry broadcasts over to the next pixel (tap j+1 of pixel ow is
// tap j of pixel ow+1), which costs more registers than AVX2 has: spills in the inner loop.
template <int CV, int KB, bool Rows3 = false>
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-predictive-commoning")))
#endif
void kernelGradientColumns(const float* padded, const float* dzT, int n, const Grid& g, int cout, int k0, int v0,
                           float* dw)
{
    const int kk = g.k * g.k;
    const int K = g.channels * kk;
    const std::ptrdiff_t stride = channelsLastStride(cout), P = static_cast<std::ptrdiff_t>(g.ho) * g.wo;
    std::ptrdiff_t offsets[KB];
#pragma GCC unroll 32
    for (int b = 0; b < KB; ++b) {
        const int col = k0 + b, ci = col / kk, tap = col % kk;
        offsets[b] = ci * g.plane() + static_cast<std::ptrdiff_t>(tap / g.k) * g.wp() + tap % g.k;
    }
    Vec acc[KB][CV];
#pragma GCC unroll 32
    for (int b = 0; b < KB; ++b)
#pragma GCC unroll 4
        for (int v = 0; v < CV; ++v) acc[b][v] = Vec{};
    for (int s = 0; s < n; ++s) {
        const float* x = padded + s * g.paddedSize();
        const float* d = dzT + s * P * stride + v0 * V;
        for (int oh = 0; oh < g.ho; ++oh) {
            const float* xr = x + static_cast<std::ptrdiff_t>(oh) * g.wp();
            for (int ow = 0; ow < g.wo; ++ow, d += stride) {
                Vec dv[CV];
#pragma GCC unroll 4
                for (int v = 0; v < CV; ++v) {
                    dv[v] = load(d + v * V);
                    pin(dv[v]);
                }
#pragma GCC unroll 32
                for (int b = 0; b < KB; ++b) {
                    // With 3x3 kernels and whole tap rows per block (KB a multiple of 3, k0 too),
                    // column b is tap (b % 3) of row b / 3: one offset per row, the rest constant
                    // displacements (per-column offsets had to be reloaded from the stack).
                    const float xv = Rows3 ? xr[offsets[b / 3 * 3] + b % 3 + ow] : xr[offsets[b] + ow];
#pragma GCC unroll 4
                    for (int v = 0; v < CV; ++v) acc[b][v] += dv[v] * xv;
                }
            }
        }
    }
    for (int b = 0; b < KB; ++b)
        for (int v = 0; v < CV; ++v)
            for (int lane = 0; lane < V && (v0 + v) * V + lane < cout; ++lane)
                dw[static_cast<std::ptrdiff_t>((v0 + v) * V + lane) * K + k0 + b] += acc[b][v][lane];
}

// Channel vectors [v0, v0+CV) of dw, all columns.
template <int CV>
void kernelGradientChannelsLastFor(const float* padded, const float* dzT, int n, const Grid& g, int cout, int v0,
                                   float* dw)
{
    // About three quarters of the registers as accumulators: with AVX-512 24 (12 columns for two
    // channel vectors, 24 for one), with AVX2 12 (6 columns for two vectors, 12 for one).
    constexpr int KB = kRegisters * 3 / 4 / CV;
    const int K = g.channels * g.k * g.k;
    int k0 = 0;
    if constexpr (KB % 3 == 0)
        if (g.k == 3)
            for (; k0 + KB <= K; k0 += KB) kernelGradientColumns<CV, KB, true>(padded, dzT, n, g, cout, k0, v0, dw);
    for (; k0 + KB <= K; k0 += KB) kernelGradientColumns<CV, KB>(padded, dzT, n, g, cout, k0, v0, dw);
    for (; k0 < K; ++k0) kernelGradientColumns<CV, 1>(padded, dzT, n, g, cout, k0, v0, dw);
}

} // namespace

std::ptrdiff_t channelsLastStride(int cout) { return (cout + V - 1) / V * V; }

void kernelGradientChannelsLast(const float* padded, const float* dzT, int n, const Grid& g, int cout, float* dw)
{
    const int vectors = static_cast<int>(channelsLastStride(cout) / V);
    if (vectors * V > 32)
        throw Error("kernelGradientChannelsLast supports up to 32 output channels, got " + std::to_string(cout));
    // At most two channel vectors per pass (with AVX2 more would leave too few registers for
    // accumulators); 32 channels take two passes over the input.
    int v0 = 0;
    for (; v0 + 2 <= vectors; v0 += 2) kernelGradientChannelsLastFor<2>(padded, dzT, n, g, cout, v0, dw);
    if (v0 < vectors) kernelGradientChannelsLastFor<1>(padded, dzT, n, g, cout, v0, dw);
}

} // namespace ae::conv
