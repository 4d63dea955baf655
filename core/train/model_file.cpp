#include "core/train/model_file.h"

#include "core/train/memory_estimate.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <unistd.h>

namespace ae {

namespace {

constexpr char kMagic[8] = {'A', 'E', 'L', 'A', 'B', 'M', 'D', 'L'};

void putU32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void putU64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// Reads little-endian fields, refusing to run past the end with a message naming the field.
class Reader {
public:
    Reader(const std::string& bytes, const std::string& path) : bytes_(bytes), path_(path) {}
    void need(std::size_t n, const char* what) {
        if (pos_ + n > bytes_.size())
            throw Error::worded("%1: truncated model file (ends inside the %2)", path_, what);
    }
    std::uint32_t u32(const char* what) {
        need(4, what);
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
        pos_ += 4;
        return v;
    }
    std::uint64_t u64(const char* what) {
        need(8, what);
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
        pos_ += 8;
        return v;
    }
    std::string take(std::size_t n, const char* what) {
        need(n, what);
        std::string s = bytes_.substr(pos_, n);
        pos_ += n;
        return s;
    }
    std::size_t position() const { return pos_; }

private:
    const std::string& bytes_;
    const std::string& path_;
    std::size_t pos_ = 0;
};

nlohmann::json lossToJson(const LossBreakdown& l) {
    return {{"total", l.total}, {"reconstruction", l.reconstruction}, {"l1", l.l1},
            {"kl_sparsity", l.klSparsity}, {"vae_kl", l.vaeKl}, {"distance", l.distance}};
}
LossBreakdown lossFromJson(const nlohmann::json& j) {
    LossBreakdown l;
    l.total = j.at("total").get<double>();
    l.reconstruction = j.at("reconstruction").get<double>();
    l.l1 = j.value("l1", 0.0);
    l.klSparsity = j.value("kl_sparsity", 0.0);
    l.vaeKl = j.value("vae_kl", 0.0);
    l.distance = j.value("distance", 0.0);
    return l;
}

} // namespace

std::string historyToJson(const std::vector<EpochResult>& history) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& e : history) {
        nlohmann::json j = {{"epoch", e.epoch},
                            {"train", lossToJson(e.train)},
                            {"seconds", e.seconds},
                            {"samples_per_second", e.samplesPerSecond}};
        if (e.hasTest) j["test"] = lossToJson(e.test);
        a.push_back(j);
    }
    return a.dump();
}

std::vector<EpochResult> historyFromJson(const std::string& text) {
    std::vector<EpochResult> out;
    const nlohmann::json a = nlohmann::json::parse(text);
    for (const auto& j : a) {
        EpochResult e;
        const nlohmann::json& epoch = j.at("epoch");  // get<int>() of 1e300 would be undefined
        if (!epoch.is_number_integer() || !std::in_range<int>(epoch.get<std::int64_t>()))
            throw Error::worded("epoch %1 is not a whole number", epoch.dump());
        e.epoch = epoch.get<int>();
        e.train = lossFromJson(j.at("train"));
        e.seconds = j.at("seconds").get<double>();
        e.samplesPerSecond = j.at("samples_per_second").get<double>();
        if (j.contains("test")) {
            e.test = lossFromJson(j.at("test"));
            e.hasTest = true;
        }
        out.push_back(e);
    }
    return out;
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path temp = target.parent_path() / (target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    std::FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f) throw Error::worded("cannot write %1: %2", path, std::strerror(errno));
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() && std::fflush(f) == 0 &&
                         ::fsync(::fileno(f)) == 0;
    const int savedErrno = errno;
    std::fclose(f);
    if (!written) {
        std::remove(temp.c_str());
        throw Error::worded("cannot write %1: %2", path, std::strerror(savedErrno));
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::remove(temp.c_str());
        throw Error::worded("cannot write %1: %2", path, ec.message());
    }
}

std::string serializeModel(const Autoencoder& model, const std::vector<EpochResult>& history,
                           const std::string& datasetName) {
    std::string out(kMagic, sizeof kMagic);
    putU32(out, kModelFormatVersion);
    const std::string config = configToJson(model.config());
    putU32(out, static_cast<std::uint32_t>(config.size()));
    out += config;
    const Shape s = model.inputShape();
    putU32(out, static_cast<std::uint32_t>(s.c));
    putU32(out, static_cast<std::uint32_t>(s.h));
    putU32(out, static_cast<std::uint32_t>(s.w));
    const auto params = model.parameters();
    putU64(out, params.size());
    // IEEE-754 binary32, little-endian whatever the host's byte order (docs/model-format.md).
    out.reserve(out.size() + params.size() * 4 + 4096);
    for (const float v : params) putU32(out, std::bit_cast<std::uint32_t>(v));
    const std::string meta = nlohmann::json{{"dataset", datasetName}, {"history", nlohmann::json::parse(historyToJson(history))}}.dump();
    putU32(out, static_cast<std::uint32_t>(meta.size()));
    out += meta;
    putU32(out, static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size()))));
    return out;
}

void saveModel(const std::string& path, const Autoencoder& model, const std::vector<EpochResult>& history,
               const std::string& datasetName) {
    writeFileAtomically(path, serializeModel(model, history, datasetName));
}

SavedModel loadModel(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error::worded("cannot open model file %1: %2", path, std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseModel(buffer.str(), path);
}

SavedModel parseModel(const std::string& bytes, const std::string& path) {
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw Error::worded("%1: not an aelab model file (wrong magic number)", path);
    Reader r(bytes, path);
    r.take(sizeof kMagic, "magic");
    // Every version up to this aelab's own stays readable; a later one is refused by name.
    const std::uint32_t version = r.u32("version");
    if (version < kOldestModelFormatVersion || version > kModelFormatVersion)
        throw Error::worded("%1: model format version %2 is not supported (this aelab reads versions %3 to %4)", path, version, kOldestModelFormatVersion, kModelFormatVersion);
    if (bytes.size() < 4 + sizeof kMagic + 4) throw Error::worded("%1: truncated model file (no checksum)", path);
    const std::size_t bodySize = bytes.size() - 4;
    std::uint32_t stored = 0;
    for (int i = 0; i < 4; ++i) stored |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[bodySize + i])) << (8 * i);
    const auto actual = static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bodySize)));

    const std::uint32_t configSize = r.u32("configuration length");
    const std::string configText = r.take(configSize, "configuration");
    const std::uint32_t c = r.u32("input shape"), h = r.u32("input shape"), w = r.u32("input shape");
    const std::uint64_t count = r.u64("weight count");
    if (count > bytes.size() / sizeof(float)) throw Error::worded("%1: truncated model file (ends inside the weights)", path);
    const std::string weightBytes = r.take(count * sizeof(float), "weights");
    const std::uint32_t metaSize = r.u32("history length");
    const std::string metaText = r.take(metaSize, "history");
    if (r.position() != bodySize) {
        if (r.position() > bodySize) throw Error::worded("%1: truncated model file (ends inside the checksum)", path);
        throw Error::worded("%1: unexpected bytes after the history (file damaged?)", path);
    }
    if (stored != actual) throw Error::worded("%1: checksum mismatch, the file is damaged", path);

    SavedModel saved;
    const ModelConfig config = configFromJson(configText, path + " (configuration)");
    if (c == 0 || h == 0 || w == 0 || c > 64 || h > 4096 || w > 4096)
        throw Error::worded("%1: invalid input shape %2x%3x%4", path, c, h, w);
    const Shape shape{static_cast<int>(c), static_cast<int>(h), static_cast<int>(w)};
    // Counted before anything is built: a damaged configuration must not allocate gigabytes.
    validateConfig(config, shape);
    const std::size_t expected = parameterCountFor(config, shape);
    if (expected != count)
        throw Error::worded("%1: the file holds %2 weights but its configuration builds a network with %3", path, count, expected);
    saved.model = std::make_unique<Autoencoder>(config, shape);
    std::vector<float> weights(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t bits = 0;
        for (int b = 0; b < 4; ++b)
            bits |= static_cast<std::uint32_t>(static_cast<unsigned char>(weightBytes[4 * i + static_cast<std::size_t>(b)])) << (8 * b);
        weights[i] = std::bit_cast<float>(bits);
    }
    saved.model->setParameters(weights);
    try {
        const nlohmann::json meta = nlohmann::json::parse(metaText);
        saved.datasetName = meta.value("dataset", std::string());
        saved.history = historyFromJson(meta.at("history").dump());
    } catch (const nlohmann::json::exception& e) {
        throw Error::worded("%1: the training history is unreadable (%2)", path, e.what());
    } catch (const Error& e) {
        throw Error::worded("%1: the training history is unreadable (%2)", path, e.what());
    }
    return saved;
}

} // namespace ae
