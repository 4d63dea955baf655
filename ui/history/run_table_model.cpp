#include "ui/history/run_table_model.h"

#include "core/train/model_config.h"
#include "ui/session/snapshot_builder.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ae {

namespace {

// 1e-06 -> 1e-6, 0.000100 -> 0.0001: short enough for a legend.
QString compact(double v) {
    QString s = QString::number(v, 'g', 3);
    static const QRegularExpression exponent(QStringLiteral("e([-+])0*(\\d)"));
    s.replace(exponent, QStringLiteral("e\\1\\2"));
    return s.replace(QLatin1String("e+"), QLatin1String("e"));
}

QVariant number(double v) { return std::isfinite(v) ? QVariant(v) : QVariant(); }

QString metric(double v, int digits = 4) {
    return std::isfinite(v) ? QLocale().toString(v, 'g', digits) : QStringLiteral("—");
}

bool numeric(int column) {
    return column != RunTableModel::Label && column != RunTableModel::Status && column != RunTableModel::Dataset &&
           column != RunTableModel::Started;
}

} // namespace

QString runLabel(const RunRecord& run) {
    QStringList parts{QStringLiteral("#%1").arg(run.id), run.variant};
    ModelConfig c;
    try {
        c = configFromJson(run.configJson.toStdString(), "the runs history");
    } catch (const std::exception&) {
        return parts.join(QLatin1Char(' '));  // a configuration this aelab cannot read: the bare name
    }
    ModelConfig preset;
    try {
        preset = presetConfig(c.variant);
    } catch (const std::exception&) {
        preset = c;
    }
    // What tells runs of one variant apart: the code size and learning rate when they differ from
    // the preset, and the weight of every term the model trains with.
    if (c.architecture == Architecture::Dense && c.latent != preset.latent) parts << QStringLiteral("z=%1").arg(c.latent);
    if (c.l1 > 0) parts << QStringLiteral("l1=") + compact(c.l1);
    if (c.klSparsityWeight > 0) parts << QStringLiteral("KL=") + compact(c.klSparsityWeight);
    if (c.variational) parts << QStringLiteral("β=") + compact(c.beta);
    if (c.distanceWeight > 0) parts << QStringLiteral("λd=") + compact(c.distanceWeight);
    if (c.noise != NoiseKind::None && c.noiseFactor > 0)
        parts << QString::fromStdString(nameOf(c.noise)) + QLatin1Char('=') + compact(c.noiseFactor);
    if (c.optimizer != preset.optimizer) parts << QString::fromStdString(nameOf(c.optimizer));
    if (c.learningRate != preset.learningRate) parts << QStringLiteral("lr=") + compact(c.learningRate);
    return parts.join(QLatin1Char(' '));
}

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(std::vector<RunRecord> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    labels_.clear();
    for (const RunRecord& r : runs_) labels_ << runLabel(r);
    endResetModel();
}

bool RunTableModel::updateRun(const RunRecord& run) {
    const int row = rowOf(run.id);
    if (row < 0) return false;
    runs_[std::size_t(row)] = run;
    labels_[row] = runLabel(run);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void RunTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!runs_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RunTableModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < runs_.size(); ++i)
        if (runs_[i].id == id) return static_cast<int>(i);
    return -1;
}

int RunTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const RunRecord& run = runs_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayValue(run, index.row(), index.column());
    case SortRole: return sortValue(run, index.row(), index.column());
    case IdRole: return run.id;
    case Qt::TextAlignmentRole:
        return numeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Label)
            return QString::fromUtf8(QJsonDocument::fromJson(run.configJson.toUtf8()).toJson(QJsonDocument::Indented));
        if (index.column() == Dataset) return run.dataset;
        if (index.column() == Status && run.status == RunStatus::Interrupted)
            return tr("aelab ended during this run (closed by force or crashed); the epochs finished until then are kept");
        if (index.column() == Status && run.status == RunStatus::Running)
            return tr("Training in an open aelab window; the row is updated after every epoch");
        return {};
    default: return {};
    }
}

QVariant RunTableModel::displayValue(const RunRecord& run, int row, int column) const {
    const QLocale locale;
    switch (column) {
    case Id: return QString::number(run.id);
    case Started: return run.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Label: return labels_.value(row);
    case Dataset: {
        if (run.normalClasses.empty()) return run.dataset;
        QStringList classes;
        for (int c : run.normalClasses) classes << QString::number(c);
        return tr("%1 (normal %2)").arg(run.dataset, classes.join(QLatin1Char(',')));
    }
    case Status:
        switch (run.status) {
        case RunStatus::Finished: return tr("finished");
        case RunStatus::Stopped: return tr("stopped");
        case RunStatus::Failed: return tr("failed");
        case RunStatus::Running: return tr("running");
        case RunStatus::Interrupted: return tr("interrupted");
        }
        return {};
    case Epochs: return locale.toString(run.epochs);
    case Parameters: return run.parameters > 0 ? locale.toString(run.parameters) : QStringLiteral("—");
    case TrainLoss: return metric(run.trainLoss);
    case TestLoss: return run.hasTest ? metric(run.testLoss) : QStringLiteral("—");
    case TestReconstruction: return run.hasTest ? metric(run.testReconstruction) : QStringLiteral("—");
    case SamplesPerSecond: return std::isfinite(run.samplesPerSecond) ? locale.toString(std::lround(run.samplesPerSecond)) : QStringLiteral("—");
    case Active:
        return run.hasActivity && std::isfinite(run.activeFraction) ? tr("%1 %").arg(locale.toString(100 * run.activeFraction, 'f', 1))
                                                                    : QStringLiteral("—");
    case DeadUnits: return run.hasActivity ? tr("%1 of %2").arg(run.deadUnits).arg(run.codeUnits) : QStringLiteral("—");
    case MeanAbs: return run.hasActivity ? metric(run.meanAbs) : QStringLiteral("—");
    case PsnrGain: return std::isfinite(run.psnrGain) ? tr("%1 dB").arg(locale.toString(run.psnrGain, 'f', 1)) : QStringLiteral("—");
    case Spearman: return run.hasDistortion ? metric(run.distortion.spearman, 3) : QStringLiteral("—");
    case Pearson: return run.hasDistortion ? metric(run.distortion.pearson, 3) : QStringLiteral("—");
    case Stress: return run.hasDistortion ? metric(run.distortion.stress, 3) : QStringLiteral("—");
    case Trustworthiness: return run.hasDistortion ? metric(run.distortion.trustworthiness, 3) : QStringLiteral("—");
    case Continuity: return run.hasDistortion ? metric(run.distortion.continuity, 3) : QStringLiteral("—");
    case Knn: return run.hasDistortion ? metric(run.distortion.knn, 3) : QStringLiteral("—");
    case Seconds: return locale.toString(run.wallSeconds, 'f', 1);
    default: return {};
    }
}

QVariant RunTableModel::sortValue(const RunRecord& run, int row, int column) const {
    switch (column) {
    case Id: return run.id;
    case Started: return run.started;
    case Label: return labels_.value(row);
    case Dataset:
    case Status: return displayValue(run, row, column);
    case Epochs: return run.epochs;
    case Parameters: return run.parameters > 0 ? QVariant(run.parameters) : QVariant();
    case TrainLoss: return number(run.trainLoss);
    case TestLoss: return run.hasTest ? number(run.testLoss) : QVariant();
    case TestReconstruction: return run.hasTest ? number(run.testReconstruction) : QVariant();
    case SamplesPerSecond: return number(run.samplesPerSecond);
    case Active: return run.hasActivity ? number(run.activeFraction) : QVariant();
    case DeadUnits: return run.hasActivity ? QVariant(run.deadUnits) : QVariant();
    case MeanAbs: return run.hasActivity ? number(run.meanAbs) : QVariant();
    case PsnrGain: return number(run.psnrGain);
    case Spearman: return run.hasDistortion ? number(run.distortion.spearman) : QVariant();
    case Pearson: return run.hasDistortion ? number(run.distortion.pearson) : QVariant();
    case Stress: return run.hasDistortion ? number(run.distortion.stress) : QVariant();
    case Trustworthiness: return run.hasDistortion ? number(run.distortion.trustworthiness) : QVariant();
    case Continuity: return run.hasDistortion ? number(run.distortion.continuity) : QVariant();
    case Knn: return run.hasDistortion ? number(run.distortion.knn) : QVariant();
    case Seconds: return number(run.wallSeconds);
    default: return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TrainLoss: return tr("Total training loss over the last epoch (reconstruction plus code terms)");
        case TestLoss: return tr("Total loss on the test set after the last epoch");
        case TestReconstruction: return tr("Reconstruction loss alone (BCE or MSE per element) on the test set");
        case Active: return tr("Share of the probe set's code values with |z| > ε at the end of the run");
        case DeadUnits: return tr("Code units silent on every probe image, of all units");
        case MeanAbs: return tr("Mean |z| of the probe set's code values");
        case PsnrGain:
            return tr("A model trained on noise: PSNR(output) − PSNR(noisy input) at its trained level, in dB (see the "
                      "Noise ladder view)");
        case Spearman: return tr("Rank correlation of input and latent pairwise distances (1 = same order)");
        case Pearson: return tr("Linear correlation of input and latent pairwise distances");
        case Stress: return tr("Kruskal stress-1 after the best scale factor (0 = distances kept up to scale)");
        case Trustworthiness: return tr("Latent neighbours that were also neighbours in input space (1 = all)");
        case Continuity: return tr("Input neighbours that stay neighbours in latent space (1 = all)");
        case Knn:
            return tr("Share of each probe point's %1 nearest neighbours kept in latent space").arg(SnapshotBuilder::kNeighbours);
        case Seconds: return tr("Wall-clock time from Train to the end of the run, pauses included");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("#");
    case Started: return tr("Started");
    case Label: return tr("Run");
    case Dataset: return tr("Data");
    case Status: return tr("Status");
    case Epochs: return tr("Epochs");
    case Parameters: return tr("Parameters");
    case TrainLoss: return tr("Train total");
    case TestLoss: return tr("Test total");
    case TestReconstruction: return tr("Test recon.");
    case SamplesPerSecond: return tr("Samples/s");
    case Active: return tr("Active");
    case DeadUnits: return tr("Dead units");
    case MeanAbs: return tr("Mean |z|");
    case PsnrGain: return tr("PSNR gain");
    case Spearman: return tr("Spearman");
    case Pearson: return tr("Pearson");
    case Stress: return tr("Stress");
    case Trustworthiness: return tr("Trust.");
    case Continuity: return tr("Contin.");
    case Knn: return tr("k-NN");
    case Seconds: return tr("Time (s)");
    default: return {};
    }
}

} // namespace ae
