#pragma once
// The window's docks built from one table: each row gives the widget, its title and object name,
// where it goes in the default layout and whether it is on the poster. The docks, the View menu's
// toggles, the default arrangement and the poster's list of views all follow the table's order.
#include <QSize>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace ae {

struct DockSpec {
    QWidget* widget = nullptr;
    QString title;
    QString objectName;  // saveState() identifies docks by it: saved layouts depend on it
    // The default layout: a dock with an empty `tabWith` gets a place of its own, added to `area`
    // beside (Horizontal) or below (Vertical) the docks of that area placed before it; a Vertical
    // dock after a row of Horizontal ones spans the whole row. Otherwise it becomes a tab beside
    // the dock named `tabWith`, which stays in front.
    Qt::DockWidgetArea area = Qt::RightDockWidgetArea;
    Qt::Orientation orientation = Qt::Vertical;
    QString tabWith;
    QSize size;                 // default width and height of a placed dock; 0: as laid out
    bool scrollable = false;    // a form taller than the dock scrolls instead of squeezing
    // Whether it is on the poster now (null: never).
    std::function<bool()> inPoster;
    // Draws what the view holds now rather than on its next timer tick (null: nothing pending).
    std::function<void()> flush;
    // Draws the session's current run (not the form, nor a list of runs): its title names that
    // run when the window shows one it did not simply train from the form (a sweep's).
    bool showsRun = false;
};

class DockTable {
public:
    // Creates one dock per row, a child of `window`; the widgets move into them.
    DockTable(QMainWindow* window, std::vector<DockSpec> rows);

    // Every dock's show/hide toggle.
    void addViewActions(QMenu* menu) const;
    // Puts every dock back where the table says.
    void arrangeDefaultLayout() const;
    // Title and view of each dock on the poster, drawn up to date.
    std::vector<std::pair<QString, QWidget*>> posterViews() const;
    // Names the run the showsRun docks draw in their titles ("Loss · sweep 3/3: l1=1e-4"); empty:
    // the plain titles.
    void setRunCaption(const QString& caption);
    // Takes the titles of `rows` (the same table, worded in a new language), keeping the caption.
    void retitle(const std::vector<DockSpec>& rows);
    // The dock holding `widget` (null if none).
    QDockWidget* dockOf(const QWidget* widget) const;

private:
    QDockWidget* dockNamed(const QString& objectName) const;

    struct Row {
        DockSpec spec;
        QDockWidget* dock;
    };
    QMainWindow* window_;
    QString caption_;
    std::vector<Row> rows_;
};

} // namespace ae
