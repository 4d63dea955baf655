#include "ui/views/neighbour_view.h"

#include "ui/views/common/image_grid.h"
#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

ImageGrid* stripGrid(QWidget* parent) {
    auto* grid = new ImageGrid(parent);
    ImageGrid::Style style = grid->style();
    style.captionPixels = 10;
    style.frames = true;
    grid->setStyle(style);
    grid->setMinimumSize(200, 64);
    return grid;
}

// One decimal: a caption is as wide as a 28-pixel tile.
QString distanceText(double d) { return QLocale().toString(d, 'f', 1); }

} // namespace

NeighbourView::NeighbourView(QWidget* parent) : QWidget(parent) {
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    trainKnn_ = new QLabel(this);
    trainKnn_->setWordWrap(true);
    trainKnn_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    selected_ = stripGrid(this);
    selected_->setMinimumSize(90, 90);
    selected_->setMaximumWidth(130);
    inputGrid_ = stripGrid(this);
    codeGrid_ = stripGrid(this);
    trainGrid_ = stripGrid(this);

    auto* strips = new QVBoxLayout;
    strips->setSpacing(2);
    strips->addWidget(inputGrid_, 1);
    strips->addWidget(codeGrid_, 1);
    strips->addWidget(trainGrid_, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(selected_, 0, Qt::AlignTop);
    row->addLayout(strips, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(summary_);
    layout->addWidget(trainKnn_);
    layout->addLayout(row, 1);

    installExportMenu(this);
    clear();
    retranslateUi();
}

void NeighbourView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The tooltips, then the summary and the strips worded again from the selection they show.
void NeighbourView::retranslateUi() {
    trainKnn_->setToolTip(tr("The report's distance.train_knn, computed by the same function as aelab-cli: for each probe "
                             "point, the share of its 10 nearest training images in input space that are also among its "
                             "10 nearest training images in code space, averaged over the probe points."));
    inputGrid_->setToolTip(tr("The probe points nearest to the selected one in input space (pixels), nearest first. Over "
                              "each: its rank among all probe points in code space; above %1 it was torn away.")
                               .arg(kNeighbours));
    codeGrid_->setToolTip(tr("The probe points nearest to the selected one in code space, nearest first. Over each: its "
                             "rank in input space; above %1 it is a false neighbour.")
                              .arg(kNeighbours));
    trainGrid_->setToolTip(tr("The training images nearest to the selected point in input space, with their distance, "
                              "and the rank their code would take among the probe points' codes (1 = nearest). The "
                              "triangles on the latent scatter are where the model puts them."));
    fillGrids();
}

QString NeighbourView::summary() const { return summary_->text(); }
QString NeighbourView::trainKnnText() const { return trainKnn_->text(); }

QString NeighbourView::pointName(int label) const {
    if (label < 0) return QString();
    if (label < classNames_.size() && !classNames_[label].isEmpty()) return classNames_[label];
    return QString::number(label);
}

void NeighbourView::clear() {
    inputs_.reset();
    codes_ = Matrix();
    labels_.clear();
    epoch_ = -1;
    probe_ = -1;
    neighbours_ = ProbeNeighbours();
    train_ = TrainNeighbourSnapshot();
    trainRanks_.clear();
    asked_ = -1;
    fillGrids();
    emitHighlight();
}

void NeighbourView::showSnapshot(const ModelSnapshot& snapshot) {
    inputs_ = snapshot.probeInputs;
    codes_ = snapshot.codes;
    labels_ = snapshot.latentLabels;
    classNames_ = snapshot.classNames;
    shape_ = snapshot.inputShape;
    epoch_ = snapshot.epoch;
    if (probe_ < 0) {
        fillGrids();
        return;
    }
    inspect();
    if (train_.epoch != epoch_ || train_.probe != probe_) askForTraining();
}

void NeighbourView::selectProbe(int index) {
    probe_ = index;
    inspect();
    if (probe_ >= 0 && train_.probe != probe_) askForTraining();
}

// The probe side, from the snapshot's own values.
void NeighbourView::inspect() {
    neighbours_ = ProbeNeighbours();
    const bool usable = inputs_ && inputs_->rows() == codes_.rows() && codes_.rows() > kNeighbours;
    if (!usable || probe_ >= codes_.rows()) probe_ = -1;
    if (probe_ >= 0) neighbours_ = probeNeighbours(*inputs_, codes_, probe_, kNeighbours);
    trainRanks_.clear();
    if (probe_ >= 0 && train_.probe == probe_ && train_.codes.cols() == codes_.cols()) {
        // A training image's code against the probe points' codes: how many are nearer.
        const Eigen::RowVectorXf z = codes_.row(probe_);
        std::vector<float> probeDistances;
        for (Eigen::Index i = 0; i < codes_.rows(); ++i)
            if (i != probe_) probeDistances.push_back((codes_.row(i) - z).norm());
        std::sort(probeDistances.begin(), probeDistances.end());
        for (Eigen::Index j = 0; j < train_.codes.rows(); ++j) {
            const float d = (train_.codes.row(j) - z).norm();
            trainRanks_.push_back(1 + static_cast<int>(std::lower_bound(probeDistances.begin(), probeDistances.end(), d) -
                                                       probeDistances.begin()));
        }
    }
    fillGrids();
    emitHighlight();
}

void NeighbourView::askForTraining() {
    if (probe_ < 0 || asked_ >= 0) return;  // one question at a time; the answer asks again if needed
    asked_ = probe_;
    askedEpoch_ = epoch_;
    emit trainNeighboursWanted(probe_);
}

void NeighbourView::showTrainNeighbours(const TrainNeighbourSnapshot& neighbours) {
    asked_ = -1;
    if (neighbours.probe == probe_ && probe_ >= 0) {
        train_ = neighbours;
        inspect();
    }
    if (probe_ >= 0 && (train_.probe != probe_ || train_.epoch != epoch_)) askForTraining();
}

void NeighbourView::emitHighlight() {
    NeighbourHighlight h;
    if (probe_ >= 0) {
        h.probe = probe_;
        for (const Eigen::Index i : neighbours_.input) h.input.push_back(static_cast<int>(i));
        for (const Eigen::Index i : neighbours_.code) h.code.push_back(static_cast<int>(i));
        if (train_.probe == probe_) {
            h.trainCodes = train_.codes;
            h.trainLatent = train_.latent2d;
        }
    }
    emit highlightChanged(h);
}

void NeighbourView::fillGrids() {
    const bool images = isImageShape(shape_);
    if (probe_ < 0) {
        summary_->setText(inputs_ ? tr("Click a point in the latent space to see its nearest neighbours in input space "
                                       "and in the code, and its nearest training images.")
                                  : tr("Train a model or open one, then click a point in the latent space."));
        trainKnn_->setText(train_.trainKnn >= 0 ? trainKnnSentence() : QString());
        for (ImageGrid* g : {selected_, inputGrid_, codeGrid_, trainGrid_}) g->clearImages();
        return;
    }
    const int k = neighbours_.k;
    const QString label = pointName(probe_ < static_cast<int>(labels_.size()) ? labels_[static_cast<std::size_t>(probe_)] : -1);
    summary_->setText(tr("Point %1: %2 of its %3 nearest points in input space are also among its %3 nearest in the code.")
                          .arg(probe_)
                          .arg(neighbours_.shared)
                          .arg(k));
    const Matrix& x = *inputs_;
    const auto image = [&](const Matrix& m, Eigen::Index row) { return images ? sampleImage(m.row(row).data(), shape_) : QImage(); };
    const auto labelOf = [&](Eigen::Index row) {
        return pointName(row < static_cast<Eigen::Index>(labels_.size()) ? labels_[static_cast<std::size_t>(row)] : -1);
    };

    ImageGrid::Content sel;
    sel.rows = sel.columns = 1;
    sel.images = {image(x, probe_)};
    sel.title = tr("point %1").arg(probe_);
    sel.columnCaptions = {label};
    sel.placeholder = notImagesText(shape_);
    selected_->setContent(std::move(sel));

    const auto strip = [&](const std::vector<Eigen::Index>& rows, const std::vector<int>& otherRanks, const QString& title,
                           const QString& caption, const QString& tip) {
        ImageGrid::Content c;
        c.rows = 1;
        c.columns = static_cast<int>(rows.size());
        c.title = title;
        c.placeholder = notImagesText(shape_);
        for (std::size_t j = 0; j < rows.size(); ++j) {
            c.images.push_back(image(x, rows[j]));
            c.columnCaptions << caption.arg(otherRanks[j]);
            c.toolTips << tip.arg(rows[j]).arg(labelOf(rows[j])).arg(j + 1).arg(otherRanks[j]);
        }
        return c;
    };
    inputGrid_->setContent(strip(neighbours_.input, neighbours_.inputRankInCode,
                                 tr("Nearest in input space · over each: its rank in the code"), QStringLiteral("%1"),
                                 tr("probe point %1 (%2): input rank %3, code rank %4")));
    codeGrid_->setContent(strip(neighbours_.code, neighbours_.codeRankInInput,
                                tr("Nearest in the code · over each: its rank in input space"), QStringLiteral("%1"),
                                tr("probe point %1 (%2): code rank %3, input rank %4")));

    if (train_.probe != probe_ || train_.empty()) {
        ImageGrid::Content waiting;
        waiting.title = tr("Nearest training images");
        waiting.placeholder = tr("Looking up the nearest training images… (during a run: when it ends)");
        trainGrid_->setContent(std::move(waiting));
        trainKnn_->setText(train_.trainKnn >= 0 ? trainKnnSentence() : QString());
        return;
    }
    int close = 0;
    for (const int r : trainRanks_) close += r <= k ? 1 : 0;
    ImageGrid::Content t;
    t.rows = 1;
    t.columns = static_cast<int>(train_.indices.size());
    t.title = tr("Nearest training images · input distance, rank in the code: %1 of %2 among the point's %3 nearest")
                  .arg(close)
                  .arg(train_.indices.size())
                  .arg(k);
    t.placeholder = notImagesText(train_.inputShape);
    for (std::size_t j = 0; j < train_.indices.size(); ++j) {
        const auto row = static_cast<Eigen::Index>(j);
        t.images.push_back(isImageShape(train_.inputShape) ? sampleImage(train_.images.row(row).data(), train_.inputShape) : QImage());
        const int rank = j < trainRanks_.size() ? trainRanks_[j] : 0;
        t.columnCaptions << QStringLiteral("%1\n#%2").arg(distanceText(train_.distances[j])).arg(rank);
        t.toolTips << tr("training image %1 (%2): input distance %3; nearer the point's code than all but %4 probe points")
                          .arg(train_.indices[j])
                          .arg(pointName(train_.labels[j]))
                          .arg(QLocale().toString(train_.distances[j], 'f', 3))
                          .arg(rank - 1);
    }
    trainGrid_->setContent(std::move(t));
    trainKnn_->setText(trainKnnSentence());
}

QString NeighbourView::trainKnnSentence() const {
    if (train_.trainKnn < 0) return tr("Train-kNN: not measurable (fewer than 10 training images).");
    return tr("Train-kNN %1 (as aelab-cli reports it): on average %2 of each probe point's 10 nearest training images "
              "in input space stay among its 10 nearest in the code (%3 training images, epoch %4).")
        .arg(QLocale().toString(train_.trainKnn, 'f', 3))
        .arg(QLocale().toString(train_.trainKnn * 10, 'f', 1))
        .arg(train_.trainKnnPoints)
        .arg(train_.epoch);
}

} // namespace ae
