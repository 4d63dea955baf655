#include "ui/window/dock_table.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QStyle>

namespace ae {

DockTable::DockTable(QMainWindow* window, std::vector<DockSpec> rows) : window_(window) {
    for (DockSpec& spec : rows) {
        auto* dock = new QDockWidget(spec.title, window);
        dock->setObjectName(spec.objectName);
        if (spec.scrollable) {
            auto* scroll = new QScrollArea(dock);
            scroll->setWidget(spec.widget);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            // Scrolled down only: never narrower than the form, whose fields would be cut off.
            scroll->setMinimumWidth(spec.widget->minimumSizeHint().width() +
                                    scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
            dock->setWidget(scroll);
        } else {
            dock->setWidget(spec.widget);
        }
        rows_.push_back({std::move(spec), dock});
    }
}

void DockTable::addViewActions(QMenu* menu) const {
    for (const Row& row : rows_) menu->addAction(row.dock->toggleViewAction());
}

void DockTable::arrangeDefaultLayout() const {
    for (const Row& row : rows_) {
        window_->removeDockWidget(row.dock);
        row.dock->setFloating(false);
        row.dock->show();
    }
    // Placed docks first, so that tabs (which take their dock's place) cannot change how the
    // placed ones split their areas.
    for (const Row& row : rows_)
        if (row.spec.tabWith.isEmpty()) window_->addDockWidget(row.spec.area, row.dock, row.spec.orientation);
    for (const Row& row : rows_)
        if (!row.spec.tabWith.isEmpty()) window_->tabifyDockWidget(dockNamed(row.spec.tabWith), row.dock);

    QList<QDockWidget*> wide, tall;
    QList<int> widths, heights;
    for (const Row& row : rows_) {
        if (!row.spec.tabWith.isEmpty()) continue;
        row.dock->raise();
        if (row.spec.size.width() > 0) {
            wide << row.dock;
            widths << row.spec.size.width();
        }
        if (row.spec.size.height() > 0) {
            tall << row.dock;
            heights << row.spec.size.height();
        }
    }
    window_->resizeDocks(wide, widths, Qt::Horizontal);
    window_->resizeDocks(tall, heights, Qt::Vertical);
}

std::vector<std::pair<QString, QWidget*>> DockTable::posterViews() const {
    std::vector<std::pair<QString, QWidget*>> views;
    for (const Row& row : rows_) {
        if (!row.spec.inPoster || !row.spec.inPoster()) continue;
        if (row.spec.flush) row.spec.flush();
        views.emplace_back(row.dock->windowTitle(), row.dock->widget());
    }
    return views;
}

void DockTable::retitle(const std::vector<DockSpec>& rows) {
    for (Row& row : rows_)
        for (const DockSpec& spec : rows)
            if (spec.objectName == row.spec.objectName) row.spec.title = spec.title;
    setRunCaption(caption_);
}

void DockTable::setRunCaption(const QString& caption) {
    caption_ = caption;
    for (const Row& row : rows_)
        row.dock->setWindowTitle(!row.spec.showsRun || caption.isEmpty() ? row.spec.title
                                                                         : QStringLiteral("%1 · %2").arg(row.spec.title, caption));
}

QDockWidget* DockTable::dockOf(const QWidget* widget) const {
    for (const Row& row : rows_)
        if (row.spec.widget == widget) return row.dock;
    return nullptr;
}

QDockWidget* DockTable::dockNamed(const QString& objectName) const {
    for (const Row& row : rows_)
        if (row.spec.objectName == objectName) return row.dock;
    Q_ASSERT_X(false, "DockTable", "a tab names a dock that is not in the table");
    return nullptr;
}

} // namespace ae
