#pragma once
// A sweep's results side by side: a table (value, status, final test and training loss, the
// code terms, Spearman and stress when measured, time), each value's test-loss curve overlaid in
// its own colour, and one reconstruction strip per value. Keeps only the newest results and
// redraws on a short single-shot timer, so a live run's progress never floods the GUI.
#include "ui/sweep/sweep_controller.h"

#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace ae {

class SweepStrip;

class SweepView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        Value, Status, TestReconstruction, TestLoss, TrainLoss, CodeTerms, Active, DeadUnits, MeanAbs, PsnrGain, Spearman, Stress,
        Seconds, ColumnCount
    };

    explicit SweepView(QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QCustomPlot* plot() const { return plot_; }
    SweepStrip* strip() const { return strip_; }
    QString headline() const;
    bool hasRuns() const { return !runs_.empty(); }
    // Draws the pending results at once instead of waiting for the timer (tests, export).
    void flush();

    // The colour of run `index`'s curve and table marker.
    static QColor runColor(int index);

public slots:
    // `currentRun` is 0-based, -1 when the sweep is not running.
    void showRuns(ae::SweepParameter parameter, const std::vector<ae::SweepRun>& runs, int currentRun);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void fillTable();
    void drawCurves();

    QLabel* headline_ = nullptr;
    QTableWidget* table_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    SweepStrip* strip_ = nullptr;

    SweepParameter parameter_ = SweepParameter::L1;
    std::vector<SweepRun> runs_;  // only the newest
    int currentRun_ = -1;
    bool dirty_ = false;
    QTimer redrawTimer_;
};

} // namespace ae
