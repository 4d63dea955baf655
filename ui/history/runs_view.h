#pragma once
// The Runs dock: the runs history as a sortable table, the selected runs' test-loss curves
// overlaid in one plot, and their stored reconstructions side by side. "Load configuration"
// (or a double-click) hands a run's configuration to the window; "Delete" removes runs from the
// history. The view reads and deletes through RunHistory and never records runs itself.
#include "core/train/model_config.h"

#include <QWidget>

#include <functional>

#include <vector>

class QCheckBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ae {

class RunHistory;
struct RunRecord;
class RunImagesView;
class RunTableModel;

class RunsView : public QWidget {
    Q_OBJECT
public:
    // `history` may be one that failed to open: the view then says why and stays empty.
    explicit RunsView(RunHistory* history, QWidget* parent = nullptr);

    // Reads the history again, keeping the selection.
    void refresh();
    // Shows `run` as just written (a running run after an epoch): its row changes in place,
    // without reading the whole history again; a run not listed yet makes it read everything.
    void showRun(const RunRecord& run);
    std::vector<qint64> selectedIds() const;
    void selectRuns(const std::vector<qint64>& ids);
    // Deletes the selected runs without asking (the Delete button asks first).
    void deleteSelected();
    // Emits configurationRequested for the one selected run.
    void loadSelected();

    QTableView* table() const { return table_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    RunTableModel* model() const { return model_; }
    QCustomPlot* plot() const { return plot_; }
    RunImagesView* imagesView() const { return images_; }
    // What the message line says (errors of the history, or of a configuration that cannot be read).
    QString message() const;

signals:
    void configurationRequested(const ae::ModelConfig& config, const QString& dataset,
                                const std::vector<int>& normalClasses);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSelection();
    void updateButtons();
    // The message is kept as a wording, so a change of language words it anew; nullptr: none.
    void showMessage(std::function<QString()> text);
    void showPathTip();
    void confirmDelete();

    RunHistory* history_;
    RunTableModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* table_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCheckBox* logBox_ = nullptr;
    RunImagesView* images_ = nullptr;
    QPushButton* load_ = nullptr;
    QPushButton* delete_ = nullptr;
    QLabel* message_ = nullptr;
    std::function<QString()> messageText_;
    bool pathTip_ = false;  // the message line's tooltip says where the runs are kept
};

} // namespace ae
