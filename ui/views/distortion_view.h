#pragma once
// The Shepard diagram of seed 002: for pairs of probe samples, distance in input space (x)
// against distance in latent space (y), as a density of pairs (log counts, since there are
// ~500,000 of them), the best-scale line y = x / a through the origin, and the distortion
// metrics beside it.
#include "ui/session/snapshot.h"

#include <QTimer>
#include <QWidget>

class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPTextElement;
class QCustomPlot;

namespace ae {

class DistortionView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBins = 200;  // per axis

    explicit DistortionView(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    QCPColorMap* densityMap() const { return map_; }
    QCPGraph* scaleLine() const { return line_; }
    // The metrics as shown, one per line.
    QString metricsText() const;
    // The fitted a of dx ~ a * dz (stress-1's scale); 0 when there are no pairs.
    double scale() const { return scale_; }
    // Draws the pending snapshot at once instead of waiting for the timer.
    void flush();

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

private:
    void rebuild();

    QCustomPlot* plot_ = nullptr;
    QCPColorMap* map_ = nullptr;
    QCPColorScale* colourScale_ = nullptr;
    QCPGraph* line_ = nullptr;
    QCPTextElement* metrics_ = nullptr;
    ShepardData shepard_;  // newest only
    DistortionMetrics distortion_;
    int epoch_ = 0;
    bool dirty_ = false;
    double scale_ = 0;
    QTimer replotTimer_;
};

} // namespace ae
