#pragma once
// The runs history as a table: one row a run, one column a field or metric. Display text is
// formatted for reading; SortRole gives the raw value (numbers as numbers, times as times, a
// missing value as an invalid QVariant, which QSortFilterProxyModel puts last), so a proxy
// sorts every column by what it means rather than by its text.
#include "ui/history/run_record.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace ae {

class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The metrics come first, so they are in view without scrolling.
    enum Column {
        Id,
        Label,
        Status,
        Epochs,
        TestLoss,
        TrainLoss,
        TestReconstruction,
        Active,
        DeadUnits,
        MeanAbs,
        PsnrGain,
        Spearman,
        Stress,
        Trustworthiness,
        Continuity,
        Knn,
        Pearson,
        Parameters,
        SamplesPerSecond,
        Seconds,
        Dataset,
        Started,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RunTableModel(QObject* parent = nullptr);

    void setRuns(std::vector<RunRecord> runs);
    // Replaces the run with the same id in place; false when there is none.
    bool updateRun(const RunRecord& run);
    const std::vector<RunRecord>& runs() const { return runs_; }
    const RunRecord& run(int row) const { return runs_[std::size_t(row)]; }
    // The row holding run `id`, or -1.
    int rowOf(qint64 id) const;
    // "#12 sparse l1=1e-6": the run's number, variant and the settings that tell it apart.
    QString label(int row) const { return labels_.value(row); }

    // The headers and cells are worded when asked for: after a change of language the views are
    // told to ask again (a model gets no changeEvent; its owner view calls this).
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const RunRecord& run, int row, int column) const;
    QVariant sortValue(const RunRecord& run, int row, int column) const;

    std::vector<RunRecord> runs_;
    QStringList labels_;
};

// The label RunTableModel shows for a run.
QString runLabel(const RunRecord& run);

} // namespace ae
