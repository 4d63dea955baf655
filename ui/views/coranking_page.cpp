#include "ui/views/coranking_page.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {

namespace {

// Ranks are drawn on log10 axes with plain-number labels: a colour map on QCustomPlot's own log
// axes is stretched linearly between its corners.
QSharedPointer<QCPAxisTickerText> rankTicker(int points) {
    auto t = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 1; r <= std::max(points, 10); r *= 10) t->addTick(std::log10(double(r)), QString::number(r));
    return t;
}

QCPColorGradient magma() {
    QCPColorGradient g;
    g.clearColorStops();
    const QColor stops[] = {{0, 0, 4}, {59, 15, 112}, {140, 41, 129}, {222, 73, 104}, {254, 159, 109}, {252, 253, 191}};
    const int n = sizeof(stops) / sizeof(stops[0]);
    for (int i = 0; i < n; ++i) g.setColorStopAt(double(i) / (n - 1), stops[i]);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}

} // namespace

CoRankingPage::CoRankingPage(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(220, 200);
    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(true);
    map_->setDataScaleType(QCPAxis::stLogarithmic);
    map_->data()->setSize(kCells, kCells);
    scale_ = new QCPColorScale(plot_);
    scale_->setType(QCPAxis::atRight);
    scale_->setDataScaleType(QCPAxis::stLogarithmic);
    scale_->setBarWidth(10);
    map_->setColorScale(scale_);
    scale_->setGradient(magma());
    scale_->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    plot_->plotLayout()->addElement(0, 1, scale_);
    auto* group = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    scale_->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    auto* diagonal = new QCPItemStraightLine(plot_);
    diagonal->point1->setCoords(0, 0);
    diagonal->point2->setCoords(1, 1);
    diagonal->setPen(QPen(QColor(255, 255, 255, 140), 1, Qt::DotLine));
    outline_ = new QCPItemRect(plot_);
    outline_->setPen(QPen(QColor(0, 200, 255), 1.5));
    outline_->setBrush(Qt::NoBrush);
    outline_->topLeft->setCoords(std::log10(0.5), std::log10(kOutlinedK + 0.5));
    outline_->bottomRight->setCoords(std::log10(kOutlinedK + 0.5), std::log10(0.5));
    const auto label = [this](double x, double y, Qt::Alignment align) {
        auto* t = new QCPItemText(plot_);
        t->position->setType(QCPItemPosition::ptAxisRectRatio);
        t->position->setCoords(x, y);
        t->setPositionAlignment(align);
        t->setColor(QColor(60, 60, 60));
        t->setBrush(QColor(255, 255, 255, 190));
        t->setFont(QFont(font().family(), 8));
        return t;
    };
    intrusions_ = label(0.98, 0.98, Qt::AlignRight | Qt::AlignBottom);
    intrusions_->position->setCoords(0.98, 0.97);
    extrusions_ = label(0.02, 0.03, Qt::AlignLeft | Qt::AlignTop);

    note_ = new QLabel(this);
    note_->setWordWrap(true);
    note_->setContentsMargins(6, 2, 6, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(note_);
    layout->addWidget(plot_, 1);
    showMatrix({}, -1);
    retranslateUi();
}

void CoRankingPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void CoRankingPage::retranslateUi() {
    plot_->xAxis->setLabel(tr("rank in input space"));
    plot_->yAxis->setLabel(tr("rank in the code"));
    map_->setName(tr("pairs"));
    scale_->axis()->setLabel(tr("pairs per rank cell"));
    intrusions_->setText(tr("intrusions"));
    extrusions_->setText(tr("extrusions"));
    const QString explanation =
        tr("Each ordered pair of probe images (i, j) counts once, at j's neighbour rank around i in the input (x) "
           "and in the code (y). A code that keeps every neighbourhood puts all pairs on the dotted diagonal. Below "
           "it (bottom right) are intrusions: points brought closer in the code than they are in the input, false "
           "neighbours that lower trustworthiness. Above it (top left) are extrusions: neighbours pushed away, "
           "which lower continuity. The outlined corner is K = 10: the share of pairs inside it, over 10 N, is "
           "Q_NX(10), what kNN kept measures. Log colour: pairs per rank cell.");
    note_->setToolTip(explanation);
    plot_->setToolTip(explanation);
    note_->setText(noteText_());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString CoRankingPage::note() const { return note_->text(); }

void CoRankingPage::showMatrix(const BinnedCoRanking& m, int epoch) {
    const int bins = m.bins();
    QCPColorMapData* data = map_->data();
    if (bins == 0 || epoch < 0) {
        data->fill(std::numeric_limits<double>::quiet_NaN());
        data->setRange(QCPRange(0, 3), QCPRange(0, 3));
        plot_->xAxis->setRange(std::log10(0.5), 3);
        plot_->yAxis->setRange(std::log10(0.5), 3);
        plot_->xAxis->setTicker(rankTicker(1000));
        plot_->yAxis->setTicker(rankTicker(1000));
        noteText_ = [this] { return tr("The co-ranking matrix is measured at epoch ends; hover for how to read it."); };
        note_->setText(noteText_());
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // Ranks r span [r - 0.5, r + 0.5] on the log axis; each image cell shows the density (pairs per
    // rank cell) of the bin its centre falls in, so wide bins do not look brighter for their width.
    const double lo = std::log10(0.5), hi = std::log10(m.points - 0.5);
    const double step = (hi - lo) / kCells;
    data->setRange(QCPRange(lo + step / 2, hi - step / 2), QCPRange(lo + step / 2, hi - step / 2));
    std::vector<int> binAt(kCells);
    for (int c = 0; c < kCells; ++c) {
        const int rank = std::clamp(static_cast<int>(std::lround(std::pow(10.0, lo + (c + 0.5) * step))), 1, m.points - 1);
        binAt[c] = static_cast<int>(std::upper_bound(m.edges.begin(), m.edges.end(), rank) - m.edges.begin()) - 1;
    }
    double top = 1;
    for (int x = 0; x < kCells; ++x)
        for (int y = 0; y < kCells; ++y) {
            const int bx = binAt[x], by = binAt[y];
            const double area = double(m.edges[bx + 1] - m.edges[bx]) * double(m.edges[by + 1] - m.edges[by]);
            const double density = m.at(bx, by) / area;
            top = std::max(top, density);
            data->setCell(x, y, density > 0 ? density : std::numeric_limits<double>::quiet_NaN());
        }
    map_->setDataRange(QCPRange(std::max(1e-3, top * 1e-5), top));
    plot_->xAxis->setRange(lo, hi);
    plot_->yAxis->setRange(lo, hi);
    plot_->xAxis->setTicker(rankTicker(m.points));
    plot_->yAxis->setTicker(rankTicker(m.points));
    double corner = 0;
    for (int b = 0; b < bins && m.edges[b] <= kOutlinedK; ++b)
        for (int c = 0; c < bins && m.edges[c] <= kOutlinedK; ++c) corner += m.at(b, c);
    noteText_ = [this, epoch, points = m.points, corner] {
        return tr("Epoch %1 · %2 images · inside the K = 10 corner: %3 of the pairs (Q_NX(10) = %4). Hover to "
                  "read intrusions and extrusions.")
            .arg(epoch)
            .arg(points)
            .arg(QLocale().toString(qlonglong(corner)))
            .arg(corner / (double(kOutlinedK) * points), 0, 'f', 3);
    };
    note_->setText(noteText_());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
