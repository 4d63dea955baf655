#pragma once
// "Sweep…": choose one hyperparameter and the values to try, starting from the Model panel's
// configuration. The plan is checked as it is typed (every value against validateConfig), and
// Start stays disabled with the reason shown until it is valid.
#include "core/train/sweep.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ae {

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    // `base` is the configuration every run starts from; `inputShape` the data's sample shape.
    SweepDialog(const ModelConfig& base, const Shape& inputShape, QWidget* parent = nullptr);

    // Prefilled with seed 001's L1 experiment: 1e-8, 1e-6, 1e-4.
    void setParameter(SweepParameter parameter);
    // The knob a variant is about, which the dialog opens on: β for a VAE, the noise factor for
    // a model trained on noise, λ_d for the distance variant, L1 otherwise (seed 001's sweep).
    static SweepParameter defaultParameter(const ModelConfig& base);
    void setValuesText(const QString& text);
    void setEpochsPerRun(int epochs);

    bool isValid() const { return problem_.isEmpty(); }
    QString problem() const { return problem_; }
    // Valid only when isValid().
    SweepPlan plan() const;

private:
    void revalidate();
    SweepParameter currentParameter() const;

    ModelConfig base_;
    Shape inputShape_;
    QComboBox* parameter_ = nullptr;
    QLineEdit* values_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QLabel* summary_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QString problem_;
    SweepPlan plan_;
};

} // namespace ae
