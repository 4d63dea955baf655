#pragma once
// What L1, KL sparsity and a dying code do to the code, on the probe set: each unit's mean
// activation (ρ̂_j, sorted or in unit order, the KL target ρ drawn when KL sparsity is on, dead
// units marked), the histogram of all code values with the "silent" band |z| ≤ ε, and the active
// fraction and dead units per epoch, under a line of headline figures (core/analysis/
// code_activity.h has the formulas). A conv code's units are its channel × position values; a
// VAE's are its means μ.
#include "ui/session/snapshot.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;

namespace ae {

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
    QString headline() const;
    // The dead-code warning as shown; empty while the code lives.
    QString warning() const;
    void flush();

    static constexpr int kHistogramBins = 40;

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

signals:
    // The code went dead (every unit silent on the probe set) in this run; once per run.
    void codeDied(const QString& message);

private:
    struct EpochActivity {
        int epoch = 0;
        double activeFraction = 0;
        double deadFraction = 0;
    };
    void rebuild();
    void drawUnits();
    void drawHistogram();
    void drawHistory();

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

    CodeActivity activity_;  // newest
    Matrix codes_;
    ModelConfig config_;
    int epoch_ = 0;
    bool hasSnapshot_ = false, dirty_ = false, warned_ = false;
    std::vector<EpochActivity> epochs_;  // one per finished epoch count, newest last
    QTimer replotTimer_;
};

} // namespace ae
