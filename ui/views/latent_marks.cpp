#include "ui/views/latent_marks.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ae {

LatentMarks::LatentMarks(QCustomPlot* plot) : plot_(plot) {
    // The neighbour inspector's marks get a legend of their own over the plot, two by two: beside
    // the class legend their names squeezed the scatter in a narrow dock, inside it they hid it.
    // Empty and hidden while nothing is selected.
    markLegend_ = new QCPLegend;
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, markLegend_);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    markLegend_->setLayer(QStringLiteral("legend"));
    markLegend_->setBorderPen(Qt::NoPen);
    markLegend_->setBrush(Qt::NoBrush);
    markLegend_->setSelectableParts(QCPLegend::spNone);
    markLegend_->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    markLegend_->setWrap(2);
    markLegend_->setRowSpacing(0);
    markLegend_->setMargins(QMargins(2, 0, 2, 0));
    markLegend_->setIconSize(14, 10);
    // Its width must not set the plot column's: a narrow dock gives the class legend its room
    // and the marks' names what is left. Nor cap it: an empty QCPLegend's maximum width hint is
    // its margins, which squeezed the scatter to 50 pixels while nothing was selected. A maximum
    // set by hand takes the hint's place, if it stays under QWIDGETSIZE_MAX with the margins
    // added: a million pixels, wider than any screen.
    markLegend_->setMinimumSize(1, 0);
    markLegend_->setMaximumSize(1 << 20, QWIDGETSIZE_MAX);
    markLegend_->setVisible(false);

    line_ = new QCPItemLine(plot_);
    line_->setPen(QPen(QColor(20, 20, 20), 2, Qt::DashLine));
    line_->setHead(QCPLineEnding::esSpikeArrow);
    line_->setVisible(false);
    cross_ = new QCPItemTracer(plot_);
    cross_->setStyle(QCPItemTracer::tsPlus);
    cross_->setSize(18);
    cross_->setPen(QPen(QColor(20, 20, 20), 2));
    cross_->setVisible(false);
    // The marked point and the prior's contours are curves, not graphs: the view's rebuilding of
    // its class graphs (clearGraphs) leaves them alone.
    marked_ = new QCPCurve(plot_->xAxis, plot_->yAxis);
    marked_->setLineStyle(QCPCurve::lsNone);
    // Red with a black edge: unlike every class colour, and seen on any of them. Not in the legend,
    // which a narrow dock cannot widen; its name is the curve's, for exports and tests.
    marked_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 2), QColor(230, 20, 20), 16));
    marked_->removeFromLegend();
    marked_->setVisible(false);
    // Above the class graphs, which are made (and made again) after it on the main layer.
    plot_->addLayer(QStringLiteral("marks"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    marked_->setLayer(QStringLiteral("marks"));
    for (int sigma = 1; sigma <= 3; ++sigma) {
        auto* contour = new QCPCurve(plot_->xAxis, plot_->yAxis);
        QVector<double> t, x, y;
        for (int i = 0; i <= 96; ++i) {
            const double a = 2 * std::numbers::pi * i / 96;
            t << i;
            x << sigma * std::cos(a);
            y << sigma * std::sin(a);
        }
        contour->setData(t, x, y);
        contour->setPen(QPen(QColor(30, 30, 30, 250 - 50 * sigma), 1.5, Qt::DashLine));
        contour->removeFromLegend();
        contour->setVisible(false);
        priorContours_.push_back(contour);
    }
}

void LatentMarks::showDecodedPoint(QPointF z) {
    line_->setVisible(false);
    cross_->position->setCoords(z.x(), z.y());
    cross_->setVisible(true);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LatentMarks::showInterpolation(QPointF from, QPointF to) {
    line_->start->setCoords(from.x(), from.y());
    line_->end->setCoords(to.x(), to.y());
    line_->setVisible(true);
    cross_->position->setCoords(to.x(), to.y());
    cross_->setVisible(true);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LatentMarks::hideExplorer() {
    if (!line_->visible() && !cross_->visible()) return;
    line_->setVisible(false);
    cross_->setVisible(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LatentMarks::showMarkedPoint(QPointF planePoint, const Vector& code, const QString& name, const LatentPlane& plane) {
    markedPlanePoint_ = planePoint;
    markedCode_ = code;
    marked_->setName(name);
    marked_->setVisible(true);
    placeMarkedPoint(plane);
}

void LatentMarks::hideMarkedPoint() {
    if (!marked_->visible()) return;
    marked_->setVisible(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool LatentMarks::markedPointShown() const { return marked_->visible() && !marked_->data()->isEmpty(); }

QPointF LatentMarks::markedPoint() const {
    if (marked_->data()->isEmpty()) return {};
    const auto& p = *marked_->data()->constBegin();
    return {p.key, p.value};
}

void LatentMarks::placeMarkedPoint(const LatentPlane& plane) {
    QPointF at = markedPlanePoint_;
    if (plane.axes == LatentPlane::Axes::Units && markedCode_.size() > std::max(plane.unitX, plane.unitY))
        at = QPointF(markedCode_(plane.unitX), markedCode_(plane.unitY));
    marked_->setData(QVector<double>{0}, QVector<double>{at.x()}, QVector<double>{at.y()});
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LatentMarks::showPriorContours(bool shown) {
    for (QCPCurve* c : priorContours_) c->setVisible(shown);
}

bool LatentMarks::priorContoursShown() const { return priorContours_.front()->visible(); }

int LatentMarks::highlightPointCount(int mark) const {
    if (mark < 0 || mark >= static_cast<int>(highlightGraphs_.size())) return 0;
    return highlightGraphs_[static_cast<std::size_t>(mark)]->data()->size();
}

// Open markers in black and dark grey over the coloured discs, distinct by shape so they read in
// either colouring: a large ring for the selected point, squares for its input neighbours,
// diamonds for its code neighbours (a point in both gets both), triangles for training images.
void LatentMarks::drawHighlight(const Matrix& latent, const LatentPlane& plane) {
    if (highlightGraphs_.empty()) {
        const struct {
            const char* name;  // the Latent view's words (its translation context)
            QCPScatterStyle::ScatterShape shape;
            QColor colour;
            double size;
        } marks[] = {{QT_TRANSLATE_NOOP("ae::LatentView", "selected"), QCPScatterStyle::ssCircle, QColor(0, 0, 0), 15},
                     {QT_TRANSLATE_NOOP("ae::LatentView", "input neighbours"), QCPScatterStyle::ssSquare, QColor(0, 0, 0), 10},
                     {QT_TRANSLATE_NOOP("ae::LatentView", "code neighbours"), QCPScatterStyle::ssDiamond, QColor(230, 0, 120), 12},
                     {QT_TRANSLATE_NOOP("ae::LatentView", "nearest training"), QCPScatterStyle::ssTriangle, QColor(90, 60, 0), 11}};
        for (const auto& m : marks) {
            QCPGraph* g = plot_->addGraph();
            g->removeFromLegend();
            g->setName(QCoreApplication::translate("ae::LatentView", m.name));
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(m.shape, QPen(m.colour, 2), Qt::NoBrush, m.size));
            g->setPen(QPen(m.colour, 2));
            highlightGraphs_.push_back(g);
        }
    }
    QVector<double> xs[4], ys[4];
    const auto addProbe = [&](int slot, int row) {
        if (row < 0 || row >= latent.rows()) return;
        xs[slot] << latent(row, 0);
        ys[slot] << latent(row, 1);
    };
    const bool shown = !highlight_.empty() && highlight_.probe < latent.rows();
    if (shown) {
        addProbe(0, highlight_.probe);
        for (const int row : highlight_.input) addProbe(1, row);
        for (const int row : highlight_.code) addProbe(2, row);
        // Training images in the plane drawn: two units of their codes, or the snapshot's plane.
        const bool units =
            plane.axes == LatentPlane::Axes::Units && highlight_.trainCodes.cols() > std::max(plane.unitX, plane.unitY);
        const Matrix& train = highlight_.trainLatent;
        for (Eigen::Index i = 0; i < highlight_.trainCodes.rows() && (units || i < train.rows()); ++i) {
            xs[3] << (units ? highlight_.trainCodes(i, plane.unitX) : train(i, 0));
            ys[3] << (units ? highlight_.trainCodes(i, plane.unitY) : train(i, 1));
        }
    }
    for (int m = 0; m < 4; ++m) {
        QCPGraph* g = highlightGraphs_[static_cast<std::size_t>(m)];
        g->setData(xs[m], ys[m]);
        // The legend names only the marks there are.
        if (xs[m].isEmpty()) g->removeFromLegend(markLegend_);
        else if (!markLegend_->hasItemWithPlottable(g)) g->addToLegend(markLegend_);
    }
    markLegend_->setVisible(shown);
}

void LatentMarks::clear() {
    highlight_ = NeighbourHighlight();
    marked_->setVisible(false);
    showPriorContours(false);
}

} // namespace ae
