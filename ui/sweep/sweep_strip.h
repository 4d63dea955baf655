#pragma once
// A sweep's reconstructions side by side: the probe inputs on top, then one row of outputs per
// swept value, labelled "l1=1e-6", so the effect of the value is seen on the same images.
// Drawn into an image scaled by nearest neighbour, like the Reconstructions view.
#include "ui/sweep/sweep_controller.h"

#include <QImage>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace ae {

class SweepStrip : public QWidget {
    Q_OBJECT
public:
    explicit SweepStrip(QWidget* parent = nullptr);

    // Runs without reconstructions yet (pending, or failed before a snapshot) get no row.
    void setRuns(const std::vector<SweepRun>& runs);
    void clear();

    int rowCount() const;       // 1 (inputs) + one per run with images; 0 when none has any
    int columnCount() const { return columns_; }
    QStringList rowCaptions() const;

    // The whole strip at `size` logical pixels and device pixel ratio `dpr`.
    QImage renderStrip(QSize size, qreal dpr = 1.0) const;

    QSize sizeHint() const override { return {560, 220}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Row {
        QString caption;
        Matrix images;          // columns_ x D
    };
    Shape shape_;
    std::vector<Row> rows_;     // inputs first
    int columns_ = 0;
};

} // namespace ae
