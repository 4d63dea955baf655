#pragma once
// 2-D convolution, stride 1, odd square kernel, computed directly on a zero-padded grid by the
// register-blocked kernels of conv_kernels.h (no im2col: see there why).
//
// Backward: the kernel gradient correlates the padded input with dz laid on the same grid; the
// input gradient is itself a convolution (of dz with the flipped, channel-transposed kernel and
// the complementary padding k-1-pad), so it reuses the forward kernel and needs no scatter-add.
// Threads split a batch into contiguous sample ranges; each thread adds its kernel gradient into
// its own slot and the slots are summed in a fixed order, so results depend on the thread count
// but never on timing.
#include "core/nn/conv_kernels.h"
#include "core/nn/layer.h"

#include <cstdint>

namespace ae {

// Keras' padding: Same keeps H x W (pads (k-1)/2 zeros each side); Valid gives H-k+1 x W-k+1.
enum class Padding { Same, Valid };

class Conv2D final : public Layer {
public:
    // Throws Error for a non-positive or even kernel, or a Valid kernel larger than the input.
    Conv2D(Shape in, int filters, int kernel, Padding pad, Activation act);

    std::string kind() const override { return "Conv2D"; }
    Shape inputShape() const override { return in_; }
    Shape outputShape() const override { return out_; }
    int filters() const { return out_.c; }
    int kernelSize() const { return k_; }
    Padding padding() const { return padding_; }
    Activation activation() const { return act_; }

    // The kernel gradient sums over blocks of samples whose padded inputs and gradient grids
    // take about `bytes` (default 256 KB, so a block stays in L2 while every channel pair reads
    // it); tests shrink it to one sample per block.
    void setBlockBudget(std::size_t bytes) { blockBytes_ = bytes; }

    std::vector<ParamInfo> paramInfo() const override;
    void bind(float* params, float* grads) override;
    void initialize(std::mt19937_64& rng) override;
    const Matrix& forward(const Matrix& x, Mode mode) override;
    const Matrix& backward(const Matrix& dy) override;

    // This layer together with its neighbours, one sample at a time, so the full-size maps
    // between them never go through memory (Autoencoder runs its conv stacks this way; the
    // layers stay separate objects, with their own names, shapes and parameters).
    //   upsampleInput: an UpSampling2D (nearest x2) precedes this layer: x and the returned dL/dx
    //     have the small map's shape (Cin, H/2, W/2); the up-sampled map is only ever written
    //     into the padded grid, and dx is summed over 2x2 blocks straight from the dx grid.
    //   poolOutput: a MaxPool2D (2x2, stride 2, 'same') follows: the result, and the dy given
    //     to backwardFused, have the pooled shape (Cout, ceil(Ho/2), ceil(Wo/2)).
    // Results equal those of the separate layers (same operations in the same order, the same
    // first-maximum-wins ties); backwardFused needs a forwardFused with the same fusion before it.
    struct Fusion {
        bool upsampleInput = false;
        bool poolOutput = false;
        bool operator==(const Fusion&) const = default;
    };
    const Matrix& forwardFused(const Matrix& x, Mode mode, Fusion fusion);
    const Matrix& backwardFused(const Matrix& dy, Fusion fusion);
    Shape fusedInputShape(Fusion fusion) const;
    Shape fusedOutputShape(Fusion fusion) const;

private:
    static constexpr int kChannelsLastMinFilters = 16;
    static constexpr int kChannelsLastMaxFilters = 32;
    // Threads for a pass over n samples: threads(), at most one per sample.
    int threadCount(Eigen::Index n) const;
    // Samples per kernel-gradient block (at least 1, at most `limit`).
    Eigen::Index blockSamples(Eigen::Index limit) const;

    Shape in_;
    Shape out_;
    int k_;
    int pad_; // zeros on each side
    Padding padding_;
    Activation act_;
    conv::Grid forwardGrid_;  // x (Cin, H, W) -> y (Cout, Ho, Wo)
    conv::Grid backwardGrid_; // dz (Cout, Ho, Wo) -> dx (Cin, H, W), padding k-1-pad
    std::size_t blockBytes_ = std::size_t{256} << 10;
    Eigen::Index K_; // Cin*k*k
    Eigen::Index P_; // Hout*Wout, output pixels per sample

    MatrixMap kernel_{nullptr, 0, 0};     // (Cout, Cin*k*k), i.e. (Cout, Cin, k, k)
    VectorMap bias_{nullptr, 0};          // (Cout)
    MatrixMap kernelGrad_{nullptr, 0, 0}; // (Cout, Cin*k*k)
    VectorMap biasGrad_{nullptr, 0};      // (Cout)

    // Per-thread scratch that only grows, so steady-state calls never allocate. Aligned like the
    // parameters (common.h): the bias gradient's Eigen sums over rows_ start their vector lanes
    // at the first aligned address, so at another heap offset the same run trained to other bits.
    AlignedVector<float> padded_; // padded inputs: every sample's after a Train forward, else one per thread
    AlignedVector<float> dzGrid_; // backward: a block of dz per thread, on the forward grid or channels-last
    AlignedVector<float> grid_;   // one output grid per thread (forward y, backward dx)
    AlignedVector<float> dzPadded_; // backward: one padded dz per thread
    AlignedVector<float> rows_;   // per thread: one sample's output or dz (Cout, Ho, Wo), then a pooled row
    Matrix partialGrads_;       // (threads-1, Cout*K + Cout) kernel and bias gradients of threads 1.. (thread 0 adds in place)
    Matrix flipped_;            // (Cin, Cout*k*k): kernel with channels swapped and taps reversed
    std::vector<float> packedKernel_, packedFlipped_; // the two, as conv::packWeights lays them out
    Eigen::Index trainedRows_ = -1; // batch size of the last Train forward (-1: none since Infer)
    Fusion trainedFusion_;      // the fusion of the last Train forward
    Matrix y_;                  // (N, Cout*Hout*Wout) activated output, or pooled (N, Cout*Hp*Wp)
    std::vector<std::int32_t> arg_; // poolOutput: (N, Cout*Hp*Wp) winner indices within a sample's output
    Matrix dx_;                 // (N, Cin*H*W) (or the small map), every element written by backward
};

} // namespace ae
