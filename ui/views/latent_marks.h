#pragma once
// What the Latent view draws over the probe points, apart from the points themselves: the
// explorer's cross and interpolation line, a marked point that is not a probe point (a drawing,
// a sample from the prior), the prior's contours, and the neighbour inspector's marks with their
// own legend. The view decides what the points and the plane are; this places the marks on them.
#include "core/common.h"
#include "ui/views/common/latent_decoder.h"
#include "ui/views/common/neighbour_highlight.h"

#include <QPointF>
#include <QString>

#include <vector>

class QCPCurve;
class QCPGraph;
class QCPItemLine;
class QCPItemTracer;
class QCPLegend;
class QCustomPlot;

namespace ae {

class LatentMarks {
public:
    // Adds the marks' items, curves and legend (a row above the plot's axis rect) to `plot`,
    // which owns them.
    explicit LatentMarks(QCustomPlot* plot);

    // The explorer: a cross where the decoded point is, a line for an interpolation.
    void showDecodedPoint(QPointF z);
    void showInterpolation(QPointF from, QPointF to);
    void hideExplorer();

    // A point at `planePoint` on the snapshot's plane, or at two units of `code` on a plane of
    // two units; placed again by place() when the plane changes.
    void showMarkedPoint(QPointF planePoint, const Vector& code, const QString& name, const LatentPlane& plane);
    void hideMarkedPoint();
    bool markedPointShown() const;
    QPointF markedPoint() const;  // where it is drawn now, in plot coordinates

    // The prior N(0, I) is the code's own distribution: its 1, 2 and 3 σ contours mean something on
    // a 2-D VAE's plane only, so the view says whether that is what it draws.
    void showPriorContours(bool shown);
    bool priorContoursShown() const;

    // Places the marked point on `plane`, after the person chose another.
    void placeMarkedPoint(const LatentPlane& plane);

    // The neighbour inspector's selection, drawn at the rows of `latent` (the points as drawn)
    // and at the training images' place on `plane`.
    void setHighlight(const NeighbourHighlight& highlight) { highlight_ = highlight; }
    const NeighbourHighlight& highlight() const { return highlight_; }
    void drawHighlight(const Matrix& latent, const LatentPlane& plane);
    // Points drawn by each mark: 0 selected, 1 input neighbours, 2 code neighbours, 3 training.
    int highlightPointCount(int mark) const;
    // The plot's graphs were cleared (the view made its class graphs again): the highlight's
    // graphs are made anew at the next drawHighlight, so they stay above the points.
    void graphsCleared() { highlightGraphs_.clear(); }

    // Everything off, the highlight forgotten.
    void clear();

private:
    QCustomPlot* plot_;
    QCPItemLine* line_ = nullptr;
    QCPItemTracer* cross_ = nullptr;
    QCPCurve* marked_ = nullptr;  // one point, its own marker, outside the legend
    QPointF markedPlanePoint_;
    Vector markedCode_;
    std::vector<QCPCurve*> priorContours_;
    NeighbourHighlight highlight_;
    std::vector<QCPGraph*> highlightGraphs_;  // the four marks, drawn above everything
    QCPLegend* markLegend_ = nullptr;          // theirs, inside the plot: the class legend stays narrow
};

} // namespace ae
