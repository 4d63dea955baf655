#pragma once
// Shared vocabulary of the core: the batch matrix, sample shapes and the error type.
#include <Eigen/Core>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace ae {

// A batch: N x D, one sample a row; images are channels-first C x H x W flattened.
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;
using MatrixMap = Eigen::Map<Matrix>;
using VectorMap = Eigen::Map<Vector>;

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
