#pragma once
// The model form: a variant picker with one-line descriptions, the hyperparameters the chosen
// architecture uses (with ranges, units and tooltips), seed 001's exact experiments one click
// away, and validateConfig's message shown on the spot. Produces an ae::ModelConfig.
#include "core/train/model_config.h"

#include <QWidget>

#include <utility>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QToolButton;

namespace ae {

class NoisePreview;

class ModelPanel : public QWidget {
    Q_OBJECT
public:
    explicit ModelPanel(QWidget* parent = nullptr);

    ModelConfig config() const;
    void setConfig(const ModelConfig& config);
    // Loads the preset; throws Error for an unknown name.
    void selectVariant(const QString& name);

    // The data's per-sample shape: conv needs images; the parameter count depends on it.
    void setInputShape(const Shape& shape);
    // How many samples the data trains on: a batch larger than that is refused here, before
    // Train. 0 (the default) = not known yet, no check.
    void setTrainingSamples(long long count);
    // The test images the noise preview corrupts (the first few rows of `samples`).
    void setPreviewImages(const Matrix& samples, const Shape& shape);
    NoisePreview* noisePreview() const { return noisePreview_; }
    bool isValid() const { return problem_.isEmpty(); }
    QString problem() const { return problem_; }

signals:
    void configChanged();
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void buildForm();
    QToolButton* makeExperimentsButton();
    void loadExperiment(const QString& preset, const ModelConfig& config);
    void updateVisibility();
    void revalidate();
    QString fieldLabel(QWidget* field) const;
    QString outOfRangeMessage(const OutOfRange& e) const;
    QString listProblem() const;

    // A form row's label and field, and the source texts retranslateUi() translates for them.
    struct RowText {
        QWidget* field;
        QLabel* label;  // null: the row has none
        const char* labelText;
        const char* toolTip;
    };
    std::vector<RowText> rowTexts_;
    std::vector<std::pair<QAction*, const char*>> experimentActions_;
    QToolButton* experiments_ = nullptr;
    QLabel* variantLabel_ = nullptr;
    QComboBox* variant_ = nullptr;
    QLabel* description_ = nullptr;
    QFormLayout* form_ = nullptr;

    QComboBox* architecture_ = nullptr;
    QLineEdit* hidden_ = nullptr;
    QSpinBox* latent_ = nullptr;
    QLineEdit* convFilters_ = nullptr;
    QSpinBox* kernel_ = nullptr;
    QComboBox* activation_ = nullptr;
    QComboBox* codeActivation_ = nullptr;
    QComboBox* outputActivation_ = nullptr;
    QComboBox* loss_ = nullptr;
    QCheckBox* variational_ = nullptr;

    QDoubleSpinBox* l1_ = nullptr;
    QDoubleSpinBox* klWeight_ = nullptr;
    QDoubleSpinBox* klTarget_ = nullptr;
    QDoubleSpinBox* beta_ = nullptr;
    QDoubleSpinBox* distanceWeight_ = nullptr;
    QSlider* distanceSlider_ = nullptr;  // log-scale twin of distanceWeight_ (distance variant)
    QComboBox* noise_ = nullptr;
    QDoubleSpinBox* noiseFactor_ = nullptr;
    NoisePreview* noisePreview_ = nullptr;

    QComboBox* optimizer_ = nullptr;
    QDoubleSpinBox* learningRate_ = nullptr;
    QDoubleSpinBox* momentum_ = nullptr;
    QCheckBox* nesterov_ = nullptr;
    QDoubleSpinBox* weightDecay_ = nullptr;
    QSpinBox* batchSize_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QLineEdit* seed_ = nullptr;
    QSpinBox* threads_ = nullptr;

    QLabel* parameters_ = nullptr;
    QLabel* problemLabel_ = nullptr;

    Shape inputShape_{1, 28, 28};
    long long trainingSamples_ = 0;
    QString problem_;
    bool loading_ = false;   // setConfig in progress: one configChanged at the end, not thirty
};

} // namespace ae
