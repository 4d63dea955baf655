#pragma once
// How aelab-cli writes what a run asked for (the report, the CSV exports): checked writable
// before any work starts, then written atomically (QSaveFile), so a file is whole or untouched.
#include <string>

namespace ae::cli {

// Throws Error naming the path when it cannot be written.
void writeTextFile(const std::string& path, const std::string& text);

// Checks before any work starts that `path`'s folder exists, so a run never ends unable to save.
void requireWritableDestination(const std::string& path, const char* option);

} // namespace ae::cli
