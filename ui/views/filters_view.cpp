#include "ui/views/filters_view.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

namespace ae {

FiltersView::FiltersView(QWidget* parent) : ImageGrid(parent) {
    Style style;
    style.minScale = 0.5;
    style.frames = true;  // separates tiles whose edges are white (zero weights) from the gaps
    setStyle(style);
    clear();
    installExportMenu(this);
}

ImageGrid::Content FiltersView::emptyContent() {
    Content empty;
    empty.placeholder = tr("The first layer's weights appear here once training has produced a snapshot.");
    return empty;
}

void FiltersView::clear() { setContentLater(&FiltersView::emptyContent); }

void FiltersView::showSnapshot(const ModelSnapshot& snapshot) {
    const Shape shape = snapshot.filterShape;
    const int d = shape.size();
    if (snapshot.filters.rows() == 0 || d <= 0 || snapshot.filters.cols() != d) {
        clear();
        return;
    }
    Style s = style();
    s.gap = shape.w <= 5 ? 6 : 3;  // small kernels need air to read as separate
    setStyle(s);
    // The weights become tiles when first drawn: hidden behind another tab, nothing is converted.
    setContentLater([shape, filters = snapshot.filters] {
        Content c = emptyContent();
        c.flow = true;
        // The first input channel only: for a conv layer over colour images the others are the
        // same kernel's view of green and blue.
        for (Eigen::Index i = 0; i < filters.rows(); ++i) c.images.push_back(divergingImage(filters.row(i).data(), shape.w, shape.h));
        const int n = static_cast<int>(filters.rows());
        c.title = shape.c > 1 ? tr("%1 filters of %2x%3, first of %4 input channels").arg(n).arg(shape.h).arg(shape.w).arg(shape.c)
                              : tr("%1 filters of %2x%3").arg(n).arg(shape.h).arg(shape.w);
        return c;
    });
}

} // namespace ae
