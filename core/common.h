#pragma once
// Shared vocabulary of the core: the batch matrix, sample shapes and the error type.
#include <Eigen/Core>
#include <concepts>
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
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

// lupdate (Qt's translation extractor) needs a class to carry a translation context before it
// files the wordings of Error::worded calls under "ae::Error"; the window's build runs it with
// `-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=AE_TRANSLATION_CONTEXT,tr+=worded`. The core knows
// no Qt, so for the compiler the marker is nothing.
#define AE_TRANSLATION_CONTEXT(context)

// Whole numbers print in full (a batch of 99999999999, not 1e+11); others with six significant
// digits, which hides a float's binary noise. Values in messages read this way everywhere.
std::string formatValue(double v);

// The wording with %1..%9 replaced by the arguments, in one pass: an argument that itself holds
// "%1" stays as it is. A marker without an argument (or %0) stays as written; markers are one
// digit, so "%10" is the first argument followed by 0.
std::string fillWording(std::string_view wording, const std::vector<std::string>& arguments);

// Every failure a person can act on: the message names the file, field or value. The message is
// English (the command line prints it). A message made with worded() also keeps its wording and
// arguments, so the window can show it in the person's language (ui/session/core_message.h).
class Error : public std::runtime_error {
    AE_TRANSLATION_CONTEXT(ae::Error)

public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}

    // `wording` is an English string literal with %1..%9 markers, written at the call itself
    // (qualified Error::worded, one literal, no concatenation) so lupdate finds it. Arguments
    // are text, whole numbers or doubles (formatValue).
    template <typename... Arguments>
    static Error worded(const char* wording, const Arguments&... arguments) {
        static_assert(sizeof...(Arguments) <= 9, "a wording has the markers %1 to %9");
        if constexpr (sizeof...(Arguments) > 0) {
            // lupdate reads a string literal right after the source text as a disambiguating
            // comment, and would file the wording under another key: pass std::string("...").
            using First = std::tuple_element_t<0, std::tuple<Arguments...>>;
            static_assert(!std::is_array_v<First>, "the first argument of Error::worded must not be a string literal");
        }
        return Error(wording, {wordingArgument(arguments)...});
    }

    const char* wording() const { return wording_; }  // nullptr for a message not worded
    const std::vector<std::string>& arguments() const;

protected:
    Error(const char* wording, std::vector<std::string> arguments);

private:
    static std::string wordingArgument(const std::string& text) { return text; }
    static std::string wordingArgument(std::string_view text) { return std::string(text); }
    static std::string wordingArgument(const char* text) { return text; }
    template <std::integral T>
        requires(!std::is_same_v<T, bool> && !std::is_same_v<T, char>)
    static std::string wordingArgument(T number) { return std::to_string(number); }
    static std::string wordingArgument(double number) { return formatValue(number); }

    const char* wording_ = nullptr;
    // Shared, so copying the exception (as throw and catch by value do) cannot throw.
    std::shared_ptr<const std::vector<std::string>> arguments_;
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
