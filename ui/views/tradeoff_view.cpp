#include "ui/views/tradeoff_view.h"

#include "ui/views/common/plot_export.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {

TradeoffView::TradeoffView(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(240, 200);
    plot_->addGraph();  // the axes are labelled by redraw(), which names the loss and the measure
    plot_->graph(0)->setLineStyle(QCPGraph::lsNone);
    plot_->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180), 8));
    // Losses of close runs need five digits ("0.20625"): about one tick per 90 pixels, so the
    // labels of a narrow dock do not run into one another.
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
        plot_->xAxis->ticker()->setTickCount(std::clamp(plot_->axisRect()->width() / 90, 2, 5));
    });

    measure_ = new QComboBox(this);
    measure_->addItem(QString());
    measure_->addItem(QString());
    connect(measure_, &QComboBox::currentIndexChanged, this, &TradeoffView::redraw);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(4, 2, 4, 0);
    hint_ = new QLabel(this);
    auto* hint = hint_;
    hint->setWordWrap(true);  // the dock shares a 1200-pixel screen with two others
    row->addWidget(hint, 1);
    row->addWidget(measure_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(row);
    layout->addWidget(plot_, 1);
    installExportMenu(this);
    retranslateUi();
}

void TradeoffView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void TradeoffView::retranslateUi() {
    measure_->setItemText(0, tr("Stress-1"));
    measure_->setItemText(1, tr("1 − Spearman"));
    hint_->setText(tr("One point per finished run, labelled λ_d. Distortion:"));
    hint_->setToolTip(tr("Train the distance variant with several distance weights to see what keeping distances "
                         "costs in reconstruction. The dashed lines are PCA and classical MDS of the same probe "
                         "images to as many dimensions as the code: a run below them keeps distances better."));
    redraw();
}

QString TradeoffView::labelFor(const TradeoffRun& run) {
    return tr("λ=%1").arg(run.distanceWeight, 0, 'g', 3) +
           (run.variant == QLatin1String("distance") ? QString() : QStringLiteral(" (%1)").arg(run.variant));
}

void TradeoffView::addRun(const TradeoffRun& run) {
    // One axis, one unit: a BCE per element and an MSE per element are not on one scale, so a run
    // scored by another loss starts the picture again (the runs history keeps the earlier ones).
    if (!runs_.empty() && runs_.back().loss != run.loss) runs_.clear();
    runs_.push_back(run);
    redraw();
}

void TradeoffView::setMeasure(int measure) { measure_->setCurrentIndex(std::clamp(measure, 0, 1)); }

void TradeoffView::showProgress(const TrainingProgress& progress) {
    if (progress.epochs.empty()) return;
    const EpochPoint& e = progress.epochs.back();
    pending_.reconstruction = e.hasTest ? e.test.reconstruction : e.train.reconstruction;
    hasLoss_ = true;
}

void TradeoffView::showSnapshot(const ModelSnapshot& snapshot) {
    pending_.variant = QString::fromStdString(snapshot.config.variant);
    pending_.loss = QString::fromStdString(nameOf(snapshot.config.loss));
    pending_.distanceWeight = snapshot.config.distanceWeight;
    pending_.codeSize = snapshot.codeSize;
    pending_.stress = snapshot.distortion.stress;
    pending_.spearman = snapshot.distortion.spearman;
    hasSnapshot_ = snapshot.epoch > 0;
    if (snapshot.baselines && snapshot.baselines != baselines_) {
        baselines_ = snapshot.baselines;
        redraw();
    }
}

void TradeoffView::startSweepRun(bool firstOfSweep, const QString& label) {
    if (firstOfSweep) ++sweeps_;
    pending_.sweep = sweeps_;
    pending_.sweepLabel = label;
}

void TradeoffView::runFinished(bool stopped) {
    const bool keep = !stopped && hasSnapshot_ && hasLoss_;
    TradeoffRun run = pending_;
    pending_.sweep = -1;  // consumed: the next run is a sweep's only if it says so
    pending_.sweepLabel.clear();
    if (keep) addRun(run);
}

void TradeoffView::clear() {
    runs_.clear();
    pending_.sweep = -1;
    pending_.sweepLabel.clear();
    baselines_.reset();
    hasSnapshot_ = hasLoss_ = false;
    redraw();
}

void TradeoffView::redraw() {
    const bool spearman = measure_->currentIndex() == 1;
    plot_->xAxis->setLabel(runs_.empty() ? tr("test reconstruction loss")
                                         : tr("test reconstruction loss (%1)").arg(runs_.back().loss));
    plot_->yAxis->setLabel(spearman ? tr("1 − Spearman ρ") : tr("stress-1"));
    plot_->clearItems();
    QVector<double> xs, ys;
    double lo[2] = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    double hi[2] = {-lo[0], -lo[1]};
    for (const TradeoffRun& r : runs_) {
        const double y = spearman ? 1.0 - r.spearman : r.stress;
        xs << r.reconstruction;
        ys << y;
        lo[0] = std::min(lo[0], r.reconstruction), hi[0] = std::max(hi[0], r.reconstruction);
        lo[1] = std::min(lo[1], y), hi[1] = std::max(hi[1], y);
        auto* text = new QCPItemText(plot_);
        text->position->setCoords(r.reconstruction, y);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        text->setPadding(QMargins(5, 0, 0, 3));
        text->setText(r.sweepLabel.isEmpty() ? labelFor(r) : r.sweepLabel);
    }
    plot_->graph(0)->setData(xs, ys, false);
    // Each sweep's runs joined in the order they ran (a QCPCurve keeps that order; a graph would
    // sort by loss), so the path λ_d takes through the trade-off reads at a glance.
    for (QCPCurve* line : sweepLines_) plot_->removePlottable(line);
    sweepLines_.clear();
    for (int sweep = 1; sweep <= sweeps_; ++sweep) {
        QVector<double> t, x, y;
        for (std::size_t i = 0; i < runs_.size(); ++i)
            if (runs_[i].sweep == sweep) {
                t << double(t.size());
                x << xs[int(i)];
                y << ys[int(i)];
            }
        if (x.isEmpty()) continue;
        auto* line = new QCPCurve(plot_->xAxis, plot_->yAxis);
        line->setData(t, x, y, true);
        line->setPen(QPen(QColor(31, 119, 180, 150), 1.2));
        line->setName(tr("sweep %1").arg(sweep));
        sweepLines_.push_back(line);
    }
    // PCA's label at the left end of its line, MDS's at the right: the two often coincide.
    referenceLevels_.clear();
    if (baselines_) {
        const DistortionMetrics* refs[2] = {&baselines_->pca, &baselines_->mds};
        const QString names[2] = {QStringLiteral("PCA-%1"), QStringLiteral("MDS-%1")};
        const QColor colours[2] = {QColor(255, 127, 14), QColor(44, 160, 44)};
        for (int i = 0; i < 2; ++i) {
            const double y = spearman ? 1.0 - refs[i]->spearman : refs[i]->stress;
            if (!std::isfinite(y)) continue;
            referenceLevels_.push_back(y);
            auto* line = new QCPItemStraightLine(plot_);
            line->point1->setCoords(0, y);
            line->point2->setCoords(1, y);
            line->setPen(QPen(colours[i], 1.2, i == 0 ? Qt::DashLine : Qt::DotLine));
            auto* text = new QCPItemText(plot_);
            text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            text->position->setCoords(i == 0 ? 0.02 : 0.98, y);
            text->setPositionAlignment((i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom);
            text->setPadding(QMargins(2, 0, 2, 2));
            text->setColor(colours[i].darker(130));
            text->setText(names[i].arg(baselines_->dimension));
            lo[1] = std::min(lo[1], y), hi[1] = std::max(hi[1], y);
        }
    }
    if (runs_.empty() && !referenceLevels_.empty()) {
        const double sy = std::max(hi[1] - lo[1], 0.05);
        plot_->yAxis->setRange(lo[1] - 0.5 * sy, hi[1] + 0.5 * sy);
    }
    if (!runs_.empty()) {
        const double sx = std::max(hi[0] - lo[0], 0.02 * std::max(hi[0], 1e-3));
        const double sy = std::max(hi[1] - lo[1], 0.02 * std::max(hi[1], 1e-3));
        plot_->xAxis->setRange(lo[0] - 0.1 * sx, hi[0] + 0.35 * sx);  // room for the labels
        plot_->yAxis->setRange(lo[1] - 0.12 * sy, hi[1] + 0.2 * sy);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
