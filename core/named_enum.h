#pragma once
// Enums meet text only at the edges: configuration files, the command line and the Model panel.
// Each enum has exactly one table of its names, next to its declaration, found by argument-
// dependent lookup as `enumNames(E{})`; parsing, printing and every list of allowed values
// (error messages, help texts, combo boxes) read that table.
#include "core/common.h"

#include <span>
#include <string>
#include <string_view>

namespace ae {

template <typename E>
struct EnumName {
    E value;
    std::string_view name;
};

// The name a value has in files, on the command line and in the Model panel.
template <typename E>
std::string nameOf(E value) {
    for (const EnumName<E>& n : enumNames(E{}))
        if (n.value == value) return std::string(n.name);
    throw Error("a value without a name in its enum's table");  // unreachable: tables list every enumerator
}

// "a, b, c": the allowed names in table order.
template <typename E>
std::string allowedNames() {
    std::string out;
    for (const EnumName<E>& n : enumNames(E{})) out += (out.empty() ? "" : ", ") + std::string(n.name);
    return out;
}

// The value named `text`. Throws Error "invalid <key> = '<text>': choose one of a, b, c", so the
// message names what was being read, what it said and what it could have said.
template <typename E>
E valueNamed(std::string_view text, std::string_view key) {
    for (const EnumName<E>& n : enumNames(E{}))
        if (n.name == text) return n.value;
    throw Error::worded("invalid %1 = '%2': choose one of %3", key, text, allowedNames<E>());
}

} // namespace ae
