#include "ui/sweep/sweep_strip.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

#include <algorithm>

namespace ae {

SweepStrip::SweepStrip(QWidget* parent) : ImageGrid(parent) {
    clear();
    installExportMenu(this);
}

ImageGrid::Content SweepStrip::emptyContent() {
    Content empty;
    empty.placeholder = tr("One row of reconstructions per value appears here as the sweep's runs finish.");
    return empty;
}

void SweepStrip::clear() { setContentLater(&SweepStrip::emptyContent); }

// Made when drawn, and again on a change of language (ImageGrid keeps the maker).
void SweepStrip::setRuns(const std::vector<SweepRun>& runs) {
    setContentLater([runs] { return strip(runs); });
}

ImageGrid::Content SweepStrip::strip(const std::vector<SweepRun>& runs) {
    Content c = emptyContent();
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
    if (shown.empty()) return emptyContent();  // inputs alone say nothing
    if (!isImageShape(shape)) {
        Content words = emptyContent();
        words.placeholder = notImagesText(shape);
        return words;
    }
    const auto noisy = [&](const SweepRun* run) {
        return run->noisyInputs.rows() >= c.columns && run->noisyInputs.cols() == run->inputs.cols();
    };
    const auto sameNoisy = [&](const SweepRun* a, const SweepRun* b) {
        return noisy(a) == noisy(b) && (!noisy(a) || a->noisyInputs.topRows(c.columns) == b->noisyInputs.topRows(c.columns));
    };
    const bool shared = std::all_of(shown.begin(), shown.end(), [&](const SweepRun* run) { return sameNoisy(run, shown.front()); });
    const auto addRow = [&](const QString& label, const Matrix& values) {
        c.rowLabels << label;
        for (int column = 0; column < c.columns; ++column) c.images.push_back(sampleImage(values.row(column).data(), shape));
        ++c.rows;
    };
    addRow(tr("input"), shown.front()->inputs);
    if (shared && noisy(shown.front())) addRow(tr("noisy input"), shown.front()->noisyInputs);
    // The inputs are set apart from the outputs; with a noisy row per run, each run is a band.
    c.rowBands.push_back(Band{c.rows, {}, {}, {}});
    for (const SweepRun* run : shown) {
        const int before = c.rows;
        if (!shared && noisy(run)) addRow(tr("%1\nnoisy input").arg(run->label), run->noisyInputs);
        addRow(run->label, run->outputs);
        if (!shared) c.rowBands.push_back(Band{c.rows - before, {}, {}, {}});
    }
    if (shared) c.rowBands.push_back(Band{c.rows - c.rowBands.front().span, {}, {}, {}});
    return c;
}

} // namespace ae
