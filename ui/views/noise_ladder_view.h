#pragma once
// How much noise the model removes (issue 14): for several levels of a chosen noise, around and
// beyond the one it was trained on, a few probe images noisy and reconstructed, PSNR of the noisy
// input and of the output against the clean image, their difference (the denoising gain) per
// level in a table, and the gain as a curve over the level. Works for any model: a plain
// autoencoder on the same ladder shows why a denoising one exists.
#include "ui/session/noise_ladder_snapshot.h"

#include <QWidget>

class QComboBox;
class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace ae {

class ImageGrid;

class NoiseLadderView : public QWidget {
    Q_OBJECT
public:
    explicit NoiseLadderView(QWidget* parent = nullptr);

    QComboBox* noiseChoice() const { return noise_; }
    ImageGrid* grid() const { return grid_; }
    QTableWidget* table() const { return table_; }
    QCustomPlot* plot() const { return plot_; }
    QCPGraph* gainCurve() const { return gain_; }
    QCPItemStraightLine* trainedLine() const { return trainedLine_; }
    QString headline() const;
    bool hasLadder() const { return !ladder_.empty(); }
    void flush();

    // How a noise is named in the window ("gaussian", "salt-and-pepper"), translated.
    static QString noiseName(NoiseKind noise);

public slots:
    void showLadder(const ae::NoiseLadderSnapshot& ladder);
    void clear();

signals:
    // The person chose another noise: measure the ladder for it.
    void noiseChosen(ae::NoiseKind noise);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* noiseLabel_ = nullptr;
    void rebuild();

    QComboBox* noise_ = nullptr;
    QLabel* headline_ = nullptr;
    ImageGrid* grid_ = nullptr;
    QTableWidget* table_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPGraph* gain_ = nullptr;
    QCPItemStraightLine* trainedLine_ = nullptr;
    NoiseLadderSnapshot ladder_;
};

} // namespace ae
