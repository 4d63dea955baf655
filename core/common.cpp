#include "core/common.h"

#include <cmath>
#include <sstream>

namespace ae {

std::string formatValue(double v) {
    std::ostringstream s;
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15)
        s << static_cast<long long>(v);
    else
        s << v;
    return s.str();
}

std::string fillWording(std::string_view wording, const std::vector<std::string>& arguments) {
    std::string text;
    text.reserve(wording.size());
    for (std::size_t i = 0; i < wording.size(); ++i) {
        if (wording[i] == '%' && i + 1 < wording.size()) {
            const char digit = wording[i + 1];
            const std::size_t index = static_cast<std::size_t>(digit - '1');
            if (digit >= '1' && digit <= '9' && index < arguments.size()) {
                text += arguments[index];
                ++i;
                continue;
            }
        }
        text += wording[i];
    }
    return text;
}

Error::Error(const char* wording, std::vector<std::string> arguments)
    : std::runtime_error(fillWording(wording, arguments)), wording_(wording),
      arguments_(std::make_shared<const std::vector<std::string>>(std::move(arguments))) {}

const std::vector<std::string>& Error::arguments() const {
    static const std::vector<std::string> none;
    return arguments_ ? *arguments_ : none;
}

} // namespace ae
