#include "ui/panels/model_panel.h"

#include "core/train/layer_plan.h"
#include "ui/panels/noise_preview.h"
#include "ui/panels/variant_texts.h"
#include "ui/session/core_message.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

// Seeds are 64-bit, as in configuration files and run records: a spin box would clip those above
// 2^31 - 1, and a run loaded from the history would then train from another seed.
class SeedValidator final : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override {
        if (input.isEmpty()) return Intermediate;
        if (!std::all_of(input.cbegin(), input.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) return Invalid;
        bool fits = false;
        input.toULongLong(&fits);
        return fits ? Acceptable : Invalid;
    }
};

// Fields hold any number a person types; the field's ValueRange (core's table) decides what is
// valid, and revalidate() refuses a value outside it with the range. A spin box's own range
// would instead swallow the keystroke or clamp the value without a word (a batch of 99999
// became 9,999). The arrows stay inside the valid range.
constexpr int kWideInt = 99'999'999;
constexpr double kWideReal = 1e9;

class IntField : public QSpinBox {
public:
    IntField(const ValueRange& valid, QWidget* parent) : QSpinBox(parent), valid_(valid) {
        setRange(-kWideInt, kWideInt);
        setGroupSeparatorShown(true);
    }
    void stepBy(int steps) override {
        const double next = std::clamp<double>(value() + static_cast<double>(steps) * singleStep(), valid_.lo, valid_.hi);
        setValue(static_cast<int>(next));
    }

protected:
    StepEnabled stepEnabled() const override {
        StepEnabled e = StepNone;
        if (value() < valid_.hi) e |= StepUpEnabled;
        if (value() > valid_.lo) e |= StepDownEnabled;
        return e;
    }

private:
    ValueRange valid_;
};

class RealField : public QDoubleSpinBox {
public:
    RealField(const ValueRange& valid, QWidget* parent) : QDoubleSpinBox(parent), valid_(valid) {
        setRange(-kWideReal, kWideReal);
    }
    void stepBy(int steps) override { setValue(clampToValid(value() + steps * singleStep())); }
    void setValidRange(const ValueRange& valid) { valid_ = valid; }

protected:
    double clampToValid(double v) const {
        // An open end is not a value: stop one step inside it.
        const double lo = valid_.loOpen ? valid_.lo + singleStep() : valid_.lo;
        const double hi = valid_.hiOpen ? valid_.hi - singleStep() : valid_.hi;
        return std::clamp(v, lo, hi);
    }
    StepEnabled stepEnabled() const override {
        StepEnabled e = StepNone;
        if (value() < valid_.hi) e |= StepUpEnabled;
        if (value() > valid_.lo) e |= StepDownEnabled;
        return e;
    }

    ValueRange valid_;
};

// Learning rates and penalty coefficients span decades (1e-6 ... 1), so they are typed and
// shown in scientific notation and the arrows step by factors of ten.
class LogSpinBox : public RealField {
public:
    LogSpinBox(const ValueRange& valid, double smallestStep, QWidget* parent)
        : RealField(valid, parent), smallestStep_(smallestStep) {
        setDecimals(12);  // QDoubleSpinBox rounds to `decimals`; 1e-6 must survive
    }
    QString textFromValue(double v) const override { return locale().toString(v, 'g', 6); }
    double valueFromText(const QString& text) const override { return locale().toDouble(text); }
    QValidator::State validate(QString& text, int&) const override {
        bool ok = false;
        locale().toDouble(text, &ok);
        return ok ? QValidator::Acceptable : QValidator::Intermediate;
    }
    void stepBy(int steps) override {
        double v = value();
        if (v <= 0 && steps > 0) {
            v = smallestStep_;
            --steps;
        }
        v *= std::pow(10.0, steps);
        if (v < smallestStep_ * 0.999) v = 0;
        const double lo = valid_.loOpen ? smallestStep_ : valid_.lo;
        setValue(std::clamp(v, lo, valid_.hi));
    }

private:
    double smallestStep_;
};

QString joinInts(const std::vector<int>& values) {
    QStringList parts;
    for (int v : values) parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

// The numbers of a comma-separated list; `bad` receives the first item that is not a whole
// number ("128, 6a4" must be refused, not read as 128).
std::vector<int> parseInts(const QString& text, QString* bad = nullptr) {
    std::vector<int> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty()) continue;
        bool ok = false;
        const int v = item.toInt(&ok);
        if (ok)
            out.push_back(v);
        else if (bad && bad->isEmpty())
            *bad = item;
    }
    return out;
}

// "784-128-64-32-64-128-784": the widths a dense network goes through, for the variant's line.
// Conv lines name no widths, so any plan gives an empty answer there.
QString layerWidths(const LayerPlan& plan) {
    QStringList widths{QString::number(plan.input.size())};
    for (const LayerSpec& layer : plan.layers)
        if (layer.kind != LayerKind::Dense) return {};
        else widths << QString::number(layer.part == NetworkPart::Code ? plan.code.size() : layer.output.size());
    return widths.join(QLatin1Char('-'));
}

// A combo box of an enum's values, named as in configuration files (the enum's table), in the
// table's order; `keep` leaves out values this field does not take.
template <typename E, typename Keep>
QComboBox* enumCombo(QWidget* parent, Keep keep) {
    auto* box = new QComboBox(parent);
    for (const EnumName<E>& n : enumNames(E{}))
        if (keep(n.value))
            box->addItem(QString::fromUtf8(n.name.data(), static_cast<qsizetype>(n.name.size())), static_cast<int>(n.value));
    return box;
}

template <typename E>
QComboBox* enumCombo(QWidget* parent) {
    return enumCombo<E>(parent, [](E) { return true; });
}

template <typename E>
void setCombo(QComboBox* box, E value) {
    const int i = box->findData(static_cast<int>(value));
    box->setCurrentIndex(i >= 0 ? i : 0);
}

template <typename E>
E comboValue(const QComboBox* box) {
    return static_cast<E>(box->currentData().toInt());
}

} // namespace

ModelPanel::ModelPanel(QWidget* parent) : QWidget(parent) {
    buildForm();
    selectVariant(QStringLiteral("undercomplete"));
    retranslateUi();
}

void ModelPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void ModelPanel::retranslateUi() {
    variant_->setToolTip(tr("The kind of autoencoder. Choosing one loads its preset; every field below can then be changed."));
    variantLabel_->setText(tr("Variant"));
    // Each item's tooltip describes the preset as the seeds train it, on 28x28 images.
    for (int i = 0; i < variant_->count(); ++i) {
        const QString name = variant_->itemData(i).toString();
        variant_->setItemData(i, variantDescription(name, layerWidths(planLayers(presetConfig(name.toStdString()), Shape{1, 28, 28}))),
                              Qt::ToolTipRole);
    }
    experiments_->setText(tr("Seed experiments"));
    experiments_->setToolTip(tr("Load the exact settings of an experiment from the source articles"));
    for (const auto& [action, label] : experimentActions_) action->setText(tr(label));
    for (const RowText& row : rowTexts_) {
        if (row.label) row.label->setText(tr(row.labelText));
        row.field->setToolTip(tr(row.toolTip));
    }
    hidden_->setPlaceholderText(tr("none (one layer to the code)"));
    latent_->setSuffix(tr(" units"));
    kernel_->setSuffix(tr(" px"));
    batchSize_->setSuffix(tr(" samples"));
    variational_->setText(tr("variational (VAE)"));
    nesterov_->setText(tr("Nesterov momentum"));
    revalidate();  // the variant's line, the parameter count and any problem are worded anew
}

void ModelPanel::buildForm() {
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    variant_ = new QComboBox(this);
    for (const auto& name : presetNames()) variant_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    variantLabel_ = new QLabel(this);
    top->addWidget(variantLabel_);
    top->addWidget(variant_, 1);
    top->addWidget(makeExperimentsButton());
    layout->addLayout(top);

    description_ = new QLabel(this);
    description_->setObjectName(QStringLiteral("variantLine"));
    description_->setWordWrap(true);
    description_->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic;"));
    layout->addWidget(description_);

    // Above the form, so a refused value is seen wherever the person is typing in a short dock;
    // the parameter count and the problem share two lines kept for them, so the form does not
    // move when one replaces the other.
    auto* status = new QWidget(this);
    auto* statusLayout = new QVBoxLayout(status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    parameters_ = new QLabel(status);
    parameters_->setObjectName(QStringLiteral("parameterCount"));
    statusLayout->addWidget(parameters_);
    problemLabel_ = new QLabel(status);
    problemLabel_->setObjectName(QStringLiteral("modelProblem"));
    problemLabel_->setWordWrap(true);
    problemLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLabel_->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; "
                                                "border-radius: 3px; padding: 4px; }"));
    problemLabel_->hide();
    statusLayout->addWidget(problemLabel_);
    statusLayout->addStretch(1);
    status->setMinimumHeight(2 * fontMetrics().lineSpacing() + 12);
    layout->addWidget(status);

    form_ = new QFormLayout;
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form_);

    // The texts are set by retranslateUi(), from the source texts kept here.
    auto addRow = [this](const char* label, QWidget* field, const char* tip) {
        QLabel* l = label ? new QLabel(this) : nullptr;
        form_->addRow(l, field);
        rowTexts_.push_back({field, l, label, tip});
    };
    auto spin = [this](const ValueRange& valid) { return new IntField(valid, this); };
    auto real = [this](const ValueRange& valid, double step, int decimals) {
        auto* box = new RealField(valid, this);
        box->setSingleStep(step);
        box->setDecimals(decimals);
        return box;
    };
    architecture_ = enumCombo<Architecture>(this);
    addRow(QT_TR_NOOP("Architecture"), architecture_,
           QT_TR_NOOP("dense: fully connected layers on the flattened image. conv: 3x3 convolutions with 2x2 max-pooling "
              "(needs image data)."));
    hidden_ = new QLineEdit(this);
    hidden_->setObjectName(QStringLiteral("hiddenLayers"));
        addRow(QT_TR_NOOP("Hidden layers"), hidden_,
           QT_TR_NOOP("Encoder widths between input and code, comma-separated (e.g. 128, 64); the decoder mirrors them. "
              "More layers learn a more abstract code but train slower. 1 to 16,384 units each, at most 8 layers."));
    latent_ = spin(limits::latent);
    latent_->setObjectName(QStringLiteral("codeSize"));
    addRow(QT_TR_NOOP("Code size"), latent_,
           QT_TR_NOOP("Width of the bottleneck. Smaller forces more compression; 2 can be drawn directly in the latent view."));
    convFilters_ = new QLineEdit(this);
    convFilters_->setObjectName(QStringLiteral("convFilters"));
    addRow(QT_TR_NOOP("Conv filters"), convFilters_,
           QT_TR_NOOP("Filters per convolution stage, comma-separated (e.g. 16, 8, 8). Each stage halves the image with "
              "max-pooling; the decoder mirrors it with up-sampling. 1 to 5 stages, 1 to 512 filters."));
    kernel_ = spin(limits::kernel);
    kernel_->setSingleStep(2);
    addRow(QT_TR_NOOP("Kernel"), kernel_, QT_TR_NOOP("Side of each convolution kernel; odd (1, 3, 5, 7). Larger sees more context per layer."));
    activation_ = enumCombo<Activation>(this);
    addRow(QT_TR_NOOP("Activation"), activation_, QT_TR_NOOP("Non-linearity of the hidden layers. 'linear' everywhere makes the model learn PCA's subspace."));
    codeActivation_ = enumCombo<Activation>(this);
    addRow(QT_TR_NOOP("Code activation"), codeActivation_,
           QT_TR_NOOP("Non-linearity of the code layer. KL sparsity needs 'sigmoid'; the VAE needs 'linear'."));
    outputActivation_ = enumCombo<Activation>(this, allowedAsOutput);
    addRow(QT_TR_NOOP("Output"), outputActivation_, QT_TR_NOOP("sigmoid keeps pixels in [0,1] (needed by cross-entropy); linear pairs with MSE."));
    loss_ = enumCombo<LossKind>(this);
    addRow(QT_TR_NOOP("Loss"), loss_, QT_TR_NOOP("bce: binary cross-entropy per pixel (seed 001). mse: mean squared error per pixel."));
    variational_ = new QCheckBox(this);
    addRow(nullptr, variational_,
           QT_TR_NOOP("The code becomes a sample of a Gaussian whose mean and variance the encoder predicts; a KL term pulls "
              "it towards N(0, 1) so new images can be generated."));

    l1_ = new LogSpinBox(limits::l1, 1e-8, this);
    addRow(QT_TR_NOOP("L1 on code"), l1_,
           QT_TR_NOOP("Coefficient of an L1 penalty on the code activations (seed 001 uses 1e-6). Larger: fewer units fire "
              "per image, blurrier reconstructions. Range 0 to 1; arrows step by x10."));
    klWeight_ = new LogSpinBox(limits::klSparsityWeight, 1e-4, this);
    klWeight_->setObjectName(QStringLiteral("klSparsityWeight"));
    addRow(QT_TR_NOOP("KL sparsity weight"), klWeight_,
           QT_TR_NOOP("Weight of a KL divergence pulling each code unit's mean firing rate to the target. Needs a sigmoid code."));
    klTarget_ = real(limits::klSparsityTarget, 0.01, 3);
    klTarget_->setObjectName(QStringLiteral("klSparsityTarget"));
    addRow(QT_TR_NOOP("KL sparsity target"), klTarget_, QT_TR_NOOP("Target mean activation rho of each code unit, in (0, 1)."));
    beta_ = real(limits::beta, 0.1, 3);
    addRow(QT_TR_NOOP("β (VAE)"), beta_,
           QT_TR_NOOP("Weight of the VAE's KL term. Above 1: a smoother, more disentangled latent space; below 1: sharper "
              "reconstructions."));
    distanceWeight_ = real(limits::distanceWeight, 0.1, 3);
    addRow(QT_TR_NOOP("Distance weight λ"), distanceWeight_,
           QT_TR_NOOP("Weight of seed 002's pairwise-distance term over each mini-batch: larger keeps input distances in the "
              "code better, at some cost in reconstruction."));
    // The distance variant's one knob, as a slider over decades: 0, then 0.01 ... 100.
    distanceSlider_ = new QSlider(Qt::Horizontal, this);
    distanceSlider_->setRange(0, 80);
    addRow(QT_TR_NOOP("λ_d"), distanceSlider_,
           QT_TR_NOOP("The distance weight on a logarithmic scale (far left: 0, the plain autoencoder; middle: 1; far right: "
              "100). Train with several values and compare them in the Trade-off view."));
    connect(distanceSlider_, &QSlider::valueChanged, this, [this](int position) {
        distanceWeight_->setValue(position == 0 ? 0.0 : std::pow(10.0, (position - 40) / 20.0));
    });
    connect(distanceWeight_, &QDoubleSpinBox::valueChanged, this, [this](double w) {
        const QSignalBlocker block(distanceSlider_);
        distanceSlider_->setValue(w <= 0 ? 0 : std::clamp(static_cast<int>(std::lround(40 + 20 * std::log10(w))), 1, 80));
    });
    noise_ = enumCombo<NoiseKind>(this);
    addRow(QT_TR_NOOP("Input noise"), noise_,
           QT_TR_NOOP("Corruption of the training inputs (a denoising autoencoder learns to undo it). gaussian: add "
              "factor x N(0,1), clipped to [0,1]; masking: zero pixels; saltpepper: set pixels to 0 or 1."));
    noiseFactor_ = real(limits::gaussianNoise, 0.05, 2);
    addRow(QT_TR_NOOP("Noise factor"), noiseFactor_,
           QT_TR_NOOP("Gaussian: standard deviation (seed 001 uses 0.5, up to 5). Masking / salt-and-pepper: share of pixels hit (0 to 1)."));
    noisePreview_ = new NoisePreview(this);
    form_->addRow(nullptr, noisePreview_);

    optimizer_ = enumCombo<OptimizerKind>(this);
    addRow(QT_TR_NOOP("Optimiser"), optimizer_,
           QT_TR_NOOP("How gradients become weight updates. adam: robust default. adadelta: seed 001's choice, use learning "
              "rate 1.0. sgd: plain (with momentum)."));
    learningRate_ = new LogSpinBox(limits::learningRate, 1e-6, this);
    learningRate_->setObjectName(QStringLiteral("learningRate"));
    addRow(QT_TR_NOOP("Learning rate"), learningRate_,
           QT_TR_NOOP("Step size of each update, in (0, 100]. Too large diverges (training stops and keeps the last good "
              "weights); too small crawls. Arrows step by x10."));
    momentum_ = real(limits::momentum, 0.05, 3);
    momentum_->setObjectName(QStringLiteral("momentum"));
    addRow(QT_TR_NOOP("Momentum"), momentum_, QT_TR_NOOP("SGD's momentum in [0, 0.999]: keeps a share of the previous step. The other optimisers have none."));
    nesterov_ = new QCheckBox(this);
    addRow(nullptr, nesterov_, QT_TR_NOOP("Looks ahead along the momentum before taking the gradient (SGD)."));
    weightDecay_ = new LogSpinBox(limits::weightDecay, 1e-6, this);
    addRow(QT_TR_NOOP("Weight decay"), weightDecay_, QT_TR_NOOP("Shrinks every weight a little each step (L2), in [0, 1]."));
    batchSize_ = spin(limits::batchSize);
    batchSize_->setObjectName(QStringLiteral("batchSize"));
    addRow(QT_TR_NOOP("Batch size"), batchSize_, QT_TR_NOOP("Samples per update. Larger: smoother but fewer steps per epoch."));
    epochs_ = spin(limits::epochs);
    addRow(QT_TR_NOOP("Epochs"), epochs_, QT_TR_NOOP("Passes over the training set that Train runs. Train again continues the same model."));
    seed_ = new QLineEdit(QStringLiteral("0"), this);
    seed_->setValidator(new SeedValidator(seed_));
    connect(seed_, &QLineEdit::editingFinished, this, [this] {
        if (seed_->text().isEmpty()) seed_->setText(QStringLiteral("0"));
    });
    addRow(QT_TR_NOOP("Seed"), seed_, QT_TR_NOOP("Random seed of weights, shuffling and noise: the same seed and threads give the same run."));
    threads_ = spin(limits::threads);
    addRow(QT_TR_NOOP("Threads"), threads_, QT_TR_NOOP("CPU threads for training: products, convolutions, loss and optimiser step. Dense networks train to the same bits at any count; convolutional ones may differ in the last bits."));

    layout->addStretch(1);

    connect(variant_, &QComboBox::activated, this, [this] { selectVariant(variant_->currentData().toString()); });
    auto changed = [this] {
        if (loading_) return;
        updateVisibility();
        revalidate();
        emit configChanged();
    };
    for (QComboBox* box : {architecture_, activation_, codeActivation_, outputActivation_, loss_, noise_, optimizer_})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit* line : {hidden_, convFilters_, seed_}) connect(line, &QLineEdit::textChanged, this, changed);
    for (QSpinBox* box : {latent_, kernel_, batchSize_, epochs_, threads_})
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox* box : {l1_, klWeight_, klTarget_, beta_, distanceWeight_, noiseFactor_, learningRate_, momentum_, weightDecay_})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    for (QCheckBox* box : {variational_, nesterov_}) connect(box, &QCheckBox::toggled, this, changed);
}

QToolButton* ModelPanel::makeExperimentsButton() {
    auto* button = new QToolButton(this);
    experiments_ = button;
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);

    // Seed 001's Keras code: Adadelta (Keras' learning rate 1.0) for (a) and (b), Adam for (c)
    // and (e); (d) does not show its compile line, so it keeps the preset's Adam.
    auto seed001 = [](const char* preset, OptimizerKind optimizer, float lr, int epochs, int batch) {
        ModelConfig c = presetConfig(preset);
        c.optimizer = optimizer;
        c.learningRate = lr;
        c.epochs = epochs;
        c.batchSize = batch;
        return c;
    };
    struct Experiment {
        const char* label;
        const char* preset;
        ModelConfig config;
    };
    const std::vector<Experiment> experiments = {
        {QT_TR_NOOP("001 a — undercomplete 784-32-784, Adadelta, 50 epochs"), "undercomplete",
         seed001("undercomplete", OptimizerKind::Adadelta, 1.0f, 50, 256)},
        {QT_TR_NOOP("001 b — sparse, L1 1e-6, Adadelta, 50 epochs"), "sparse",
         seed001("sparse", OptimizerKind::Adadelta, 1.0f, 50, 256)},
        {QT_TR_NOOP("001 c — deep 128-64-32, Adam, 100 epochs"), "deep", seed001("deep", OptimizerKind::Adam, 1e-3f, 100, 256)},
        {QT_TR_NOOP("001 d — convolutional 16-8-8, 50 epochs, batch 128"), "conv", seed001("conv", OptimizerKind::Adam, 1e-3f, 50, 128)},
        {QT_TR_NOOP("001 e — denoising conv 32-32, Gaussian noise 0.5, Adam, 50 epochs"), "denoising",
         seed001("denoising", OptimizerKind::Adam, 1e-3f, 50, 128)},
        {QT_TR_NOOP("000 — VAE with a 2-D code"), "vae", presetConfig("vae")},
        {QT_TR_NOOP("002 — distance-preserving 2-D code"), "distance", presetConfig("distance")},
        {QT_TR_NOOP("002 — linear autoencoder (learns PCA's subspace)"), "linear", presetConfig("linear")},
    };
    for (const auto& e : experiments) {
        QAction* action = menu->addAction(QString());
        experimentActions_.emplace_back(action, e.label);
        connect(action, &QAction::triggered, this, [this, preset = QString::fromLatin1(e.preset), config = e.config] {
            loadExperiment(preset, config);
        });
    }
    button->setMenu(menu);
    return button;
}

void ModelPanel::loadExperiment(const QString& preset, const ModelConfig& config) {
    ModelConfig c = config;
    c.variant = preset.toStdString();
    setConfig(c);
}

void ModelPanel::selectVariant(const QString& name) { setConfig(presetConfig(name.toStdString())); }

void ModelPanel::setConfig(const ModelConfig& c) {
    loading_ = true;
    const int v = variant_->findData(QString::fromStdString(c.variant));
    if (v >= 0) variant_->setCurrentIndex(v);
    setCombo(architecture_, c.architecture);
    hidden_->setText(joinInts(c.hidden));
    latent_->setValue(c.latent);
    convFilters_->setText(joinInts(c.convFilters));
    kernel_->setValue(c.kernel);
    setCombo(activation_, c.activation);
    setCombo(codeActivation_, c.codeActivation);
    setCombo(outputActivation_, c.outputActivation);
    setCombo(loss_, c.loss);
    variational_->setChecked(c.variational);
    l1_->setValue(c.l1);
    klWeight_->setValue(c.klSparsityWeight);
    klTarget_->setValue(c.klSparsityTarget);
    beta_->setValue(c.beta);
    distanceWeight_->setValue(c.distanceWeight);
    setCombo(noise_, c.noise);
    noiseFactor_->setValue(c.noiseFactor);
    setCombo(optimizer_, c.optimizer);
    learningRate_->setValue(c.learningRate);
    momentum_->setValue(c.momentum);
    nesterov_->setChecked(c.nesterov);
    weightDecay_->setValue(c.weightDecay);
    batchSize_->setValue(c.batchSize);
    epochs_->setValue(c.epochs);
    seed_->setText(QString::number(c.seed));
    threads_->setValue(c.threads);
    loading_ = false;
    updateVisibility();
    revalidate();
    emit configChanged();
}

ModelConfig ModelPanel::config() const {
    ModelConfig c;
    c.variant = variant_->currentData().toString().toStdString();
    c.architecture = comboValue<Architecture>(architecture_);
    c.hidden = parseInts(hidden_->text());
    c.latent = latent_->value();
    c.convFilters = parseInts(convFilters_->text());
    c.kernel = kernel_->value();
    c.activation = comboValue<Activation>(activation_);
    c.codeActivation = comboValue<Activation>(codeActivation_);
    c.outputActivation = comboValue<Activation>(outputActivation_);
    c.loss = comboValue<LossKind>(loss_);
    c.variational = variational_->isChecked();
    c.l1 = static_cast<float>(l1_->value());
    c.klSparsityWeight = static_cast<float>(klWeight_->value());
    c.klSparsityTarget = static_cast<float>(klTarget_->value());
    c.beta = static_cast<float>(beta_->value());
    c.distanceWeight = static_cast<float>(distanceWeight_->value());
    c.noise = comboValue<NoiseKind>(noise_);
    c.noiseFactor = static_cast<float>(noiseFactor_->value());
    c.optimizer = comboValue<OptimizerKind>(optimizer_);
    c.learningRate = static_cast<float>(learningRate_->value());
    c.momentum = static_cast<float>(momentum_->value());
    c.nesterov = nesterov_->isChecked();
    c.weightDecay = static_cast<float>(weightDecay_->value());
    c.batchSize = batchSize_->value();
    c.epochs = epochs_->value();
    c.seed = seed_->text().toULongLong();  // the validator lets only 64-bit values in; empty is 0
    c.threads = threads_->value();
    return c;
}

void ModelPanel::setInputShape(const Shape& shape) {
    inputShape_ = shape;
    revalidate();
}

void ModelPanel::setPreviewImages(const Matrix& samples, const Shape& shape) {
    noisePreview_->setImages(samples, shape);
    updateVisibility();
}

void ModelPanel::setTrainingSamples(long long count) {
    trainingSamples_ = count;
    revalidate();
}

// Only the knobs the current network uses are shown, so the form reads as a description of it.
void ModelPanel::updateVisibility() {
    const bool dense = comboValue<Architecture>(architecture_) == Architecture::Dense;
    const bool vae = variational_->isChecked();
    const OptimizerKind opt = comboValue<OptimizerKind>(optimizer_);
    form_->setRowVisible(hidden_, dense);
    form_->setRowVisible(latent_, dense);
    form_->setRowVisible(codeActivation_, dense);
    form_->setRowVisible(variational_, dense);
    form_->setRowVisible(convFilters_, !dense);
    form_->setRowVisible(kernel_, !dense);
    form_->setRowVisible(klWeight_, dense && !vae);
    // Shown with its weight and enabled by it: a row appearing as the weight is typed would move
    // the form under the cursor.
    form_->setRowVisible(klTarget_, dense && !vae);
    klTarget_->setEnabled(klWeight_->value() > 0);
    form_->setRowVisible(beta_, dense && vae);
    form_->setRowVisible(distanceWeight_, dense);
    form_->setRowVisible(distanceSlider_, dense && variant_->currentData().toString() == QLatin1String("distance"));
    form_->setRowVisible(noiseFactor_, comboValue<NoiseKind>(noise_) != NoiseKind::None);
    static_cast<RealField*>(noiseFactor_)->setValidRange(limits::noiseFactor(comboValue<NoiseKind>(noise_)));
    noisePreview_->setNoise(comboValue<NoiseKind>(noise_), static_cast<float>(noiseFactor_->value()));
    form_->setRowVisible(noisePreview_, noisePreview_->showsNoise());
    // Only SGD uses momentum (core/nn/optimizer.cpp: RMSprop, Adam and Adadelta keep their own
    // running averages instead).
    form_->setRowVisible(momentum_, opt == OptimizerKind::Sgd);
    form_->setRowVisible(nesterov_, opt == OptimizerKind::Sgd);
}

QString ModelPanel::fieldLabel(QWidget* field) const {
    auto* label = qobject_cast<QLabel*>(form_->labelForField(field));
    return label ? label->text() : QString();
}

QString ModelPanel::outOfRangeMessage(const OutOfRange& e) const {
    // Core's field names, as its messages use them, to the field that holds the value.
    const std::pair<const char*, QWidget*> fields[] = {
        {"latent", latent_},           {"hidden layer width", hidden_},  {"conv filters", convFilters_},
        {"kernel", kernel_},           {"l1", l1_},                      {"KL sparsity weight", klWeight_},
        {"KL sparsity target", klTarget_}, {"beta", beta_},              {"distance weight", distanceWeight_},
        {"noise factor", noiseFactor_}, {"learning rate", learningRate_}, {"momentum", momentum_},
        {"weight decay", weightDecay_}, {"epochs", epochs_},             {"batch size", batchSize_},
        {"threads", threads_},
    };
    for (const auto& [name, field] : fields)
        if (e.field() == name)
            return tr("%1: %2 is outside the allowed range %3.")
                .arg(fieldLabel(field), QLocale().toString(e.value(), 'g', 7), QString::fromStdString(e.range().str()));
    return localisedMessage(e);
}

// Items of the comma-separated fields that are not numbers; the lists' numbers go to config(),
// so without this "128, 6a4" would silently train 128.
QString ModelPanel::listProblem() const {
    const bool dense = comboValue<Architecture>(architecture_) == Architecture::Dense;
    QLineEdit* field = dense ? hidden_ : convFilters_;
    QString bad;
    parseInts(field->text(), &bad);
    if (bad.isEmpty()) return {};
    return tr("%1: “%2” is not a whole number. Give widths separated by commas, e.g. 128, 64.").arg(fieldLabel(field), bad);
}

void ModelPanel::revalidate() {
    QString problem;
    const ModelConfig c = config();
    try {
        const LayerPlan plan = planLayers(c, inputShape_);  // validates; allocates no network
        if (trainingSamples_ > 0) validateBatchSize(c, trainingSamples_);
        description_->setText(variantDescription(variant_->currentData().toString(), layerWidths(plan)));
        parameters_->setText(tr("%1 parameters · code %2")
                                 .arg(QLocale().toString(static_cast<qulonglong>(plan.parameters)))
                                 .arg(QString::fromStdString(plan.code.str())));
    } catch (const OutOfRange& e) {
        problem = outOfRangeMessage(e);
        parameters_->setText(QString());
    } catch (const std::exception& e) {
        problem = localisedMessage(e);
        parameters_->setText(QString());
    }
    if (const QString bad = listProblem(); !bad.isEmpty()) {
        problem = bad;
        parameters_->setText(QString());
    }
    problemLabel_->setText(problem);
    problemLabel_->setVisible(!problem.isEmpty());
    parameters_->setVisible(problem.isEmpty());
    if (problem != problem_) {
        const bool validityFlipped = problem.isEmpty() != problem_.isEmpty();
        problem_ = problem;
        if (validityFlipped) emit validityChanged(problem_.isEmpty());
    }
}

} // namespace ae
