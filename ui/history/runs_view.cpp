#include "ui/history/runs_view.h"

#include "ui/history/run_history.h"
#include "ui/session/core_message.h"
#include "ui/views/common/plot_export.h"
#include "ui/history/run_images_view.h"
#include "ui/history/run_table_model.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace ae {

namespace {

// tab10, the colours of the other plots: one per selected run, in the order of their numbers so a
// run keeps its colour while others are added to or dropped from the selection.
const std::array<QColor, 10> kColours{QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                      QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75),
                                      QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                                      QColor(23, 190, 207)};

} // namespace

RunsView::RunsView(RunHistory* history, QWidget* parent) : QWidget(parent), history_(history) {
    model_ = new RunTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(RunTableModel::SortRole);

    table_ = new QTableView(this);
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(RunTableModel::Id, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(table_, &QTableView::doubleClicked, this, [this] { loadSelected(); });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelection();
        updateButtons();
    });

    load_ = new QPushButton(this);
    connect(load_, &QPushButton::clicked, this, &RunsView::loadSelected);
    delete_ = new QPushButton(this);
    connect(delete_, &QPushButton::clicked, this, &RunsView::confirmDelete);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(load_);
    buttons->addWidget(delete_);
    buttons->addWidget(message_, 1);

    auto* tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(4, 4, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addLayout(buttons);
    tableLayout->addWidget(table_, 1);

    auto* plotPane = new QWidget(this);
    plot_ = new QCustomPlot(plotPane);
    plot_->setMinimumSize(200, 150);
    plot_->legend->setVisible(true);
    plot_->legend->setBrush(QColor(255, 255, 255, 200));
    plot_->legend->setBorderPen(QPen(QColor(0, 0, 0, 60)));
    logBox_ = new QCheckBox(plotPane);
    connect(logBox_, &QCheckBox::toggled, this, [this](bool on) {
        plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (on) plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        else plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        showSelection();
    });
    auto* plotLayout = new QVBoxLayout(plotPane);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->setSpacing(0);
    plotLayout->addWidget(plot_, 1);
    plotLayout->addWidget(logBox_, 0, Qt::AlignRight);
    installExportMenu(plotPane, [this](QMenu& menu) {
        QAction* log = menu.addAction(tr("Log scale"));
        log->setCheckable(true);
        log->setChecked(logBox_->isChecked());
        connect(log, &QAction::toggled, logBox_, &QCheckBox::setChecked);
    });

    installExportMenu(this);  // right-clicked beside the plot and the images (e.g. the buttons): the plot

    images_ = new RunImagesView;
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(images_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tablePane);
    splitter->addWidget(plotPane);
    splitter->addWidget(scroll);
    splitter->setSizes({400, 300, 300});  // proportions: the splitter scales them to its width
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    retranslateUi();
    refresh();
}

void RunsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The buttons and axes, the model's headers and cells, then the message and the selected runs'
// legend worded again.
void RunsView::retranslateUi() {
    table_->setToolTip(tr("Click a column to sort by it; select several runs (Ctrl/Shift) to compare them. "
                          "Double-click a run to load its configuration."));
    load_->setText(tr("Load configuration"));
    load_->setToolTip(tr("Put the selected run's settings (and its dataset) back into the Model and Data panels."));
    delete_->setText(tr("Delete"));
    delete_->setToolTip(tr("Remove the selected runs from the history."));
    plot_->xAxis->setLabel(tr("epoch"));
    logBox_->setText(tr("Log scale"));
    model_->retranslate();
    const bool pathTip = pathTip_;
    showMessage(messageText_);
    if (pathTip) showPathTip();
    showSelection();
}

QString RunsView::message() const { return message_->text(); }

void RunsView::showMessage(std::function<QString()> text) {
    messageText_ = std::move(text);
    const QString worded = messageText_ ? messageText_() : QString();
    message_->setText(worded);
    message_->setToolTip(worded);
    pathTip_ = false;
}

void RunsView::showPathTip() {
    message_->setToolTip(tr("Runs are kept in %1").arg(QDir::toNativeSeparators(history_->path())));
    pathTip_ = true;
}

void RunsView::refresh() {
    const std::vector<qint64> selected = selectedIds();
    if (!history_ || !history_->isOpen()) {
        model_->setRuns({});
        if (history_) showMessage([this, error = history_->lastError()] { return tr("No runs history: %1").arg(error); });
        else showMessage([this] { return tr("No runs history."); });
        updateButtons();
        showSelection();
        return;
    }
    std::vector<RunRecord> runs = history_->runs();
    if (runs.empty() && !history_->lastError().isEmpty()) showMessage([error = history_->lastError()] { return error; });
    else showMessage(nullptr);
    showPathTip();
    model_->setRuns(std::move(runs));
    table_->resizeColumnsToContents();
    // The label can be long (every term of the run); the tooltip and the plot legend show it whole.
    table_->setColumnWidth(RunTableModel::Label, std::min(table_->columnWidth(RunTableModel::Label), 220));
    selectRuns(selected);
    updateButtons();
    showSelection();
}

void RunsView::showRun(const RunRecord& run) {
    if (!model_->updateRun(run)) {
        refresh();
        return;
    }
    const std::vector<qint64> selected = selectedIds();
    if (std::binary_search(selected.begin(), selected.end(), run.id)) showSelection();
}

std::vector<qint64> RunsView::selectedIds() const {
    std::vector<qint64> ids;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        ids.push_back(index.data(RunTableModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RunsView::selectRuns(const std::vector<qint64>& ids) {
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = model_->rowOf(id);
        if (row < 0) continue;
        const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
        selection.select(index, index.siblingAtColumn(RunTableModel::ColumnCount - 1));
    }
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void RunsView::updateButtons() {
    const int selected = static_cast<int>(table_->selectionModel()->selectedRows().size());
    load_->setEnabled(selected == 1);
    delete_->setEnabled(selected > 0);
}

void RunsView::showSelection() {
    plot_->clearGraphs();
    std::vector<RunImagesView::Entry> entries;
    const std::vector<qint64> ids = selectedIds();
    const bool log = logBox_->isChecked();
    bool onlyTest = true;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const int row = model_->rowOf(ids[i]);
        if (row < 0) continue;
        const RunRecord& run = model_->run(row);
        const QColor colour = kColours[i % kColours.size()];
        QVector<double> x, y;
        const bool test = std::any_of(run.curve.begin(), run.curve.end(), [](const RunEpoch& e) { return e.hasTest; });
        onlyTest = onlyTest && test;
        for (const RunEpoch& e : run.curve) {
            if (test && !e.hasTest) continue;
            const double v = test ? e.testLoss : e.trainLoss;
            x << e.epoch;
            // A log axis cannot show zero: such a point becomes a gap.
            y << ((log && !(v > 0)) ? std::nan("") : v);
        }
        QCPGraph* g = plot_->addGraph();
        g->setData(x, y, true);
        g->setPen(QPen(colour, 2));
        if (x.size() <= 30) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 6));
        const QString label = model_->label(row);
        g->setName(test ? label : tr("%1 (train)").arg(label));
        entries.push_back({label, colour, run.reconstructions});
    }
    plot_->yAxis->setLabel(onlyTest ? tr("test loss") : tr("test loss (train where none)"));
    if (plot_->graphCount() > 0) {
        plot_->rescaleAxes();
        // Room around the points, so the first and last markers are not cut by the frame.
        const QCPRange xr = plot_->xAxis->range();
        plot_->xAxis->setRange(xr.lower - 0.5, xr.upper + 0.5);
        if (!log) plot_->yAxis->scaleRange(1.1, plot_->yAxis->range().center());
    }
    plot_->legend->setVisible(plot_->graphCount() > 0);
    plot_->replot();
    images_->setRuns(std::move(entries));
}

void RunsView::loadSelected() {
    const std::vector<qint64> ids = selectedIds();
    if (ids.size() != 1) return;
    const int row = model_->rowOf(ids.front());
    if (row < 0) return;
    const RunRecord& run = model_->run(row);
    try {
        const ModelConfig config = configFromJson(run.configJson.toStdString(), QStringLiteral("run #%1").arg(run.id).toStdString());
        showMessage(nullptr);
        emit configurationRequested(config, run.dataset, run.normalClasses);
    } catch (const std::exception& e) {
        const QString reason = localisedMessage(e);
        showMessage([this, id = run.id, reason] { return tr("Cannot load the configuration of run #%1: %2").arg(id).arg(reason); });
    }
}

void RunsView::confirmDelete() {
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty()) return;
    const auto answer = QMessageBox::question(this, tr("Delete runs"),
                                              tr("Delete %n run(s) from the history? This cannot be undone.", nullptr,
                                                 static_cast<int>(ids.size())));
    if (answer == QMessageBox::Yes) deleteSelected();
}

void RunsView::deleteSelected() {
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty() || !history_) return;
    table_->clearSelection();
    if (!history_->remove(ids)) {
        refresh();
        showMessage([error = history_->lastError()] { return error; });
        return;
    }
    refresh();
}

} // namespace ae
