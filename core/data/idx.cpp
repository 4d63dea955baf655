#include "core/data/idx.h"

#define ZLIB_CONST // next_in is const: the input buffer is never written
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>

namespace ae {

namespace {

constexpr std::uint32_t kImagesMagic = 0x00000803;
constexpr std::uint32_t kLabelsMagic = 0x00000801;

std::string hex32(std::uint32_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", v);
    return buf;
}

std::string hex8(unsigned char v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", unsigned(v));
    return buf;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isGzip(const std::vector<unsigned char>& b)
{
    return b.size() >= 2 && b[0] == 0x1f && b[1] == 0x8b;
}

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

const char* typeName(unsigned char type)
{
    switch (type) {
    case 0x08: return "unsigned byte";
    case 0x09: return "signed byte";
    case 0x0B: return "short";
    case 0x0C: return "int";
    case 0x0D: return "float";
    case 0x0E: return "double";
    default: return "unknown";
    }
}

// The header of an unsigned-byte IDX file with `wantDims` dimensions; throws on anything else.
// Returns the dimension sizes; the data starts at 4 + 4 * wantDims.
std::vector<std::uint32_t> readHeader(const std::vector<unsigned char>& b, const std::string& name, int wantDims)
{
    const std::uint32_t want = wantDims == 3 ? kImagesMagic : kLabelsMagic;
    const bool images = wantDims == 3;
    if (b.size() < 4 && images)
        throw Error::worded("%1: truncated header: the file has %2 bytes, an IDX image file starts with a 4-byte magic number %3", name, b.size(), hex32(want));
    if (b.size() < 4)
        throw Error::worded("%1: truncated header: the file has %2 bytes, an IDX label file starts with a 4-byte magic number %3", name, b.size(), hex32(want));
    const std::uint32_t magic = bigEndian32(b.data());
    if (magic != want) {
        if (wantDims == 3 && magic == kLabelsMagic)
            throw Error::worded("%1: is an IDX label file (magic 0x00000801) where an image file (magic 0x00000803) was expected -- are the image and label files swapped?", name);
        if (wantDims == 1 && magic == kImagesMagic)
            throw Error::worded("%1: is an IDX image file (magic 0x00000803) where a label file (magic 0x00000801) was expected -- are the image and label files swapped?", name);
        if ((b[0] != 0 || b[1] != 0) && images)
            throw Error::worded("%1: is not an IDX image file: magic number %2, expected %3", name, hex32(magic), hex32(want));
        if (b[0] != 0 || b[1] != 0)
            throw Error::worded("%1: is not an IDX label file: magic number %2, expected %3", name, hex32(magic), hex32(want));
        if (b[2] != 0x08)
            throw Error::worded("%1: data type %2 (%3) is not supported, only unsigned bytes (0x08); expected magic %4, found %5", name, hex8(b[2]), typeName(b[2]), hex32(want), hex32(magic));
        throw Error::worded("%1: has %2 dimensions (magic %3), expected %4 (magic %5)", name, int(b[3]), hex32(magic), wantDims, hex32(want));
    }
    const std::size_t headerBytes = 4 + 4 * std::size_t(wantDims);
    if (b.size() < headerBytes && images)
        throw Error::worded("%1: truncated header: an IDX image file needs %2 header bytes, the file has %3", name, headerBytes, b.size());
    if (b.size() < headerBytes)
        throw Error::worded("%1: truncated header: an IDX label file needs %2 header bytes, the file has %3", name, headerBytes, b.size());
    std::vector<std::uint32_t> dims(wantDims);
    for (int i = 0; i < wantDims; ++i)
        dims[i] = bigEndian32(b.data() + 4 + 4 * i);
    return dims;
}

// The data after the header holds exactly n images of rows x cols bytes.
void checkImageBytes(const std::vector<unsigned char>& b, const std::string& name, std::uint32_t n, std::uint32_t rows,
                     std::uint32_t cols)
{
    const std::uint64_t expected = std::uint64_t(n) * rows * cols;
    const std::uint64_t have = b.size() - 16;
    if (have < expected)
        throw Error::worded("%1: truncated: header says %2 images of %3x%4 = %5 bytes, file has %6", name, n, rows, cols, expected, have);
    if (have > expected)
        throw Error::worded("%1: %2 unexpected trailing bytes: header says %3 images of %4x%5 = %6 bytes, file has %7", name, have - expected, n, rows, cols, expected, have);
}

// The data after the header holds exactly n label bytes.
void checkLabelBytes(const std::vector<unsigned char>& b, const std::string& name, std::uint32_t n)
{
    const std::uint64_t have = b.size() - 8;
    if (have < n)
        throw Error::worded("%1: truncated: header says %2 labels = %2 bytes, file has %3", name, n, have);
    if (have > n)
        throw Error::worded("%1: %2 unexpected trailing bytes: header says %3 labels = %3 bytes, file has %4", name, have - n, n, have);
}

void checkLabels(const std::vector<int>& labels, const std::string& name, int classCount)
{
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= classCount)
            throw Error::worded("%1: label %2 at index %3 is outside the classes 0..%4", name, labels[i], i, classCount - 1);
}

} // namespace

std::vector<unsigned char> readFileBytes(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error::worded("%1: no such file", path);
    if (std::filesystem::is_directory(path, ec))
        throw Error::worded("%1: is a folder, expected a file", path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error::worded("%1: cannot be opened for reading (check its permissions)", path);
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    std::vector<unsigned char> bytes(size > 0 ? std::size_t(size) : 0);
    if (!bytes.empty() && !in.read(reinterpret_cast<char*>(bytes.data()), size))
        throw Error::worded("%1: read error after %2 of %3 bytes", path, in.gcount(), size);
    return bytes;
}

namespace {

std::vector<unsigned char> gunzip(const std::vector<unsigned char>& bytes, const std::string& name)
{
    // The gzip trailer holds the uncompressed size modulo 2^32: a good first guess, capped
    // by deflate's best ratio (about 1032:1) so a damaged trailer cannot ask for gigabytes.
    std::size_t guess = bytes.size() * 4;
    if (bytes.size() >= 18) {
        const unsigned char* t = bytes.data() + bytes.size() - 4;
        const std::size_t stated = std::uint32_t(t[0]) | (std::uint32_t(t[1]) << 8) | (std::uint32_t(t[2]) << 16) |
                                   (std::uint32_t(t[3]) << 24);
        guess = std::min(stated, bytes.size() * 1032);
    }
    guess = std::max<std::size_t>(guess, 64);
    std::vector<unsigned char> out(guess);

    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        throw Error::worded("%1: zlib could not start inflating", name);
    std::size_t inPos = 0, outPos = 0;
    for (;;) {
        if (outPos == out.size())
            out.resize(out.size() * 2);
        // zlib counts in uInt; feed and drain at most 1 GiB at a time.
        const std::size_t inChunk = std::min<std::size_t>(bytes.size() - inPos, 1u << 30);
        const std::size_t outChunk = std::min<std::size_t>(out.size() - outPos, 1u << 30);
        zs.next_in = bytes.data() + inPos;
        zs.avail_in = static_cast<uInt>(inChunk);
        zs.next_out = out.data() + outPos;
        zs.avail_out = static_cast<uInt>(outChunk);
        const int rc = inflate(&zs, Z_NO_FLUSH);
        inPos += inChunk - zs.avail_in;
        outPos += outChunk - zs.avail_out;
        if (rc == Z_STREAM_END) {
            if (inPos == bytes.size())
                break;
            // Concatenated gzip members (what `cat a.gz b.gz` makes) are one file to gunzip.
            if (bytes.size() - inPos >= 2 && bytes[inPos] == 0x1f && bytes[inPos + 1] == 0x8b) {
                inflateReset(&zs);
                continue;
            }
            inflateEnd(&zs);
            throw Error::worded("%1: corrupt gzip file: %2 unexpected bytes after the end of the compressed data", name, bytes.size() - inPos);
        }
        if (rc == Z_OK || (rc == Z_BUF_ERROR && zs.avail_out == 0))
            continue;
        const std::string why = zs.msg ? zs.msg : (rc == Z_BUF_ERROR ? "" : "zlib error " + std::to_string(rc));
        inflateEnd(&zs);
        if (rc == Z_BUF_ERROR)
            throw Error::worded("%1: corrupt gzip file: the compressed data ends early (truncated download?)", name);
        throw Error::worded("%1: corrupt gzip file: %2", name, why);
    }
    inflateEnd(&zs);
    out.resize(outPos);
    return out;
}

void rejectFakeGz(const std::vector<unsigned char>& bytes, const std::string& name)
{
    if (!isGzip(bytes) && endsWith(name, ".gz"))
        throw Error::worded("%1: is named .gz but is not gzip (it does not start with the bytes 1f 8b)", name);
}

// The plain bytes: `raw` itself, or its inflated copy kept in `storage`.
const std::vector<unsigned char>& plainBytes(const std::vector<unsigned char>& raw, const std::string& name,
                                             std::vector<unsigned char>& storage)
{
    rejectFakeGz(raw, name);
    if (!isGzip(raw))
        return raw;
    storage = gunzip(raw, name);
    return storage;
}

} // namespace

std::vector<unsigned char> gunzipIfCompressed(std::vector<unsigned char> bytes, const std::string& name)
{
    rejectFakeGz(bytes, name);
    return isGzip(bytes) ? gunzip(bytes, name) : bytes;
}

IdxImages parseIdxImages(const std::vector<unsigned char>& raw, const std::string& name)
{
    std::vector<unsigned char> storage;
    const std::vector<unsigned char>& b = plainBytes(raw, name, storage);
    const std::vector<std::uint32_t> dims = readHeader(b, name, 3);
    const std::uint32_t n = dims[0], rows = dims[1], cols = dims[2];
    if (n == 0)
        throw Error::worded("%1: holds no images (the header says 0)", name);
    if (rows == 0 || cols == 0)
        throw Error::worded("%1: image size %2x%3 in the header has a zero dimension", name, rows, cols);
    const std::uint64_t pixelsPerImage = std::uint64_t(rows) * cols;
    constexpr std::uint64_t kIntMax = std::uint64_t(std::numeric_limits<int>::max());
    if (n > kIntMax || pixelsPerImage > kIntMax)
        throw Error::worded("%1: header says %2 images of %3x%4, too large to load", name, n, rows, cols);
    checkImageBytes(b, name, n, rows, cols);

    IdxImages img;
    img.count = int(n);
    img.rows = int(rows);
    img.cols = int(cols);
    using ByteMatrix = Eigen::Matrix<unsigned char, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const ByteMatrix> bytes(b.data() + 16, Eigen::Index(n), Eigen::Index(pixelsPerImage));
    img.pixels = bytes.cast<float>() / 255.0f;
    return img;
}

std::vector<int> parseIdxLabels(const std::vector<unsigned char>& raw, const std::string& name)
{
    std::vector<unsigned char> storage;
    const std::vector<unsigned char>& b = plainBytes(raw, name, storage);
    const std::uint32_t n = readHeader(b, name, 1)[0];
    if (n == 0)
        throw Error::worded("%1: holds no labels (the header says 0)", name);
    checkLabelBytes(b, name, n);
    return std::vector<int>(b.begin() + 8, b.end());
}

IdxImages readIdxImages(const std::string& path)
{
    return parseIdxImages(readFileBytes(path), path);
}

std::vector<int> readIdxLabels(const std::string& path)
{
    return parseIdxLabels(readFileBytes(path), path);
}

Dataset datasetFromIdxBuffers(const std::string& name, const IdxBuffers& in, std::vector<std::string> classNames)
{
    IdxImages train = parseIdxImages(in.trainImages.bytes, in.trainImages.name);
    IdxImages test = parseIdxImages(in.testImages.bytes, in.testImages.name);
    std::vector<int> trainY = parseIdxLabels(in.trainLabels.bytes, in.trainLabels.name);
    std::vector<int> testY = parseIdxLabels(in.testLabels.bytes, in.testLabels.name);

    auto checkCount = [](const IdxImages& img, const std::vector<int>& labels, const IdxBuffer& ib,
                         const IdxBuffer& lb) {
        if (std::size_t(img.count) != labels.size())
            throw Error::worded("image and label counts differ: %1 holds %2 images but %3 holds %4 labels", ib.name, img.count, lb.name, labels.size());
    };
    checkCount(train, trainY, in.trainImages, in.trainLabels);
    checkCount(test, testY, in.testImages, in.testLabels);
    if (train.rows != test.rows || train.cols != test.cols)
        throw Error::worded("image sizes differ: %1 holds %2x%3 images but %4 holds %5x%6", in.trainImages.name, train.rows, train.cols, in.testImages.name, test.rows, test.cols);

    if (classNames.empty()) {
        int top = 9;
        for (const auto* labels : {&trainY, &testY})
            top = std::max(top, *std::max_element(labels->begin(), labels->end()));
        for (int c = 0; c <= top; ++c)
            classNames.push_back(std::to_string(c));
    }
    checkLabels(trainY, in.trainLabels.name, int(classNames.size()));
    checkLabels(testY, in.testLabels.name, int(classNames.size()));

    Dataset d;
    d.name = name;
    d.files = {in.trainImages.name, in.trainLabels.name, in.testImages.name, in.testLabels.name};
    d.shape = Shape{1, train.rows, train.cols};
    d.trainX = std::move(train.pixels);
    d.testX = std::move(test.pixels);
    d.trainY = std::move(trainY);
    d.testY = std::move(testY);
    d.classNames = std::move(classNames);
    return d;
}

std::string findIdxFile(const std::string& dir, const std::string& base)
{
    namespace fs = std::filesystem;
    // "train-images-idx3-ubyte" is also published as "train-images.idx3-ubyte".
    std::string dotted = base;
    const std::size_t cut = dotted.rfind("-idx");
    if (cut != std::string::npos)
        dotted[cut] = '.';
    for (const std::string& candidate : {base, base + ".gz", dotted, dotted + ".gz"}) {
        const fs::path p = fs::path(dir) / candidate;
        std::error_code ec;
        if (fs::is_regular_file(p, ec))
            return p.string();
    }
    return {};
}

Dataset loadIdxFolder(const std::string& dir, const std::string& name, std::vector<std::string> classNames)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw Error::worded("%1: no such folder", dir);
    const std::array<const char*, 4> bases = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                                              "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};
    std::array<IdxBuffer, 4> buffers;
    for (std::size_t i = 0; i < bases.size(); ++i) {
        const std::string path = findIdxFile(dir, bases[i]);
        if (path.empty())
            throw Error::worded("%1: has no %2 (also looked for %2.gz and the dotted spelling); an IDX folder holds train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, each optionally .gz", dir, bases[i]);
        buffers[i] = IdxBuffer{path, readFileBytes(path)};
    }
    IdxBuffers all{std::move(buffers[0]), std::move(buffers[1]), std::move(buffers[2]), std::move(buffers[3])};
    return datasetFromIdxBuffers(name.empty() ? dir : name, all, std::move(classNames));
}

} // namespace ae
