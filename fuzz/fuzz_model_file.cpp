// libFuzzer harness for the model loader: arbitrary bytes through parseModel (what loadModel
// runs on a file's contents). A random mutation almost never keeps the CRC-32 right, so each
// input is tried twice: as it is, and with its last four bytes replaced by the checksum of the
// rest, which lets the fuzzer reach the configuration, shape and weight checks behind the CRC.
// Only ae::Error may escape.
#include "core/train/model_file.h"

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        (void)ae::parseModel(bytes, "fuzz.aelab");
    } catch (const ae::Error&) {
    }
    if (bytes.size() >= 4) {
        const std::size_t body = bytes.size() - 4;
        const auto crc = static_cast<std::uint32_t>(
            crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(body)));
        for (int i = 0; i < 4; ++i) bytes[body + i] = static_cast<char>((crc >> (8 * i)) & 0xFF);
        try {
            (void)ae::parseModel(bytes, "fuzz.aelab");
        } catch (const ae::Error&) {
        }
    }
    return 0;
}
