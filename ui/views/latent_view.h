#pragma once
// The 2-D latent space of the probe set, one colour per class, with a legend of class names, or
// each point coloured by how well its neighbourhood survives in the code (its trustworthiness or
// continuity, k = 10, measured on the training thread) on a colour scale.
// The axis range only changes when points leave it or shrink well inside it, so successive
// snapshots do not make the picture jump more than the model moved the points. Mouse
// signals in latent coordinates are the hooks for the latent explorer (decode on click,
// interpolate on drag, show a probe on hover).
#include "ui/views/common/latent_decoder.h"
#include "ui/views/common/neighbour_highlight.h"
#include "ui/session/snapshot.h"

#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QCPColorScale;
class QCPLayoutGrid;
class QCPGraph;
class QSpinBox;
class QCPRange;
class QCustomPlot;
class QMouseEvent;

namespace ae {

class LatentMarks;

class LatentView : public QWidget {
    Q_OBJECT
public:
    explicit LatentView(QWidget* parent = nullptr);
    ~LatentView() override;

    // What the points' colours say.
    enum class Colouring { Class, Trustworthiness, Continuity };
    Colouring colouring() const;
    void setColouring(Colouring c);
    QComboBox* colourBox() const { return colourBox_; }
    // The per-point values drawn now (one per probe point, the snapshot's), empty when the
    // colouring is by class or the snapshot had none.
    const std::vector<double>& pointValues() const { return values_; }
    // Points drawn by value (0 when coloured by class), and the scale they are read on.
    int valuePointCount() const;
    QCPColorScale* colourScale() const { return colourScale_; }

    QCustomPlot* plot() const { return plot_; }
    // One graph per class (index = label), plus one for unlabelled points when there are any.
    int classGraphCount() const;
    int pointCount(int label) const;  // label -1: the unlabelled points; 0 for unknown labels
    QString className(int label) const;
    QCPRange xRange() const;
    QCPRange yRange() const;
    // Draws the pending snapshot at once instead of waiting for the timer.
    void flush();

    // The probe point (row of latent2d) drawn nearest to `pixel` (plot widget coordinates),
    // within `radius` pixels, or -1.
    int probeIndexAt(QPointF pixel, double radius = 6) const;
    QPointF toLatent(QPointF pixel) const;
    // False once the person zoomed with the wheel; the range then stays theirs until
    // resetRange() (also on double-click).
    bool followsData() const { return followData_; }
    void resetRange();

    // Codes wider than 2: which plane is drawn, PCA of the codes (the default) or two units.
    // The choice is offered only then; for 2-D codes the plane is the code itself.
    LatentPlane plane() const;
    void setPlane(const LatentPlane& plane);
    QComboBox* axesBox() const { return axesBox_; }
    // The visible range as a rectangle in plane coordinates.
    QRectF visibleArea() const;
    // The explorer's marks: a cross where the decoded point is, a line for an interpolation.
    void showDecodedPoint(QPointF z);
    void showInterpolation(QPointF from, QPointF to);
    void hideMarks();
    // A point that is not a probe point, drawn with its own marker (the Draw view's drawing, a
    // sample from the prior): at `planePoint` on the snapshot's plane (latent2d's projection), and
    // at two units of `code` when the view shows "Two units".
    void showMarkedPoint(QPointF planePoint, const ae::Vector& code, const QString& name);
    void hideMarkedPoint();
    bool markedPointShown() const;
    QPointF markedPoint() const;  // where it is drawn now, in plot coordinates
    // The prior N(0, I)'s contours at 1, 2 and 3 σ, drawn for a 2-D VAE's own plane.
    bool priorContoursShown() const;
    // The neighbour inspector's marks, drawn over the points (empty: none).
    const NeighbourHighlight& highlight() const;
    // Points drawn by each mark: 0 selected, 1 input neighbours, 2 code neighbours, 3 training.
    int highlightPointCount(int mark) const;

signals:
    void latentPointPressed(QPointF z);   // left button pressed at latent point z
    void latentPointDragged(QPointF z);   // moved with the left button held
    void latentPointReleased(QPointF z);  // left button released
    void probePointHovered(int index);    // row of latent2d under the mouse; -1 when it leaves
    void probePointClicked(int index);    // left click on the probe point drawn there
    void planeChanged(const ae::LatentPlane& plane);
    void visibleAreaChanged(QRectF area);

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void showHighlight(const ae::NeighbourHighlight& highlight);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void ensureGraphs(int classes, bool unlabelled);
    void updateRange(bool force);
    void onMouseMove(QMouseEvent* event);
    void projectPoints();
    void onAxesChanged();
    void chooseValues();
    void showLegendOrScale(bool scale);
    void fillValueGraphs(bool byValue);

    QCustomPlot* plot_ = nullptr;
    std::vector<QCPGraph*> graphs_;  // index = label; the last one is "unlabelled" when present
    QCPGraph* unlabelledGraph_ = nullptr;
    Matrix latent_;                   // newest P x 2, as drawn (the chosen plane)
    Matrix snapshotLatent_;           // the snapshot's latent2d (PCA plane for wide codes)
    Matrix codes_;                    // the snapshot's full codes
    int codeSize_ = 0;
    QLabel* axesLabel_ = nullptr;
    QLabel* colourLabel_ = nullptr;
    QComboBox* axesBox_ = nullptr;
    QComboBox* colourBox_ = nullptr;
    QCPColorScale* colourScale_ = nullptr;
    QCPLayoutGrid* side_ = nullptr;    // the legend or the colour scale, right of the plot
    std::vector<QCPGraph*> valueGraphs_;  // one per band of values, the worst drawn last (on top)
    PointDistortion points_;          // the snapshot's
    std::vector<double> values_;      // the chosen measure's, per point
    QSpinBox* unitX_ = nullptr;
    QSpinBox* unitY_ = nullptr;
    QWidget* axesRow_ = nullptr;
    QWidget* unitsRow_ = nullptr;  // the unit choosers, shown for "Two units"
    std::unique_ptr<LatentMarks> marks_;  // drawn over the points
    bool variational_ = false;
    std::vector<int> labels_;
    QStringList classNames_;
    QString xLabel_, yLabel_;            // the snapshot's axis names
    QString planeXLabel_, planeYLabel_;  // what is drawn
    bool dirty_ = false;
    bool followData_ = true;
    bool hasRange_ = false;
    bool dragging_ = false;
    int hovered_ = -1;
    QTimer replotTimer_;
};

} // namespace ae
