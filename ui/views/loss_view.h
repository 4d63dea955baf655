#pragma once
// The loss curves: every batch's training loss (raw, faint, and smoothed), each epoch's
// training and validation loss, and the code terms (L1, KL sparsity, VAE KL, distance) as
// their own curves when the model has them. Keeps only the newest progress and replots on a
// short single-shot timer, so a fast producer never floods the GUI.
#include "ui/session/snapshot.h"

#include <QTimer>
#include <QWidget>

#include <array>

class QCheckBox;
class QCPGraph;
class QCustomPlot;

namespace ae {

class LossView : public QWidget {
    Q_OBJECT
public:
    enum class Curve {
        BatchRaw,       // every batch's total loss
        BatchSmoothed,  // the same, exponentially smoothed
        EpochTrain,     // total loss over each finished epoch
        EpochTest,      // validation loss after each epoch (when measured)
        L1,             // code terms, smoothed per batch
        KlSparsity,
        VaeKl,
        Distance,
    };
    static constexpr int curveCount = 8;

    explicit LossView(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    bool logScale() const;
    void setLogScale(bool on);

    // What the plot shows now (after flush()): whether a curve is drawn and listed in the
    // legend, and how many points it has.
    bool isCurveShown(Curve curve) const;
    int pointCount(Curve curve) const;
    // Draws the pending progress at once instead of waiting for the timer (tests, export).
    void flush();

public slots:
    void showProgress(const ae::TrainingProgress& progress);
    void clear();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    QCPGraph* graph(Curve curve) const { return graphs_[static_cast<int>(curve)]; }

    QCustomPlot* plot_ = nullptr;
    QCheckBox* logBox_ = nullptr;
    std::array<QCPGraph*, curveCount> graphs_{};
    TrainingProgress progress_;  // only the newest
    bool dirty_ = false;
    QTimer replotTimer_;
};

} // namespace ae
