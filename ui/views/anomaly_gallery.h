#pragma once
// The Anomaly view's image strip: two galleries side by side, "most anomalous" and "worst-scored
// normal", each a row of test inputs above a row of their reconstructions, with the class and
// the error over each column. An ImageGrid with one column band per gallery.
#include "ui/session/anomaly_snapshot.h"
#include "ui/views/common/image_grid.h"

namespace ae {

class AnomalyGalleryView : public ImageGrid {
    Q_OBJECT
public:
    explicit AnomalyGalleryView(QWidget* parent = nullptr);

    // tileCount(): 2 per gallery column (input and reconstruction).
    void setGalleries(const AnomalyGallery& mostAnomalous, const AnomalyGallery& worstNormal, const Shape& shape,
                      const QStringList& classNames);
    void clear();

    QSize sizeHint() const override { return {900, 150}; }
    QSize minimumSizeHint() const override { return {300, 90}; }

private:
    static Content emptyContent();
    static Content galleries(const AnomalyGallery& mostAnomalous, const AnomalyGallery& worstNormal, const Shape& shape,
                             const QStringList& classNames);
};

} // namespace ae
