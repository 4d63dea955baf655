#pragma once
// Register-blocked stride-1 convolution kernels on a zero-padded grid, for the small channel
// counts of the seed networks (1 to 32 channels, 4x4 to 28x28 images).
//
// Why not im2col + GEMM: with K = Cin*k*k of 9 to 288, im2col writes K floats per output pixel
// and the GEMM then packs them again, so two thirds of a conv epoch went to copying (BENCHMARKS.md
// has the profile). Here the padded input is read in place: on a (Cin, Hp, Wp) grid, tap (i, j)
// of every output pixel is the same flat offset i*Wp + j, so one output vector of 16 pixels is a
// sum of Cin*k*k shifted input vectors times broadcast weights, accumulated in registers for
// several output channels at once.
//
// Grid points: output (oh, ow) is grid point oh*Wp + ow; points with ow >= Wo are row-padding
// garbage that callers drop. A plane holds `span()` points (L rounded up to whole vectors); the
// padded input carries `inputSlack()` zero floats after its last plane so the garbage tail of
// the last vector reads defined memory.
#include <cstddef>

namespace ae::conv {

struct Grid {
    int channels = 0;   // input channels
    int h = 0, w = 0;   // input plane
    int k = 1;          // kernel size
    int pad = 0;        // zeros on each side
    int ho = 0, wo = 0; // output plane

    Grid() = default;
    Grid(int channels, int h, int w, int k, int pad);

    int hp() const { return h + 2 * pad; }
    int wp() const { return w + 2 * pad; }
    std::ptrdiff_t plane() const { return static_cast<std::ptrdiff_t>(hp()) * wp(); }
    // Grid points that cover every output: (ho-1)*wp + wo.
    std::ptrdiff_t points() const { return static_cast<std::ptrdiff_t>(ho - 1) * wp() + wo; }
    // points() rounded up to whole kernel steps: the length of one output-channel row on the grid.
    std::ptrdiff_t span() const;
    // Zero floats after the padded input's last plane (reads of the garbage tail).
    std::ptrdiff_t inputSlack() const { return span() - points(); }
    // Floats of one padded input: channels * plane + slack.
    std::ptrdiff_t paddedSize() const { return channels * plane() + inputSlack(); }
};

// The interior of padded (channels, hp, wp) + slack <- x (channels, h, w). Only the interior is
// written: the borders and the slack must already be zero, which holds for a buffer that started
// zeroed and is only ever filled by padInput with this grid, slot after slot of paddedSize()
// (zeroing every border again cost a fifth of a conv epoch).
void padInput(const float* x, const Grid& g, float* padded);

// The same for the nearest x2 up-sampling of x: padded's interior (channels, h, w) <- x
// (channels, h/2, w/2) with every value repeated over a 2x2 block (h and w even).
void padUpsampledInput(const float* x, const Grid& g, float* padded);

// out (cout, span) on the grid <- w (cout, channels*k*k) applied to padded.
void forward(const float* padded, const Grid& g, const float* w, int cout, float* out);
// The same in two steps, so a layer rearranges its weights once per batch instead of once per
// sample: packed (packedSize floats) <- w, then forwardPacked for each sample.
std::ptrdiff_t packedSize(const Grid& g, int cout);
void packWeights(const float* w, const Grid& g, int cout, float* packed);
void forwardPacked(const float* padded, const Grid& g, const float* packed, int cout, float* out);

// dw (cout, channels*k*k) += sum over the n samples of dz_s (cout, span) correlated with
// padded_s, where sample s's padded input starts at padded + s*paddedSize() and its grid
// gradient at dzGrid + s*cout*span(). dzGrid must be zero at garbage points and in the tail.
void kernelGradient(const float* padded, const float* dzGrid, int n, const Grid& g, int cout, float* dw);

// The same sum with dz channels-last: sample s's gradient is (ho*wo, channelsLastStride(cout))
// at dzT + s*ho*wo*channelsLastStride(cout), pixel by pixel (no grid, no garbage points). It is
// vectorised over output channels, which suits layers with 16 or 32 of them better than the
// channel-major kernel's vectors over pixels (fewer loads per multiply-add). Throws Error for
// more than 32 output channels.
void kernelGradientChannelsLast(const float* padded, const float* dzT, int n, const Grid& g, int cout, float* dw);
std::ptrdiff_t channelsLastStride(int cout); // cout rounded up to whole vectors

// dzGrid (cout, span) <- dz (cout, ho, wo) laid on the grid. Like padInput it writes only the
// valid points: the rest must already be zero (a zeroed buffer only filled by layOnGrid with
// this grid and cout, in slots of cout*span()).
void layOnGrid(const float* dz, const Grid& g, int cout, float* dzGrid);

} // namespace ae::conv
