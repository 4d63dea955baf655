#include "resources/embedded_data.h"

#include "core/data/dataset_locator.h"
#include "core/data/idx.h"

#include <QFile>

// Resources in a static library are registered only if their initialiser is linked in;
// naming it here guarantees that whatever links aelab_data. Registering twice is a no-op.
// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initSampleResources()
{
    Q_INIT_RESOURCE(aelab_sample);
}

namespace ae {

namespace {

IdxBuffer readResource(const char* path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(std::string(path) + ": the embedded sample is missing from this build (" +
                    f.errorString().toStdString() + "); rebuild aelab after scripts/make_sample.sh");
    const QByteArray bytes = f.readAll();
    return IdxBuffer{path, std::vector<unsigned char>(bytes.begin(), bytes.end())};
}

} // namespace

Dataset loadEmbeddedSample()
{
    initSampleResources();
    IdxBuffers buffers{readResource(":/sample/train-images-idx3-ubyte.gz"),
                       readResource(":/sample/train-labels-idx1-ubyte.gz"),
                       readResource(":/sample/t10k-images-idx3-ubyte.gz"),
                       readResource(":/sample/t10k-labels-idx1-ubyte.gz")};
    return datasetFromIdxBuffers("sample", buffers);
}

Dataset openDataset(const std::string& spec)
{
    if (spec.empty() || spec == "sample")
        return loadEmbeddedSample();
    return loadDatasetByName(spec);
}

} // namespace ae
