#include "ui/sweep/sweep_dialog.h"

#include "ui/session/core_message.h"
#include "ui/sweep/sweep_controller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ae {

SweepDialog::SweepDialog(const ModelConfig& base, const Shape& inputShape, QWidget* parent)
    : QDialog(parent), base_(base), inputShape_(inputShape) {
    setWindowTitle(tr("Sweep a hyperparameter"));
    setObjectName(QStringLiteral("sweepDialog"));

    auto* intro = new QLabel(tr("Trains the configuration of the Model panel (%1) once per value, each from fresh "
                                "weights, one after another, and shows the results side by side in the Sweep view.")
                                 .arg(QString::fromStdString(base.variant)),
                             this);
    intro->setWordWrap(true);

    parameter_ = new QComboBox(this);
    for (const SweepParameterInfo& info : sweepParameters())
        parameter_->addItem(SweepController::parameterTitle(info.parameter), QString::fromStdString(info.key));
    parameter_->setToolTip(tr("The one setting that changes from run to run; everything else stays as in the Model panel."));

    values_ = new QLineEdit(this);
    values_->setToolTip(tr("The values to try, separated by commas, e.g. 1e-8, 1e-6, 1e-4 (seed 001's L1 experiment)."));
    epochs_ = new QSpinBox(this);
    epochs_->setRange(1, 100000);
    epochs_->setValue(base.epochs);
    epochs_->setToolTip(tr("How long each run trains (the Model panel's epoch count to start with)."));

    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setMinimumHeight(summary_->fontMetrics().lineSpacing() * 3);

    auto* form = new QFormLayout;
    form->addRow(tr("Parameter"), parameter_);
    form->addRow(tr("Values"), values_);
    form->addRow(tr("Epochs per run"), epochs_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Start sweep"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(buttons_);
    setMinimumWidth(460);

    connect(parameter_, &QComboBox::currentIndexChanged, this, [this](int) {
        // A list the person has not touched follows the parameter; an edited one is kept.
        bool untouched = values_->text().trimmed().isEmpty();
        for (const SweepParameterInfo& info : sweepParameters())
            untouched = untouched || values_->text() == QString::fromStdString(info.suggestion);
        if (untouched) values_->setText(QString::fromStdString(sweepParameterInfo(currentParameter()).suggestion));
        revalidate();
    });
    connect(values_, &QLineEdit::textChanged, this, &SweepDialog::revalidate);
    connect(epochs_, &QSpinBox::valueChanged, this, &SweepDialog::revalidate);

    const SweepParameter opening = defaultParameter(base);
    {
        const QSignalBlocker block(parameter_);
        setParameter(opening);
    }
    values_->setText(QString::fromStdString(sweepParameterInfo(opening).suggestion));
    revalidate();
}

SweepParameter SweepDialog::defaultParameter(const ModelConfig& base) {
    if (base.variational) return SweepParameter::Beta;
    if (base.noise != NoiseKind::None) return SweepParameter::NoiseFactor;
    if (base.variant == "distance" || base.distanceWeight > 0) return SweepParameter::DistanceWeight;
    return SweepParameter::L1;
}

SweepParameter SweepDialog::currentParameter() const {
    return sweepParameterFromKey(parameter_->currentData().toString().toStdString());
}

void SweepDialog::setParameter(SweepParameter parameter) {
    parameter_->setCurrentIndex(parameter_->findData(QString::fromStdString(sweepParameterInfo(parameter).key)));
}

void SweepDialog::setValuesText(const QString& text) { values_->setText(text); }

void SweepDialog::setEpochsPerRun(int epochs) { epochs_->setValue(epochs); }

SweepPlan SweepDialog::plan() const { return plan_; }

void SweepDialog::revalidate() {
    const SweepParameter parameter = currentParameter();
    epochs_->setEnabled(parameter != SweepParameter::Epochs);  // then the values are the epochs
    problem_.clear();
    try {
        SweepPlan plan;
        plan.parameter = parameter;
        plan.base = base_;
        plan.base.epochs = epochs_->value();
        plan.values = parseSweepValues(values_->text().toStdString(), parameter);
        sweepConfigs(plan, inputShape_);  // throws naming the first refused value
        plan_ = plan;
    } catch (const std::exception& e) {
        problem_ = localisedMessage(e);
    }
    if (problem_.isEmpty()) {
        const int runs = static_cast<int>(plan_.values.size());
        summary_->setStyleSheet(QString());
        summary_->setText(parameter == SweepParameter::Epochs
                              ? tr("Runs: %1, one per epoch count.").arg(runs)
                              : tr("Runs: %1, %2 epochs each.").arg(runs).arg(epochs_->value()));
    } else {
        summary_->setStyleSheet(QStringLiteral("color: #b00020;"));
        summary_->setText(problem_);
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
}

} // namespace ae
