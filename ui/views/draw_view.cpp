#include "ui/views/draw_view.h"

#include "core/data/digit_preprocessing.h"
#include "ui/session/core_message.h"
#include "ui/views/common/image_grid.h"
#include "ui/views/common/plot_export.h"
#include "ui/views/common/tile_image.h"
#include "ui/views/drawing_canvas.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ae {
namespace {

// As the Reconstructions view: full colour at an error of 0.5.
constexpr double kErrorRange = 0.5;
// A pause this long in the mouse's movement sends the drawing; a long stroke is still sent every
// so often, so the answers follow the pen.
constexpr int kPauseMs = 60;

bool isDigitShape(const Shape& s) { return s.c == 1 && s.h == kDigitField && s.w == kDigitField; }

} // namespace

DrawView::DrawView(QWidget* parent) : QWidget(parent) {
    canvas_ = new DrawingCanvas(this);
    clear_ = new QPushButton(this);
    auto* clear = clear_;
    open_ = new QPushButton(this);
    auto* open = open_;
    sample_ = new QPushButton(this);
    sample_->setVisible(false);
    connect(clear, &QPushButton::clicked, canvas_, &DrawingCanvas::clear);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open an image of a digit"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.webp)"));
        if (!path.isEmpty()) openImage(path);
    });
    connect(sample_, &QPushButton::clicked, this, &DrawView::sampleFromPrior);

    results_ = new ImageGrid(this);
    results_->setMinimumSize(180, 80);
    neighbours_ = new ImageGrid(this);
    neighbours_->setMinimumSize(180, 50);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    score_ = new QLabel(this);
    score_->setWordWrap(true);
    score_->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(clear);
    buttons->addWidget(open);
    buttons->addWidget(sample_);
    buttons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(canvas_, 1);
    left->addLayout(buttons);
    auto* right = new QVBoxLayout;
    right->addWidget(status_);
    right->addWidget(results_, 3);
    right->addWidget(score_);
    right->addWidget(neighbours_, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    pause_.setSingleShot(true);
    pause_.setInterval(kPauseMs);
    connect(&pause_, &QTimer::timeout, this, &DrawView::prepare);
    // Segments restart nothing: the timer runs out kPauseMs after the first of a burst, so a
    // long stroke is measured several times a second, each time with its newest ink.
    connect(canvas_, &DrawingCanvas::changed, this, [this] {
        inverted_ = false;
        prior_ = Matrix();
        if (!pause_.isActive()) pause_.start();
    });
    connect(canvas_, &DrawingCanvas::strokeFinished, this, &DrawView::flush);

    installExportMenu(this);
    retranslateUi();
}

void DrawView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The buttons, then the status, score and captions worded again from the drawing and the answer.
void DrawView::retranslateUi() {
    clear_->setText(tr("Clear"));
    open_->setText(tr("Open image…"));
    open_->setToolTip(tr("A picture of one digit (PNG, JPEG, …): made grey, inverted when the background is light, "
                         "then prepared like a drawing"));
    sample_->setText(tr("Sample from the prior"));
    sample_->setToolTip(tr("Decode a random code drawn from the VAE's prior N(0, I)"));
    neighbours_->setToolTip(tr("The training images nearest the drawing (Euclidean distance between pixels)"));
    // The mark on the latent scatter is named in the language of the moment too.
    if (prior_.size() > 0) {
        if (priorOnPlane_) emit markPoint(priorPoint_, priorCode_, tr("sample from the prior"));
    } else if (input_.size() > 0 && !drawn_.empty() && drawn_.onPlane) {
        emit markPoint(drawn_.point, drawn_.code, tr("your drawing"));
    }
    showResults();
}

void DrawView::flush() {
    pause_.stop();
    prepare();
}

bool DrawView::modelTakesDigits() const { return hasModel_ && isDigitShape(shape_); }

// The maths is core's; here only the sheet's ink goes in and the request goes out.
void DrawView::prepare() {
    error_ = nullptr;
    input_ = Vector();
    if (!canvas_->isEmpty()) {
        try {
            const std::vector<float> digit = mnistLikeDigit(canvas_->ink(), DrawingCanvas::kSide, DrawingCanvas::kSide);
            input_ = Eigen::Map<const Vector>(digit.data(), static_cast<Eigen::Index>(digit.size()));
        } catch (const Error& e) {
            error_ = [e] { return localisedMessage(e); };
        }
    }
    if (input_.size() > 0 && modelTakesDigits()) {
        emit inputChanged(input_);  // the last answer stays until the new one comes
    } else {
        drawn_ = DrawnInputSnapshot();
        emit unmarkPoint();
    }
    showResults();
}

bool DrawView::openImage(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        error_ = [this, path, reason = reader.errorString()] { return tr("Cannot open %1: %2").arg(path, reason); };
        showResults();
        return false;
    }
    // Grey by luminance, transparent parts as the paper behind them (white).
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, image);
    }
    const QImage grey = flat.convertToFormat(QImage::Format_Grayscale8);
    std::vector<float> values(static_cast<std::size_t>(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) values[static_cast<std::size_t>(y) * grey.width() + x] = line[x] / 255.0f;
    }
    const InkPicture ink = inkFromGrey(values);
    canvas_->setInk(ink.ink, grey.width(), grey.height());
    inverted_ = ink.inverted;
    flush();
    return true;
}

void DrawView::showSnapshot(const ModelSnapshot& snapshot) {
    const bool first = !hasModel_;
    hasModel_ = true;
    shape_ = snapshot.inputShape;
    classNames_ = snapshot.classNames;
    variational_ = snapshot.config.variational;
    projection_ = LatentProjection{snapshot.latentPcaMean, snapshot.latentPcaComponents};
    if (variational_) decoder_.update(snapshot);
    sample_->setVisible(variational_);
    // The drawing follows the model as it trains (requests are coalesced by the session).
    if (input_.size() > 0 && modelTakesDigits() && prior_.size() == 0) emit inputChanged(input_);
    if (first) showResults();
}

void DrawView::clearModel() {
    hasModel_ = false;
    variational_ = false;
    sample_->setVisible(false);
    decoder_.reset();
    drawn_ = DrawnInputSnapshot();
    prior_ = Matrix();
    threshold_ = std::numeric_limits<double>::quiet_NaN();
    emit unmarkPoint();
    showResults();
}

void DrawView::showDrawn(const DrawnInputSnapshot& drawn) {
    // An answer to a drawing since cleared, or to one before a prior sample, is not shown.
    if (input_.size() == 0 || prior_.size() > 0) return;
    drawn_ = drawn;
    if (drawn.onPlane) emit markPoint(drawn.point, drawn.code, tr("your drawing"));
    showResults();
}

void DrawView::setThreshold(double threshold) {
    threshold_ = threshold;
    showResults();
}

void DrawView::sampleFromPrior() {
    if (!decoder_.ready() || !variational_) return;
    std::normal_distribution<float> normal;
    Vector z(decoder_.codeSize());
    for (Eigen::Index i = 0; i < z.size(); ++i) z(i) = normal(rng_);
    prior_ = decoder_.decodeCodes(Matrix(z.transpose()));
    QPointF at;
    priorOnPlane_ = projectCode(z, projection_, at);
    priorPoint_ = at;
    priorCode_ = z;
    if (priorOnPlane_) emit markPoint(at, z, tr("sample from the prior"));
    showResults();
}

QString DrawView::statusText() const { return status_->text(); }
QString DrawView::scoreText() const { return score_->text(); }

void DrawView::showStatus() {
    QString text;
    if (error_) text = error_();
    else if (!hasModel_) text = tr("Train a model (or open one with File ▸ Open model…) to see what it makes of your drawing.");
    else if (!isDigitShape(shape_))
        text = tr("This model takes %1 samples; drawing needs a model of 28 × 28 grey images (MNIST, Fashion-MNIST, the sample).")
                   .arg(QString::fromStdString(shape_.str()));
    else if (prior_.size() > 0) text = tr("A code drawn from the prior N(0, I), decoded.");
    else if (input_.size() == 0) text = tr("Draw a digit on the sheet, or open an image of one.");
    else if (drawn_.empty()) text = tr("Asking the model…");
    else if (drawn_.onPlane) text = tr("The model after epoch %1; your drawing is the red diamond in Latent space.").arg(drawn_.epoch);
    else text = tr("The model after epoch %1:").arg(drawn_.epoch);
    if (inverted_)
        text += QLatin1Char(' ') +
                tr("The picture was dark on light, so it was inverted (MNIST's digits are light on black).");
    status_->setText(text);

    QString score;
    if (!drawn_.empty() && prior_.size() == 0) {
        const QString value = QString::number(drawn_.anomalyScore, 'g', 3);
        if (std::isfinite(threshold_))
            score = drawn_.anomalyScore > threshold_
                        ? tr("Anomaly score %1, above the threshold %2: flagged as an anomaly.").arg(value, QString::number(threshold_, 'g', 3))
                        : tr("Anomaly score %1, below the threshold %2: looks normal.").arg(value, QString::number(threshold_, 'g', 3));
        else
            score = tr("Anomaly score %1 (mean squared error per pixel). Train on some classes only (Data panel) for a "
                       "threshold.").arg(value);
    }
    score_->setText(score);
    score_->setVisible(!score.isEmpty());
}

void DrawView::showResults() {
    showStatus();
    const Shape digit{1, kDigitField, kDigitField};
    ImageGrid::Content top;
    if (prior_.size() > 0) {
        top.rows = 1;
        top.columns = 1;
        top.images.push_back(sampleImage(prior_.data(), digit));
        top.columnCaptions << tr("decoded sample");
    } else if (input_.size() > 0) {
        top.rows = 1;
        top.columns = 3;
        top.images.push_back(sampleImage(input_.data(), digit));
        top.columnCaptions << tr("model input\n28 × 28");
        const bool answered = !drawn_.empty() && drawn_.output.size() == input_.size();
        top.images.push_back(answered ? sampleImage(drawn_.output.data(), digit) : QImage());
        top.images.push_back(answered ? errorImage(drawn_.input.data(), drawn_.output.data(), digit, kErrorRange) : QImage());
        top.columnCaptions << tr("reconstruction") << tr("error (0–%1)").arg(kErrorRange);
    } else {
        top.placeholder = tr("What the model sees of your drawing appears here.");
    }
    results_->setContent(std::move(top));

    ImageGrid::Content near;
    const int k = prior_.size() > 0 ? 0 : static_cast<int>(drawn_.neighbourRows.size());
    if (k > 0) {
        near.rows = 1;
        near.columns = k;
        near.title = tr("Nearest training images");
        for (int i = 0; i < k; ++i) {
            near.images.push_back(sampleImage(drawn_.neighbours.row(i).data(), drawn_.inputShape));
            const int label = drawn_.neighbourLabels[static_cast<std::size_t>(i)];
            const QString name = label >= 0 && label < classNames_.size() ? classNames_[label] : QStringLiteral("?");
            near.columnCaptions << QStringLiteral("%1\n%2").arg(name, QString::number(drawn_.neighbourDistances[static_cast<std::size_t>(i)], 'f', 1));
        }
    } else {
        near.placeholder = prior_.size() > 0 ? QString() : tr("The nearest training images appear here.");
    }
    neighbours_->setContent(std::move(near));
}

} // namespace ae
