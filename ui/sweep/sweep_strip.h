#pragma once
// A sweep's reconstructions side by side: the probe inputs on top, then one row of outputs per
// swept value, labelled "L1 1e-6", so the effect of the value is seen on the same images.
// Runs trained on noise reconstruct noisy inputs: when every run saw the same noisy images (a
// sweep of anything but the noise) one "noisy input" row follows the clean one; when they differ
// (a noise sweep: the same clean images and draws at each run's own level or type) each run's
// noisy row stands above its outputs. An ImageGrid, like the Reconstructions view.
#include "ui/sweep/sweep_controller.h"
#include "ui/views/common/image_grid.h"

#include <vector>

namespace ae {

class SweepStrip : public ImageGrid {
    Q_OBJECT
public:
    explicit SweepStrip(QWidget* parent = nullptr);

    // Runs without reconstructions yet (pending, or failed before a snapshot) get no row.
    // rowCount(): 1 (inputs) + one per run with images + the noisy rows above; 0 when none has any.
    void setRuns(const std::vector<SweepRun>& runs);
    void clear();

    QSize sizeHint() const override { return {560, 220}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

private:
    static Content emptyContent();
    static Content strip(const std::vector<SweepRun>& runs);
};

} // namespace ae
