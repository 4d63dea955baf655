#pragma once
// The message of a core failure in the window's language. Core words its errors in English (the
// command line prints them); an ae::Error made with Error::worded keeps its wording and
// arguments, which are translated here under the context "ae::Error" and filled in again.
#include <QString>

#include <exception>

namespace ae {

// A worded ae::Error in the current translation, with its arguments filled in; any other
// exception's what() as it is.
QString localisedMessage(const std::exception& e);

} // namespace ae
