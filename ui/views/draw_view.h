#pragma once
// Draw your own input (issue 16): a canvas for one digit, or an opened image, made MNIST-like
// (core/data/digit_preprocessing.h) and shown to the model as the person draws: what the model
// was given, its reconstruction and error map, the anomaly score against the Anomalies view's
// threshold, and the nearest training images; the drawing's code is marked on the latent
// scatter (markPoint). A VAE can also decode a sample from its prior, N(0, I), here on the GUI
// side with the views' own decoder.
#include "ui/session/drawn_input_snapshot.h"
#include "ui/session/snapshot.h"
#include "ui/session/snapshot_builder.h"
#include "ui/views/common/latent_decoder.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <limits>
#include <random>

class QLabel;
class QPushButton;

namespace ae {

class DrawingCanvas;
class ImageGrid;

class DrawView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kNeighbours = 8;
    explicit DrawView(QWidget* parent = nullptr);

    DrawingCanvas* canvas() const { return canvas_; }
    ImageGrid* results() const { return results_; }
    ImageGrid* neighbours() const { return neighbours_; }
    QPushButton* sampleButton() const { return sample_; }
    QString statusText() const;
    QString scoreText() const;
    // The drawing as the model sees it (784 values), empty while the sheet is empty.
    const Vector& modelInput() const { return input_; }
    const DrawnInputSnapshot& result() const { return drawn_; }
    // Opens `path` as the drawing (grey; a light background is inverted). False with the reason
    // in the status line when it cannot be read.
    bool openImage(const QString& path);
    // Sends the drawing now instead of after the short pause that coalesces strokes.
    void flush();

public slots:
    // The newest model: whether there is one to ask, its input shape, and the decoder a VAE's
    // prior sample uses. A drawing on the sheet is asked about again, so it follows training.
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void showDrawn(const ae::DrawnInputSnapshot& drawn);
    // The Anomalies view's threshold; NaN: none.
    void setThreshold(double threshold);
    void sampleFromPrior();
    // The model was reset or replaced: nothing to ask until its first snapshot.
    void clearModel();

signals:
    // The preprocessed drawing, for the model (TrainingSession::inspectDrawing).
    void inputChanged(const ae::Vector& input);
    // Where to mark the drawing (or a prior sample) on the latent scatter, and when to stop.
    void markPoint(QPointF planePoint, const ae::Vector& code, const QString& name);
    void unmarkPoint();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void prepare();
    void showStatus();
    void showResults();
    bool modelTakesDigits() const;

    DrawingCanvas* canvas_ = nullptr;
    ImageGrid* results_ = nullptr;
    ImageGrid* neighbours_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* score_ = nullptr;
    QPushButton* sample_ = nullptr;
    QPushButton* clear_ = nullptr;
    QPushButton* open_ = nullptr;
    QTimer pause_;                   // coalesces the segments of a stroke into one request
    Vector input_;
    bool inverted_ = false;          // the opened image was inverted, which the status line says
    // Why the drawing cannot be used, when it cannot; a wording, so a change of language words it anew.
    std::function<QString()> error_;
    DrawnInputSnapshot drawn_;
    bool hasModel_ = false;
    Shape shape_;
    QStringList classNames_;
    bool variational_ = false;
    LatentProjection projection_;
    LatentDecoder decoder_;
    double threshold_ = std::numeric_limits<double>::quiet_NaN();
    std::mt19937_64 rng_{20261204};
    Matrix prior_;                   // 1 x D, the last sample from the prior; empty: none shown
    Vector priorCode_;               // its code and place on the latent plane, to name its mark again
    QPointF priorPoint_;
    bool priorOnPlane_ = false;
};

} // namespace ae
