#pragma once
// The first layer's weights as small images: a dense layer's units as 28x28 receptive
// fields, a convolution's output channels as their k x k kernels (first input channel).
// Each tile is normalised symmetrically around 0 and drawn blue (negative) - white (0) -
// red (positive); an ImageGrid lays them out in the columns that give the largest tiles.
#include "ui/session/snapshot.h"
#include "ui/views/common/image_grid.h"

namespace ae {

class FiltersView : public ImageGrid {
    Q_OBJECT
public:
    explicit FiltersView(QWidget* parent = nullptr);

    // tileCount(): one tile per unit / output channel; image(i): tile i, one pixel per weight;
    // gridShape(size): the columns and rows drawn at `size`.

    QSize sizeHint() const override { return {400, 400}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

private:
    static Content emptyContent();
};

} // namespace ae
