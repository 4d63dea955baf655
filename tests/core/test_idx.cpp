// IDX reading: exact pixel values from plain and gzip files, and one actionable error
// per way a file can be broken (each checks the part of the message a person acts on).
#include "core/data/idx.h"

#include <QTemporaryDir>
#include "error_message.h"

#include <QtTest>

#include <fstream>
#include <zlib.h>

using namespace ae;

namespace {

const std::string kIdx = AELAB_FIXTURES_DIR "/idx/";

using Bytes = std::vector<unsigned char>;

void appendBe32(Bytes& b, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        b.push_back(static_cast<unsigned char>(v >> shift));
}

// An image file of n images of rows x cols, pixel i (across all images) = i % 256.
Bytes images(std::uint32_t n, std::uint32_t rows, std::uint32_t cols)
{
    Bytes b = {0, 0, 8, 3};
    appendBe32(b, n);
    appendBe32(b, rows);
    appendBe32(b, cols);
    for (std::uint64_t i = 0; i < std::uint64_t(n) * rows * cols; ++i)
        b.push_back(static_cast<unsigned char>(i % 256));
    return b;
}

Bytes labels(const std::vector<int>& values)
{
    Bytes b = {0, 0, 8, 1};
    appendBe32(b, std::uint32_t(values.size()));
    for (int v : values)
        b.push_back(static_cast<unsigned char>(v));
    return b;
}

Bytes gzipped(const Bytes& plain)
{
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    Bytes out(deflateBound(&zs, uLong(plain.size())) + 32);
    zs.next_in = const_cast<unsigned char*>(plain.data());
    zs.avail_in = uInt(plain.size());
    zs.next_out = out.data();
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

void writeFile(const std::string& path, const Bytes& b)
{
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

} // namespace

class TestIdx : public QObject {
    Q_OBJECT

private slots:
    void readsTinyImagesExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << "tiny-images-idx3-ubyte";
        QTest::newRow("gzip") << "tiny-images-idx3-ubyte.gz";
    }
    void readsTinyImagesExactly()
    {
        QFETCH(QString, file);
        const IdxImages img = readIdxImages(kIdx + file.toStdString());
        QCOMPARE(img.count, 3);
        QCOMPARE(img.rows, 2);
        QCOMPARE(img.cols, 3);
        QCOMPARE(img.pixels.rows(), 3);
        QCOMPARE(img.pixels.cols(), 6);
        for (int i = 0; i < 18; ++i)
            QCOMPARE(img.pixels(i / 6, i % 6), float(15 * i) / 255.0f);
        QCOMPARE(img.pixels(2, 5), 1.0f);
        QCOMPARE(img.pixels(0, 0), 0.0f);
    }

    void readsTinyLabels()
    {
        const std::vector<int> expected = {7, 0, 9};
        QCOMPARE(readIdxLabels(kIdx + "tiny-labels-idx1-ubyte"), expected);
        QCOMPARE(readIdxLabels(kIdx + "tiny-labels-idx1-ubyte.gz"), expected);
    }

    void parsesBufferWithEveryByteValue()
    {
        const IdxImages img = parseIdxImages(images(2, 16, 16), "buffer");
        QCOMPARE(img.count, 2);
        for (int p = 0; p < 256; ++p) {
            QCOMPARE(img.pixels(0, p), float(p) / 255.0f);
            QCOMPARE(img.pixels(1, p), float(p) / 255.0f);
        }
        QCOMPARE(parseIdxImages(gzipped(images(2, 16, 16)), "buffer.gz").pixels, img.pixels);
    }

    void inflatesConcatenatedGzipMembers()
    {
        const Bytes plain = images(4, 5, 7);
        const Bytes head(plain.begin(), plain.begin() + 30), tail(plain.begin() + 30, plain.end());
        Bytes both = gzipped(head);
        const Bytes second = gzipped(tail);
        both.insert(both.end(), second.begin(), second.end());
        QCOMPARE(gunzipIfCompressed(both, "two-members.gz"), plain);
    }

    void missingFile() { VERIFY_MESSAGE(readIdxImages("/nonexistent/train-images-idx3-ubyte"), "/nonexistent/train-images-idx3-ubyte", "no such file"); }

    void wrongMagic() { VERIFY_MESSAGE(readIdxImages(kIdx + "bad-magic-idx3-ubyte"), "bad-magic-idx3-ubyte", "0x504B0304", "expected 0x00000803"); }

    void labelsGivenAsImages() { VERIFY_MESSAGE(readIdxImages(kIdx + "tiny-labels-idx1-ubyte"), "tiny-labels-idx1-ubyte", "label file", "swapped"); }

    void imagesGivenAsLabels() { VERIFY_MESSAGE(readIdxLabels(kIdx + "tiny-images-idx3-ubyte.gz"), "tiny-images-idx3-ubyte.gz", "image file", "swapped"); }

    void truncatedImages()
    {
        VERIFY_MESSAGE(readIdxImages(kIdx + "truncated-images-idx3-ubyte"), "truncated-images-idx3-ubyte",
                       "truncated: header says 3 images of 2x3 = 18 bytes, file has 10");
    }

    void truncatedHeader()
    {
        Bytes b = images(1, 2, 2);
        b.resize(10);
        VERIFY_MESSAGE(parseIdxImages(b, "short.idx"), "short.idx", "truncated header", "16", "has 10");
        VERIFY_MESSAGE(parseIdxImages(Bytes{0, 0}, "tiny.idx"), "tiny.idx", "truncated header");
    }

    void trailingBytes()
    {
        Bytes b = images(2, 2, 2);
        b.push_back(1);
        b.push_back(2);
        VERIFY_MESSAGE(parseIdxImages(b, "long.idx"), "long.idx", "2 unexpected trailing bytes");
        Bytes l = labels({1, 2});
        l.push_back(3);
        VERIFY_MESSAGE(parseIdxLabels(l, "long-labels.idx"), "long-labels.idx", "1 unexpected trailing bytes");
    }

    void zeroImages()
    {
        VERIFY_MESSAGE(parseIdxImages(images(0, 28, 28), "empty.idx"), "empty.idx", "no images");
        VERIFY_MESSAGE(parseIdxImages(images(3, 0, 28), "flat.idx"), "flat.idx", "zero dimension");
        VERIFY_MESSAGE(parseIdxLabels(labels({}), "nolabels.idx"), "nolabels.idx", "no labels");
    }

    void unsupportedDataType()
    {
        Bytes b = images(1, 1, 1);
        b[2] = 0x0D;
        VERIFY_MESSAGE(parseIdxImages(b, "floats.idx"), "floats.idx", "0x0D (float)", "only unsigned bytes");
        Bytes four = images(1, 1, 1);
        four[3] = 4;
        VERIFY_MESSAGE(parseIdxImages(four, "4d.idx"), "4d.idx", "4 dimensions", "expected 3");
    }

    void gzNameButNotGzip() { VERIFY_MESSAGE(readIdxImages(kIdx + "not-gzip-images-idx3-ubyte.gz"), "not-gzip-images-idx3-ubyte.gz", "is named .gz but is not gzip"); }

    void corruptGzip() { VERIFY_MESSAGE(readIdxImages(kIdx + "corrupt-images-idx3-ubyte.gz"), "corrupt-images-idx3-ubyte.gz", "corrupt gzip"); }

    void truncatedGzip()
    {
        Bytes gz = gzipped(images(10, 8, 8));
        gz.resize(gz.size() / 2);
        VERIFY_MESSAGE(parseIdxImages(gz, "cut.gz"), "cut.gz", "corrupt gzip", "ends early");
    }

    void garbageAfterGzip()
    {
        Bytes gz = gzipped(images(1, 2, 2));
        gz.push_back('x');
        VERIFY_MESSAGE(parseIdxImages(gz, "junk.gz"), "junk.gz", "1 unexpected bytes after the end");
    }

    void loadsFolderWithMixedNames()
    {
        const Dataset d = loadIdxFolder(kIdx + "tinyset");
        QCOMPARE(d.name, kIdx + "tinyset");
        QCOMPARE(d.shape, (Shape{1, 2, 3}));
        QCOMPARE(d.trainX.rows(), 3);
        QCOMPARE(d.testX.rows(), 2);
        QCOMPARE(d.trainY, (std::vector<int>{7, 0, 9}));
        QCOMPARE(d.testY, (std::vector<int>{3, 4}));
        QCOMPARE(d.testX(0, 0), 1.0f);
        QCOMPARE(d.testX(1, 5), 6.0f / 255.0f);
        QCOMPARE(d.classCount(), 10);
        QCOMPARE(d.classNames.front(), std::string("0"));
        QCOMPARE(d.files.size(), std::size_t(4));
        QVERIFY(d.files[2].ends_with("t10k-images.idx3-ubyte.gz"));
    }

    void folderErrors()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::string dir = tmp.path().toStdString();
        VERIFY_MESSAGE(loadIdxFolder(dir), "has no train-images-idx3-ubyte", dir.c_str());
        VERIFY_MESSAGE(loadIdxFolder(dir + "/absent"), "/absent", "no such folder");

        writeFile(dir + "/train-images-idx3-ubyte", images(3, 2, 2));
        writeFile(dir + "/train-labels-idx1-ubyte", labels({1, 2}));
        writeFile(dir + "/t10k-images-idx3-ubyte", images(2, 2, 2));
        VERIFY_MESSAGE(loadIdxFolder(dir), "has no t10k-labels-idx1-ubyte");
        writeFile(dir + "/t10k-labels-idx1-ubyte", labels({1, 2}));
        VERIFY_MESSAGE(loadIdxFolder(dir), "train-images-idx3-ubyte holds 3 images but", "train-labels-idx1-ubyte holds 2 labels");

        writeFile(dir + "/train-labels-idx1-ubyte", labels({1, 2, 3}));
        writeFile(dir + "/t10k-images-idx3-ubyte", images(2, 3, 3));
        VERIFY_MESSAGE(loadIdxFolder(dir), "image sizes differ", "2x2", "3x3");

        writeFile(dir + "/t10k-images-idx3-ubyte", images(2, 2, 2));
        QCOMPARE(loadIdxFolder(dir).trainX.rows(), 3);
        VERIFY_MESSAGE(loadIdxFolder(dir, "named", {"a", "b", "c"}), "label 3 at index 2", "outside the classes 0..2");
    }

    void datasetLabelsBeyondNineGetNames()
    {
        IdxBuffers b{{"ti", images(2, 1, 1)}, {"tl", labels({0, 25})}, {"si", images(1, 1, 1)}, {"sl", labels({3})}};
        const Dataset d = datasetFromIdxBuffers("letters", b);
        QCOMPARE(d.classCount(), 26);
        QCOMPARE(d.classNames.back(), std::string("25"));
    }
};

QTEST_APPLESS_MAIN(TestIdx)
#include "test_idx.moc"
