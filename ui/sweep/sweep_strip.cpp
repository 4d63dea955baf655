#include "ui/sweep/sweep_strip.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

#include <algorithm>

namespace ae {

SweepStrip::SweepStrip(QWidget* parent) : ImageGrid(parent) {
    Content empty;
    empty.placeholder = tr("One row of reconstructions per value appears here as the sweep's runs finish.");
    setContent(std::move(empty));
    installExportMenu(this);
}

void SweepStrip::setRuns(const std::vector<SweepRun>& runs) {
    Content c;
    c.placeholder = content().placeholder;
    Shape shape;
    std::vector<const SweepRun*> shown;
    for (const SweepRun& run : runs) {
        const int d = run.inputShape.size();
        if (d <= 0 || run.outputs.rows() == 0 || run.outputs.cols() != d || run.inputs.cols() != d) continue;
        if (shown.empty()) {
            shape = run.inputShape;
            c.columns = static_cast<int>(std::min(run.inputs.rows(), run.outputs.rows()));
        }
        if (!(run.inputShape == shape) || run.outputs.rows() < c.columns) continue;
        shown.push_back(&run);
    }
    if (shown.empty()) {  // inputs alone say nothing
        clear();
        return;
    }
    if (!isImageShape(shape)) {
        c.placeholder = notImagesText(shape);
        setContent(std::move(c));
        return;
    }
    c.rows = 1 + static_cast<int>(shown.size());
    c.rowLabels << tr("input");
    for (int column = 0; column < c.columns; ++column) c.images.push_back(sampleImage(shown.front()->inputs.row(column).data(), shape));
    for (const SweepRun* run : shown) {
        c.rowLabels << run->label;
        for (int column = 0; column < c.columns; ++column) c.images.push_back(sampleImage(run->outputs.row(column).data(), shape));
    }
    // The inputs are set apart from the outputs.
    c.rowBands = {Band{1, {}, {}, {}}, Band{c.rows - 1, {}, {}, {}}};
    setContent(std::move(c));
}

} // namespace ae
