#include "ui/views/latent_explorer.h"

#include "ui/views/common/image_grid.h"
#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"
#include "ui/views/latent_view.h"

#include <qcustomplot.h>

#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace ae {

namespace {

constexpr int kDecodedSide = 112;  // logical pixels of the decoded image (4x a 28x28 digit)
constexpr int kStripSide = 56;     // each image of the interpolation strip
constexpr int kTipSide = 84;       // input and reconstruction in the hover tip
constexpr double kDragPixels = 6;  // a shorter drag is a click

// One row of images with optional captions over them.
ImageGrid::Content row(std::vector<QImage> images, const QStringList& captions = {}) {
    ImageGrid::Content c;
    c.rows = images.empty() ? 0 : 1;
    c.columns = static_cast<int>(images.size());
    c.images = std::move(images);
    c.columnCaptions = captions;
    return c;
}

} // namespace

LatentExplorer::LatentExplorer(QWidget* parent) : QWidget(parent) {
    view_ = new LatentView(this);

    auto* side = new QVBoxLayout;
    title_ = new QLabel(this);
    auto* title = title_;
    decodedGrid_ = new ImageGrid(this);
    decodedGrid_->setFixedSize(kDecodedSide, kDecodedSide);
    ImageGrid::Style framed;
    framed.margin = 1;
    framed.frames = true;
    decodedGrid_->setStyle(framed);
    decodedCaption_ = new QLabel(this);
    decodedCaption_->setWordWrap(true);
    decodedCaption_->setFixedWidth(kDecodedSide);
    side->addWidget(title);
    side->addWidget(decodedGrid_);
    side->addWidget(decodedCaption_);
    side->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addWidget(view_, 1);
    top->addLayout(side);

    stripCaption_ = new QLabel(this);
    stripGrid_ = new ImageGrid(this);
    stripGrid_->setFixedHeight(kStripSide);
    ImageGrid::Style strip;
    strip.gap = 2;
    strip.margin = 0;
    stripGrid_->setStyle(strip);
    stripCaption_->setVisible(false);
    stripGrid_->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 2);
    layout->addLayout(top, 1);
    layout->addWidget(stripCaption_);
    layout->addWidget(stripGrid_);

    tip_ = new ImageGrid(this);
    tip_->setWindowFlags(Qt::ToolTip);
    ImageGrid::Style tip;
    tip.captionPixels = 11;
    tip.gap = 6;
    tip.background = QPalette::ToolTipBase;
    tip_->setStyle(tip);

    connect(view_, &LatentView::latentPointPressed, this, &LatentExplorer::onPressed);
    connect(view_, &LatentView::latentPointDragged, this, &LatentExplorer::onDragged);
    connect(view_, &LatentView::latentPointReleased, this, &LatentExplorer::onReleased);
    connect(view_, &LatentView::probePointHovered, this, [this](int index) { showProbe(index, QCursor::pos()); });
    view_->plot()->installEventFilter(this);  // the hover tip goes when the mouse leaves the plot
    installExportMenu(this);
    connect(view_, &LatentView::planeChanged, this, [this](const LatentPlane& plane) {
        decoder_.setPlane(plane);
        hasPoint_ = hasLine_ = false;  // a point of the old plane means nothing in the new one
        decoded_ = QImage();
        strip_.clear();
        showDecoded();
        showStrip();
    });
    retranslateUi();
}

void LatentExplorer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The title, then the captions worded again from the point and line they show.
void LatentExplorer::retranslateUi() {
    title_->setText(tr("Decoded"));
    title_->setToolTip(tr("Press the left button anywhere in the latent space: the decoder's image of that point, "
                          "live while the mouse moves. Drag from one point to another for an interpolation strip."));
    if (decodedShown_) showDecoded();
    else decodedCaption_->setText(tr("click the plot"));
    showStrip();
}

bool LatentExplorer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->plot() && (event->type() == QEvent::Leave || event->type() == QEvent::Hide)) tip_->hide();
    return QWidget::eventFilter(watched, event);
}

void LatentExplorer::showSnapshot(const ModelSnapshot& snapshot) {
    view_->showSnapshot(snapshot);
    codes_ = snapshot.codes;
    probeInputs_ = snapshot.probeInputs;
    shape_ = snapshot.inputShape;
    decoder_.setPlane(view_->plane());
    // The decoded images follow training: the same points, decoded by the newer weights.
    if (decoder_.update(snapshot)) {
        if (hasPoint_) decodeAt(point_);
        else showDecoded();  // "no model yet" becomes "click the plot"
        if (hasLine_) interpolate(from_, to_);
    }
}

void LatentExplorer::clear() {
    view_->clear();
    decoder_.reset();
    codes_ = Matrix();
    probeInputs_.reset();
    hasPoint_ = hasLine_ = pressed_ = false;
    decoded_ = QImage();
    strip_.clear();
    showDecoded();
    showStrip();
    tip_->hide();
}

void LatentExplorer::decodeAt(QPointF z) {
    point_ = z;
    hasPoint_ = true;
    decoded_ = decoder_.decodeImage(z);
    showDecoded();
}

void LatentExplorer::interpolate(QPointF from, QPointF to) {
    from_ = from;
    to_ = to;
    hasLine_ = true;
    strip_ = decoder_.decodeImages(LatentDecoder::linePoints(from, to, kStripImages));
    showStrip();
}

void LatentExplorer::showProbe(int index, QPoint globalPos) {
    if (index < 0 || !probeInputs_ || index >= probeInputs_->rows() || index >= codes_.rows() || !isImageShape(shape_)) {
        tip_->hide();
        return;
    }
    probeInput_ = sampleImage(probeInputs_->row(index).data(), shape_);
    const Matrix out = decoder_.decodeCodes(codes_.row(index));
    probeOutput_ = out.rows() == 1 ? sampleImage(out.row(0).data(), shape_) : QImage();
    tip_->setContent(row({probeInput_, probeOutput_}, {tr("input #%1").arg(index), tr("reconstruction")}));
    tip_->setFixedSize(tip_->sizeForScale(double(kTipSide) / std::max(1, probeInput_.width())));
    tip_->move(globalPos + QPoint(14, 14));
    if (isVisible()) tip_->show();
}

void LatentExplorer::onPressed(QPointF z) {
    pressed_ = true;
    from_ = z;
    hasLine_ = false;
    decodeAt(z);
    view_->showDecodedPoint(z);
}

void LatentExplorer::onDragged(QPointF z) {
    if (!pressed_) return;
    decodeAt(z);
    if (farEnough(from_, z)) {
        interpolate(from_, z);
        view_->showInterpolation(from_, z);
    } else {
        view_->showDecodedPoint(z);
    }
}

void LatentExplorer::onReleased(QPointF z) {
    if (!pressed_) return;
    onDragged(z);  // the last position counts as a move
    pressed_ = false;
}

bool LatentExplorer::farEnough(QPointF a, QPointF b) const {
    const QCustomPlot* plot = view_->plot();
    const double dx = plot->xAxis->coordToPixel(a.x()) - plot->xAxis->coordToPixel(b.x());
    const double dy = plot->yAxis->coordToPixel(a.y()) - plot->yAxis->coordToPixel(b.y());
    return std::hypot(dx, dy) >= kDragPixels;
}

void LatentExplorer::showDecoded() {
    decodedGrid_->setContent(row({decoded_}));  // an empty frame until there is an image
    decodedShown_ = true;
    if (decoded_.isNull())
        decodedCaption_->setText(decoder_.ready() ? tr("click the plot") : tr("no model yet"));
    else
        decodedCaption_->setText(tr("at (%1, %2)").arg(point_.x(), 0, 'g', 3).arg(point_.y(), 0, 'g', 3));
}

void LatentExplorer::showStrip() {
    const bool any = !strip_.empty();
    stripGrid_->setVisible(any);
    stripCaption_->setVisible(any);
    if (!any) return;
    const int n = static_cast<int>(strip_.size());
    stripGrid_->setContent(row(strip_));
    stripCaption_->setText(tr("Interpolation from (%1, %2) to (%3, %4), %5 images")
                               .arg(from_.x(), 0, 'g', 3)
                               .arg(from_.y(), 0, 'g', 3)
                               .arg(to_.x(), 0, 'g', 3)
                               .arg(to_.y(), 0, 'g', 3)
                               .arg(n));
}

} // namespace ae
