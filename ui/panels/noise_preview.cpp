#include "ui/panels/noise_preview.h"

#include "core/train/model_config.h"
#include "ui/views/common/tile_image.h"

#include <QEvent>

#include <cmath>
#include <random>

namespace ae {

namespace {
constexpr std::uint64_t kPreviewSeed = 1;
}

NoisePreview::NoisePreview(QWidget* parent) : ImageGrid(parent) {
    Style s = style();
    s.margin = 2;
    s.gap = 2;
    s.fontPixels = 11;
    setStyle(s);
    // As tall as two rows of small images: the form row must not grow a gap above them.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFixedHeight(76);
    retranslateUi();
}

void NoisePreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    ImageGrid::changeEvent(event);
}

void NoisePreview::retranslateUi() {
    setToolTip(tr("The chosen noise on a few test images, as training will show them to the model (fixed draws)."));
    redraw();  // the rows' labels
}

QSize NoisePreview::sizeHint() const { return {300, 76}; }

void NoisePreview::setImages(const Matrix& samples, const Shape& shape) {
    const Eigen::Index n = isImageShape(shape) && samples.cols() == shape.size() ? std::min<Eigen::Index>(kImages, samples.rows()) : 0;
    clean_ = samples.topRows(n);
    shape_ = shape;
    redraw();
}

void NoisePreview::setNoise(NoiseKind noise, float factor) {
    if (noise == noise_ && factor == factor_) return;
    noise_ = noise;
    factor_ = factor;
    redraw();
}

void NoisePreview::redraw() {
    noisy_ = Matrix();
    Content c;
    const bool valid = std::isfinite(factor_) && factor_ > 0 && limits::noiseFactor(noise_).contains(factor_);
    if (noise_ != NoiseKind::None && valid && clean_.rows() > 0) {
        std::mt19937_64 rng(kPreviewSeed);
        corrupt(noise_, factor_, clean_, noisy_, rng);
        const int columns = static_cast<int>(clean_.rows());
        c.rows = 2;
        c.columns = columns;
        c.rowLabels << tr("clean") << tr("noisy");
        c.images.resize(std::size_t(2 * columns));
        for (int i = 0; i < columns; ++i) {
            c.images[std::size_t(i)] = sampleImage(clean_.row(i).data(), shape_);
            c.images[std::size_t(columns + i)] = sampleImage(noisy_.row(i).data(), shape_);
        }
    }
    setContent(std::move(c));
}

} // namespace ae
