#pragma once
// Reconstructions as in seed 001's figures: a row of test inputs, the noisy inputs for a
// denoising model, the outputs, and the |error| per pixel as a heat map, one probe image
// per column, drawn from the newest snapshot by an ImageGrid.
#include "ui/session/snapshot.h"
#include "ui/views/common/image_grid.h"

namespace ae {

class ReconstructionView : public ImageGrid {
    Q_OBJECT
public:
    explicit ReconstructionView(QWidget* parent = nullptr);

    // rowCount(): 3, or 4 with a noisy-input row; 0 before any snapshot. columnCount(): the
    // probe images shown. rowLabels(): "input", ["noisy input",] "output", "|error|...".

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

private:
    static Content emptyContent();
};

} // namespace ae
