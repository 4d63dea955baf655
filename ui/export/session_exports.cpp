#include "ui/export/session_exports.h"

#include "ui/export/session_export.h"
#include "ui/export/session_poster.h"
#include "ui/session/core_message.h"
#include "ui/session/session_state.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QSettings>

namespace ae {

namespace {
const QString kLastDir = QStringLiteral("files/lastDir");  // shared with the window's other file dialogs
}

SessionExports::SessionExports(QWidget* window, const SessionState* state, PosterViews posterViews)
    : QObject(window), window_(window), state_(state), posterViews_(std::move(posterViews)) {}

QString SessionExports::dataset() const { return state_->run() ? state_->run()->data.spec : QString(); }

void SessionExports::retranslateUi() {
    for (const auto& [action, text] : actions_) action->setText(tr(text));
}

void SessionExports::addActions(QMenu* menu) {
    const auto add = [this, menu](const char* text, std::function<void()> slot) {
        actions_.emplace_back(menu->addAction(tr(text), this, std::move(slot)), text);
    };
    add(QT_TR_NOOP("Export loss &history (CSV)…"), [this] {
        exportWithDialog(tr("Export loss history"), tr("CSV (*.csv)"), QStringLiteral(".csv"), &SessionExports::exportLossHistory);
    });
    add(QT_TR_NOOP("Export &latent codes (CSV)…"), [this] {
        exportWithDialog(tr("Export latent codes"), tr("CSV (*.csv)"), QStringLiteral(".csv"), &SessionExports::exportLatentCodes);
    });
    add(QT_TR_NOOP("Export reconstruction &errors (CSV)…"), [this] {
        exportWithDialog(tr("Export reconstruction errors"), tr("CSV (*.csv)"), QStringLiteral(".csv"), &SessionExports::exportErrors);
    });
    add(QT_TR_NOOP("Export &report (JSON)…"), [this] {
        exportWithDialog(tr("Export report"), tr("JSON (*.json)"), QStringLiteral(".json"), &SessionExports::exportReport);
    });
    add(QT_TR_NOOP("Export &poster (PNG)…"), [this] {
        exportWithDialog(tr("Export poster"), tr("PNG image (*.png)"), QStringLiteral(".png"), &SessionExports::exportPoster);
    });
}

void SessionExports::exportWithDialog(const QString& title, const QString& filter, const QString& suffix, Writer writer) {
    QSettings settings;
    QString path = QFileDialog::getSaveFileName(window_, title, settings.value(kLastDir).toString(), filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += suffix;
    settings.setValue(kLastDir, QFileInfo(path).absolutePath());
    QString error;
    if ((this->*writer)(path, &error)) emit exported(tr("Wrote %1").arg(path));
    else emit exportFailed(tr("Export failed"), error);
}

bool SessionExports::exportLossHistory(const QString& path, QString* error) const {
    const TrainingProgress& progress = state_->progress();
    if (progress.batches.empty() && progress.epochs.empty()) {
        if (error) *error = tr("There is no loss history yet: train a model first (or step one epoch).");
        return false;
    }
    return writeFileAtomically(path, lossHistoryCsv(progress), error);
}

bool SessionExports::exportLatentCodes(const QString& path, QString* error) const {
    const ModelSnapshot* snapshot = state_->snapshot();
    if (!snapshot || snapshot->codes.rows() == 0) {
        if (error) *error = tr("There are no latent codes yet: train a model first (or step one epoch).");
        return false;
    }
    return writeFileAtomically(path, latentCodesCsv(*snapshot), error);
}

bool SessionExports::exportErrors(const QString& path, QString* error) const {
    const AnomalySnapshot* anomalies = state_->anomalies();
    if (!anomalies || anomalies->empty()) {
        if (error)
            *error = tr("Per-sample errors are measured when the test set is scored: choose the normal classes in the "
                        "Data panel, train, and score the test set in the Anomalies view.");
        return false;
    }
    return writeFileAtomically(path, reconstructionErrorsCsv(*anomalies), error);
}

bool SessionExports::exportReport(const QString& path, QString* error) const {
    const ModelSnapshot* snapshot = state_->snapshot();
    if (!snapshot) {
        if (error) *error = tr("There is nothing to report yet: train a model first (or step one epoch).");
        return false;
    }
    // The PCA and MDS baselines of the probe set are computed now: a second or two for 1,000 samples.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ReportData> data = state_->run() ? state_->run()->data.loaded : std::nullopt;
    QByteArray report;
    QString failure;
    try {
        report = reportJson(*snapshot, state_->progress(), dataset(), data, state_->anomalies());
    } catch (const Error& e) {
        failure = tr("Cannot build the report: %1").arg(localisedMessage(e));
    }
    QGuiApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        if (error) *error = failure;
        return false;
    }
    return writeFileAtomically(path, report, error);
}

QString SessionExports::posterHeader() const {
    const ModelSnapshot* snapshot = state_->snapshot();
    const TrainingProgress& progress = state_->progress();
    QStringList parts{QStringLiteral("aelab")};
    if (snapshot) parts << QString::fromStdString(snapshot->config.variant);
    if (const QString data = dataset(); !data.isEmpty()) parts << data;
    if (!progress.epochs.empty()) {
        const EpochPoint& last = progress.epochs.back();
        parts << tr("epoch %1").arg(last.epoch);
        if (last.hasTest) parts << tr("test total %1").arg(QLocale().toString(last.test.total, 'g', 4));
    } else {
        parts << tr("untrained");
    }
    parts << QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    return parts.join(QStringLiteral(" · "));
}

bool SessionExports::exportPoster(const QString& path, QString* error) const {
    // Half again the logical size: the poster stays sharp when printed or zoomed into.
    SessionPoster poster(posterHeader(), 1.5);
    for (const auto& [title, view] : posterViews_()) poster.addPanel(title, view);
    return poster.save(path, error);
}

} // namespace ae
