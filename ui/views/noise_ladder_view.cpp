#include "ui/views/noise_ladder_view.h"

#include "ui/views/common/image_grid.h"
#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ae {
namespace {

const QColor kGain(31, 119, 180);
const QColor kTrained(44, 160, 44);

constexpr NoiseKind kLadderNoises[] = {NoiseKind::Gaussian, NoiseKind::Masking, NoiseKind::SaltAndPepper};

QString decibels(double db) { return QLocale().toString(db, 'f', 1); }
QString signedDecibels(double db) { return (db >= 0 ? QStringLiteral("+") : QString()) + decibels(db); }
QString levelText(double level) { return QLocale().toString(level, 'g', 3); }

} // namespace

QString NoiseLadderView::noiseName(NoiseKind noise) {
    switch (noise) {
    case NoiseKind::Gaussian: return tr("gaussian");
    case NoiseKind::Masking: return tr("masking");
    case NoiseKind::SaltAndPepper: return tr("salt-and-pepper");
    case NoiseKind::None: break;
    }
    return tr("none");
}

NoiseLadderView::NoiseLadderView(QWidget* parent) : QWidget(parent) {
    noise_ = new QComboBox(this);
    for (const NoiseKind kind : kLadderNoises) noise_->addItem(QString(), static_cast<int>(kind));
    connect(noise_, &QComboBox::activated, this,
            [this](int index) { emit noiseChosen(static_cast<NoiseKind>(noise_->itemData(index).toInt())); });
    headline_ = new QLabel(this);
    headline_->setWordWrap(true);
    headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    grid_ = new ImageGrid(this);
    ImageGrid::Style style = grid_->style();
    style.captionPixels = 10;
    grid_->setStyle(style);
    grid_->setMinimumSize(200, 120);

    table_ = new QTableWidget(0, 4, this);
    // Short headers: the table shares the dock's width with the images and the plot.
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setMinimumWidth(160);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);

    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(160, 80);
    plot_->xAxis->ticker()->setTickCount(4);
    gain_ = plot_->addGraph();
    gain_->setPen(QPen(kGain, 2));
    gain_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    trainedLine_ = new QCPItemStraightLine(plot_);
    trainedLine_->setPen(QPen(kTrained, 1.5, Qt::DashLine));
    trainedLine_->setVisible(false);
    auto* zero = new QCPItemStraightLine(plot_);
    zero->setPen(QPen(Qt::gray, 1, Qt::DotLine));
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);

    // Side by side: stacked, the table and the plot would need more height than a tabbed dock
    // of a 1200x800 window has.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(grid_);
    splitter->addWidget(table_);
    splitter->addWidget(plot_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({400, 250, 300});  // the proportions to start with, not the hints

    auto* top = new QHBoxLayout;
    noiseLabel_ = new QLabel(this);
    top->addWidget(noiseLabel_);
    top->addWidget(noise_);
    top->addWidget(headline_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    installExportMenu(this);
    clear();
    retranslateUi();
}

void NoiseLadderView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The fixed texts, then the ladder's (headline, table, images) by rebuild().
void NoiseLadderView::retranslateUi() {
    for (int i = 0; i < noise_->count(); ++i) noise_->setItemText(i, noiseName(static_cast<NoiseKind>(noise_->itemData(i).toInt())));
    noise_->setToolTip(tr("The noise the ladder adds to the test images. A model trained on it gets levels around its "
                          "own; any other model the levels of a typical one."));
    headline_->setToolTip(tr("PSNR = 10·log10(1 / mean squared error) against the clean image, per image and then "
                             "averaged; higher is closer. The gain is PSNR(output) − PSNR(noisy input): how many dB of "
                             "the noise the model removes. Every level uses the same draws, scaled or nested."));
    // Short headers: the table shares the dock's width with the images and the plot.
    table_->setHorizontalHeaderLabels({tr("level"), tr("noisy"), tr("output"), tr("gain")});
    table_->horizontalHeaderItem(1)->setToolTip(tr("PSNR of the noisy input against the clean image, in dB"));
    table_->horizontalHeaderItem(2)->setToolTip(tr("PSNR of the reconstruction of the noisy input against the clean image, in dB"));
    table_->horizontalHeaderItem(3)->setToolTip(tr("PSNR(output) − PSNR(noisy input), in dB: what the model removed"));
    plot_->xAxis->setLabel(tr("noise level"));
    plot_->yAxis->setLabel(tr("gain (dB)"));
    gain_->setName(tr("PSNR gain"));
    noiseLabel_->setText(tr("Noise:"));
    rebuild();
}

QString NoiseLadderView::headline() const { return headline_->text(); }

void NoiseLadderView::flush() { plot_->replot(); }

void NoiseLadderView::showLadder(const NoiseLadderSnapshot& ladder) {
    ladder_ = ladder;
    rebuild();
}

void NoiseLadderView::clear() {
    ladder_ = {};
    rebuild();
}

void NoiseLadderView::rebuild() {
    const NoiseLadderSnapshot& s = ladder_;
    const int levels = static_cast<int>(s.ladder.levels.size());
    if (!s.empty()) {
        const QSignalBlocker block(noise_);
        noise_->setCurrentIndex(std::max(0, noise_->findData(static_cast<int>(s.ladder.noise))));
    }

    // The headline: what the model removes at the level it was trained on, or that it never was.
    const QString noise = noiseName(s.ladder.noise);
    if (s.empty()) {
        headline_->setText(tr("Measured when a run ends: noise at several levels on the test images, and how much of it "
                              "the model removes."));
    } else if (const NoiseLevelResult* t = s.trained()) {
        headline_->setText(tr("Trained on %1 noise %2: gain %3 dB there (noisy %4 dB → output %5 dB) · %6 test images · "
                              "epoch %7")
                               .arg(noise, levelText(s.trainedLevel), signedDecibels(t->gain()), decibels(t->psnrNoisy),
                                    decibels(t->psnrOutput))
                               .arg(s.probe)
                               .arg(s.epoch));
    } else {
        headline_->setText(tr("Not trained on %1 noise: what the model removes anyway · %2 test images · epoch %3")
                               .arg(noise)
                               .arg(s.probe)
                               .arg(s.epoch));
    }

    table_->setRowCount(levels);

    QVector<double> keys, gains;
    for (int i = 0; i < levels; ++i) {
        const NoiseLevelResult& r = s.ladder.levels[std::size_t(i)];
        const QStringList cells{levelText(r.level), decibels(r.psnrNoisy), decibels(r.psnrOutput), signedDecibels(r.gain())};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (&r == s.trained()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table_->setItem(i, c, item);
        }
        keys << r.level;
        gains << r.gain();
    }

    gain_->setData(keys, gains, true);
    trainedLine_->setVisible(s.trained() != nullptr);
    if (s.trained()) {
        trainedLine_->point1->setCoords(s.trainedLevel, 0);
        trainedLine_->point2->setCoords(s.trainedLevel, 1);
    }
    if (levels > 0) {
        const double lo = std::min(0.0, *std::min_element(gains.begin(), gains.end()));
        const double hi = std::max(1.0, *std::max_element(gains.begin(), gains.end()));
        plot_->xAxis->setRange(0, keys.back() * 1.1);
        plot_->yAxis->setRange(lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);

    // Images: one probe image a row; the clean image, then per level its noisy input beside what
    // the model made of it, so a row reads left to right as the noise grows.
    ImageGrid::Content c;
    c.placeholder = tr("Noisy test images and their reconstructions appear here once a run has ended.");
    const Shape shape = s.inputShape;
    const int d = shape.size();
    const int rows = static_cast<int>(s.clean.rows());
    const bool consistent = levels > 0 && rows > 0 && d > 0 && s.clean.cols() == d &&
                            static_cast<int>(s.noisy.size()) == levels && static_cast<int>(s.outputs.size()) == levels;
    if (consistent && !isImageShape(shape)) c.placeholder = notImagesText(shape);
    if (consistent && isImageShape(shape)) {
        c.rows = rows;
        c.columns = 1 + 2 * levels;
        c.columnCaptions << tr("clean");
        c.columnBands.push_back({1, QString(), {}, {}});
        for (int i = 0; i < levels; ++i) {
            const NoiseLevelResult& r = s.ladder.levels[std::size_t(i)];
            c.columnCaptions << tr("noisy\n%1 dB").arg(decibels(r.psnrNoisy)) << tr("output\n%1 dB").arg(decibels(r.psnrOutput));
            // The trained level's gain is the headline's; its title has no room for both.
            const QString title = &r == s.trained() ? tr("%1 (trained)").arg(levelText(r.level))
                                                    : tr("%1: %2").arg(levelText(r.level), signedDecibels(r.gain()));
            c.columnBands.push_back({2, title, {}, {}});
        }
        c.images.resize(std::size_t(c.rows) * c.columns);
        for (int row = 0; row < rows; ++row) {
            QImage* line = &c.images[std::size_t(row) * c.columns];
            line[0] = sampleImage(s.clean.row(row).data(), shape);
            for (int i = 0; i < levels; ++i) {
                line[1 + 2 * i] = sampleImage(s.noisy[std::size_t(i)].row(row).data(), shape);
                line[2 + 2 * i] = sampleImage(s.outputs[std::size_t(i)].row(row).data(), shape);
            }
        }
    }
    grid_->setContent(std::move(c));
}

} // namespace ae
