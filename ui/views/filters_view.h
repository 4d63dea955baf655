#pragma once
// The first layer's weights as small images: a dense layer's units as 28x28 receptive
// fields, a convolution's output channels as their k x k kernels (first input channel).
// Each tile is normalised symmetrically around 0 and drawn blue (negative) - white (0) -
// red (positive), scaled by nearest neighbour so the pixels stay visible.
#include "ui/session/snapshot.h"

#include <QImage>
#include <QWidget>

namespace ae {

class FiltersView : public QWidget {
    Q_OBJECT
public:
    explicit FiltersView(QWidget* parent = nullptr);

    int tileCount() const { return static_cast<int>(filters_.rows()); }
    QSize tileSize() const { return {shape_.w, shape_.h}; }  // in weights
    // The grid's columns and rows when drawn at `size` logical pixels.
    QSize gridFor(QSize size) const;
    // Tile `index` as an image (w x h pixels, one pixel per weight).
    QImage tileImage(int index) const;
    // The whole view at `size` logical pixels and device pixel ratio `dpr`.
    QImage renderGrid(QSize size, qreal dpr = 1.0) const;
    // Where tile `index` lands in renderGrid(size, dpr), in device pixels.
    QRect tileRect(int index, QSize size, qreal dpr = 1.0) const;

    QSize sizeHint() const override { return {400, 400}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Layout {
        int columns = 0, rows = 0;
        int tileW = 0, tileH = 0, gap = 0;  // device pixels
        QPoint origin;
        int captionHeight = 0;
    };
    Layout layoutFor(QSize deviceSize, qreal dpr) const;
    QString caption() const;

    Matrix filters_;  // newest only: one row per unit / output channel
    Shape shape_;
};

} // namespace ae
