#include "ui/views/distortion_view.h"

#include "ui/views/common/plot_export.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ae {
namespace {

// Viridis: perceptually uniform, so density reads as brightness; empty bins stay transparent.
QCPColorGradient viridis() {
    QCPColorGradient g;
    g.clearColorStops();
    const QColor stops[] = {{68, 1, 84},    {71, 44, 122},  {59, 81, 139},   {44, 113, 142}, {33, 144, 141},
                            {39, 173, 129}, {92, 200, 99},  {170, 220, 50},  {253, 231, 37}};
    const int n = sizeof(stops) / sizeof(stops[0]);
    for (int i = 0; i < n; ++i)
        g.setColorStopAt(double(i) / (n - 1), stops[i]);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

} // namespace

DistortionView::DistortionView(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(220, 200);
    plot_->xAxis->setLabel(tr("distance in input space"));
    plot_->yAxis->setLabel(tr("distance in latent space"));

    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setName(tr("pairs"));
    map_->setInterpolate(false);
    map_->setTightBoundary(true);
    map_->setGradient(viridis());
    map_->setDataScaleType(QCPAxis::stLogarithmic);
    map_->data()->setSize(kBins, kBins);

    colourScale_ = new QCPColorScale(plot_);
    colourScale_->setType(QCPAxis::atRight);
    colourScale_->setDataScaleType(QCPAxis::stLogarithmic);
    colourScale_->axis()->setLabel(tr("pairs per bin"));
    colourScale_->setBarWidth(10);
    map_->setColorScale(colourScale_);
    // The scale owns gradient and ticks once connected: set them there, after connecting.
    colourScale_->setGradient(viridis());
    colourScale_->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    plot_->plotLayout()->addElement(0, 1, colourScale_);  // moves to row 1 with the plot
    // Keep the colour bar exactly as tall as the plot area.
    auto* group = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    colourScale_->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    line_ = plot_->addGraph();
    line_->setName(tr("best scale"));
    line_->setPen(QPen(QColor(214, 39, 40), 1.5, Qt::DashLine));

    metrics_ = new QCPTextElement(plot_, QString(), QFont(font().family(), 9));
    metrics_->setTextFlags(Qt::AlignLeft | Qt::AlignTop);
    metrics_->setMargins(QMargins(8, 4, 8, 0));
    // The metrics go in a row above the plot: beside it they took the width a narrow dock
    // needs for the distance axis.
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, metrics_);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
    plot_->xAxis->ticker()->setTickCount(4);  // fewer, wider-spaced labels in a narrow dock

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(80);
    connect(&replotTimer_, &QTimer::timeout, this, &DistortionView::rebuild);
    installExportMenu(this);
    dirty_ = true;
    rebuild();
}

QString DistortionView::metricsText() const { return metrics_->text(); }

void DistortionView::flush() {
    replotTimer_.stop();
    rebuild();
}

void DistortionView::showSnapshot(const ModelSnapshot& snapshot) {
    shepard_ = snapshot.shepard;
    distortion_ = snapshot.distortion;
    epoch_ = snapshot.epoch;
    dirty_ = true;
    if (!replotTimer_.isActive())
        replotTimer_.start();
}

void DistortionView::clear() {
    shepard_ = ShepardData();
    distortion_ = DistortionMetrics();
    dirty_ = true;
    flush();
}

void DistortionView::rebuild() {
    if (!dirty_)
        return;
    dirty_ = false;
    const auto& dx = shepard_.inputDistances;
    const auto& dz = shepard_.latentDistances;
    const std::size_t n = std::min(dx.size(), dz.size());

    double xMax = 0, yMax = 0, sxz = 0, szz = 0;
    for (std::size_t p = 0; p < n; ++p) {
        if (!std::isfinite(dx[p]) || !std::isfinite(dz[p]))
            continue;
        xMax = std::max<double>(xMax, dx[p]);
        yMax = std::max<double>(yMax, dz[p]);
        sxz += double(dx[p]) * dz[p];
        szz += double(dz[p]) * dz[p];
    }
    if (!(xMax > 0))
        xMax = 1;
    if (!(yMax > 0))
        yMax = 1;
    // Same scale as Kruskal stress-1: dx ~ a * dz with a = sum(dx dz) / sum(dz^2).
    scale_ = szz > 0 ? sxz / szz : 0;

    // Bin edges run from 0 to the largest distance; cell centres are what QCustomPlot places.
    std::vector<double> counts(std::size_t(kBins) * kBins, 0.0);
    for (std::size_t p = 0; p < n; ++p) {
        if (!std::isfinite(dx[p]) || !std::isfinite(dz[p]))
            continue;
        const int i = std::clamp(static_cast<int>(dx[p] / xMax * kBins), 0, kBins - 1);
        const int j = std::clamp(static_cast<int>(dz[p] / yMax * kBins), 0, kBins - 1);
        counts[std::size_t(i) * kBins + j] += 1;
    }
    QCPColorMapData* data = map_->data();
    const double bx = xMax / kBins, by = yMax / kBins;
    data->setRange(QCPRange(bx / 2, xMax - bx / 2), QCPRange(by / 2, yMax - by / 2));
    double maxCount = 1;
    for (int i = 0; i < kBins; ++i)
        for (int j = 0; j < kBins; ++j) {
            const double c = counts[std::size_t(i) * kBins + j];
            maxCount = std::max(maxCount, c);
            // Empty bins are NaN, drawn transparent: log(0) has no colour.
            data->setCell(i, j, c > 0 ? c : std::numeric_limits<double>::quiet_NaN());
        }
    map_->setDataRange(QCPRange(1, std::max(maxCount, 10.0)));

    line_->setVisible(scale_ > 0);
    if (scale_ > 0)
        line_->setData(QVector<double>{0, xMax}, QVector<double>{0, xMax / scale_});
    else
        line_->data()->clear();
    plot_->xAxis->setRange(0, xMax * 1.02);
    plot_->yAxis->setRange(0, yMax * 1.02);

    if (n == 0) {
        metrics_->setText(tr("No distances yet."));
    } else {
        const auto f = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–"); };
        // One figure a line: the dock is often narrow (a 1200-pixel screen), and a clipped metric
        // is a lost one.
        metrics_->setText(tr("Spearman %3\n"
                             "Pearson %4\n"
                             "stress-1 %5\n"
                             "kNN kept %8\n"
                             "trustworthiness %6\n"
                             "continuity %7\n"
                             "dashed line y = x / %9\n"
                             "epoch %1 · %2 pairs")
                              .arg(epoch_)
                              .arg(QLocale().toString(qulonglong(n)))
                              .arg(f(distortion_.spearman), f(distortion_.pearson), f(distortion_.stress),
                                   f(distortion_.trustworthiness), f(distortion_.continuity), f(distortion_.knn),
                                   QString::number(scale_, 'g', 3)));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
