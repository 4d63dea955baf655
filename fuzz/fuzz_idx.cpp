// libFuzzer harness for the IDX reader: arbitrary bytes through gunzipIfCompressed,
// parseIdxImages and parseIdxLabels, plain and under a ".gz" name. Only ae::Error may escape
// the readers; anything else (a crash, UB, bad_alloc) is a bug in the reader.
#include "core/data/idx.h"

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<unsigned char> bytes(data, data + size);
    for (const char* name : {"fuzz-images-idx3-ubyte", "fuzz-images-idx3-ubyte.gz"}) {
        try {
            (void)ae::gunzipIfCompressed(bytes, name);
        } catch (const ae::Error&) {
        }
        try {
            (void)ae::parseIdxImages(bytes, name);
        } catch (const ae::Error&) {
        }
        try {
            (void)ae::parseIdxLabels(bytes, name);
        } catch (const ae::Error&) {
        }
    }
    return 0;
}
