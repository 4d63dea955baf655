#pragma once
// The decoded manifold, as in the Keras VAE figures: a kGrid x kGrid grid of images decoded
// from evenly spaced points of the latent plane the latent view shows (its visible range),
// or, for a VAE with a 2-D code, from the prior's quantiles. Decoded by its own LatentDecoder
// from the newest snapshot; redrawn on a short single-shot timer so zooming stays smooth.
// An ImageGrid without gaps; each tile's tooltip names its point.
#include "ui/session/snapshot.h"
#include "ui/views/common/image_grid.h"
#include "ui/views/common/latent_decoder.h"

#include <QRectF>
#include <QTimer>

#include <vector>

namespace ae {

class ManifoldView : public ImageGrid {
    Q_OBJECT
public:
    static constexpr int kGrid = 15;

    explicit ManifoldView(QWidget* parent = nullptr);

    // tileCount(): the decoded images; content().title: what the grid spans.
    const std::vector<QPointF>& gridPoints() const { return points_; }
    bool usesPrior() const { return usesPrior_; }
    // Decodes now instead of waiting for the timer.
    void flush();
    // Grids decoded so far (tests: a hidden view must not decode).
    int decodeCount() const { return decodes_; }

    QSize sizeHint() const override { return {400, 420}; }
    QSize minimumSizeHint() const override { return {150, 170}; }

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void setVisibleArea(QRectF area);
    void setPlane(const ae::LatentPlane& plane);
    void clear();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void schedule();
    // The tiles under `caption`, worded whenever the grid makes its content (see ImageGrid).
    void present(std::function<QString()> caption, std::vector<QImage> tiles = {});
    std::function<QString()> caption_;

    LatentDecoder decoder_;
    QRectF area_;
    bool dirty_ = false;
    bool usesPrior_ = false;
    std::vector<QPointF> points_;
    QTimer timer_;
    int decodes_ = 0;
};

} // namespace ae
