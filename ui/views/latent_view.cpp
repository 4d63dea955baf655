#include "ui/views/latent_view.h"

#include "ui/views/common/plot_export.h"
#include "ui/views/latent_marks.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {
namespace {

// Matplotlib's tab10: ten colours that stay distinguishable, also for most colour-blind eyes.
const QColor kTab10[] = {{31, 119, 180},  {255, 127, 14}, {44, 160, 44},   {214, 39, 40},   {148, 103, 189},
                         {140, 86, 75},   {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};

// Bands of the per-point colouring: enough that neighbouring values look alike, few enough
// to be cheap graphs.
constexpr int kValueBands = 16;

// Red (a torn neighbourhood) through pale to blue (a kept one): the bad points stand out.
QCPColorGradient distortionGradient() {
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(103, 0, 31));
    g.setColorStopAt(0.3, QColor(214, 96, 77));
    g.setColorStopAt(0.6, QColor(253, 219, 199));
    g.setColorStopAt(0.8, QColor(146, 197, 222));
    g.setColorStopAt(1.0, QColor(33, 102, 172));
    return g;
}

QColor classColour(int label) {
    const QColor base = kTab10[label % 10];
    // Past ten classes, repeat the palette darker rather than inventing clashing hues.
    return label < 10 ? base : base.darker(100 + 40 * (label / 10));
}

// Keeps `current` unless the data [lo, hi] leaves it (then grow past the data by a margin,
// so the next small move does not grow it again) or fills less than 40% of it (then fit the
// data again). This hysteresis is what keeps the picture still between snapshots.
QCPRange stableRange(const QCPRange& current, double lo, double hi, bool force) {
    double span = hi - lo;
    if (!(span > 0))
        span = std::max(std::abs(lo), 1.0) * 0.1;
    const QCPRange fitted(lo - 0.08 * span, hi + 0.08 * span);
    if (force)
        return fitted;
    if (lo < current.lower || hi > current.upper)  // grow only the side that was crossed
        return QCPRange(lo < current.lower ? lo - 0.15 * span : current.lower,
                        hi > current.upper ? hi + 0.15 * span : current.upper);
    if (span < 0.4 * current.size())
        return fitted;
    return current;
}

} // namespace

LatentView::LatentView(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(200, 180);
    plot_->setInteractions(QCP::iRangeZoom);
    plot_->xAxis->setLabel(QStringLiteral("z0"));
    plot_->yAxis->setLabel(QStringLiteral("z1"));

    // The legend sits right of the plot so it never hides points; spacers above and below
    // keep it at its natural height.
    plot_->legend->setVisible(true);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setSelectableParts(QCPLegend::spNone);
    // A narrow dock (the legend takes its share) must not crowd the x labels into one another:
    // about one tick per 70 pixels of axis.
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
        plot_->xAxis->ticker()->setTickCount(std::clamp(plot_->axisRect()->width() / 70, 2, 5));
    });
    auto* side = new QCPLayoutGrid;
    side_ = side;
    plot_->plotLayout()->addElement(0, 1, side);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, new QCPLayoutElement(plot_));
    side->addElement(1, 0, plot_->legend);
    side->addElement(2, 0, new QCPLayoutElement(plot_));
    side->setRowStretchFactor(0, 1);
    side->setRowStretchFactor(1, 0.001);
    side->setRowStretchFactor(2, 1);
    marks_ = std::make_unique<LatentMarks>(plot_);
    // The colour scale takes the legend's place when points are coloured by a value; it lives
    // outside the layout otherwise.
    colourScale_ = new QCPColorScale(plot_);
    colourScale_->setVisible(false);
    colourScale_->setType(QCPAxis::atRight);
    colourScale_->setBarWidth(8);
    colourScale_->setGradient(distortionGradient());
    colourScale_->axis()->ticker()->setTickCount(4);

    // Codes wider than 2 can be drawn as PCA of the codes or as any two units; the row only
    // shows for such codes.
    axesRow_ = new QWidget(this);
    auto* axesLayout = new QGridLayout(axesRow_);
    axesLayout->setContentsMargins(4, 2, 4, 0);
    axesLayout->setVerticalSpacing(2);
    axesLabel_ = new QLabel(axesRow_);
    axesLayout->addWidget(axesLabel_, 0, 0);
    axesBox_ = new QComboBox(axesRow_);
    // Worded in retranslateUi(), which keeps the choice: the items stay, only their texts change.
    axesBox_->addItem(QString());
    axesBox_->addItem(QString());
    axesLayout->addWidget(axesBox_, 0, 1);
    // The unit choosers get a line of their own, shown only for "Two units": beside the list
    // they made the dock too wide for a 1200-pixel screen.
    unitsRow_ = new QWidget(axesRow_);
    auto* unitsLayout = new QHBoxLayout(unitsRow_);
    unitsLayout->setContentsMargins(0, 0, 0, 0);
    unitX_ = new QSpinBox(unitsRow_);
    unitY_ = new QSpinBox(unitsRow_);
    unitY_->setValue(1);
    unitsLayout->addWidget(unitX_);
    unitsLayout->addWidget(unitY_);
    unitsLayout->addStretch(1);
    unitsRow_->setVisible(false);
    axesLayout->addWidget(unitsRow_, 1, 1);
    axesLayout->setColumnStretch(2, 1);
    axesRow_->setVisible(false);
    connect(axesBox_, &QComboBox::currentIndexChanged, this, &LatentView::onAxesChanged);
    connect(unitX_, &QSpinBox::valueChanged, this, &LatentView::onAxesChanged);
    connect(unitY_, &QSpinBox::valueChanged, this, &LatentView::onAxesChanged);

    auto* colourRow = new QWidget(this);
    auto* colourLayout = new QHBoxLayout(colourRow);
    colourLayout->setContentsMargins(4, 2, 4, 0);
    colourLabel_ = new QLabel(colourRow);
    colourLayout->addWidget(colourLabel_);
    colourBox_ = new QComboBox(colourRow);
    colourBox_->addItem(QString());
    colourBox_->addItem(QString());
    colourBox_->addItem(QString());
    colourLayout->addWidget(colourBox_);
    colourLayout->addStretch(1);
    connect(colourBox_, &QComboBox::currentIndexChanged, this, [this] {
        chooseValues();
        dirty_ = true;
        flush();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The axes row keeps its natural height; the plot takes all the rest.
    axesRow_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    colourRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(colourRow);
    layout->addWidget(axesRow_);
    layout->addWidget(plot_, 1);

    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { emit visibleAreaChanged(visibleArea()); });
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { emit visibleAreaChanged(visibleArea()); });

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(50);
    connect(&replotTimer_, &QTimer::timeout, this, &LatentView::rebuild);

    // Clicking a legend entry hides or shows that class, to see one digit's cloud alone.
    connect(plot_, &QCustomPlot::legendClick, this, [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
        if (!entry)
            return;
        QCPAbstractPlottable* graph = entry->plottable();
        graph->setVisible(!graph->visible());
        entry->setTextColor(graph->visible() ? Qt::black : Qt::gray);
        plot_->replot();
    });
    connect(plot_, &QCustomPlot::mouseWheel, this, [this] { followData_ = false; });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] { resetRange(); });
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton || !plot_->axisRect()->rect().contains(event->pos()))
            return;
        dragging_ = true;
        emit latentPointPressed(toLatent(event->position()));
        if (const int index = probeIndexAt(event->position()); index >= 0) emit probePointClicked(index);
    });
    connect(plot_, &QCustomPlot::mouseMove, this, &LatentView::onMouseMove);
    connect(plot_, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton || !dragging_)
            return;
        dragging_ = false;
        emit latentPointReleased(toLatent(event->position()));
    });

    installExportMenu(this, [this](QMenu& menu) {
        if (!followData_)
            menu.addAction(tr("Fit the points again"), this, &LatentView::resetRange);
    });
    retranslateUi();
}

void LatentView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The choosers (setItemText keeps what is chosen), then the legend, the colour scale and the
// neighbour marks' names drawn again from the last snapshot.
void LatentView::retranslateUi() {
    axesLabel_->setText(tr("Axes:"));
    axesBox_->setItemText(0, tr("PCA of the codes"));
    axesBox_->setItemText(1, tr("Two units"));
    axesBox_->setToolTip(tr("How a code wider than 2 is drawn: its first two principal components over the probe "
                            "set, or two chosen units (the other units then stay at their mean when decoding)"));
    unitX_->setPrefix(tr("x: z"));
    unitY_->setPrefix(tr("y: z"));
    colourLabel_->setText(tr("Colour:"));
    colourBox_->setItemText(0, tr("class"));
    colourBox_->setItemText(1, tr("trustworthiness"));
    colourBox_->setItemText(2, tr("continuity"));
    colourBox_->setToolTip(tr("Colour each probe point by its class, or by how well its 10 nearest neighbours "
                              "survive in the code. Trustworthiness: low when points near it in the code are far "
                              "in the input (false neighbours). Continuity: low when its input neighbours are torn "
                              "away. 1 is perfect; the mean over the points is the figure in Distance distortion."));
    if (unlabelledGraph_) unlabelledGraph_->setName(tr("unlabelled"));
    if (latent_.rows() > 0) {
        dirty_ = true;
        flush();
    }
}

LatentView::~LatentView() = default;

int LatentView::classGraphCount() const { return static_cast<int>(graphs_.size()); }

LatentView::Colouring LatentView::colouring() const { return static_cast<Colouring>(colourBox_->currentIndex()); }

void LatentView::setColouring(Colouring c) { colourBox_->setCurrentIndex(static_cast<int>(c)); }

int LatentView::valuePointCount() const {
    int n = 0;
    for (const QCPGraph* g : valueGraphs_) n += g->data()->size();
    return n;
}

void LatentView::chooseValues() {
    switch (colouring()) {
    case Colouring::Class: values_.clear(); break;
    case Colouring::Trustworthiness: values_ = points_.trustworthiness; break;
    case Colouring::Continuity: values_ = points_.continuity; break;
    }
}

void LatentView::showLegendOrScale(bool scale) {
    QCPLayoutElement* want = scale ? static_cast<QCPLayoutElement*>(colourScale_) : plot_->legend;
    QCPLayoutElement* other = scale ? static_cast<QCPLayoutElement*>(plot_->legend) : colourScale_;
    if (side_->element(1, 0) == want) return;
    side_->take(other);
    other->setVisible(false);
    side_->addElement(1, 0, want);
    want->setVisible(true);
    // The legend keeps its natural height between two spacers; the scale takes the height.
    side_->setRowStretchFactor(0, scale ? 0.001 : 1);
    side_->setRowStretchFactor(1, scale ? 1 : 0.001);
    side_->setRowStretchFactor(2, scale ? 0.001 : 1);
}

int LatentView::pointCount(int label) const {
    if (label < 0)
        return unlabelledGraph_ ? unlabelledGraph_->data()->size() : 0;
    return label < classGraphCount() ? graphs_[label]->data()->size() : 0;
}

QString LatentView::className(int label) const {
    if (label >= 0 && label < classNames_.size() && !classNames_[label].isEmpty())
        return classNames_[label];
    return tr("class %1").arg(label);
}

QCPRange LatentView::xRange() const { return plot_->xAxis->range(); }
QCPRange LatentView::yRange() const { return plot_->yAxis->range(); }

QPointF LatentView::toLatent(QPointF pixel) const {
    return {plot_->xAxis->pixelToCoord(pixel.x()), plot_->yAxis->pixelToCoord(pixel.y())};
}

int LatentView::probeIndexAt(QPointF pixel, double radius) const {
    int best = -1;
    double bestD2 = radius * radius;
    for (int i = 0; i < latent_.rows(); ++i) {
        const int label = i < static_cast<int>(labels_.size()) ? labels_[i] : -1;
        const QCPGraph* g = label >= 0 && label < classGraphCount() ? graphs_[label] : unlabelledGraph_;
        // Coloured by value, every point is drawn whatever classes the legend hid.
        if (values_.empty() && (!g || !g->visible()))
            continue;
        const double dx = plot_->xAxis->coordToPixel(latent_(i, 0)) - pixel.x();
        const double dy = plot_->yAxis->coordToPixel(latent_(i, 1)) - pixel.y();
        if (dx * dx + dy * dy <= bestD2) {
            bestD2 = dx * dx + dy * dy;
            best = i;
        }
    }
    return best;
}

void LatentView::onMouseMove(QMouseEvent* event) {
    if (dragging_) {
        emit latentPointDragged(toLatent(event->position()));
        return;
    }
    const int index = probeIndexAt(event->position());
    if (index != hovered_) {
        hovered_ = index;
        emit probePointHovered(index);
    }
}

void LatentView::resetRange() {
    followData_ = true;
    updateRange(true);
    plot_->replot();
}

void LatentView::flush() {
    replotTimer_.stop();
    rebuild();
}

void LatentView::showSnapshot(const ModelSnapshot& snapshot) {
    if (snapshot.latent2d.cols() == 2) {
        snapshotLatent_ = snapshot.latent2d;
        labels_ = snapshot.latentLabels;
    } else {
        snapshotLatent_ = Matrix();
        labels_.clear();
    }
    codes_ = snapshot.codes;
    points_ = snapshot.points;
    chooseValues();
    classNames_ = snapshot.classNames;
    variational_ = snapshot.config.variational;
    xLabel_ = snapshot.latentXLabel;
    yLabel_ = snapshot.latentYLabel;
    if (codeSize_ != snapshot.codeSize) {
        codeSize_ = snapshot.codeSize;
        const QSignalBlocker bx(unitX_), by(unitY_);
        unitX_->setRange(0, std::max(0, codeSize_ - 1));
        unitY_->setRange(0, std::max(0, codeSize_ - 1));
        if (unitY_->value() == unitX_->value() && codeSize_ > 1) unitY_->setValue(unitX_->value() == 0 ? 1 : 0);
        axesRow_->setVisible(codeSize_ > 2);
        emit planeChanged(plane());
    }
    projectPoints();
    marks_->showPriorContours(variational_ && codeSize_ == 2);
    dirty_ = true;
    if (!replotTimer_.isActive())
        replotTimer_.start();
}

LatentPlane LatentView::plane() const {
    LatentPlane p;
    if (codeSize_ <= 2) return p;
    p.axes = axesBox_->currentIndex() == 1 ? LatentPlane::Axes::Units : LatentPlane::Axes::Pca;
    p.unitX = unitX_->value();
    p.unitY = unitY_->value();
    return p;
}

void LatentView::setPlane(const LatentPlane& plane) {
    const QSignalBlocker b(axesBox_), bx(unitX_), by(unitY_);
    axesBox_->setCurrentIndex(plane.axes == LatentPlane::Axes::Units ? 1 : 0);
    unitX_->setValue(plane.unitX);
    unitY_->setValue(plane.unitY);
    onAxesChanged();
}

void LatentView::onAxesChanged() {
    unitsRow_->setVisible(axesBox_->currentIndex() == 1);
    projectPoints();
    hideMarks();
    marks_->placeMarkedPoint(plane());
    hasRange_ = false;  // another plane: fit its points
    followData_ = true;
    dirty_ = true;
    flush();
    emit planeChanged(plane());
}

// The drawn points: the snapshot's own 2-D picture, or two columns of the full codes.
void LatentView::projectPoints() {
    const LatentPlane p = plane();
    if (p.axes == LatentPlane::Axes::Units && codes_.cols() > std::max(p.unitX, p.unitY)) {
        latent_.resize(codes_.rows(), 2);
        latent_.col(0) = codes_.col(p.unitX);
        latent_.col(1) = codes_.col(p.unitY);
        planeXLabel_ = QStringLiteral("z%1").arg(p.unitX);
        planeYLabel_ = QStringLiteral("z%1").arg(p.unitY);
    } else {
        latent_ = snapshotLatent_;
        planeXLabel_ = xLabel_;
        planeYLabel_ = yLabel_;
    }
}

QRectF LatentView::visibleArea() const {
    const QCPRange x = plot_->xAxis->range(), y = plot_->yAxis->range();
    return QRectF(QPointF(x.lower, y.lower), QPointF(x.upper, y.upper));
}

void LatentView::showDecodedPoint(QPointF z) { marks_->showDecodedPoint(z); }
void LatentView::showInterpolation(QPointF from, QPointF to) { marks_->showInterpolation(from, to); }
void LatentView::hideMarks() { marks_->hideExplorer(); }

void LatentView::showMarkedPoint(QPointF planePoint, const Vector& code, const QString& name) {
    marks_->showMarkedPoint(planePoint, code, name, plane());
}

void LatentView::hideMarkedPoint() { marks_->hideMarkedPoint(); }
bool LatentView::markedPointShown() const { return marks_->markedPointShown(); }
QPointF LatentView::markedPoint() const { return marks_->markedPoint(); }
bool LatentView::priorContoursShown() const { return marks_->priorContoursShown(); }
const NeighbourHighlight& LatentView::highlight() const { return marks_->highlight(); }
int LatentView::highlightPointCount(int mark) const { return marks_->highlightPointCount(mark); }

void LatentView::showHighlight(const NeighbourHighlight& highlight) {
    marks_->setHighlight(highlight);
    dirty_ = true;
    flush();
}

void LatentView::clear() {
    marks_->clear();
    snapshotLatent_ = Matrix();
    codes_ = Matrix();
    latent_ = Matrix();
    labels_.clear();
    points_ = PointDistortion();
    values_.clear();
    variational_ = false;
    hasRange_ = false;
    followData_ = true;
    dirty_ = true;
    flush();
}

void LatentView::ensureGraphs(int classes, bool unlabelled) {
    const bool sameNames = [&] {
        for (int i = 0; i < classGraphCount(); ++i)
            if (graphs_[i]->name() != className(i))
                return false;
        return true;
    }();
    if (classGraphCount() == classes && (unlabelledGraph_ != nullptr) == unlabelled && sameNames)
        return;
    plot_->clearGraphs();
    graphs_.clear();
    valueGraphs_.clear();  // made again, after the class graphs, so they are drawn above them
    marks_->graphsCleared();  // and the marks after those
    unlabelledGraph_ = nullptr;
    auto add = [this](const QString& name, QColor colour) {
        QCPGraph* g = plot_->addGraph();
        g->setName(name);
        g->setLineStyle(QCPGraph::lsNone);
        colour.setAlpha(190);  // overlapping clouds stay readable
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
        g->setPen(QPen(colour));
        return g;
    };
    for (int label = 0; label < classes; ++label)
        graphs_.push_back(add(className(label), classColour(label)));
    if (unlabelled)
        unlabelledGraph_ = add(tr("unlabelled"), QColor(60, 60, 60));
}

void LatentView::rebuild() {
    if (!dirty_)
        return;
    dirty_ = false;
    const int n = static_cast<int>(latent_.rows());
    int classes = static_cast<int>(classNames_.size());
    bool unlabelled = false;
    for (int i = 0; i < n; ++i) {
        const int label = i < static_cast<int>(labels_.size()) ? labels_[i] : -1;
        if (label < 0)
            unlabelled = true;
        else
            classes = std::max(classes, label + 1);
    }
    ensureGraphs(classes, unlabelled);

    const bool byValue = !values_.empty() && static_cast<int>(values_.size()) == n;
    std::vector<QVector<double>> xs(classes + 1), ys(classes + 1);  // the last: unlabelled
    for (int i = 0; i < n && !byValue; ++i) {
        const int label = i < static_cast<int>(labels_.size()) ? labels_[i] : -1;
        const int slot = label < 0 ? classes : label;
        xs[slot] << latent_(i, 0);
        ys[slot] << latent_(i, 1);
    }
    for (int label = 0; label < classes; ++label)
        graphs_[label]->setData(xs[label], ys[label]);
    if (unlabelledGraph_)
        unlabelledGraph_->setData(xs[classes], ys[classes]);
    fillValueGraphs(byValue);
    marks_->drawHighlight(latent_, plane());

    plot_->xAxis->setLabel(planeXLabel_.isEmpty() ? QStringLiteral("z0") : planeXLabel_);
    plot_->yAxis->setLabel(planeYLabel_.isEmpty() ? QStringLiteral("z1") : planeYLabel_);
    updateRange(!hasRange_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// The per-point colouring: one graph per band of values on a scale from the worst point
// (rounded down to a tenth) to 1, so a perfect point always has the same colour.
void LatentView::fillValueGraphs(bool byValue) {
    showLegendOrScale(byValue);
    if (valueGraphs_.empty()) {
        // The worst band last: drawn on top, where a torn neighbourhood is seen first.
        valueGraphs_.resize(kValueBands);
        for (int b = kValueBands - 1; b >= 0; --b) {
            QCPGraph* g = plot_->addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            g->removeFromLegend();
            valueGraphs_[b] = g;
        }
    }
    std::vector<QVector<double>> xs(kValueBands), ys(kValueBands);
    double lo = 1;
    if (byValue) {
        for (double v : values_)
            if (std::isfinite(v)) lo = std::min(lo, v);
        lo = std::min(0.9, std::floor(lo * 10) / 10);
        for (int i = 0; i < static_cast<int>(values_.size()); ++i) {
            if (!std::isfinite(values_[i])) continue;
            const int b = std::clamp(static_cast<int>((values_[i] - lo) / (1 - lo) * kValueBands), 0, kValueBands - 1);
            xs[b] << latent_(i, 0);
            ys[b] << latent_(i, 1);
        }
        const QCPRange range(lo, 1);
        colourScale_->setDataRange(range);
        colourScale_->axis()->setLabel(colouring() == Colouring::Trustworthiness ? tr("trustworthiness per point")
                                                                                : tr("continuity per point"));
        QCPColorGradient gradient = distortionGradient();  // color() caches its lookup table
        for (int b = 0; b < kValueBands; ++b) {
            const double mid = lo + (b + 0.5) * (1 - lo) / kValueBands;
            const QColor colour = QColor::fromRgb(gradient.color(mid, range));
            valueGraphs_[b]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
        }
    }
    for (int b = 0; b < kValueBands; ++b) valueGraphs_[b]->setData(xs[b], ys[b]);
}

void LatentView::updateRange(bool force) {
    if (!followData_ && !force)
        return;
    double lo[2] = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    double hi[2] = {-lo[0], -lo[1]};
    for (int i = 0; i < latent_.rows(); ++i)
        for (int a = 0; a < 2; ++a) {
            const double v = latent_(i, a);
            if (std::isfinite(v)) {
                lo[a] = std::min(lo[a], v);
                hi[a] = std::max(hi[a], v);
            }
        }
    if (!(lo[0] <= hi[0]) || !(lo[1] <= hi[1]))
        return;  // no finite point: keep whatever range there is
    plot_->xAxis->setRange(stableRange(plot_->xAxis->range(), lo[0], hi[0], force));
    plot_->yAxis->setRange(stableRange(plot_->yAxis->range(), lo[1], hi[1], force));
    hasRange_ = true;
}

} // namespace ae
