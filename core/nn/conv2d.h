#pragma once
// 2-D convolution, stride 1, odd square kernel, computed as im2col + one small GEMM per sample.
//
// Why per sample: for one sample, W (Cout, K) * cols_s (K, P) is exactly the sample's
// channels-first output row viewed as (Cout, P), so the GEMM writes straight into y (and the
// input gradient straight into dx) with no scatter/gather between layouts. The input gradient is
// itself a convolution (of dz with the flipped, channel-transposed kernel), so backward needs no
// col2im scatter-add and no zeroing of dx.
#include "core/nn/layer.h"

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

    // Memory budget of the column buffer: samples are processed in chunks whose columns take
    // about chunkBytes, and a Train batch keeps all its columns for backward when they fit in
    // keepBytes (else backward rebuilds them chunk by chunk). Defaults 512 KB (a chunk stays in
    // L2 between im2col and its GEMMs) and 64 MB; tests shrink them to exercise the multi-chunk
    // and rebuild paths on small inputs.
    void setBufferBudget(std::size_t chunkBytes, std::size_t keepBytes);

    std::vector<ParamInfo> paramInfo() const override;
    void bind(float* params, float* grads) override;
    void initialize(std::mt19937_64& rng) override;
    const Matrix& forward(const Matrix& x, Mode mode) override;
    const Matrix& backward(const Matrix& dy) override;

private:
    // Samples per GEMM so that one chunk's column buffer stays near chunkBytes_.
    Eigen::Index chunkSamples(Eigen::Index n) const;
    // With this few filters a direct convolution beats im2col, which would write K*P floats
    // for only Cout*K*P multiply-adds (the decoder's last layer has one filter).
    static constexpr int kDirectMaxFilters = 2;
    bool direct() const { return out_.c <= kDirectMaxFilters; }
    // Threads for a pass over `chunks` independent chunks: Eigen::nbThreads(), at most one per chunk.
    int threadCount(Eigen::Index chunks) const;
    // Output rows [s0, s0+n): y_s (Cout, P) = W * cols_s, then bias and activation in place.
    void forwardChunk(const Matrix& x, Eigen::Index s0, Eigen::Index n, float* cols);

    Shape in_;
    Shape out_;
    int k_;
    int pad_; // zeros on each side
    Padding padding_;
    Activation act_;
    std::size_t chunkBytes_ = std::size_t{512} << 10;
    std::size_t keepBytes_ = std::size_t{64} << 20;
    Eigen::Index K_; // Cin*k*k, rows of the column buffer
    Eigen::Index P_; // Hout*Wout, output pixels per sample

    MatrixMap kernel_{nullptr, 0, 0};     // (Cout, Cin*k*k), i.e. (Cout, Cin, k, k)
    VectorMap bias_{nullptr, 0};          // (Cout)
    MatrixMap kernelGrad_{nullptr, 0, 0}; // (Cout, Cin*k*k)
    VectorMap biasGrad_{nullptr, 0};      // (Cout)

    // Flat scratch buffers that only grow, so steady-state calls never allocate
    // (the last, shorter chunk of a batch reuses the same storage through Maps).
    std::vector<float> cols_;  // (K, n*P) per chunk; in Train, all chunks back to back when kept
    std::vector<float> dcols_; // (Cout*k*k, n*H*W) columns of dz for the input gradient, one chunk
    std::vector<float> padded_; // direct(): (N, Cin*Hp*Wp) zero-padded inputs kept for backward
    std::vector<float> grid_;   // direct(): (Cout, L) one sample's output / dz on the padded grid
    Matrix partialGrads_;       // (threads-1, Cout*K) kernel gradients of threads 1.. (thread 0 adds in place)
    Matrix flipped_;           // (Cin, Cout*k*k): kernel with channels swapped and taps reversed
    bool colsKept_ = false;    // the last Train forward kept every chunk's columns
    Matrix x_;                 // (N, Cin*H*W) input copy, only when columns are recomputed
    Matrix y_;                 // (N, Cout*Hout*Wout) activated output
    Matrix dz_;                // (N, Cout*Hout*Wout) gradient w.r.t. the pre-activation
    Matrix dx_;                // (N, Cin*H*W), every element written by backward (no zeroing)
};

} // namespace ae
