#pragma once
// Reconstruction losses, reported per element (mean over N x D) as Keras does.
#include "core/common.h"
#include "core/named_enum.h"

namespace ae {

enum class LossKind { BinaryCrossEntropy, MeanSquaredError };
inline constexpr EnumName<LossKind> kLossNames[] = {{LossKind::BinaryCrossEntropy, "bce"}, {LossKind::MeanSquaredError, "mse"}};
constexpr std::span<const EnumName<LossKind>> enumNames(LossKind) { return kLossNames; }

// Mean BCE of sigmoid(logits) against targets in [0,1], computed from the logits so it never
// takes log(0): max(z,0) - z*t + log1p(exp(-|z|)). If grad is non-null it is resized and set
// to dL/dlogits = (sigmoid(z) - t) / (N*D), its rows on up to `threads` threads (the same bits at
// any count).
double bceWithLogits(const Matrix& logits, const Matrix& target, Matrix* grad, int threads);

// Mean squared error of output against target; grad (if non-null) = 2 (y - t) / (N*D).
double meanSquaredError(const Matrix& output, const Matrix& target, Matrix* grad);

// Per-sample mean-per-element losses (for anomaly scores and the errors export).
// For BCE, `values` are logits; for MSE, outputs. `out` is resized to N.
void perSampleLoss(LossKind kind, const Matrix& values, const Matrix& target, Vector& out);

} // namespace ae
