#include "ui/sweep/sweep_view.h"

#include "ui/views/common/plot_export.h"
#include "ui/sweep/sweep_strip.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QHBoxLayout>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ae {
namespace {

QString number(double v) { return std::isfinite(v) ? QLocale().toString(v, 'g', 4) : QStringLiteral("—"); }

QIcon swatch(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

QColor SweepView::runColor(int index) {
    // tab10: distinct, colour-blind-friendlier than the default palette.
    static const QColor colors[] = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44},  {214, 39, 40},  {148, 103, 189},
                                    {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};
    return colors[index % 10];
}

SweepView::SweepView(QWidget* parent) : QWidget(parent) {
    headline_ = new QLabel(this);
    headline_->setContentsMargins(6, 3, 6, 3);
    headline_->setWordWrap(true);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(240, 160);
    plot_->legend->setVisible(true);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setColumnSpacing(12);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setWrap(4);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->legend->setMargins(QMargins(4, 4, 4, 0));

    strip_ = new SweepStrip(this);

    // The table across the top (as tall as its rows); below it the reconstructions and the
    // curves share the width, since a bottom dock is wide and low.
    auto* below = new QHBoxLayout;
    below->setContentsMargins(0, 0, 0, 0);
    below->addWidget(strip_, 1);
    below->addWidget(plot_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(headline_);
    layout->addWidget(table_);
    layout->addLayout(below, 1);

    redrawTimer_.setSingleShot(true);
    redrawTimer_.setInterval(100);
    connect(&redrawTimer_, &QTimer::timeout, this, &SweepView::rebuild);
    installExportMenu(this);  // right-clicked beside the plot and the strip: the plot
    installExportMenu(plot_);
    retranslateUi();
}

void SweepView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The headers and axes, then the headline and the table worded again from the newest results.
void SweepView::retranslateUi() {
    table_->setHorizontalHeaderLabels({tr("value"), tr("status"), tr("test reconstruction"), tr("test total"), tr("train total"),
                                       tr("code terms"), tr("active"), tr("dead units"), tr("mean |z|"), tr("PSNR gain"),
                                       tr("Spearman ρ"), tr("stress-1"), tr("time")});
    table_->horizontalHeaderItem(Active)->setToolTip(tr("Share of the probe set's code values with |z| > ε at the end of the run"));
    table_->horizontalHeaderItem(DeadUnits)->setToolTip(tr("Code units silent on every probe image, of all units"));
    table_->horizontalHeaderItem(MeanAbs)->setToolTip(tr("Mean |z| of the probe set's code values"));
    table_->horizontalHeaderItem(PsnrGain)
        ->setToolTip(tr("A model trained on noise: PSNR(output) − PSNR(noisy input) at its trained level, in dB (see the Noise ladder view)"));
    table_->horizontalHeaderItem(TestReconstruction)
        ->setToolTip(tr("Final validation reconstruction loss per element, what the runs are compared by (training data when there is no test set)"));
    table_->horizontalHeaderItem(TestLoss)->setToolTip(tr("Final validation total: reconstruction plus the weighted code terms"));
    table_->horizontalHeaderItem(TrainLoss)->setToolTip(tr("Final epoch's training total: reconstruction plus the weighted code terms"));
    table_->horizontalHeaderItem(CodeTerms)->setToolTip(tr("The penalty terms on the code in the final epoch's training loss"));
    table_->horizontalHeaderItem(Spearman)->setToolTip(tr("Rank correlation of input and latent distances on the probe set (1 = same order)"));
    table_->horizontalHeaderItem(Stress)->setToolTip(tr("Kruskal stress-1 of the latent distances (0 = distances kept up to scale)"));
    plot_->xAxis->setLabel(tr("epoch"));
    plot_->yAxis->setLabel(tr("test reconstruction loss per element"));
    dirty_ = true;
    flush();
}

QString SweepView::headline() const { return headline_->text(); }

void SweepView::flush() {
    redrawTimer_.stop();
    rebuild();
}

void SweepView::showRuns(SweepParameter parameter, const std::vector<SweepRun>& runs, int currentRun) {
    parameter_ = parameter;
    runs_ = runs;
    currentRun_ = currentRun;
    dirty_ = true;
    if (!redrawTimer_.isActive()) redrawTimer_.start();
}

void SweepView::clear() {
    runs_.clear();
    currentRun_ = -1;
    dirty_ = true;
    flush();
}

void SweepView::rebuild() {
    if (!dirty_) return;
    dirty_ = false;
    const int total = static_cast<int>(runs_.size());
    const QString title = SweepController::parameterTitle(parameter_);
    if (runs_.empty())
        headline_->setText(tr("No sweep yet: Sweep… on the training toolbar trains one setting over a list of values, one run after another."));
    else if (currentRun_ >= 0)
        headline_->setText(tr("Sweep of %1: run %2 of %3 (%4)").arg(title).arg(currentRun_ + 1).arg(total).arg(runs_[currentRun_].label));
    else {
        const bool stopped = std::any_of(runs_.begin(), runs_.end(),
                                         [](const SweepRun& r) { return r.status == SweepRun::Status::Stopped; });
        QString text = stopped ? tr("Sweep of %1: stopped").arg(title) : tr("Sweep of %1: done (runs: %2)").arg(title).arg(total);
        if (const int best = bestSweepRun(runs_); best >= 0) {
            const SweepRun& run = runs_[static_cast<std::size_t>(best)];
            text += tr(" · lowest test reconstruction loss: %1 (%2)").arg(run.label, number(run.finalTestReconstruction()));
        }
        headline_->setText(text);
    }
    fillTable();
    drawCurves();
    strip_->setRuns(runs_);
}

void SweepView::fillTable() {
    table_->setRowCount(static_cast<int>(runs_.size()));
    // Every row visible up to six; more scroll.
    const int rows = std::clamp(table_->rowCount(), 1, 6);
    table_->setFixedHeight(table_->horizontalHeader()->sizeHint().height() + rows * table_->verticalHeader()->defaultSectionSize() +
                           2 * table_->frameWidth() + 2);
    for (int r = 0; r < table_->rowCount(); ++r) {
        const SweepRun& run = runs_[static_cast<std::size_t>(r)];
        auto set = [&](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            if (!tip.isEmpty()) item->setToolTip(tip);
            if (column != Value && column != Status) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, column, item);
        };
        set(Value, QString::fromStdString(sweepValueText(parameter_, run.value)));
        table_->item(r, Value)->setIcon(swatch(runColor(r)));
        QString status;
        switch (run.status) {
        case SweepRun::Status::Pending: status = tr("waiting"); break;
        case SweepRun::Status::Running: status = tr("running"); break;
        case SweepRun::Status::Finished: status = tr("done"); break;
        case SweepRun::Status::Failed: status = tr("failed"); break;
        case SweepRun::Status::Stopped: status = tr("stopped"); break;
        }
        set(Status, status, run.error);
        if (!run.hasResult()) {
            for (int c = TestReconstruction; c < ColumnCount; ++c) set(c, QString());
            continue;
        }
        const LossBreakdown& train = run.finalTrain();
        set(TestReconstruction, number(run.finalTestReconstruction()));
        set(TestLoss, number(run.finalTestLoss()));
        set(TrainLoss, number(train.total));
        QStringList terms;
        if (run.config.l1 > 0) terms << tr("L1 %1").arg(number(train.l1));
        if (run.config.klSparsityWeight > 0) terms << tr("KL %1").arg(number(train.klSparsity));
        if (run.config.variational) terms << tr("VAE KL %1").arg(number(train.vaeKl));
        if (run.config.distanceWeight > 0) terms << tr("distance %1").arg(number(train.distance));
        set(CodeTerms, terms.isEmpty() ? QStringLiteral("—") : terms.join(QStringLiteral(" · ")));
        const QString none = QStringLiteral("—");
        set(Active, run.hasActivity ? tr("%1 %").arg(QLocale().toString(100 * run.activity.activeFraction, 'f', 1)) : none);
        set(DeadUnits, run.hasActivity ? tr("%1 of %2").arg(run.activity.deadUnits).arg(run.activity.units) : none);
        set(MeanAbs, run.hasActivity ? number(run.activity.meanAbs) : none);
        set(PsnrGain, std::isfinite(run.psnrGain) ? tr("%1 dB").arg(QLocale().toString(run.psnrGain, 'f', 1)) : none);
        set(Spearman, run.hasDistortion ? number(run.distortion.spearman) : QStringLiteral("—"));
        set(Stress, run.hasDistortion ? number(run.distortion.stress) : QStringLiteral("—"));
        set(Seconds, run.seconds > 0 ? tr("%1 s").arg(QLocale().toString(run.seconds, 'f', 1)) : QString());
    }
}

void SweepView::drawCurves() {
    plot_->clearGraphs();
    double lo = 0, hi = 1, xMax = 1;
    bool found = false;
    for (std::size_t r = 0; r < runs_.size(); ++r) {
        const SweepRun& run = runs_[r];
        if (!run.hasResult()) continue;
        QVector<double> x, y;
        for (const EpochPoint& e : run.epochs) {
            const double v = e.hasTest ? e.test.reconstruction : e.train.reconstruction;
            if (!std::isfinite(v)) continue;
            x << e.epoch;
            y << v;
            lo = found ? std::min(lo, v) : v;
            hi = found ? std::max(hi, v) : v;
            xMax = std::max(xMax, double(e.epoch));
            found = true;
        }
        const QColor color = runColor(static_cast<int>(r));
        QCPGraph* g = plot_->addGraph();
        g->setName(run.label);
        g->setPen(QPen(color, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 6));
        g->setData(x, y, true);
    }
    // Fit the curves, not zero: the differences between values are what the plot is for.
    const double pad = found && hi > lo ? 0.08 * (hi - lo) : (found ? 0.05 * std::fabs(hi) + 1e-6 : 0.5);
    plot_->yAxis->setRange(lo - pad, hi + pad);
    plot_->xAxis->setRange(0.5, xMax + 0.5);
    plot_->legend->setVisible(plot_->graphCount() > 0);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
