#pragma once
// The File menu's exports of the session in the window: loss history, latent codes and
// per-sample errors (CSV), the report (JSON) and the poster of every view (PNG). It asks for a
// file name, writes through QSaveFile and reports the outcome; what to write comes from the
// window through `Sources` (the newest progress and snapshots, never the live model).
#include "ui/session/anomaly_snapshot.h"
#include "ui/session/snapshot.h"

#include <QObject>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QMenu;
class QWidget;

namespace ae {

class SessionExports : public QObject {
    Q_OBJECT
public:
    struct Sources {
        std::function<const TrainingProgress&()> progress;
        std::function<const ModelSnapshot*()> snapshot;       // null before the first snapshot
        std::function<const AnomalySnapshot*()> anomalies;    // null unless the test set was scored
        std::function<QString()> dataset;                     // the data spec ("sample", a path, …)
        std::function<std::vector<std::pair<QString, QWidget*>>()> views;  // title and view, in poster order
    };

    SessionExports(QWidget* window, Sources sources);

    // Adds "Export loss history (CSV)…", "… latent codes …", "… reconstruction errors …",
    // "Export report (JSON)…" and "Export poster (PNG)…" to `menu`.
    void addActions(QMenu* menu);

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
    using Writer = bool (SessionExports::*)(const QString&, QString*) const;
    void exportWithDialog(const QString& title, const QString& filter, const QString& suffix, Writer writer);

    QWidget* window_;
    Sources sources_;
};

} // namespace ae
