#pragma once
// The Shepard diagram of seed 002: for pairs of probe samples, distance in input space (x)
// against distance in latent space (y), as a density of pairs (log counts, since there are
// ~500,000 of them), the best-scale line y = x / a through the origin, and the distortion
// metrics beside it. Two more pages answer "is this good?": a table of the metrics for the
// model, PCA and classical MDS of the same probe images (each metric explained in its tooltip),
// and the R_NX(K) quality curves of the three over every neighbourhood size. The Shepard page can
// show PCA's or MDS's plot instead of the model's; two more pages draw the co-ranking matrix
// (CoRankingPage) and the decoder against PCA (PcaSubspacePage).
#include "ui/session/snapshot.h"

#include <QTimer>
#include <QWidget>

class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPTextElement;
class QComboBox;
class QCustomPlot;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace ae {

class CoRankingPage;
class PcaSubspacePage;

class DistortionView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBins = 200;  // per axis
    // The table's rows and columns, in order.
    enum Row { Spearman, Pearson, Stress, Trustworthiness, Continuity, KnnKept, RnxAuc, RowCount };
    enum Column { Model, Pca, Mds, ColumnCount };
    enum Page { ShepardPage, TablePage, CurvePage, CoRankingTab, PcaSubspaceTab };
    // Whose distances the Shepard page draws.
    enum ShepardSource { ModelShepard, PcaShepard, MdsShepard };

    explicit DistortionView(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return plot_; }
    QCPColorMap* densityMap() const { return map_; }
    QCPGraph* scaleLine() const { return line_; }
    // The metrics as shown, one per line.
    QString metricsText() const;
    QTabWidget* pages() const { return pages_; }
    QTableWidget* table() const { return table_; }
    QString tableNote() const;
    // The table's cell as shown ("0.593", "–" when not measured).
    QString cellText(Row row, Column column) const;
    QCustomPlot* curvePlot() const { return curvePlot_; }
    CoRankingPage* coRankingPage() const { return coRanking_; }
    PcaSubspacePage* pcaSubspacePage() const { return pcaSubspace_; }
    QComboBox* shepardSource() const { return shepardSource_; }
    QCPGraph* curve(Column column) const { return curves_[column]; }
    // The fitted a of dx ~ a * dz (stress-1's scale); 0 when there are no pairs.
    double scale() const { return scale_; }
    // Draws the pending snapshot at once instead of waiting for the timer.
    void flush();

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void fillTable();
    void fillCurves();

    QCustomPlot* plot_ = nullptr;
    QCPColorMap* map_ = nullptr;
    QCPColorScale* colourScale_ = nullptr;
    QCPGraph* line_ = nullptr;
    QCPTextElement* metrics_ = nullptr;
    ShepardData shepard_;  // newest only
    DistortionMetrics distortion_;
    QualityCurve quality_;
    int qualityEpoch_ = -1;
    std::shared_ptr<const DistanceBaselines> baselines_;
    QTabWidget* pages_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* tableNote_ = nullptr;
    QCustomPlot* curvePlot_ = nullptr;
    QCPGraph* curves_[ColumnCount] = {};
    QComboBox* shepardSource_ = nullptr;
    QLabel* sourceLabel_ = nullptr;
    CoRankingPage* coRanking_ = nullptr;
    PcaSubspacePage* pcaSubspace_ = nullptr;
    int epoch_ = 0;
    bool dirty_ = false;
    double scale_ = 0;
    QTimer replotTimer_;
};

} // namespace ae
