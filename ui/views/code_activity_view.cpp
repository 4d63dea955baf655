#include "ui/views/code_activity_view.h"

#include "core/train/code_atoms.h"
#include "ui/views/common/image_grid.h"
#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ae {
namespace {

const QColor kActive(31, 119, 180);
const QColor kSilent(214, 39, 40);

QCustomPlot* smallPlot(QWidget* parent, const QString& x, const QString& y) {
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumSize(180, 150);
    plot->xAxis->setLabel(x);
    plot->yAxis->setLabel(y);
    plot->xAxis->ticker()->setTickCount(4);
    return plot;
}

// A small, see-through legend: the three plots share a narrow dock.
void showLegend(QCustomPlot* plot) {
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(QColor(255, 255, 255, 200));
}

QCPItemStraightLine* guide(QCustomPlot* plot, const QColor& colour) {
    auto* line = new QCPItemStraightLine(plot);
    line->setPen(QPen(colour, 1.5, Qt::DashLine));
    line->setVisible(false);
    return line;
}

} // namespace

CodeActivityView::CodeActivityView(QWidget* parent) : QWidget(parent) {
    headline_ = new QLabel(this);
    headline_->setWordWrap(true);
    headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warning_ = new QLabel(this);
    warning_->setWordWrap(true);
    warning_->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    warning_->setVisible(false);
    sort_ = new QCheckBox(this);
    sort_->setChecked(true);
    connect(sort_, &QCheckBox::toggled, this, [this] {
        dirty_ = true;
        rebuild();
    });

    units_ = smallPlot(this, {}, {});
    unitBars_ = new QCPBars(units_->xAxis, units_->yAxis);
    unitBars_->setPen(Qt::NoPen);
    unitBars_->setBrush(kActive);
    unitBars_->setWidthType(QCPBars::wtPlotCoords);
    unitBars_->setWidth(0.8);
    deadMarks_ = units_->addGraph();
    deadMarks_->setLineStyle(QCPGraph::lsNone);
    deadMarks_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, kSilent, 7));
    target_ = guide(units_, QColor(44, 160, 44));
    showLegend(units_);

    histogram_ = smallPlot(this, {}, {});
    histogram_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    histogram_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    valueBars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    valueBars_->setPen(Qt::NoPen);
    valueBars_->setBrush(kActive);
    valueBars_->setWidthType(QCPBars::wtPlotCoords);
    silentBars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    silentBars_->setPen(Qt::NoPen);
    silentBars_->setBrush(kSilent);
    silentBars_->setWidthType(QCPBars::wtPlotCoords);
    epsilonLow_ = guide(histogram_, kSilent);
    epsilonHigh_ = guide(histogram_, kSilent);
    showLegend(histogram_);

    history_ = smallPlot(this, {}, {});
    history_->yAxis->setRange(0, 1.02);
    activeCurve_ = history_->addGraph();
    activeCurve_->setPen(QPen(kActive, 2));
    activeCurve_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    deadCurve_ = history_->addGraph();
    deadCurve_->setPen(QPen(kSilent, 2));
    deadCurve_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    showLegend(history_);

    // A click on a bar chooses its unit.
    units_->setInteractions(QCP::iSelectPlottables);
    unitBars_->setSelectable(QCP::stSingleData);
    connect(units_, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* plottable, int index, QMouseEvent*) {
        if (plottable == unitBars_) selectUnitAt(index);
    });

    heatmap_ = new QCustomPlot(this);
    heatmap_->setMinimumSize(180, 150);
    heatmap_->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    heatmap_->yAxis->grid()->setVisible(false);
    heatmap_->xAxis->grid()->setVisible(false);
    heatmapMap_ = new QCPColorMap(heatmap_->xAxis, heatmap_->yAxis);
    heatmapMap_->setInterpolate(false);
    auto* scale = new QCPColorScale(heatmap_);
    heatmap_->plotLayout()->addElement(0, 1, scale);
    heatmapScale_ = scale;
    heatmapMap_->setColorScale(scale);
    auto* margins = new QCPMarginGroup(heatmap_);
    heatmap_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    heatmapMark_ = new QCPItemRect(heatmap_);
    heatmapMark_->setPen(QPen(QColor(44, 160, 44), 2));
    heatmapMark_->setVisible(false);
    connect(heatmap_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton || !heatmap_->axisRect()->rect().contains(event->pos())) return;
        const double x = heatmap_->xAxis->pixelToCoord(event->position().x());
        selectUnitAt(static_cast<int>(std::lround(x)));
    });

    auto* overview = new QWidget(this);
    auto* plots = new QHBoxLayout(overview);
    plots->setContentsMargins(0, 0, 0, 0);
    plots->addWidget(units_, 1);
    plots->addWidget(histogram_, 1);
    plots->addWidget(history_, 1);
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tabs_->addTab(overview, QString());
    tabs_->addTab(heatmap_, QString());

    unitChoice_ = new QSpinBox(this);
    unitChoice_->setRange(0, 0);
    unitChoice_->setEnabled(false);
    connect(unitChoice_, &QSpinBox::valueChanged, this, [this] {
        drawUnit();
        drawHeatmapMark();
    });
    unitText_ = new QLabel(this);
    unitText_->setWordWrap(true);
    unitText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    unitGrid_ = new ImageGrid(this);
    unitGrid_->setMinimumHeight(60);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(sort_);
    controls->addStretch(1);
    unitLabel_ = new QLabel(this);
    controls->addWidget(unitLabel_);
    controls->addWidget(unitChoice_);
    auto* unitPanel = new QWidget(this);
    auto* unitLayout = new QHBoxLayout(unitPanel);
    unitLayout->setContentsMargins(0, 0, 0, 0);
    unitLayout->addWidget(unitText_, 2);
    unitLayout->addWidget(unitGrid_, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(tabs_);
    split->addWidget(unitPanel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(headline_);
    layout->addWidget(warning_);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(80);
    connect(&replotTimer_, &QTimer::timeout, this, &CodeActivityView::rebuild);
    installExportMenu(this);
    retranslateUi();
}

void CodeActivityView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The fixed texts, then the snapshot's (the headline, the unit's text and images) by rebuild().
void CodeActivityView::retranslateUi() {
    headline_->setToolTip(tr("Active: the share of code values with |z| > ε over the probe set. Dead: units silent "
                             "(|z| ≤ ε) on every probe image. Sparsity is Hoyer's measure of |z|, from 0 (every value "
                             "equal) to 1 (one value non-zero): lifetime over each unit's values across images, "
                             "population over each image's code, both averaged."));
    sort_->setText(tr("Sort units by activation"));
    units_->yAxis->setLabel(tr("mean activation ρ̂"));
    unitBars_->setName(tr("mean activation"));
    deadMarks_->setName(tr("dead unit"));
    histogram_->xAxis->setLabel(tr("code value z"));
    histogram_->yAxis->setLabel(tr("values (log scale)"));
    valueBars_->setName(tr("values"));
    silentBars_->setName(tr("bins within ε of 0"));
    history_->xAxis->setLabel(tr("epoch"));
    history_->yAxis->setLabel(tr("fraction"));
    activeCurve_->setName(tr("active values"));
    deadCurve_->setName(tr("dead units"));
    heatmap_->xAxis->setLabel(tr("unit (in the bars' order)"));
    heatmap_->yAxis->setLabel(tr("class"));  // short: the map is often a hand high
    heatmapScale_->setLabel(tr("z"));
    heatmap_->setToolTip(tr("Each row is a probe image, each column a unit; rows are grouped by class (lines between "
                            "classes), so a class's band shows which units its images use. Click a column to choose "
                            "its unit."));
    tabs_->setTabText(0, tr("Units and values"));
    tabs_->setTabText(1, tr("Code heat map"));
    unitChoice_->setToolTip(tr("The unit whose decoder atom and most active images are shown; a click on its bar or "
                               "heat-map column chooses it too."));
    unitText_->setToolTip(tr("The atom is decode(a·e_j) − decode(0): the image of a code whose only non-zero value is "
                             "unit j at level a (its value on the image that drives it hardest), less the image of the "
                             "all-zero code that every code shares. Red adds ink, blue takes it away. For a conv code "
                             "a unit is one channel at one position; for a VAE, one mean μ_j."));
    unitLabel_->setText(tr("Unit"));
    ImageGrid::Content none;
    none.placeholder = tr("Choose a unit to see what the decoder draws from it alone.");
    unitGrid_->setContent(none);
    dirty_ = true;
    rebuild();
    for (QCustomPlot* plot : {units_, histogram_, history_, heatmap_}) plot->replot(QCustomPlot::rpQueuedReplot);
}

QString CodeActivityView::headline() const { return headline_->text(); }
QString CodeActivityView::unitText() const { return unitText_->text(); }
int CodeActivityView::selectedUnit() const { return unitChoice_->isEnabled() ? unitChoice_->value() : -1; }

int CodeActivityView::classBoundaryCount() const {
    return static_cast<int>(std::count_if(boundaries_.begin(), boundaries_.end(), [](auto* line) { return line->visible(); }));
}

void CodeActivityView::selectUnitAt(int position) {
    if (position < 0 || position >= std::ssize(order_)) return;
    unitChoice_->setValue(order_[static_cast<std::size_t>(position)]);
}
QString CodeActivityView::warning() const { return warning_->isHidden() ? QString() : warning_->text(); }

void CodeActivityView::flush() {
    replotTimer_.stop();
    rebuild();
}

void CodeActivityView::showSnapshot(const ModelSnapshot& snapshot) {
    // An earlier epoch count means a new model (a reset, a loaded model): its curve starts over.
    if (!epochs_.empty() && snapshot.epoch < epochs_.back().epoch) {
        epochs_.clear();
        warned_ = false;
    }
    activity_ = snapshot.activity;
    codes_ = snapshot.codes;
    config_ = snapshot.config;
    labels_ = snapshot.latentLabels;
    classNames_ = snapshot.classNames;
    probe_ = snapshot.probeInputs;
    inputShape_ = snapshot.inputShape;
    decoder_.update(snapshot);
    epoch_ = snapshot.epoch;
    hasSnapshot_ = true;
    const double units = std::max(1, activity_.units);
    const EpochActivity point{snapshot.epoch, activity_.activeFraction, activity_.deadUnits / units};
    if (snapshot.epoch > 0) {
        if (!epochs_.empty() && epochs_.back().epoch == snapshot.epoch) epochs_.back() = point;
        else epochs_.push_back(point);
    }
    const bool dead = activity_.units > 0 && activity_.samples > 0 && activity_.deadUnits == activity_.units;
    if (dead && !warned_) {
        warned_ = true;
        emit codeDied(tr("The code is dead: no unit fires on the probe set, so the decoder sees a constant. Lower "
                         "the L1 or KL sparsity weight."));
    }
    dirty_ = true;
    if (!replotTimer_.isActive()) replotTimer_.start();
}

void CodeActivityView::clear() {
    replotTimer_.stop();
    activity_ = {};
    codes_ = Matrix();
    labels_.clear();
    probe_.reset();
    decoder_.reset();
    epochs_.clear();
    hasSnapshot_ = false;
    warned_ = false;
    epoch_ = 0;
    dirty_ = true;
    rebuild();
}

void CodeActivityView::rebuild() {
    if (!dirty_) return;
    dirty_ = false;
    const QLocale locale;
    const bool dead = hasSnapshot_ && activity_.units > 0 && activity_.samples > 0 && activity_.deadUnits == activity_.units;
    if (!hasSnapshot_) {
        headline_->setText(tr("No code yet: train a model to see how much of its code is in use."));
    } else {
        QString whatUnits;
        if (config_.variational) whatUnits = tr("units are the means μ");
        else if (config_.architecture == Architecture::Conv) whatUnits = tr("units are the code's channel × position values");
        else whatUnits = tr("units are the code's values");
        headline_->setText(tr("Active %1 % (|z| > %2) · mean |z| %3 · dead units %4 of %5 · sparsity (Hoyer): "
                              "lifetime %6, population %7 · %8 · epoch %9")
                               .arg(locale.toString(100 * activity_.activeFraction, 'f', 1))
                               .arg(activity_.epsilon, 0, 'g', 3)
                               .arg(locale.toString(activity_.meanAbs, 'g', 4))
                               .arg(activity_.deadUnits)
                               .arg(activity_.units)
                               .arg(locale.toString(activity_.lifetimeSparsity, 'f', 3))
                               .arg(locale.toString(activity_.populationSparsity, 'f', 3))
                               .arg(whatUnits)
                               .arg(epoch_));
        if (config_.klSparsityWeight > 0)
            headline_->setText(headline_->text() + tr(" · KL target ρ %1 (green dashed line)").arg(double(config_.klSparsityTarget), 0, 'g', 3));
    }
    warning_->setText(tr("Dead code: every unit is silent on every probe image; the reconstructions are the same "
                         "image whatever the input. Lower the L1 or KL sparsity weight."));
    warning_->setVisible(dead);
    drawUnits();
    drawHistogram();
    drawHistory();
    const int units = static_cast<int>(codes_.cols());
    unitChoice_->setEnabled(units > 0);
    {
        const QSignalBlocker quiet(unitChoice_);  // one drawUnit below, not one per change
        unitChoice_->setRange(0, std::max(0, units - 1));
    }
    drawHeatmap();
    drawUnit();
}

void CodeActivityView::drawUnits() {
    const std::vector<double>& mean = activity_.unitMeanActivation;
    std::vector<int> order(mean.size());
    std::iota(order.begin(), order.end(), 0);
    if (sort_->isChecked())
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return mean[a] > mean[b]; });
    QVector<double> keys, values, deadKeys, deadValues;
    // A unit is dead when its largest |z| is within ε: its column's values, not its mean, say so.
    order_ = order;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const int unit = order[k];
        keys << double(k);
        values << mean[unit];
        const bool silent = codes_.rows() > 0 && unit < codes_.cols() && codes_.col(unit).cwiseAbs().maxCoeff() <= activity_.epsilon;
        if (silent) {
            deadKeys << double(k);
            deadValues << 0.0;
        }
    }
    unitBars_->setData(keys, values, true);
    deadMarks_->setData(deadKeys, deadValues, true);
    units_->xAxis->setLabel(sort_->isChecked() ? tr("unit, by mean activation") : tr("unit"));
    const bool kl = config_.klSparsityWeight > 0;
    target_->setVisible(hasSnapshot_ && kl);
    if (kl) {
        target_->point1->setCoords(0, config_.klSparsityTarget);
        target_->point2->setCoords(1, config_.klSparsityTarget);
    }
    double lo = 0, hi = 1;
    if (!values.isEmpty()) {
        lo = std::min(0.0, *std::min_element(values.begin(), values.end()));
        hi = std::max({*std::max_element(values.begin(), values.end()), kl ? double(config_.klSparsityTarget) : 0.0, 1e-6});
    }
    units_->xAxis->setRange(-0.7, std::max<double>(1, keys.size()) - 0.3);
    units_->yAxis->setRange(lo - 0.05 * (hi - lo), hi + 0.08 * (hi - lo));
    units_->replot(QCustomPlot::rpQueuedReplot);
}

void CodeActivityView::drawHistogram() {
    QVector<double> keys, counts, silentKeys, silentCounts;
    double width = 1;
    if (codes_.size() > 0) {
        const Histogram h = histogram(codes_, kHistogramBins);
        width = h.binWidth();
        for (std::size_t b = 0; b < h.counts.size(); ++b) {
            const double left = h.lo + width * double(b), centre = left + width / 2;
            if (h.counts[b] == 0) continue;  // a log axis has no place for 0
            // The bins that reach into [−ε, ε] hold the silent values.
            const bool silent = left <= activity_.epsilon && left + width >= -activity_.epsilon;
            (silent ? silentKeys : keys) << centre;
            (silent ? silentCounts : counts) << double(h.counts[b]);
        }
        histogram_->xAxis->setRange(h.lo - width, h.hi + width);
        const double most = std::max(counts.isEmpty() ? 1.0 : *std::max_element(counts.begin(), counts.end()),
                                     silentCounts.isEmpty() ? 1.0 : *std::max_element(silentCounts.begin(), silentCounts.end()));
        histogram_->yAxis->setRange(0.8, most * 1.5);
    } else {
        histogram_->xAxis->setRange(-1, 1);
        histogram_->yAxis->setRange(0.8, 10);
    }
    valueBars_->setWidth(width * 0.9);
    silentBars_->setWidth(width * 0.9);
    valueBars_->setData(keys, counts, true);
    silentBars_->setData(silentKeys, silentCounts, true);
    for (auto [line, x] : {std::pair{epsilonLow_, -activity_.epsilon}, std::pair{epsilonHigh_, activity_.epsilon}}) {
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setVisible(hasSnapshot_);
    }
    histogram_->replot(QCustomPlot::rpQueuedReplot);
}

void CodeActivityView::drawHistory() {
    QVector<double> epochs, active, dead;
    for (const EpochActivity& e : epochs_) {
        epochs << e.epoch;
        active << e.activeFraction;
        dead << e.deadFraction;
    }
    activeCurve_->setData(epochs, active, true);
    deadCurve_->setData(epochs, dead, true);
    // From epoch 0, so one point (a fast run sends few snapshots) is not drawn on a ±0.5 axis.
    history_->xAxis->setRange(0, epochs.isEmpty() ? 1 : epochs.back() * 1.05 + 0.5);
    history_->replot(QCustomPlot::rpQueuedReplot);
}

void CodeActivityView::drawHeatmap() {
    QCPColorMapData* data = heatmapMap_->data();
    const Eigen::Index n = codes_.rows(), d = codes_.cols();
    heatmapRows_.clear();
    for (auto* line : boundaries_) line->setVisible(false);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(heatmap_->yAxis->ticker());
    ticker->clear();
    if (n == 0 || d == 0 || std::ssize(order_) != d) {
        data->clear();
        heatmapMap_->setVisible(false);
        heatmapMark_->setVisible(false);
        heatmap_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // Rows by class (unlabelled last), each class in probe order: stable, so a class's band
    // keeps the same images in the same places from one snapshot to the next.
    heatmapRows_.resize(static_cast<std::size_t>(n));
    std::iota(heatmapRows_.begin(), heatmapRows_.end(), 0);
    const auto label = [&](int row) {
        const int l = row < std::ssize(labels_) ? labels_[static_cast<std::size_t>(row)] : -1;
        return l < 0 ? std::numeric_limits<int>::max() : l;
    };
    std::stable_sort(heatmapRows_.begin(), heatmapRows_.end(), [&](int a, int b) { return label(a) < label(b); });

    data->setSize(static_cast<int>(d), static_cast<int>(n));
    data->setRange(QCPRange(0, double(d - 1)), QCPRange(0, double(n - 1)));
    float lo = 0, hi = 0;
    for (Eigen::Index y = 0; y < n; ++y) {
        const int row = heatmapRows_[static_cast<std::size_t>(y)];
        for (Eigen::Index x = 0; x < d; ++x) {
            const float z = codes_(row, order_[static_cast<std::size_t>(x)]);
            data->setCell(static_cast<int>(x), static_cast<int>(y), z);
            if (std::isfinite(z)) {
                lo = std::min(lo, z);
                hi = std::max(hi, z);
            }
        }
    }
    // A code with negative values (a VAE's μ, tanh) gets a diverging map around 0; a ReLU or
    // sigmoid code a sequential one from 0.
    QCPColorGradient gradient(lo < 0 ? QCPColorGradient::gpPolar : QCPColorGradient::gpThermal);
    heatmapMap_->setGradient(gradient);
    const double top = std::max({double(hi), double(-lo), 1e-6});
    heatmapMap_->setDataRange(lo < 0 ? QCPRange(-top, top) : QCPRange(0, top));
    heatmapMap_->setVisible(true);

    // A line where one class ends, and the class's name at the middle of its band.
    std::size_t line = 0;
    int start = 0;
    for (int y = 1; y <= n; ++y) {
        if (y < n && label(heatmapRows_[std::size_t(y)]) == label(heatmapRows_[std::size_t(start)])) continue;
        const int l = label(heatmapRows_[std::size_t(start)]);
        const QString name = l == std::numeric_limits<int>::max() ? tr("none")
                             : l < classNames_.size()             ? classNames_[l]
                                                                  : QString::number(l);
        ticker->addTick(0.5 * (start + y - 1), name);
        if (y < n) {
            if (line == boundaries_.size()) {
                auto* item = new QCPItemStraightLine(heatmap_);
                item->setPen(QPen(Qt::white, 1.5));
                boundaries_.push_back(item);
            }
            QCPItemStraightLine* boundary = boundaries_[line++];
            boundary->point1->setCoords(0, y - 0.5);
            boundary->point2->setCoords(1, y - 0.5);
            boundary->setVisible(true);
        }
        start = y;
    }
    heatmap_->xAxis->setRange(-0.5, double(d) - 0.5);
    heatmap_->yAxis->setRange(-0.5, double(n) - 0.5);
    drawHeatmapMark();
}

void CodeActivityView::drawHeatmapMark() {
    const int unit = selectedUnit();
    const auto at = std::find(order_.begin(), order_.end(), unit);
    const bool shown = heatmapMap_->visible() && at != order_.end();
    heatmapMark_->setVisible(shown);
    if (shown) {
        const double x = double(at - order_.begin());
        heatmapMark_->topLeft->setCoords(x - 0.5, double(codes_.rows()) - 0.5);
        heatmapMark_->bottomRight->setCoords(x + 0.5, -0.5);
    }
    heatmap_->replot(QCustomPlot::rpQueuedReplot);
}

void CodeActivityView::drawUnit() {
    atom_ = Vector();
    topRows_.clear();
    const int unit = selectedUnit();
    const bool images = isImageShape(inputShape_);
    if (unit < 0 || unit >= codes_.cols()) {
        unitText_->clear();
        unitGrid_->clearImages();
        return;
    }
    const QLocale locale;
    topRows_ = mostActiveRows(codes_, unit, kTopImages);
    atomAmplitude_ = ae::atomAmplitude(codes_, unit, activity_.epsilon);
    const bool silent = codes_.col(unit).cwiseAbs().maxCoeff() <= activity_.epsilon;
    if (decoder_.ready() && decoder_.codeSize() == codes_.cols()) {
        const Matrix atoms = decoder_.atoms({unit}, {atomAmplitude_});
        if (atoms.rows() == 1) atom_ = atoms.row(0).transpose();
    }
    QString where;
    const Shape code = decoder_.ready() ? decoder_.codeShape() : Shape{};
    if (config_.variational) {
        where = tr(" (mean μ%1)").arg(unit);
    } else if (code.h * code.w > 1 && code.size() == codes_.cols()) {
        // Channels first: unit = channel · (h·w) + row · w + column.
        const int plane = code.h * code.w;
        where = tr(" (channel %1, row %2, column %3)").arg(unit / plane).arg((unit % plane) / code.w).arg(unit % code.w);
    }
    // Short lines: the panel sits under the plots in a narrow dock; the tooltip says the rest.
    QString text = tr("Unit %1%2\natom = decode(a·e_%1) − decode(0), a = %3\nright: the %4 probe images with the "
                      "largest |z_%1|")
                       .arg(unit)
                       .arg(where)
                       .arg(locale.toString(atomAmplitude_, 'g', 3))
                       .arg(topRows_.size());
    if (silent) text += tr("\ndead: drawn at a = 1, a level it never reaches");
    if (atom_.size() == 0) text += tr("\nno atom: the decoder could not be rebuilt from this snapshot");
    unitText_->setText(text);
    if (!images) {
        ImageGrid::Content c;
        c.placeholder = notImagesText(inputShape_);
        unitGrid_->setContent(std::move(c));
        return;
    }
    ImageGrid::Content c;
    c.rows = 1;
    c.columns = 1 + static_cast<int>(topRows_.size());
    if (atom_.size() == inputShape_.size()) {
        // Channels averaged: one signed picture, however many channels.
        const int plane = inputShape_.h * inputShape_.w;
        std::vector<float> mean(static_cast<std::size_t>(plane), 0.0f);
        for (int ch = 0; ch < inputShape_.c; ++ch)
            for (int p = 0; p < plane; ++p) mean[std::size_t(p)] += atom_[ch * plane + p] / float(inputShape_.c);
        c.images.push_back(divergingImage(mean.data(), inputShape_.w, inputShape_.h));
    } else {
        c.images.emplace_back();
    }
    c.columnCaptions << tr("atom");
    for (const Eigen::Index row : topRows_) {
        const bool have = probe_ && row < probe_->rows() && probe_->cols() == inputShape_.size();
        c.images.push_back(have ? sampleImage(probe_->row(row).data(), inputShape_) : QImage());
        const int l = row < std::ssize(labels_) ? labels_[std::size_t(row)] : -1;
        const QString name = l >= 0 && l < classNames_.size() ? classNames_[l] : QString();
        c.columnCaptions << (name.isEmpty() ? QString() : name + QLatin1Char('\n')) +
                                tr("z %1").arg(locale.toString(double(codes_(row, unit)), 'g', 2));
    }
    c.columnBands = {ImageGrid::Band{1, {}, {}, {}}, ImageGrid::Band{c.columns - 1, {}, {}, {}}};
    unitGrid_->setContent(std::move(c));
}

} // namespace ae
