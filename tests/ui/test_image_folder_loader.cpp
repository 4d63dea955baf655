// A person's image folder as a dataset: what loads, and each way a folder can be wrong, with the
// message that names the folder or file. The loader only reads: a refused folder is unchanged.
#include "file_bytes.h"
#include "error_message.h"
#include "ui/panels/image_folder_loader.h"
#include "ui_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ae;

namespace {

using ae::test::writeBytes;

void saveImage(const QString& path, int width, int height, int gray) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(gray, gray, gray));
    QVERIFY2(image.save(path), qPrintable(path));
}

QByteArray pngBytes(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Every file under `root` with its size and modification time, to show a refusal changed nothing.
QStringList listing(const QString& root) {
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out << QStringLiteral("%1 %2 %3").arg(it.filePath()).arg(it.fileInfo().size()).arg(it.fileInfo().lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

} // namespace

class TestImageFolderLoader : public QObject {
    Q_OBJECT
private slots:
    void progressCountsEveryImageAndCanStopTheLoad() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("a"));
        QVERIFY(QDir(dir.path()).mkpath("b"));
        for (int i = 0; i < 3; ++i) saveImage(dir.filePath(QStringLiteral("a/%1.png").arg(i)), 6, 6, 0);
        for (int i = 0; i < 4; ++i) saveImage(dir.filePath(QStringLiteral("b/%1.png").arg(i)), 6, 6, 255);
        std::vector<std::pair<qsizetype, qsizetype>> calls;
        const Dataset d = loadImageFolder(dir.path(), {}, [&](qsizetype done, qsizetype total) {
            calls.emplace_back(done, total);
            return true;
        });
        QCOMPARE(d.trainX.rows() + d.testX.rows(), 7);
        QCOMPARE(calls.size(), std::size_t(8));  // before the first image, then after each
        for (std::size_t i = 0; i < calls.size(); ++i)
            QCOMPARE(calls[i], (std::pair<qsizetype, qsizetype>(static_cast<qsizetype>(i), 7)));

        int seen = 0;
        VERIFY_MESSAGE(loadImageFolder(dir.path(), {}, [&](qsizetype, qsizetype) { return ++seen < 3; }),
                       dir.path().toStdString() + ": loading was cancelled");
        QCOMPARE(seen, 3);  // stopped at once, not after the remaining images
    }

    void mixedSizesAndFormatsAreScaledToOneShape() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("a"));
        QVERIFY(QDir(dir.path()).mkpath("b"));
        saveImage(dir.filePath("a/wide.png"), 40, 10, 0);
        saveImage(dir.filePath("a/tall.bmp"), 7, 50, 0);
        saveImage(dir.filePath("b/square.jpg"), 12, 12, 255);
        writeBytes(dir.filePath("b/notes.txt"), "not an image, and not named like one: skipped");
        ImageFolderOptions options;
        options.size = 8;
        options.testEvery = 0;
        const Dataset d = loadImageFolder(dir.path(), options);
        QCOMPARE(d.shape, (Shape{1, 8, 8}));
        QCOMPARE(d.trainX.rows(), 3);
        QCOMPARE(d.trainY, (std::vector<int>{0, 0, 1}));
        QCOMPARE(d.classNames, (std::vector<std::string>{"a", "b"}));
        QVERIFY(d.trainX.row(2).minCoeff() > 0.9f);  // white stays white after scaling
    }

    void badFoldersAreRefused_data() {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("message");  // %1 = the folder
        QTest::newRow("no such folder") << "missing" << 28 << "%1/missing: no such folder";
        QTest::newRow("a file, not a folder") << "file" << 28 << "%1/file.png: not a folder (choose the folder that holds one subfolder per class)";
        QTest::newRow("empty folder") << "empty" << 28
                                      << "%1: no class subfolders; put each class's images in a subfolder named after the class";
        QTest::newRow("images but no subfolders") << "flat" << 28 << "%1: no class subfolders";
        QTest::newRow("empty class folders") << "empty classes" << 28 << "%1: no images found in its subfolders (cats, dogs)";
        QTest::newRow("no image files") << "text only" << 28 << "%1: no images found in its subfolders (cats)";
        QTest::newRow("unreadable image") << "garbage" << 28 << "%1/cats/broken.png: not an image QImage can read (Unsupported image format)";
        QTest::newRow("truncated image") << "truncated" << 28 << "%1/cats/half.png: not an image QImage can read (Unable to read image data)";
        QTest::newRow("size too small") << "good" << 3 << "invalid image size = 3: allowed range is [4, 256]";
        QTest::newRow("size too large") << "good" << 300 << "invalid image size = 300: allowed range is [4, 256]";
    }
    void badFoldersAreRefused() {
        QFETCH(QString, layout);
        QFETCH(int, size);
        QFETCH(QString, message);
        QTemporaryDir root;
        const QDir dir(root.path());
        QString target = root.path();
        if (layout == "missing") target = dir.filePath("missing");
        if (layout == "file") {
            target = dir.filePath("file.png");
            saveImage(target, 4, 4, 0);
        }
        if (layout == "flat") saveImage(dir.filePath("one.png"), 4, 4, 0);
        if (layout == "empty classes") {
            QVERIFY(dir.mkpath("cats"));
            QVERIFY(dir.mkpath("dogs"));
        }
        if (layout == "text only") {
            QVERIFY(dir.mkpath("cats"));
            writeBytes(dir.filePath("cats/readme.txt"), "no pictures here");
        }
        if (layout == "garbage" || layout == "truncated" || layout == "good") {
            QVERIFY(dir.mkpath("cats"));
            for (int i = 0; i < 3; ++i) saveImage(dir.filePath(QStringLiteral("cats/%1.png").arg(i)), 6, 6, 100);
        }
        if (layout == "garbage") writeBytes(dir.filePath("cats/broken.png"), QByteArray(300, 'x'));
        if (layout == "truncated") {
            const QByteArray png = pngBytes(64, 64);
            writeBytes(dir.filePath("cats/half.png"), png.left(png.size() / 2));
        }
        const QStringList before = listing(root.path());
        ImageFolderOptions options;
        options.size = size;
        VERIFY_MESSAGE(loadImageFolder(target, options), message.arg(root.path()).toStdString());
        QCOMPARE(listing(root.path()), before);
    }
};

AELAB_UI_TEST_MAIN(TestImageFolderLoader)
#include "test_image_folder_loader.moc"
