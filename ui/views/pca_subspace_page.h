#pragma once
// "A linear autoencoder is PCA", shown live (a page of the distortion view): the principal angles
// between the decoder's span in input space and the training data's top-k principal components
// (bars, in degrees), the largest of them over training, and the probe set's reconstruction MSE
// of the model against PCA's rank-k MSE over training. Draws ModelSnapshot::pcaSubspace and its
// history; the training thread measured them.
#include "ui/session/snapshot.h"

#include <QWidget>

#include <functional>

class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCustomPlot;
class QLabel;

namespace ae {

class PcaSubspacePage : public QWidget {
    Q_OBJECT
public:
    explicit PcaSubspacePage(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    QCPBars* angleBars() const { return bars_; }
    QCPGraph* largestAngleCurve() const { return largest_; }
    QCPGraph* modelMseCurve() const { return modelMse_; }
    QCPGraph* pcaMseCurve() const { return pcaMse_; }
    QString note() const;

    void showSnapshot(const ModelSnapshot& snapshot);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showNote(std::function<QString()> text);

    QCustomPlot* plot_ = nullptr;
    // The note is kept as a wording of what is shown, so a change of language words it anew.
    std::function<QString()> noteText_;
    QLabel* note_ = nullptr;
    QCPAxisRect* anglesRect_ = nullptr;
    QCPAxisRect* largestRect_ = nullptr;
    QCPAxisRect* mseRect_ = nullptr;
    QCPBars* bars_ = nullptr;
    QCPGraph* largest_ = nullptr;
    QCPGraph* modelMse_ = nullptr;
    QCPGraph* pcaMse_ = nullptr;
};

} // namespace ae
