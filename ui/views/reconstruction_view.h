#pragma once
// Reconstructions as in seed 001's figures: a row of test inputs, the noisy inputs for a
// denoising model, the outputs, and the |error| per pixel as a heat map, one probe image
// per column. Drawn from the newest snapshot into an image scaled by nearest neighbour, so
// pixels stay crisp at any size and device pixel ratio.
#include "ui/session/snapshot.h"

#include <QImage>
#include <QStringList>
#include <QWidget>

namespace ae {

class ReconstructionView : public QWidget {
    Q_OBJECT
public:
    explicit ReconstructionView(QWidget* parent = nullptr);

    int rowCount() const;     // 3, or 4 with a noisy-input row; 0 before any snapshot
    int columnCount() const;  // probe images shown
    QStringList rowCaptions() const;

    // The whole grid drawn at `size` logical pixels and device pixel ratio `dpr` (the
    // returned image is size*dpr pixels and carries that ratio). Used by paintEvent,
    // export and tests.
    QImage renderGrid(QSize size, qreal dpr = 1.0) const;
    // Where image (row, column) lands in renderGrid(size, dpr), in device pixels.
    QRect tileRect(int row, int column, QSize size, qreal dpr = 1.0) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Layout {
        int captionWidth = 0;  // device pixels left of the tiles
        double scale = 1;      // device pixels per image pixel
        int tileW = 0, tileH = 0;  // one image, in device pixels
        int gap = 0;
        QPoint origin;         // top-left of tile (0, 0)
    };
    Layout layoutFor(QSize deviceSize, qreal dpr) const;
    QImage tileImage(int row, int column) const;

    // The newest snapshot's images only (the rest of the snapshot is not needed here).
    Shape shape_;
    Matrix inputs_, noisy_, outputs_;
    int columns_ = 0;
};

} // namespace ae
