// libFuzzer harness for the CSV reader: arbitrary text through parseCsv with automatic header
// detection, and with a forced header and label column. Only ae::Error may escape.
#include "core/data/csv.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)ae::parseCsv(text, "fuzz.csv");
    } catch (const ae::Error&) {
    }
    ae::CsvOptions forced;
    forced.header = ae::CsvOptions::Header::Yes;
    forced.labelColumn = 0;
    try {
        (void)ae::parseCsv(text, "fuzz.csv", forced);
    } catch (const ae::Error&) {
    }
    return 0;
}
