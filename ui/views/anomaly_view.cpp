#include "ui/views/anomaly_view.h"

#include "ui/views/anomaly_gallery.h"
#include "ui/views/common/plot_export.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ae {
namespace {

// Tableau blue and orange, as in the other views: normal and anomalous everywhere in this view.
const QColor kNormal(31, 119, 180);
const QColor kAnomalous(255, 127, 14);
const QColor kPca(120, 120, 120);
const QColor kThreshold(214, 39, 40);

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

QString fixed(double v, int decimals = 3) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–"); }

QCustomPlot* makePlot(QWidget* parent) {
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumSize(180, 150);
    plot->xAxis->ticker()->setTickCount(4);
    return plot;
}

} // namespace

AnomalyView::AnomalyView(QWidget* parent) : QWidget(parent) {
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    statsLabel_ = new QLabel(this);
    statsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scoreButton_ = new QPushButton(this);
    scoreButton_->setEnabled(false);
    bestButton_ = new QPushButton(this);
    bestButton_->setEnabled(false);
    connect(scoreButton_, &QPushButton::clicked, this, &AnomalyView::scoreRequested);
    // Squared error by default: with BCE, a perfect reconstruction still scores an error that
    // grows with the image's ink, which ranks bright normal images as anomalies.
    scoreChoice_ = new QComboBox(this);
    scoreChoice_->addItem(QString(), static_cast<int>(AnomalyScore::SquaredError));
    scoreChoice_->addItem(QString(), static_cast<int>(AnomalyScore::TrainingLoss));
    connect(scoreChoice_, &QComboBox::currentIndexChanged, this, [this] {
        emit scoreChosen(chosenScore());
        if (scoreButton_->isEnabled()) emit scoreRequested();
    });
    connect(bestButton_, &QPushButton::clicked, this, &AnomalyView::resetThreshold);

    // Histogram: share of each class's samples per error bin, so a few hundred normal samples
    // are as visible as thousands of anomalies. The threshold is dragged with the mouse.
    histogram_ = makePlot(this);
    normalBars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    normalBars_->setPen(QPen(kNormal, 1));
    normalBars_->setBrush(withAlpha(kNormal, 110));
    anomalousBars_ = new QCPBars(histogram_->xAxis, histogram_->yAxis);
    anomalousBars_->setPen(QPen(kAnomalous, 1));
    anomalousBars_->setBrush(withAlpha(kAnomalous, 110));
    thresholdLine_ = new QCPItemStraightLine(histogram_);
    thresholdLine_->setPen(QPen(kThreshold, 2));
    histogram_->legend->setVisible(true);
    histogram_->legend->setFont(QFont(font().family(), 8));
    histogram_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    histogram_->setCursor(Qt::SizeHorCursor);
    connect(histogram_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (e->button() != Qt::LeftButton || snapshot_.empty()) return;
        dragging_ = true;
        dragTo(e);
    });
    connect(histogram_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        if (dragging_) dragTo(e);
    });
    connect(histogram_, &QCustomPlot::mouseRelease, this, [this](QMouseEvent*) { dragging_ = false; });

    // ROC of the model and of the PCA baseline on the same axes, with the chance diagonal and the
    // operating point of the current threshold.
    rocPlot_ = makePlot(this);
    auto* chance = rocPlot_->addGraph();
    chance->setData(QVector<double>{0, 1}, QVector<double>{0, 1});
    chance->setPen(QPen(QColor(180, 180, 180), 1, Qt::DotLine));
    chance->removeFromLegend();
    pcaRoc_ = new QCPCurve(rocPlot_->xAxis, rocPlot_->yAxis);
    pcaRoc_->setPen(QPen(kPca, 1.5, Qt::DashLine));
    roc_ = new QCPCurve(rocPlot_->xAxis, rocPlot_->yAxis);
    roc_->setPen(QPen(kAnomalous.darker(120), 2));
    rocPoint_ = rocPlot_->addGraph();
    rocPoint_->setLineStyle(QCPGraph::lsNone);
    rocPoint_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kThreshold, kThreshold, 7));
    rocPlot_->xAxis->setRange(0, 1);
    rocPlot_->yAxis->setRange(0, 1.02);
    rocPlot_->legend->setVisible(true);
    rocPlot_->legend->setFont(QFont(font().family(), 8));
    rocPlot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    // Mean error per class: normal classes blue, the rest orange; the threshold as a line.
    classPlot_ = makePlot(this);
    normalClassBars_ = new QCPBars(classPlot_->xAxis, classPlot_->yAxis);
    normalClassBars_->setPen(Qt::NoPen);
    normalClassBars_->setBrush(kNormal);
    normalClassBars_->setWidth(0.7);
    anomalousClassBars_ = new QCPBars(classPlot_->xAxis, classPlot_->yAxis);
    anomalousClassBars_->setPen(Qt::NoPen);
    anomalousClassBars_->setBrush(kAnomalous);
    anomalousClassBars_->setWidth(0.7);
    classThreshold_ = new QCPItemStraightLine(classPlot_);
    classThreshold_->setPen(QPen(kThreshold, 1.5, Qt::DashLine));
    classPlot_->xAxis->grid()->setVisible(false);

    gallery_ = new AnomalyGalleryView(this);

    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    scoreLabel_ = new QLabel(this);
    top->addWidget(scoreLabel_);
    top->addWidget(scoreChoice_);
    top->addWidget(bestButton_);
    top->addWidget(scoreButton_);
    auto* plots = new QHBoxLayout;
    plots->addWidget(histogram_, 3);
    plots->addWidget(rocPlot_, 2);
    plots->addWidget(classPlot_, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(statsLabel_);
    layout->addLayout(plots, 3);
    layout->addWidget(gallery_, 2);

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(60);
    connect(&replotTimer_, &QTimer::timeout, this, &AnomalyView::rebuild);
    installExportMenu(this);
    retranslateUi();
}

void AnomalyView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The fixed texts, then the snapshot's (the legend's counts, the score's axis, the summary).
void AnomalyView::retranslateUi() {
    scoreButton_->setText(tr("Score test set"));
    scoreButton_->setToolTip(tr("Reconstruct every test sample with the current model and redraw this view."));
    bestButton_->setText(tr("Best F1"));
    bestButton_->setToolTip(tr("Put the threshold where F1 is highest."));
    scoreChoice_->setItemText(0, tr("Squared error"));
    scoreChoice_->setItemText(1, tr("Training loss"));
    scoreChoice_->setToolTip(tr("What a sample's anomaly score is: the squared error per pixel of its reconstruction "
                                "(the default), or the loss the model trains with (BCE or MSE per pixel)."));
    scoreLabel_->setText(tr("Score:"));
    histogram_->xAxis->setLabel(tr("reconstruction error"));
    histogram_->yAxis->setLabel(tr("% of its group"));
    normalBars_->setName(tr("normal"));
    anomalousBars_->setName(tr("anomalous"));
    histogram_->setToolTip(tr("Drag to move the threshold: errors at or above it are flagged as anomalies."));
    rocPlot_->xAxis->setLabel(tr("false positive rate"));
    rocPlot_->yAxis->setLabel(tr("true positive rate"));
    rocPoint_->setName(tr("threshold"));
    classPlot_->xAxis->setLabel(tr("class"));
    classPlot_->yAxis->setLabel(tr("mean error"));
    normalClassBars_->setName(tr("normal class"));
    anomalousClassBars_->setName(tr("anomalous class"));
    dirty_ = true;
    rebuild();
}

void AnomalyView::setCanScore(bool can) { scoreButton_->setEnabled(can); }

AnomalyScore AnomalyView::chosenScore() const { return static_cast<AnomalyScore>(scoreChoice_->currentData().toInt()); }

void AnomalyView::showAnomalies(const AnomalySnapshot& snapshot) {
    const std::size_t n = snapshot.errors.size();
    if (n == 0 || snapshot.anomalous.size() != n) {
        clear();
        return;
    }
    snapshot_ = snapshot;
    threshold_ = snapshot_.bestF1.threshold;
    dirty_ = true;
    if (!replotTimer_.isActive()) replotTimer_.start();
}

void AnomalyView::clear() {
    snapshot_ = AnomalySnapshot{};
    stats_ = ThresholdStats{};
    threshold_ = 0;
    dirty_ = true;
    flush();
}

void AnomalyView::flush() {
    replotTimer_.stop();
    rebuild();
}

void AnomalyView::resetThreshold() {
    if (!snapshot_.empty()) setThreshold(snapshot_.bestF1.threshold);
}

void AnomalyView::setThreshold(double threshold) {
    if (snapshot_.empty() || !std::isfinite(threshold)) return;
    const auto [lo, hi] = std::minmax_element(snapshot_.errors.begin(), snapshot_.errors.end());
    threshold_ = std::clamp(threshold, *lo, *hi);
    updateStats();
    updateThresholdMarks();
    emit thresholdChanged(threshold_);
}

void AnomalyView::dragTo(const QMouseEvent* event) {
    setThreshold(histogram_->xAxis->pixelToCoord(event->position().x()));
}

void AnomalyView::updateStats() {
    stats_ = statsAtThreshold(snapshot_.errors, snapshot_.anomalous, threshold_);
    statsLabel_->setText(statsText());
}

QString AnomalyView::statsText() const {
    if (snapshot_.empty()) return QString();
    const QLocale l;
    return tr("threshold %1 — flagged %2 of %3 · TP %4  FP %5  TN %6  FN %7 · precision %8  recall %9  F1 %10")
        .arg(QString::number(threshold_, 'g', 4))
        .arg(l.toString(static_cast<qlonglong>(stats_.tp + stats_.fp)))
        .arg(l.toString(static_cast<qlonglong>(snapshot_.errors.size())))
        .arg(l.toString(static_cast<qlonglong>(stats_.tp)))
        .arg(l.toString(static_cast<qlonglong>(stats_.fp)))
        .arg(l.toString(static_cast<qlonglong>(stats_.tn)))
        .arg(l.toString(static_cast<qlonglong>(stats_.fn)))
        .arg(fixed(stats_.precision), fixed(stats_.recall), fixed(stats_.f1));
}

void AnomalyView::updateThresholdMarks() {
    thresholdLine_->setVisible(!snapshot_.empty());
    classThreshold_->setVisible(!snapshot_.empty());
    rocPoint_->data()->clear();
    if (!snapshot_.empty()) {
        thresholdLine_->point1->setCoords(threshold_, 0);
        thresholdLine_->point2->setCoords(threshold_, 1);
        classThreshold_->point1->setCoords(0, threshold_);
        classThreshold_->point2->setCoords(1, threshold_);
        const double negatives = double(stats_.fp + stats_.tn);
        if (negatives > 0) rocPoint_->addData(double(stats_.fp) / negatives, stats_.recall);
    }
    histogram_->replot(QCustomPlot::rpQueuedReplot);
    rocPlot_->replot(QCustomPlot::rpQueuedReplot);
    classPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void AnomalyView::rebuild() {
    if (!dirty_) return;
    dirty_ = false;
    normalCounts_.clear();
    anomalousCounts_.clear();
    normalBars_->data()->clear();
    anomalousBars_->data()->clear();
    roc_->data()->clear();
    pcaRoc_->data()->clear();
    normalClassBars_->data()->clear();
    anomalousClassBars_->data()->clear();
    bestButton_->setEnabled(!snapshot_.empty());

    if (snapshot_.empty()) {
        summary_->setText(tr("Check some classes as normal in the Data panel and train: the model learns only those, "
                             "and here every test sample is scored by how badly it is reconstructed."));
        statsLabel_->clear();
        gallery_->clear();
        updateThresholdMarks();
        return;
    }

    const auto& e = snapshot_.errors;
    const std::size_t n = e.size();
    // Histogram over [min, max]; the maximum belongs to the last bin.
    const auto [lo, hi] = std::minmax_element(e.begin(), e.end());
    histMin_ = *lo;
    binWidth_ = *hi > *lo ? (*hi - *lo) / kBins : 1.0 / kBins;
    normalCounts_.assign(kBins, 0);
    anomalousCounts_.assign(kBins, 0);
    long normals = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int bin = std::clamp(static_cast<int>((e[i] - histMin_) / binWidth_), 0, kBins - 1);
        (snapshot_.anomalous[i] ? anomalousCounts_ : normalCounts_)[bin] += 1;
        normals += !snapshot_.anomalous[i];
    }
    const long anomalies = static_cast<long>(n) - normals;
    double yMax = 1;
    for (int b = 0; b < kBins; ++b) {
        const double x = histMin_ + (b + 0.5) * binWidth_;
        const double pn = normals > 0 ? 100.0 * normalCounts_[b] / normals : 0;
        const double pa = anomalies > 0 ? 100.0 * anomalousCounts_[b] / anomalies : 0;
        normalBars_->addData(x, pn);
        anomalousBars_->addData(x, pa);
        yMax = std::max({yMax, pn, pa});
    }
    normalBars_->setWidth(binWidth_);
    anomalousBars_->setWidth(binWidth_);
    normalBars_->setName(tr("normal (%1)").arg(QLocale().toString(static_cast<qlonglong>(normals))));
    anomalousBars_->setName(tr("anomalous (%1)").arg(QLocale().toString(static_cast<qlonglong>(anomalies))));
    histogram_->xAxis->setLabel(snapshot_.score == AnomalyScore::SquaredError ? tr("squared error per pixel")
                                                                             : tr("training loss per pixel"));
    histogram_->xAxis->setRange(histMin_ - binWidth_, histMin_ + (kBins + 1) * binWidth_);
    histogram_->yAxis->setRange(0, yMax * 1.08);

    // ROC curves, in their own order (fpr and tpr both rise along them).
    const auto toCurve = [](QCPCurve* curve, const RocCurve& r) {
        QVector<double> t(static_cast<int>(r.fpr.size())), x(t.size()), y(t.size());
        for (int i = 0; i < t.size(); ++i) {
            t[i] = i;
            x[i] = r.fpr[static_cast<std::size_t>(i)];
            y[i] = r.tpr[static_cast<std::size_t>(i)];
        }
        curve->setData(t, x, y, true);
    };
    toCurve(roc_, snapshot_.roc);
    toCurve(pcaRoc_, snapshot_.pcaRoc);
    roc_->setName(tr("model  AUC %1").arg(fixed(snapshot_.roc.auc)));
    pcaRoc_->setName(tr("PCA-%1  AUC %2").arg(snapshot_.pcaComponents).arg(fixed(snapshot_.pcaRoc.auc)));

    // Per-class mean error.
    const int classes = std::max<int>(static_cast<int>(snapshot_.classNames.size()),
                                      snapshot_.labels.empty() ? 0 : *std::max_element(snapshot_.labels.begin(), snapshot_.labels.end()) + 1);
    std::vector<double> sum(static_cast<std::size_t>(std::max(0, classes)), 0.0);
    std::vector<long> count(sum.size(), 0);
    for (std::size_t i = 0; i < n && i < snapshot_.labels.size(); ++i) {
        const int c = snapshot_.labels[i];
        if (c < 0 || c >= classes) continue;
        sum[static_cast<std::size_t>(c)] += e[i];
        count[static_cast<std::size_t>(c)] += 1;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double classMax = threshold_;
    for (int c = 0; c < classes; ++c) {
        if (count[static_cast<std::size_t>(c)] == 0) continue;
        const double mean = sum[static_cast<std::size_t>(c)] / count[static_cast<std::size_t>(c)];
        const bool normal = std::find(snapshot_.normalClasses.begin(), snapshot_.normalClasses.end(), c) != snapshot_.normalClasses.end();
        (normal ? normalClassBars_ : anomalousClassBars_)->addData(c, mean);
        classMax = std::max(classMax, mean);
        // Slanted labels leave room for names; very long ones are cut (the Data panel has them whole).
        const QString name = c < snapshot_.classNames.size() ? snapshot_.classNames[c] : QString::number(c);
        ticker->addTick(c, name.size() <= 11 ? name : name.left(10) + QChar(0x2026));
    }
    classPlot_->xAxis->setTicker(ticker);
    classPlot_->xAxis->setTickLabelRotation(classes > 6 ? -45 : 0);
    classPlot_->xAxis->setRange(-0.6, std::max(0, classes - 1) + 0.6);
    classPlot_->yAxis->setRange(0, classMax * 1.1);

    QStringList normalNames;
    for (int c : snapshot_.normalClasses)
        normalNames << (c < snapshot_.classNames.size() ? snapshot_.classNames[c] : QString::number(c));
    summary_->setText(tr("<b>AUC %1</b> (PCA-%2 baseline %3) · normal: %4 · %5 test samples · epoch %6")
                          .arg(fixed(snapshot_.roc.auc))
                          .arg(snapshot_.pcaComponents)
                          .arg(fixed(snapshot_.pcaRoc.auc))
                          .arg(normalNames.join(QStringLiteral(", ")).toHtmlEscaped())
                          .arg(QLocale().toString(static_cast<qlonglong>(n)))
                          .arg(snapshot_.epoch));
    gallery_->setGalleries(snapshot_.mostAnomalous, snapshot_.worstNormal, snapshot_.inputShape, snapshot_.classNames);
    updateStats();
    updateThresholdMarks();
}

} // namespace ae
