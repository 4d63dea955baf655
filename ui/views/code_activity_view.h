#pragma once
// What L1, KL sparsity and a dying code do to the code, on the probe set: each unit's mean
// activation (ρ̂_j, sorted or in unit order, the KL target ρ drawn when KL sparsity is on, dead
// units marked), the histogram of all code values with the "silent" band |z| ≤ ε, and the active
// fraction and dead units per epoch, under a line of headline figures (core/analysis/
// code_activity.h has the formulas). A second tab draws the probe set's codes as a heat map,
// images grouped by class, so one sees which units a digit uses. Under both, one chosen unit
// (a spin box, or a click on its bar or heat-map column): its decoder atom (core/train/
// code_atoms.h) beside the probe images that drive it hardest. The atom is decoded by the view's
// own decoder copy (LatentDecoder), never the training model. A conv code's units are its
// channel × position values; a VAE's are its means μ.
#include "ui/session/snapshot.h"
#include "ui/views/common/latent_decoder.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QCPBars;
class QCPColorScale;
class QCPColorMap;
class QCPItemRect;
class QSpinBox;
class QTabWidget;
class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;

namespace ae {

class ImageGrid;

class CodeActivityView : public QWidget {
    Q_OBJECT
public:
    explicit CodeActivityView(QWidget* parent = nullptr);

    QCustomPlot* unitsPlot() const { return units_; }
    QCustomPlot* histogramPlot() const { return histogram_; }
    QCustomPlot* historyPlot() const { return history_; }
    QCheckBox* sortChoice() const { return sort_; }
    QCPBars* unitBars() const { return unitBars_; }
    QCPGraph* deadMarks() const { return deadMarks_; }
    QCPItemStraightLine* targetLine() const { return target_; }
    QCPBars* histogramBars() const { return valueBars_; }
    QCPBars* silentBars() const { return silentBars_; }
    QCPGraph* activeCurve() const { return activeCurve_; }
    QCPGraph* deadCurve() const { return deadCurve_; }
    QTabWidget* tabs() const { return tabs_; }
    QCustomPlot* heatmapPlot() const { return heatmap_; }
    QCPColorMap* heatmap() const { return heatmapMap_; }
    // Probe rows in the heat map's order, bottom to top: by class label (unlabelled last), then
    // by row; and the unit shown in each heat-map column (the bars' order).
    const std::vector<int>& heatmapRows() const { return heatmapRows_; }
    const std::vector<int>& unitOrder() const { return order_; }
    // Where one class ends and the next begins, in heat-map rows (one line each).
    int classBoundaryCount() const;
    QSpinBox* unitChoice() const { return unitChoice_; }
    int selectedUnit() const;
    // The chosen unit's decoder atom (D values, signed; empty when no decoder) and the probe rows
    // that drive it hardest (core's mostActiveRows), as drawn.
    const Vector& atom() const { return atom_; }
    double atomAmplitude() const { return atomAmplitude_; }
    const std::vector<Eigen::Index>& topRows() const { return topRows_; }
    ImageGrid* unitGrid() const { return unitGrid_; }
    QString unitText() const;
    // Chooses the unit whose bar (or heat-map column) is at `position` in the drawn order.
    void selectUnitAt(int position);
    QString headline() const;
    // The dead-code warning as shown; empty while the code lives.
    QString warning() const;
    void flush();

    static constexpr int kHistogramBins = 40;
    static constexpr int kTopImages = 5;

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

signals:
    // The code went dead (every unit silent on the probe set) in this run; once per run.
    void codeDied(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* unitLabel_ = nullptr;
    QCPColorScale* heatmapScale_ = nullptr;
    struct EpochActivity {
        int epoch = 0;
        double activeFraction = 0;
        double deadFraction = 0;
    };
    void rebuild();
    void drawUnits();
    void drawHistogram();
    void drawHistory();
    void drawHeatmap();
    void drawUnit();
    void drawHeatmapMark();

    QLabel* headline_ = nullptr;
    QLabel* warning_ = nullptr;
    QCheckBox* sort_ = nullptr;
    QCustomPlot* units_ = nullptr;
    QCustomPlot* histogram_ = nullptr;
    QCustomPlot* history_ = nullptr;
    QCPBars* unitBars_ = nullptr;
    QCPGraph* deadMarks_ = nullptr;
    QCPItemStraightLine* target_ = nullptr;
    QCPBars* valueBars_ = nullptr;
    QCPBars* silentBars_ = nullptr;
    QCPItemStraightLine* epsilonLow_ = nullptr;
    QCPItemStraightLine* epsilonHigh_ = nullptr;
    QCPGraph* activeCurve_ = nullptr;
    QCPGraph* deadCurve_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QCustomPlot* heatmap_ = nullptr;
    QCPColorMap* heatmapMap_ = nullptr;
    std::vector<QCPItemStraightLine*> boundaries_;
    QCPItemRect* heatmapMark_ = nullptr;
    QSpinBox* unitChoice_ = nullptr;
    QLabel* unitText_ = nullptr;
    ImageGrid* unitGrid_ = nullptr;

    CodeActivity activity_;  // newest
    Matrix codes_;
    ModelConfig config_;
    std::vector<int> labels_;            // per probe row
    QStringList classNames_;
    std::shared_ptr<const Matrix> probe_;
    Shape inputShape_;
    LatentDecoder decoder_;              // the view's own copy, for the atoms
    std::vector<int> order_;             // unit per bar / heat-map column
    std::vector<int> heatmapRows_;
    Vector atom_;
    double atomAmplitude_ = 0;
    std::vector<Eigen::Index> topRows_;
    int epoch_ = 0;
    bool hasSnapshot_ = false, dirty_ = false, warned_ = false;
    std::vector<EpochActivity> epochs_;  // one per finished epoch count, newest last
    QTimer replotTimer_;
};

} // namespace ae
