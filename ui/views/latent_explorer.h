#pragma once
// The latent space to explore (issue 5): the latent view, and beside it the image the decoder
// makes of the point under the held mouse button; a drag draws a strip of kStripImages decoded
// images along the line; hovering a probe point shows its input and reconstruction. Decoding
// uses this widget's own LatentDecoder, rebuilt from the newest snapshot, never the live model.
#include "ui/views/common/latent_decoder.h"
#include "ui/session/snapshot.h"

#include <QImage>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace ae {

class ImageGrid;
class LatentView;

class LatentExplorer : public QWidget {
    Q_OBJECT
public:
    static constexpr int kStripImages = 10;

    explicit LatentExplorer(QWidget* parent = nullptr);

    LatentView* view() const { return view_; }
    LatentDecoder& decoder() { return decoder_; }

    // What the mouse does, callable directly (tests, keyboard-free demos).
    void decodeAt(QPointF z);                 // the side image
    void interpolate(QPointF from, QPointF to);  // the strip
    void showProbe(int index, QPoint globalPos);  // the hover tip; index -1 hides it

    QImage decodedImage() const { return decoded_; }
    const std::vector<QImage>& stripImages() const { return strip_; }
    // The hover tip's two images (input, reconstruction) for the last probe shown.
    QImage probeInputImage() const { return probeInput_; }
    QImage probeOutputImage() const { return probeOutput_; }

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onPressed(QPointF z);
    void onDragged(QPointF z);
    void onReleased(QPointF z);
    void showDecoded();
    void showStrip();
    bool farEnough(QPointF a, QPointF b) const;  // a drag, not a wobbly click

    LatentView* view_ = nullptr;
    ImageGrid* decodedGrid_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* decodedCaption_ = nullptr;
    bool decodedShown_ = false;  // showDecoded() has worded the caption from the decoder's state
    ImageGrid* stripGrid_ = nullptr;
    QLabel* stripCaption_ = nullptr;
    ImageGrid* tip_ = nullptr;  // a tooltip window

    LatentDecoder decoder_;
    Matrix codes_;                              // newest full probe codes
    std::shared_ptr<const Matrix> probeInputs_; // newest probe images
    Shape shape_;

    bool hasPoint_ = false, hasLine_ = false, pressed_ = false;
    QPointF point_, from_, to_;
    QImage decoded_;
    std::vector<QImage> strip_;
    QImage probeInput_, probeOutput_;
};

} // namespace ae
