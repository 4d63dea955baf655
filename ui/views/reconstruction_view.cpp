#include "ui/views/reconstruction_view.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

#include <algorithm>

namespace ae {
namespace {

// The heat map's full colour is an error of 0.5, not 1: late in training most errors are
// below 0.3 and would all look black on a 0-1 scale. The row label states the range.
constexpr double kErrorRange = 0.5;

constexpr int kMaxColumns = 20;  // beyond this the images become too small to read

} // namespace

ReconstructionView::ReconstructionView(QWidget* parent) : ImageGrid(parent) {
    installExportMenu(this);
    clear();
}

QSize ReconstructionView::sizeHint() const { return {560, 260}; }
QSize ReconstructionView::minimumSizeHint() const { return {240, 120}; }

ImageGrid::Content ReconstructionView::emptyContent() {
    Content empty;
    empty.placeholder = tr("Reconstructions appear here once training has produced a snapshot.");
    return empty;
}

void ReconstructionView::showSnapshot(const ModelSnapshot& snapshot) {
    const Shape shape = snapshot.inputShape;
    const int d = shape.size();
    const bool consistent = d > 0 && snapshot.inputs.cols() == d && snapshot.outputs.cols() == d &&
                            snapshot.outputs.rows() >= snapshot.inputs.rows();
    if (!consistent) {
        clear();
        return;
    }
    if (!isImageShape(shape)) {
        setContentLater([shape] {
            Content c = emptyContent();
            c.placeholder = notImagesText(shape);
            return c;
        });
        return;
    }
    const int columns = std::min<int>(static_cast<int>(snapshot.inputs.rows()), kMaxColumns);
    const bool hasNoisy = snapshot.noisyInputs.cols() == d && snapshot.noisyInputs.rows() >= columns;
    // Only the images shown are kept; they become tiles when first drawn.
    setContentLater([shape, columns, inputs = Matrix(snapshot.inputs.topRows(columns)),
                     outputs = Matrix(snapshot.outputs.topRows(columns)),
                     noisy = hasNoisy ? Matrix(snapshot.noisyInputs.topRows(columns)) : Matrix()] {
        Content c = emptyContent();
        c.columns = columns;
        c.rowLabels << tr("input");
        if (noisy.rows() > 0) c.rowLabels << tr("noisy input");
        c.rowLabels << tr("output") << tr("|error|\n0 to %1").arg(kErrorRange);
        c.rows = static_cast<int>(c.rowLabels.size());
        c.images.resize(std::size_t(c.rows) * columns);
        for (int column = 0; column < columns; ++column) {
            const float* in = inputs.row(column).data();
            const float* out = outputs.row(column).data();
            int row = 0;
            auto put = [&](QImage image) { c.images[std::size_t(row++) * columns + column] = std::move(image); };
            put(sampleImage(in, shape));
            if (noisy.rows() > 0) put(sampleImage(noisy.row(column).data(), shape));
            put(sampleImage(out, shape));
            put(errorImage(in, out, shape, kErrorRange));
        }
        return c;
    });
}

void ReconstructionView::clear() { setContentLater(&ReconstructionView::emptyContent); }

} // namespace ae
