#include "ui/history/run_images_view.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

#include <algorithm>

namespace ae {
namespace {

bool hasImages(const RunImages& images) {
    const std::size_t values = std::size_t(std::max(0, images.count)) * std::size_t(std::max(0, images.shape.size()));
    return images.count > 0 && images.shape.size() > 0 && images.inputs.size() >= values && images.outputs.size() >= values;
}

} // namespace

RunImagesView::RunImagesView(QWidget* parent) : ImageGrid(parent) {
    Style style;
    style.gap = 2;
    style.bandGap = 10;
    style.wholeFrom = 2;
    style.background = QPalette::Base;
    setStyle(style);
    setRuns({});
    installExportMenu(this);
}

void RunImagesView::setRuns(std::vector<Entry> runs) {
    runs_ = static_cast<int>(runs.size());
    // Made when drawn, and again on a change of language (ImageGrid keeps the maker).
    setContentLater([runs = std::move(runs)] { return blocks(runs); });
    // At one screen pixel per image pixel the blocks must still fit: beyond that, the scroll
    // area around this view scrolls.
    setMinimumSize(runs_ == 0 ? minimumSizeHint() : sizeForScale(1.0).expandedTo(minimumSizeHint()));
}

ImageGrid::Content RunImagesView::blocks(const std::vector<Entry>& runs) {
    const int count = static_cast<int>(runs.size());
    Content c;
    c.placeholder = tr("Select runs in the table to compare their reconstructions side by side.");
    for (const Entry& e : runs)
        if (hasImages(e.images)) c.columns = std::max(c.columns, e.images.count);
    if (!runs.empty()) {
        c.columns = std::max(1, c.columns);
        c.rows = 2 * count;
        c.images.resize(std::size_t(c.rows) * c.columns);
    }
    for (int r = 0; r < count; ++r) {
        const Entry& e = runs[std::size_t(r)];
        Band band{2, e.label, e.colour, {}};
        if (hasImages(e.images)) {
            c.rowLabels << tr("input") << tr("output");
            const Shape& s = e.images.shape;
            for (int k = 0; k < e.images.count; ++k) {
                const std::size_t at = std::size_t(k) * s.size();
                c.images[std::size_t(2 * r) * c.columns + k] = sampleImage(e.images.inputs.data() + at, s);
                c.images[std::size_t(2 * r + 1) * c.columns + k] = sampleImage(e.images.outputs.data() + at, s);
            }
        } else {
            c.rowLabels << QString() << QString();
            band.note = tr("No reconstructions stored for this run.");
        }
        c.rowBands.push_back(band);
    }
    return c;
}

} // namespace ae
