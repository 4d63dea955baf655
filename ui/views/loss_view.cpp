#include "ui/views/loss_view.h"

#include "ui/views/common/plot_export.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {
namespace {

// Exponential moving average with TensorBoard's bias correction, so the first points are
// not dragged towards zero. `span` batches is roughly the window it averages over.
QVector<double> smooth(const QVector<double>& values, int span) {
    const double alpha = 2.0 / (span + 1.0);
    QVector<double> out(values.size());
    double ema = 0, weight = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) {
            out[i] = values[i];
            continue;
        }
        ema = (1 - alpha) * ema + alpha * values[i];
        weight = (1 - alpha) * weight + alpha;
        out[i] = ema / weight;
    }
    return out;
}

// A log axis cannot show zero or negative values: they become gaps (NaN) instead of
// points at minus infinity.
void dropNonPositive(QVector<double>& values) {
    for (double& v : values)
        if (!(v > 0))
            v = std::numeric_limits<double>::quiet_NaN();
}

} // namespace

LossView::LossView(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(240, 160);
    // The legend sits in a row above the plot: inside it, it would cover the curves' end
    // on a log axis, which is where a person looks.
    plot_->legend->setVisible(true);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setRowSpacing(0);
    plot_->legend->setColumnSpacing(12);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setWrap(2);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->legend->setMargins(QMargins(4, 4, 4, 0));

    // tab10 colours: the batch curves share blue (raw faint, smoothed strong), validation is orange.
    const QColor blue(31, 119, 180), orange(255, 127, 14), green(44, 160, 44), red(214, 39, 40),
        purple(148, 103, 189), brown(140, 86, 75);
    auto add = [this](Curve curve, QPen pen, QCPScatterStyle scatter = QCPScatterStyle()) {
        QCPGraph* g = plot_->addGraph();
        g->setPen(pen);
        g->setScatterStyle(scatter);
        graphs_[static_cast<int>(curve)] = g;
    };
    QColor faint = blue;
    faint.setAlpha(70);
    add(Curve::BatchRaw, QPen(faint, 1));
    add(Curve::BatchSmoothed, QPen(blue, 2));
    add(Curve::EpochTrain, QPen(blue.darker(130), 1.5), QCPScatterStyle(QCPScatterStyle::ssCircle, blue.darker(130), Qt::white, 7));
    add(Curve::EpochTest, QPen(orange, 1.5), QCPScatterStyle(QCPScatterStyle::ssSquare, orange, Qt::white, 7));
    add(Curve::L1, QPen(green, 1.5, Qt::DashLine));
    add(Curve::KlSparsity, QPen(purple, 1.5, Qt::DashLine));
    add(Curve::VaeKl, QPen(red, 1.5, Qt::DashLine));
    add(Curve::Distance, QPen(brown, 1.5, Qt::DashLine));

    logBox_ = new QCheckBox(this);
    connect(logBox_, &QCheckBox::toggled, this, [this](bool on) {
        plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (on)
            plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        else
            plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        dirty_ = true;
        rebuild();
    });

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(4, 0, 4, 0);
    controls->addStretch();
    controls->addWidget(logBox_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(plot_, 1);
    layout->addLayout(controls);

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(50);
    connect(&replotTimer_, &QTimer::timeout, this, &LossView::rebuild);

    installExportMenu(this, [this](QMenu& menu) {
        QAction* log = menu.addAction(tr("Log scale"));
        log->setCheckable(true);
        log->setChecked(logScale());
        connect(log, &QAction::toggled, this, &LossView::setLogScale);
    });
    retranslateUi();
    rebuild();
}

void LossView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void LossView::retranslateUi() {
    plot_->xAxis->setLabel(tr("epoch"));
    plot_->yAxis->setLabel(tr("loss per element"));
    // The batch and epoch curves are totals: reconstruction plus every weighted code term (which
    // are drawn on their own below), so the legend says so. In the order of Curve.
    const QString names[curveCount] = {tr("batch total"), tr("batch total, smoothed"), tr("epoch train total"),
                                       tr("epoch validation total"), tr("L1 on code"), tr("KL sparsity"),
                                       tr("VAE KL"), tr("distance term")};
    for (int i = 0; i < curveCount; ++i) graphs_[i]->setName(names[i]);
    logBox_->setText(tr("Log scale"));
    logBox_->setToolTip(tr("Show the loss on a logarithmic axis, so small code terms and late, slow "
                           "improvements stay visible."));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // As many legend columns as fit, so no entry is cut off in a narrow dock.
    const int columns = std::clamp(plot_->width() / 150, 1, 4);
    if (plot_->legend->wrap() != columns) {
        plot_->legend->setWrap(columns);
        plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool LossView::logScale() const { return logBox_->isChecked(); }

void LossView::setLogScale(bool on) { logBox_->setChecked(on); }

bool LossView::isCurveShown(Curve curve) const { return graph(curve)->visible(); }

int LossView::pointCount(Curve curve) const { return graph(curve)->data()->size(); }

void LossView::flush() {
    replotTimer_.stop();
    rebuild();
}

void LossView::showProgress(const TrainingProgress& progress) {
    progress_ = progress;
    dirty_ = true;
    if (!replotTimer_.isActive())
        replotTimer_.start();
}

void LossView::clear() {
    progress_ = TrainingProgress();
    dirty_ = true;
    flush();
}

void LossView::rebuild() {
    if (!dirty_)
        return;
    dirty_ = false;
    const bool log = logScale();
    const auto& batches = progress_.batches;
    const auto& epochs = progress_.epochs;

    QVector<double> x(static_cast<int>(batches.size()));
    for (int i = 0; i < x.size(); ++i)
        x[i] = batches[i].position;
    auto batchCurve = [&](double LossBreakdown::*field) {
        QVector<double> y(x.size());
        for (int i = 0; i < y.size(); ++i)
            y[i] = batches[i].loss.*field;
        return y;
    };
    // About a tenth of an epoch, but never so short that it is noise or so long that it lags.
    const int span = std::clamp(progress_.batchesPerEpoch / 10, 5, 100);
    auto setCurve = [&](Curve curve, bool shown, const QVector<double>& keys, QVector<double> values) {
        QCPGraph* g = graph(curve);
        if (log)
            dropNonPositive(values);
        if (shown)
            g->setData(keys, values, true);
        else
            g->data()->clear();
        g->setVisible(shown);
        if (shown)
            g->addToLegend();
        else
            g->removeFromLegend();
    };

    const QVector<double> total = batchCurve(&LossBreakdown::total);
    setCurve(Curve::BatchRaw, true, x, total);
    setCurve(Curve::BatchSmoothed, true, x, smooth(total, span));
    setCurve(Curve::L1, progress_.hasL1, x, smooth(batchCurve(&LossBreakdown::l1), span));
    setCurve(Curve::KlSparsity, progress_.hasKlSparsity, x, smooth(batchCurve(&LossBreakdown::klSparsity), span));
    setCurve(Curve::VaeKl, progress_.hasVaeKl, x, smooth(batchCurve(&LossBreakdown::vaeKl), span));
    setCurve(Curve::Distance, progress_.hasDistance, x, smooth(batchCurve(&LossBreakdown::distance), span));

    // An epoch's point sits at its end: epoch 3 (1-based) finishes at position 3.
    QVector<double> ex, etrain, tx, etest;
    for (const EpochPoint& e : epochs) {
        ex << e.epoch;
        etrain << e.train.total;
        if (e.hasTest) {
            tx << e.epoch;
            etest << e.test.total;
        }
    }
    setCurve(Curve::EpochTrain, true, ex, etrain);
    setCurve(Curve::EpochTest, !tx.isEmpty(), tx, etest);

    // Fit the data; the x axis starts at 0 and reaches at least one epoch, the y axis keeps
    // a little air above the highest point.
    bool found = false;
    QCPRange yRange;
    for (QCPGraph* g : graphs_) {
        if (!g->visible() || g->data()->isEmpty())
            continue;
        bool ok = false;
        const QCPRange r = g->getValueRange(ok, log ? QCP::sdPositive : QCP::sdBoth);
        if (!ok)
            continue;
        yRange = found ? QCPRange(std::min(yRange.lower, r.lower), std::max(yRange.upper, r.upper)) : r;
        found = true;
    }
    double xMax = 1;
    if (!batches.empty())
        xMax = std::max(xMax, batches.back().position);
    if (!epochs.empty())
        xMax = std::max(xMax, double(epochs.back().epoch));
    plot_->xAxis->setRange(0, xMax * 1.02);  // the last epoch's marker is not cut in half
    if (!found)
        yRange = log ? QCPRange(0.01, 1) : QCPRange(0, 1);
    if (log) {
        const double lo = yRange.lower > 0 ? yRange.lower : 1e-6;
        plot_->yAxis->setRange(lo / 1.3, std::max(yRange.upper, lo * 10) * 1.3);
    } else {
        const double lo = std::min(0.0, yRange.lower);
        const double hi = yRange.upper > lo ? yRange.upper : lo + 1;
        plot_->yAxis->setRange(lo, hi + 0.05 * (hi - lo));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
