#pragma once
// The co-ranking matrix as an image (a page of the distortion view): for every ordered pair of
// probe images, its neighbour rank in input space (x) against its rank in the code (y), log-log,
// coloured by pairs per rank cell on a log scale. A perfect code puts everything on the diagonal;
// pairs below it are intrusions (closer in the code than in the input: false neighbours), pairs
// above it extrusions (neighbours torn apart). The outlined K = 10 corner holds the pairs the
// k = 10 metrics look at. Draws ModelSnapshot::coRanking, binned on the training thread.
#include "core/analysis/coranking.h"

#include <QWidget>

#include <functional>

class QCPColorMap;
class QCPColorScale;
class QCPItemRect;
class QCPItemText;
class QCustomPlot;
class QLabel;

namespace ae {

class CoRankingPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCells = 160;  // image cells per axis (resampled from the bins)
    static constexpr int kOutlinedK = 10;

    explicit CoRankingPage(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    QCPColorMap* image() const { return map_; }
    QCPItemRect* outline() const { return outline_; }
    QString note() const;

    // epoch < 0: not measured yet.
    void showMatrix(const BinnedCoRanking& matrix, int epoch);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QCustomPlot* plot_ = nullptr;
    QCPColorMap* map_ = nullptr;
    QCPColorScale* scale_ = nullptr;
    QCPItemRect* outline_ = nullptr;
    QLabel* note_ = nullptr;
    QCPItemText* intrusions_ = nullptr;
    QCPItemText* extrusions_ = nullptr;
    // The note is kept as a wording of the matrix shown, so a change of language words it anew.
    std::function<QString()> noteText_;
};

} // namespace ae
