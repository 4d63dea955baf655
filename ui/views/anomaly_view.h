#pragma once
// Anomaly detection by reconstruction error (seed 000's main use): for a model trained on the
// normal classes only, the histogram of every test sample's error, normal and anomalous in two
// colours, with a threshold the person drags; the confusion counts, precision, recall and F1 at
// that threshold; the ROC curve with its AUC beside the PCA baseline's; per-class mean error as
// bars; and the images the model reconstructs worst. Draws an AnomalySnapshot, never a model.
#include "ui/session/anomaly_snapshot.h"

#include <QTimer>
#include <QWidget>

class QCPBars;
class QCPCurve;
class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QComboBox;
class QPushButton;

namespace ae {

class AnomalyGalleryView;

class AnomalyView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBins = 50;  // histogram bins between the smallest and largest error

    explicit AnomalyView(QWidget* parent = nullptr);

    bool hasSnapshot() const { return !snapshot_.empty(); }
    const AnomalySnapshot& snapshot() const { return snapshot_; }
    double threshold() const { return threshold_; }
    // Confusion counts, precision, recall and F1 at the current threshold.
    const ThresholdStats& stats() const { return stats_; }
    QString statsText() const;

    // Histogram: kBins counts each (bins of equal width from the smallest error to the largest;
    // the largest falls in the last bin). Empty before a snapshot.
    const std::vector<int>& normalCounts() const { return normalCounts_; }
    const std::vector<int>& anomalousCounts() const { return anomalousCounts_; }
    double binLeft(int bin) const { return histMin_ + bin * binWidth_; }

    QCustomPlot* histogramPlot() const { return histogram_; }
    QCustomPlot* rocPlot() const { return rocPlot_; }
    QCustomPlot* classPlot() const { return classPlot_; }
    QCPCurve* rocCurve() const { return roc_; }
    QCPCurve* pcaRocCurve() const { return pcaRoc_; }
    QCPBars* normalClassBars() const { return normalClassBars_; }
    QCPBars* anomalousClassBars() const { return anomalousClassBars_; }
    AnomalyGalleryView* gallery() const { return gallery_; }
    QPushButton* scoreButton() const { return scoreButton_; }
    QComboBox* scoreChoice() const { return scoreChoice_; }
    AnomalyScore chosenScore() const;

    // Redraws now instead of on the next timer tick.
    void flush();

public slots:
    void showAnomalies(const ae::AnomalySnapshot& snapshot);
    // Moves the threshold (clamped to the error range) and recounts.
    void setThreshold(double threshold);
    void resetThreshold();  // back to the best-F1 threshold
    void clear();
    // Whether a model trained on normal classes exists to score (enables the button).
    void setCanScore(bool can);

signals:
    void thresholdChanged(double threshold);
    // The person pressed "Score test set", or chose another score with a model to score.
    void scoreRequested();
    // The person chose what the scores measure (the next scoring uses it).
    void scoreChosen(ae::AnomalyScore score);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    QLabel* scoreLabel_ = nullptr;
    void updateThresholdMarks();
    void dragTo(const QMouseEvent* event);
    void updateStats();

    QComboBox* scoreChoice_ = nullptr;
    QCustomPlot* histogram_ = nullptr;
    QCustomPlot* rocPlot_ = nullptr;
    QCustomPlot* classPlot_ = nullptr;
    QCPBars* normalBars_ = nullptr;
    QCPBars* anomalousBars_ = nullptr;
    QCPItemStraightLine* thresholdLine_ = nullptr;
    QCPCurve* roc_ = nullptr;
    QCPCurve* pcaRoc_ = nullptr;
    QCPGraph* rocPoint_ = nullptr;
    QCPBars* normalClassBars_ = nullptr;
    QCPBars* anomalousClassBars_ = nullptr;
    QCPItemStraightLine* classThreshold_ = nullptr;
    AnomalyGalleryView* gallery_ = nullptr;
    QLabel* statsLabel_ = nullptr;
    QLabel* summary_ = nullptr;
    QPushButton* scoreButton_ = nullptr;
    QPushButton* bestButton_ = nullptr;

    AnomalySnapshot snapshot_;  // newest only
    std::vector<int> normalCounts_, anomalousCounts_;
    double histMin_ = 0, binWidth_ = 1;
    double threshold_ = 0;
    ThresholdStats stats_;
    bool dragging_ = false;
    bool dirty_ = false;
    QTimer replotTimer_;
};

} // namespace ae
