#include "ui/views/pca_subspace_page.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

QCPAxisRect* addRow(QCustomPlot* plot, int row, QCPMarginGroup* group) {
    auto* rect = row == 0 ? plot->axisRect() : new QCPAxisRect(plot);
    if (row > 0) plot->plotLayout()->addElement(row, 0, rect);
    rect->axis(QCPAxis::atBottom)->ticker()->setTickCount(4);
    rect->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);  // the three plots' axes line up
    return rect;
}

} // namespace

PcaSubspacePage::PcaSubspacePage(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(220, 240);
    auto* group = new QCPMarginGroup(plot_);
    anglesRect_ = addRow(plot_, 0, group);
    largestRect_ = addRow(plot_, 1, group);
    mseRect_ = addRow(plot_, 2, group);

    bars_ = new QCPBars(anglesRect_->axis(QCPAxis::atBottom), anglesRect_->axis(QCPAxis::atLeft));
    bars_->setWidth(0.8);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(31, 119, 180));
    anglesRect_->axis(QCPAxis::atLeft)->setRange(0, 90);

    largest_ = plot_->addGraph(largestRect_->axis(QCPAxis::atBottom), largestRect_->axis(QCPAxis::atLeft));
    largest_->setPen(QPen(QColor(31, 119, 180), 1.5));
    // Measured at snapshots only (about once a second): dots show where, so a fast run's few
    // points are not read as a straight decline.
    largest_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    largestRect_->axis(QCPAxis::atLeft)->setRange(0, 90);

    modelMse_ = plot_->addGraph(mseRect_->axis(QCPAxis::atBottom), mseRect_->axis(QCPAxis::atLeft));
    modelMse_->setPen(QPen(QColor(31, 119, 180), 2));
    modelMse_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    pcaMse_ = plot_->addGraph(mseRect_->axis(QCPAxis::atBottom), mseRect_->axis(QCPAxis::atLeft));
    pcaMse_->setPen(QPen(QColor(255, 127, 14), 1.5, Qt::DashLine));
    auto* legend = new QCPLegend;
    mseRect_->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFont(QFont(font().family(), 8));
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->addItem(new QCPPlottableLegendItem(legend, modelMse_));
    legend->addItem(new QCPPlottableLegendItem(legend, pcaMse_));

    note_ = new QLabel(this);
    note_->setWordWrap(true);
    note_->setContentsMargins(6, 4, 6, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(note_);
    layout->addWidget(plot_, 1);
    clear();
    retranslateUi();
}

void PcaSubspacePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void PcaSubspacePage::retranslateUi() {
    anglesRect_->axis(QCPAxis::atLeft)->setLabel(tr("angle (°)"));
    largestRect_->axis(QCPAxis::atLeft)->setLabel(tr("largest (°)"));
    mseRect_->axis(QCPAxis::atLeft)->setLabel(tr("MSE"));
    anglesRect_->axis(QCPAxis::atBottom)->setLabel(tr("angles, smallest to largest"));
    largestRect_->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
    mseRect_->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
    bars_->setName(tr("principal angles"));
    largest_->setName(tr("largest angle"));
    modelMse_->setName(tr("model"));
    pcaMse_->setName(tr("PCA rank k"));
    note_->setToolTip(
        tr("Principal angles measure how far apart two subspaces are, whatever their bases: 0° means the decoder "
           "spans a direction PCA keeps, 90° one PCA discards. Range 0–90°. A linear autoencoder trained on MSE has "
           "its minima exactly on the span of the top-k principal components (Baldi & Hornik 1989): every angle "
           "goes to 0 and its MSE to PCA's rank-k MSE, though the code itself may be any rotation of PCA's. Two "
           "random k-dimensional subspaces of a 784-dimensional space have every angle above about 65°."));
    showNote(noteText_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PcaSubspacePage::showNote(std::function<QString()> text) {
    noteText_ = std::move(text);
    note_->setText(noteText_());
}

QString PcaSubspacePage::note() const { return note_->text(); }

void PcaSubspacePage::clear() {
    bars_->data()->clear();
    largest_->data()->clear();
    modelMse_->data()->clear();
    pcaMse_->data()->clear();
    showNote([this] { return tr("The decoder against PCA appears with the first model."); });
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PcaSubspacePage::showSnapshot(const ModelSnapshot& s) {
    const PcaSubspace& p = s.pcaSubspace;
    if (p.k == 0) {
        clear();
        showNote([this] {
            return tr("No comparison with PCA: it needs a training set with at least as many images and pixels as "
                      "the code has numbers.");
        });
        return;
    }
    QVector<double> index, angles;
    for (std::size_t i = 0; i < p.anglesDegrees.size(); ++i) {
        index.push_back(double(i + 1));
        angles.push_back(p.anglesDegrees[i]);
    }
    bars_->setData(index, angles, true);
    anglesRect_->axis(QCPAxis::atBottom)->setRange(0.4, std::max(2.0, double(index.size()) + 0.6));

    QVector<double> at, largest, mse, pca;
    for (const PcaSubspacePoint& h : s.pcaSubspaceHistory) {
        at.push_back(h.position);
        largest.push_back(h.largestAngle);
        mse.push_back(h.mse);
        pca.push_back(p.pcaMse);  // fixed: PCA is fitted once on the training data
    }
    if (!p.anglesDegrees.empty()) largest_->setData(at, largest, true);
    else largest_->data()->clear();
    modelMse_->setData(at, mse, true);
    pcaMse_->setData(at, pca, true);
    const double end = at.isEmpty() ? 1 : std::max(at.back(), 1.0);
    largestRect_->axis(QCPAxis::atBottom)->setRange(0, end);
    mseRect_->axis(QCPAxis::atBottom)->setRange(0, end);
    double top = p.pcaMse;
    for (const double m : mse) if (std::isfinite(m)) top = std::max(top, m);
    // Both lines near the bottom would hide the gap that matters: start the axis just under PCA's.
    mseRect_->axis(QCPAxis::atLeft)->setRange(std::max(0.0, p.pcaMse * 0.9 - (top - p.pcaMse) * 0.05),
                                              std::max(top * 1.05, p.pcaMse * 1.1));

    showNote([this, p] {
        const double ratio = p.pcaMse > 0 ? p.mse / p.pcaMse : 0;
        QString text;
        if (p.anglesDegrees.empty())
            text = tr("A convolutional decoder has no single span to compare with PCA: MSE only.");
        else
            text = tr("Decoder span vs the top-%1 principal components of the training data: largest angle %2°, "
                      "median %3°.")
                       .arg(p.k)
                       .arg(p.largestAngle(), 0, 'f', 1)
                       .arg(p.anglesDegrees[p.anglesDegrees.size() / 2], 0, 'f', 1);
        text += QLatin1Char(' ') + tr("Probe MSE %1, PCA rank-%2 %3 (×%4).")
                                       .arg(p.mse, 0, 'g', 4)
                                       .arg(p.k)
                                       .arg(p.pcaMse, 0, 'g', 4)
                                       .arg(ratio, 0, 'f', 3);
        if (!p.exact)
            text += QLatin1Char(' ') + tr("This network is not linear: the equality with PCA holds only for a linear "
                                          "autoencoder; the angles use its decoder's weights alone.");
        return text;
    });
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
