#pragma once
// What the Model panel's noise does to the data before any training (issue 14): a few test
// images, clean over corrupted with the chosen noise type and factor, redrawn as the form is
// edited. The draws come from one fixed seed, so moving the factor shows the same noise growing
// rather than new noise each time. Empty (and the panel hides it) when the noise is none or no
// data is loaded.
#include "core/nn/corruption.h"
#include "ui/views/common/image_grid.h"

namespace ae {

class NoisePreview : public ImageGrid {
    Q_OBJECT
public:
    static constexpr int kImages = 6;

    explicit NoisePreview(QWidget* parent = nullptr);

    // The images the noise is shown on: the first kImages rows of `samples`, of `shape`.
    void setImages(const Matrix& samples, const Shape& shape);
    void setNoise(NoiseKind noise, float factor);
    // Whether there is anything to show: images, a noise other than none, a factor the noise
    // accepts.
    bool showsNoise() const { return imageCount() > 0; }
    // The corrupted images as drawn (kImages x D or fewer; empty when nothing is shown).
    const Matrix& noisy() const { return noisy_; }

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void redraw();

    Matrix clean_;
    Shape shape_;
    NoiseKind noise_ = NoiseKind::None;
    float factor_ = 0;
    Matrix noisy_;
};

} // namespace ae
