#include "ui/views/code_activity_view.h"

#include "ui/views/common/plot_export.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
    headline_->setToolTip(tr("Active: the share of code values with |z| > ε over the probe set. Dead: units silent "
                             "(|z| ≤ ε) on every probe image. Sparsity is Hoyer's measure of |z|, from 0 (every value "
                             "equal) to 1 (one value non-zero): lifetime over each unit's values across images, "
                             "population over each image's code, both averaged."));
    warning_ = new QLabel(this);
    warning_->setWordWrap(true);
    warning_->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    warning_->setVisible(false);
    sort_ = new QCheckBox(tr("Sort units by activation"), this);
    sort_->setChecked(true);
    connect(sort_, &QCheckBox::toggled, this, [this] {
        dirty_ = true;
        rebuild();
    });

    units_ = smallPlot(this, tr("unit"), tr("mean activation ρ̂"));
    unitBars_ = new QCPBars(units_->xAxis, units_->yAxis);
    unitBars_->setName(tr("mean activation"));
    unitBars_->setPen(Qt::NoPen);
    unitBars_->setBrush(kActive);
    unitBars_->setWidthType(QCPBars::wtPlotCoords);
    unitBars_->setWidth(0.8);
    deadMarks_ = units_->addGraph();
    deadMarks_->setName(tr("dead unit"));
    deadMarks_->setLineStyle(QCPGraph::lsNone);
    deadMarks_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, kSilent, 7));
    target_ = guide(units_, QColor(44, 160, 44));
    showLegend(units_);

    histogram_ = smallPlot(this, tr("code value z"), tr("values (log scale)"));
    histogram_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    histogram_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    valueBars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    valueBars_->setName(tr("values"));
    valueBars_->setPen(Qt::NoPen);
    valueBars_->setBrush(kActive);
    valueBars_->setWidthType(QCPBars::wtPlotCoords);
    silentBars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    silentBars_->setName(tr("bins within ε of 0"));
    silentBars_->setPen(Qt::NoPen);
    silentBars_->setBrush(kSilent);
    silentBars_->setWidthType(QCPBars::wtPlotCoords);
    epsilonLow_ = guide(histogram_, kSilent);
    epsilonHigh_ = guide(histogram_, kSilent);
    showLegend(histogram_);

    history_ = smallPlot(this, tr("epoch"), tr("fraction"));
    history_->yAxis->setRange(0, 1.02);
    activeCurve_ = history_->addGraph();
    activeCurve_->setName(tr("active values"));
    activeCurve_->setPen(QPen(kActive, 2));
    activeCurve_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    deadCurve_ = history_->addGraph();
    deadCurve_->setName(tr("dead units"));
    deadCurve_->setPen(QPen(kSilent, 2));
    deadCurve_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    showLegend(history_);

    auto* plots = new QHBoxLayout;
    plots->setContentsMargins(0, 0, 0, 0);
    plots->addWidget(units_, 1);
    plots->addWidget(histogram_, 1);
    plots->addWidget(history_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(headline_);
    layout->addWidget(warning_);
    layout->addWidget(sort_);
    layout->addLayout(plots, 1);

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(80);
    connect(&replotTimer_, &QTimer::timeout, this, &CodeActivityView::rebuild);
    installExportMenu(this);
    dirty_ = true;
    rebuild();
}

QString CodeActivityView::headline() const { return headline_->text(); }
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
}

void CodeActivityView::drawUnits() {
    const std::vector<double>& mean = activity_.unitMeanActivation;
    std::vector<int> order(mean.size());
    std::iota(order.begin(), order.end(), 0);
    if (sort_->isChecked())
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return mean[a] > mean[b]; });
    QVector<double> keys, values, deadKeys, deadValues;
    // A unit is dead when its largest |z| is within ε: its column's values, not its mean, say so.
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

} // namespace ae
