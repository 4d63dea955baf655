#pragma once
// The neighbour inspector (issue 15): click a probe point on the latent scatter and see where its
// distances break. Its 10 nearest probe points in input space with each one's rank in the code,
// its 10 nearest in the code with each one's rank in the input, and its 10 nearest *training*
// images in input space with where the model puts them (seed 002's question: close to these in
// pixel space; close to them in the code?), beside the train-kNN figure the CLI reports. The
// probe-side neighbours come from the ModelSnapshot (probeNeighbours, core/analysis); the
// training ones the view asks the training thread for and draws the TrainNeighbourSnapshot.
#include "core/analysis/probe_neighbours.h"
#include "ui/session/neighbour_snapshot.h"
#include "ui/session/snapshot.h"
#include "ui/views/common/neighbour_highlight.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace ae {

class ImageGrid;

class NeighbourView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kNeighbours = 10;  // k, as the distortion metrics and train-kNN

    explicit NeighbourView(QWidget* parent = nullptr);

    int probe() const { return probe_; }
    const ProbeNeighbours& neighbours() const { return neighbours_; }
    const TrainNeighbourSnapshot& trainNeighbours() const { return train_; }
    // For each training neighbour, the rank its code would take among the probe points' codes
    // (1 = nearer the selected point's code than any probe point); empty until they arrive.
    const std::vector<int>& trainRanksInCode() const { return trainRanks_; }
    ImageGrid* selectedGrid() const { return selected_; }
    ImageGrid* inputGrid() const { return inputGrid_; }
    ImageGrid* codeGrid() const { return codeGrid_; }
    ImageGrid* trainGrid() const { return trainGrid_; }
    QString summary() const;
    QString trainKnnText() const;

public slots:
    void showSnapshot(const ae::ModelSnapshot& snapshot);
    // Row `index` of the probe set becomes the inspected point (-1: none).
    void selectProbe(int index);
    void showTrainNeighbours(const ae::TrainNeighbourSnapshot& neighbours);
    void clear();

signals:
    // What the latent scatter should mark, after every change of the selection or its data.
    void highlightChanged(const ae::NeighbourHighlight& highlight);
    // Look up the nearest training images of probe row `index` (TrainingSession::findTrainNeighbours).
    void trainNeighboursWanted(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void inspect();
    void askForTraining();
    void fillGrids();
    void emitHighlight();
    QString pointName(int label) const;
    QString trainKnnSentence() const;

    QLabel* summary_ = nullptr;
    QLabel* trainKnn_ = nullptr;
    ImageGrid* selected_ = nullptr;
    ImageGrid* inputGrid_ = nullptr;
    ImageGrid* codeGrid_ = nullptr;
    ImageGrid* trainGrid_ = nullptr;

    // From the newest snapshot.
    std::shared_ptr<const Matrix> inputs_;
    Matrix codes_;
    std::vector<int> labels_;
    QStringList classNames_;
    Shape shape_;
    int epoch_ = -1;

    int probe_ = -1;
    ProbeNeighbours neighbours_;
    TrainNeighbourSnapshot train_;
    std::vector<int> trainRanks_;
    int asked_ = -1;  // the probe row an unanswered request is for; -1: none outstanding
    int askedEpoch_ = -1;
};

} // namespace ae
