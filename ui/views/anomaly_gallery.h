#pragma once
// The Anomaly view's image strip: two galleries side by side, "most anomalous" and "worst-scored
// normal", each a row of test inputs above a row of their reconstructions, with the class and
// the error over each column. Pixels are scaled by nearest neighbour, as in the Reconstructions
// view.
#include "ui/session/anomaly_snapshot.h"

#include <QImage>
#include <QWidget>

namespace ae {

class AnomalyGalleryView : public QWidget {
    Q_OBJECT
public:
    explicit AnomalyGalleryView(QWidget* parent = nullptr);

    void setGalleries(const AnomalyGallery& mostAnomalous, const AnomalyGallery& worstNormal, const Shape& shape,
                      const QStringList& classNames);
    void clear();

    // Image tiles drawn: 2 per gallery column (input and reconstruction).
    int tileCount() const;
    // The whole strip at `size` logical pixels and device pixel ratio `dpr`.
    QImage render(QSize size, qreal dpr = 1.0) const;

    QSize sizeHint() const override { return {900, 150}; }
    QSize minimumSizeHint() const override { return {300, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    AnomalyGallery galleries_[2];
    Shape shape_;
    QStringList classNames_;
};

} // namespace ae
