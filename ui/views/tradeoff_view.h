#pragma once
// What λ_d buys and costs (seed 002): one point per finished run of this session, its test
// reconstruction loss (x) against the latent space's distance distortion on the probe set
// (y: Kruskal stress-1, or 1 − Spearman), labelled with the run's distance weight λ_d, against
// dashed reference levels: PCA and classical MDS of the same probe images (the newest
// snapshot's baselines), which have no reconstruction loss of the same kind and so are lines.
// The runs of one sweep are joined in the order they ran and labelled with their swept value.
#include "ui/session/snapshot.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QCPCurve;
class QCustomPlot;

namespace ae {

struct TradeoffRun {
    QString variant;
    double distanceWeight = 0;  // λ_d
    int codeSize = 0;
    double reconstruction = 0;  // test (else training) reconstruction loss per element
    double stress = 0;
    double spearman = 0;
    int sweep = -1;             // which sweep of this session it belongs to; -1: none
    QString sweepLabel = {};    // its swept value ("λ_d 0.1", "L1 1e-6"); empty outside a sweep
    QString loss = {};          // the reconstruction loss's name ("bce", "mse"): the x axis's unit
};

class TradeoffView : public QWidget {
    Q_OBJECT
public:
    explicit TradeoffView(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    int runCount() const { return static_cast<int>(runs_.size()); }
    const std::vector<TradeoffRun>& runs() const { return runs_; }
    void addRun(const TradeoffRun& run);
    // 0: stress-1 on the y axis, 1: 1 − Spearman.
    void setMeasure(int measure);
    static QString labelFor(const TradeoffRun& run);
    // The reference levels drawn (PCA, then MDS), in the chosen measure; empty without baselines.
    const std::vector<double>& referenceLevels() const { return referenceLevels_; }
    // The lines joining each sweep's runs, one per sweep with at least one finished run.
    const std::vector<QCPCurve*>& sweepLines() const { return sweepLines_; }

public slots:
    void showProgress(const ae::TrainingProgress& progress);
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    // A run ended: one point from the newest snapshot and epoch, unless it was stopped.
    void runFinished(bool stopped);
    // The run about to start is run `label` of a sweep (the first one of a new sweep when
    // `firstOfSweep`); a run that starts without this call is a run of its own.
    void startSweepRun(bool firstOfSweep, const QString& label);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void redraw();

    QLabel* hint_ = nullptr;

    QCustomPlot* plot_ = nullptr;
    QComboBox* measure_ = nullptr;
    std::vector<TradeoffRun> runs_;
    std::shared_ptr<const DistanceBaselines> baselines_;
    std::vector<double> referenceLevels_;
    std::vector<QCPCurve*> sweepLines_;
    int sweeps_ = 0;
    TradeoffRun pending_;       // the current run, from the newest snapshot and progress
    bool hasSnapshot_ = false, hasLoss_ = false;
};

} // namespace ae
