#pragma once
// Shared vocabulary of the core: the batch matrix, sample shapes and the error type.
#include <Eigen/Core>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace ae {

// A batch: N x D, one sample a row; images are channels-first C x H x W flattened.
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;
using MatrixMap = Eigen::Map<Matrix>;
using VectorMap = Eigen::Map<Vector>;

// Storage whose first element sits on Eigen's vector alignment. Eigen handles the elements before
// the first aligned address one by one, and those may round differently (a fused multiply-add
// or not), so a buffer that lands at another offset of the heap would train to other bits from
// the same seed. Parameters, gradients and optimiser state live in these.
template <typename T>
using AlignedVector = std::vector<T, Eigen::aligned_allocator<T>>;

// Every failure a person can act on: the message names the file, field or value.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Per-sample shape, channels-first.
struct Shape {
    int c = 1;
    int h = 1;
    int w = 1;
    int size() const { return c * h * w; }
    bool operator==(const Shape&) const = default;
    std::string str() const { return std::to_string(c) + "x" + std::to_string(h) + "x" + std::to_string(w); }
};

} // namespace ae
