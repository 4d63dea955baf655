#pragma once
// The File menu's exports of the session in the window: loss history, latent codes and
// per-sample errors (CSV), the report (JSON) and the poster of every view (PNG). It asks for a
// file name, writes through QSaveFile and reports the outcome. What it writes comes from the
// session state: the newest progress and snapshots (never the live model, nor a view) and the data
// of the run that made them (not what the panels say now).

#include <QObject>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace ae {

class SessionState;

class SessionExports : public QObject {
    Q_OBJECT
public:
    // The poster's views: title and view, in poster order, each drawn up to date.
    using PosterViews = std::function<std::vector<std::pair<QString, QWidget*>>()>;

    // `state` must outlive the exports.
    SessionExports(QWidget* window, const SessionState* state, PosterViews posterViews);

    // Adds "Export loss history (CSV)…", "… latent codes …", "… reconstruction errors …",
    // "Export report (JSON)…" and "Export poster (PNG)…" to `menu`.
    void addActions(QMenu* menu);
    // Words those actions in the language of the moment (the window calls it on a change of language).
    void retranslateUi();

    // The same without a file dialog. Each returns false with the reason in `error`.
    bool exportLossHistory(const QString& path, QString* error = nullptr) const;
    bool exportLatentCodes(const QString& path, QString* error = nullptr) const;
    bool exportErrors(const QString& path, QString* error = nullptr) const;
    bool exportReport(const QString& path, QString* error = nullptr) const;
    bool exportPoster(const QString& path, QString* error = nullptr) const;
    // "sparse · sample · epoch 5 · test loss 0.0934 · 2026-11-23 19:40": the poster's header.
    QString posterHeader() const;

signals:
    void exported(const QString& message);
    void exportFailed(const QString& title, const QString& message);

private:
    std::vector<std::pair<QAction*, const char*>> actions_;  // with their source texts
    using Writer = bool (SessionExports::*)(const QString&, QString*) const;
    void exportWithDialog(const QString& title, const QString& filter, const QString& suffix, Writer writer);

    // The data spec of the run the values belong to; empty before any run.
    QString dataset() const;

    QWidget* window_;
    const SessionState* state_;
    PosterViews posterViews_;
};

} // namespace ae
