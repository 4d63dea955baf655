#include "core/nn/gemm.h"

#include "core/parallel.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

// The kernel is written with GCC vector extensions so one source serves AVX-512, AVX2 and the
// sanitizer builds without -march=native; GCC warns that such types change the ABI, which does
// not matter for always-inlined helpers.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace ae {

namespace {

#if defined(__AVX512F__)
constexpr int kLanes = 16;
#else
constexpr int kLanes = 8;
#endif
typedef float Lanes __attribute__((vector_size(kLanes * sizeof(float))));

// Rows of c start at any float: memcpy is how to load and store them (one unaligned move).
inline Lanes loadUnaligned(const float* p) {
    Lanes v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline void storeUnaligned(float* p, Lanes v) { std::memcpy(p, &v, sizeof v); }

// A micro-tile is kMaxTileRows x kTileCols: 2 x 6 = 12 vector accumulators, leaving registers
// for the two b vectors and the broadcast a value.
constexpr int kMaxTileRows = 6;
constexpr int kTileCols = 2 * kLanes;
// Depth of one packed panel of b: kDepthBlock x kTileCols floats stay in L1/L2 while every
// row tile of a streams past them.
constexpr Eigen::Index kDepthBlock = 256;
constexpr Eigen::Index kColBlock = 512;
// Columns a thread takes at a time when threads share out the column panels.
constexpr Eigen::Index kChunkPanels = 2;
// Below this many multiply-adds a second thread costs more than it saves.
constexpr double kParallelWork = 4.0e6;

// c[0..R) x [0..width) (+)= a[0..R) x [0..depth) · packed panel, a read through its strides.
template <int R>
inline __attribute__((always_inline)) void microTile(Eigen::Index depth, const float* a, Eigen::Index aRow,
                                                     Eigen::Index aCol, const float* panel, float* c, Eigen::Index ldc,
                                                     bool accumulate, int width) {
    Lanes lo[R];
    Lanes hi[R];
    for (int r = 0; r < R; ++r) {
        lo[r] = Lanes{};
        hi[r] = Lanes{};
    }
    for (Eigen::Index k = 0; k < depth; ++k) {
        const Lanes b0 = *reinterpret_cast<const Lanes*>(panel);
        const Lanes b1 = *reinterpret_cast<const Lanes*>(panel + kLanes);
        panel += kTileCols;
        const float* ak = a + k * aCol;
        for (int r = 0; r < R; ++r) {
            const float v = ak[r * aRow];
            lo[r] += v * b0;
            hi[r] += v * b1;
        }
    }
    if (width == kTileCols) {
        for (int r = 0; r < R; ++r) {
            float* row = c + r * ldc;
            if (accumulate) {
                storeUnaligned(row, loadUnaligned(row) + lo[r]);
                storeUnaligned(row + kLanes, loadUnaligned(row + kLanes) + hi[r]);
            } else {
                storeUnaligned(row, lo[r]);
                storeUnaligned(row + kLanes, hi[r]);
            }
        }
        return;
    }
    for (int r = 0; r < R; ++r) {
        alignas(64) float tile[kTileCols];
        *reinterpret_cast<Lanes*>(tile) = lo[r];
        *reinterpret_cast<Lanes*>(tile + kLanes) = hi[r];
        float* row = c + r * ldc;
        for (int j = 0; j < width; ++j) row[j] = accumulate ? row[j] + tile[j] : tile[j];
    }
}

void tile(int rowsInTile, Eigen::Index depth, const float* a, Eigen::Index aRow, Eigen::Index aCol,
          const float* panel, float* c, Eigen::Index ldc, bool accumulate, int width) {
    switch (rowsInTile) {
    case 6: microTile<6>(depth, a, aRow, aCol, panel, c, ldc, accumulate, width); break;
    case 5: microTile<5>(depth, a, aRow, aCol, panel, c, ldc, accumulate, width); break;
    case 4: microTile<4>(depth, a, aRow, aCol, panel, c, ldc, accumulate, width); break;
    case 3: microTile<3>(depth, a, aRow, aCol, panel, c, ldc, accumulate, width); break;
    case 2: microTile<2>(depth, a, aRow, aCol, panel, c, ldc, accumulate, width); break;
    default: microTile<1>(depth, a, aRow, aCol, panel, c, ldc, accumulate, width); break;
    }
}

// Copies b[k0, k0+depth) x [j0, j0+width) into panels of kTileCols columns, k-major, the last
// panel zero-padded, so the kernel reads b as two aligned vectors per step.
void packPanels(StridedMatrix b, Eigen::Index k0, Eigen::Index depth, Eigen::Index j0, Eigen::Index width, float* out) {
    for (Eigen::Index p = 0; p * kTileCols < width; ++p) {
        float* dst = out + p * depth * kTileCols;
        const Eigen::Index first = j0 + p * kTileCols;
        const Eigen::Index w = std::min<Eigen::Index>(kTileCols, width - p * kTileCols);
        for (Eigen::Index k = 0; k < depth; ++k, dst += kTileCols) {
            const float* src = b.data + (k0 + k) * b.rowStride + first * b.colStride;
            if (b.colStride == 1 && w == kTileCols) {
                std::memcpy(dst, src, kTileCols * sizeof(float));
                continue;
            }
            Eigen::Index j = 0;
            for (; j < w; ++j) dst[j] = src[j * b.colStride];
            for (; j < kTileCols; ++j) dst[j] = 0.0f;
        }
    }
}

float* packBuffer() {
    // One per thread, sized once: the products run every batch and must not allocate.
    thread_local std::vector<float> storage;
    const std::size_t floats = static_cast<std::size_t>(kDepthBlock * (kColBlock + kTileCols)) + 64 / sizeof(float);
    if (storage.size() < floats) storage.resize(floats);
    const auto address = reinterpret_cast<std::uintptr_t>(storage.data());
    return reinterpret_cast<float*>((address + 63) & ~std::uintptr_t{63});
}

// c[rowBegin, rowEnd) x [colBegin, colEnd) of the product, on the calling thread.
void multiplyBlock(Eigen::Index rowBegin, Eigen::Index rowEnd, Eigen::Index colBegin, Eigen::Index colEnd,
                   Eigen::Index depth, StridedMatrix a, StridedMatrix b, float* c, Eigen::Index ldc, Accumulate accumulate) {
    float* packed = packBuffer();
    for (Eigen::Index j0 = colBegin; j0 < colEnd; j0 += kColBlock) {
        const Eigen::Index width = std::min(kColBlock, colEnd - j0);
        for (Eigen::Index k0 = 0; k0 < depth; k0 += kDepthBlock) {
            const Eigen::Index kc = std::min(kDepthBlock, depth - k0);
            const bool add = accumulate == Accumulate::Yes || k0 > 0;
            packPanels(b, k0, kc, j0, width, packed);
            for (Eigen::Index i0 = rowBegin; i0 < rowEnd; i0 += kMaxTileRows) {
                const int tileRows = static_cast<int>(std::min<Eigen::Index>(kMaxTileRows, rowEnd - i0));
                const float* aTile = a.data + i0 * a.rowStride + k0 * a.colStride;
                for (Eigen::Index p = 0; p * kTileCols < width; ++p) {
                    const int w = static_cast<int>(std::min<Eigen::Index>(kTileCols, width - p * kTileCols));
                    tile(tileRows, kc, aTile, a.rowStride, a.colStride, packed + p * kc * kTileCols,
                         c + i0 * ldc + j0 + p * kTileCols, ldc, add, w);
                }
            }
        }
    }
}

} // namespace

void multiply(Eigen::Index rows, Eigen::Index cols, Eigen::Index depth, StridedMatrix a, StridedMatrix b, float* c,
              Eigen::Index ldc, Accumulate accumulate, int threads) {
    if (rows <= 0 || cols <= 0) return;
    if (depth <= 0) {
        if (accumulate == Accumulate::No)
            for (Eigen::Index i = 0; i < rows; ++i) std::fill_n(c + i * ldc, cols, 0.0f);
        return;
    }
    const Eigen::Index tiles = (rows + kMaxTileRows - 1) / kMaxTileRows;
    const Eigen::Index panels = (cols + kTileCols - 1) / kTileCols;
    const double work = static_cast<double>(rows) * static_cast<double>(cols) * static_cast<double>(depth);
    threads = work >= kParallelWork ? static_cast<int>(std::clamp<Eigen::Index>(threads, 1, std::max(tiles, panels))) : 1;
    if (threads == 1) {
        multiplyBlock(0, rows, 0, cols, depth, a, b, c, ldc, accumulate);
        return;
    }
    // With enough columns the threads take chunks of column panels as they finish the previous
    // one (each packs only its part of b), so a thread that loses its core to the window or
    // another program holds the product up by one chunk, not by half of it: with a static split
    // the window trained a two-thread dense model at 0.66-0.80 of the headless speed. With few
    // columns the chunks are bands of row tiles, two per thread, each packing all of b (small
    // then). No barrier inside a product: one per depth block made every product wait for a
    // descheduled thread (ten times slower at two threads with one other process running).
    if (panels >= 2 * threads) {
        const Eigen::Index chunks = (panels + kChunkPanels - 1) / kChunkPanels;
        parallelFor(threads, static_cast<std::size_t>(chunks), [&](std::size_t q) {
            const Eigen::Index first = static_cast<Eigen::Index>(q) * kChunkPanels * kTileCols;
            const Eigen::Index end = std::min(cols, first + kChunkPanels * kTileCols);
            multiplyBlock(0, rows, first, end, depth, a, b, c, ldc, accumulate);
        });
        return;
    }
    const Eigen::Index bands = std::min<Eigen::Index>(tiles, 2 * threads);
    parallelFor(threads, static_cast<std::size_t>(bands), [&](std::size_t q) {
        const auto band = static_cast<Eigen::Index>(q);
        const Eigen::Index first = tiles * band / bands * kMaxTileRows;
        const Eigen::Index end = std::min(rows, tiles * (band + 1) / bands * kMaxTileRows);
        multiplyBlock(first, end, 0, cols, depth, a, b, c, ldc, accumulate);
    });
}

} // namespace ae
