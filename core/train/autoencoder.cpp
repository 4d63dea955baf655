#include "core/train/autoencoder.h"

#include "core/nn/code_terms.h"
#include "core/nn/conv2d.h"
#include "core/nn/dense.h"
#include "core/nn/max_pool2d.h"
#include "core/nn/up_sampling2d.h"
#include "core/parallel.h"

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

// Inference and evaluation go through the network this many rows at a time, so a 10,000-image
// test set never needs activations for all of it at once.
constexpr Eigen::Index kChunkRows = 500;

// Keeps exp() finite when a diverging VAE pushes its log-variance far out.
constexpr float kMaxLogVar = 30.0f;

std::string layerBaseName(const std::string& kind) {
    if (kind == "Dense") return "dense";
    if (kind == "Conv2D") return "conv2d";
    if (kind == "MaxPooling2D") return "max_pooling2d";
    if (kind == "UpSampling2D") return "up_sampling2d";
    return "activation";
}

template <typename F>
void forEachRowBlock(Eigen::Index rows, F&& f) {
    for (Eigen::Index start = 0; start < rows; start += kChunkRows) f(start, std::min(kChunkRows, rows - start));
}

} // namespace

Autoencoder::Autoencoder(const ModelConfig& config, const Shape& input)
    : config_(config), input_(input), loss_(lossFromName(config.loss)),
      output_(activationFromName(config.outputActivation)) {
    validateConfig(config_, input_);
    build();
}

Autoencoder::~Autoencoder() = default;

void Autoencoder::build() {
    const Activation act = activationFromName(config_.activation);
    if (config_.architecture == "dense") {
        int width = input_.size();
        for (int h : config_.hidden) {
            encoder_.push_back(std::make_unique<Dense>(width, h, act));
            width = h;
        }
        if (config_.variational)
            encoder_.push_back(std::make_unique<Dense>(width, 2 * config_.latent, Activation::Linear));
        else
            encoder_.push_back(std::make_unique<Dense>(width, config_.latent, activationFromName(config_.codeActivation)));
        width = config_.latent;
        for (auto it = config_.hidden.rbegin(); it != config_.hidden.rend(); ++it) {
            decoder_.push_back(std::make_unique<Dense>(width, *it, act));
            width = *it;
        }
        decoder_.push_back(std::make_unique<Dense>(width, input_.size(), Activation::Linear));
    } else {
        const int k = config_.kernel;
        Shape s = input_;
        for (int filters : config_.convFilters) {
            encoder_.push_back(std::make_unique<Conv2D>(s, filters, k, Padding::Same, act));
            s = encoder_.back()->outputShape();
            encoder_.push_back(std::make_unique<MaxPool2D>(s));
            s = encoder_.back()->outputShape();
        }
        // The decoder mirrors the encoder with x2 up-sampling. Pooling with 'same' padding rounds
        // odd sizes up (7 -> 4), so doubling overshoots (4 -> 8 -> 16 -> 32); as in seed 001, a
        // 'valid' convolution trims the map where that lands exactly on the input size (16 -> 14 -> 28).
        const int stages = static_cast<int>(config_.convFilters.size());
        for (int i = 0; i < stages; ++i) {
            const int filters = config_.convFilters[stages - 1 - i];
            const int remainingUps = stages - i;
            const int scale = 1 << remainingUps;
            const bool trim = (s.h - (k - 1)) * scale >= input_.h && s.h * scale > input_.h && k > 1;
            decoder_.push_back(std::make_unique<Conv2D>(s, filters, k, trim ? Padding::Valid : Padding::Same, act));
            s = decoder_.back()->outputShape();
            decoder_.push_back(std::make_unique<UpSampling2D>(s));
            s = decoder_.back()->outputShape();
        }
        decoder_.push_back(std::make_unique<Conv2D>(s, input_.c, k, Padding::Same, Activation::Linear));
        s = decoder_.back()->outputShape();
        if (s.h != input_.h || s.w != input_.w)
            throw Error("invalid conv filters for " + input_.str() + " images: the decoder ends at " + s.str() +
                        " (the pooling stages cannot be undone exactly for this image size)");
    }

    // Flat buffers and layer names (Keras style: dense_1, conv2d_2, ...).
    std::size_t total = 0;
    for (auto& l : encoder_) total += l->paramCount();
    decoderOffset_ = total;
    for (auto& l : decoder_) total += l->paramCount();
    params_.assign(total, 0.0f);
    grads_.assign(total, 0.0f);
    std::size_t offset = 0;
    std::vector<std::pair<std::string, int>> counters;
    auto bindAndName = [&](Layer& l) {
        l.bind(params_.data() + offset, grads_.data() + offset);
        offset += l.paramCount();
        const std::string base = layerBaseName(l.kind());
        auto it = std::find_if(counters.begin(), counters.end(), [&](auto& c) { return c.first == base; });
        if (it == counters.end()) it = counters.insert(counters.end(), {base, 0});
        layerNames_.push_back(base + "_" + std::to_string(++it->second));
    };
    for (auto& l : encoder_) bindAndName(*l);
    for (auto& l : decoder_) bindAndName(*l);

    encoder_.front()->setInputGradientNeeded(false);
    encoderSteps_ = planSteps(encoder_);
    decoderSteps_ = planSteps(decoder_);

    std::mt19937_64 rng(config_.seed);
    for (auto& l : encoder_) l->initialize(rng);
    for (auto& l : decoder_) l->initialize(rng);
}

Shape Autoencoder::codeShape() const {
    if (config_.variational) return Shape{1, 1, config_.latent};
    return encoder_.back()->outputShape();
}

void Autoencoder::setParameters(std::span<const float> values) {
    if (values.size() != params_.size())
        throw Error("the weights hold " + std::to_string(values.size()) + " values but this " + config_.variant +
                    " network has " + std::to_string(params_.size()) + " parameters");
    std::copy(values.begin(), values.end(), params_.begin());
}

void Autoencoder::zeroGradients() {
    forEachBufferChunk(grads_.size(), [this](std::size_t begin, std::size_t end) {
        std::fill(grads_.begin() + static_cast<std::ptrdiff_t>(begin), grads_.begin() + static_cast<std::ptrdiff_t>(end), 0.0f);
    });
}

std::vector<Autoencoder::Step> Autoencoder::planSteps(const std::vector<std::unique_ptr<Layer>>& layers) {
    std::vector<Step> steps;
    auto is = [&](std::size_t i, const char* kind) { return i < layers.size() && layers[i]->kind() == kind; };
    for (std::size_t i = 0; i < layers.size(); i += steps.back().count) {
        Step step;
        step.first = i;
        if (is(i, "UpSampling2D") && is(i + 1, "Conv2D")) {
            step.conv = static_cast<Conv2D*>(layers[i + 1].get());
            step.upsampleInput = true;
            step.poolOutput = is(i + 2, "MaxPooling2D");
            step.count = step.poolOutput ? 3 : 2;
        } else if (is(i, "Conv2D") && is(i + 1, "MaxPooling2D")) {
            step.conv = static_cast<Conv2D*>(layers[i].get());
            step.poolOutput = true;
            step.count = 2;
        }
        steps.push_back(step);
    }
    return steps;
}

const Matrix& Autoencoder::runForward(std::vector<std::unique_ptr<Layer>>& layers, const std::vector<Step>& steps,
                                      const Matrix& x, Mode mode) {
    const Matrix* h = &x;
    if (!fusion_) {
        for (auto& l : layers) h = &l->forward(*h, mode);
        return *h;
    }
    for (const Step& st : steps) {
        if (st.conv)
            h = &st.conv->forwardFused(*h, mode, Conv2D::Fusion{st.upsampleInput, st.poolOutput});
        else
            h = &layers[st.first]->forward(*h, mode);
    }
    return *h;
}

const Matrix& Autoencoder::runBackward(std::vector<std::unique_ptr<Layer>>& layers, const std::vector<Step>& steps,
                                       const Matrix& dy) {
    const Matrix* g = &dy;
    if (!fusedLastTrain_) {
        for (auto it = layers.rbegin(); it != layers.rend(); ++it) g = &(*it)->backward(*g);
        return *g;
    }
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (it->conv)
            g = &it->conv->backwardFused(*g, Conv2D::Fusion{it->upsampleInput, it->poolOutput});
        else
            g = &layers[it->first]->backward(*g);
    }
    return *g;
}

const Matrix& Autoencoder::runEncoder(const Matrix& x, Mode mode) { return runForward(encoder_, encoderSteps_, x, mode); }

const Matrix& Autoencoder::runDecoder(const Matrix& z, Mode mode) { return runForward(decoder_, decoderSteps_, z, mode); }

double Autoencoder::reconstructionLoss(const Matrix& logits, const Matrix& target, Matrix* dLogits) {
    if (loss_ == LossKind::BinaryCrossEntropy) return bceWithLogits(logits, target, dLogits);
    if (output_ == Activation::Linear) return meanSquaredError(logits, target, dLogits);
    outputs_ = logits;
    applyActivation(output_, outputs_.data(), static_cast<std::size_t>(outputs_.size()));
    const double value = meanSquaredError(outputs_, target, dLogits);
    if (dLogits) activationBackward(output_, outputs_.data(), dLogits->data(), static_cast<std::size_t>(dLogits->size()));
    return value;
}

LossBreakdown Autoencoder::trainBatch(const Matrix& input, const Matrix& target, std::mt19937_64& rng) {
    LossBreakdown loss;
    fusedLastTrain_ = fusion_;
    const Matrix& head = runEncoder(input, Mode::Train);
    const Matrix* code = &head;
    const int k = config_.latent;
    if (config_.variational) {
        mu_ = head.leftCols(k);
        logVar_ = head.rightCols(k).cwiseMin(kMaxLogVar);
        eps_.resize(head.rows(), k);
        std::normal_distribution<float> normal(0.0f, 1.0f);
        for (Eigen::Index i = 0; i < eps_.size(); ++i) eps_.data()[i] = normal(rng);
        z_ = mu_.array() + (0.5f * logVar_.array()).exp() * eps_.array();
        code = &z_;
    }

    const Matrix& logits = runDecoder(*code, Mode::Train);
    loss.reconstruction = reconstructionLoss(logits, target, &dLogits_);

    dCode_ = runBackward(decoder_, decoderSteps_, dLogits_);

    if (config_.l1 > 0) loss.l1 = l1Activity(*code, config_.l1, &dCode_);
    if (config_.klSparsityWeight > 0)
        loss.klSparsity = klSparsity(*code, config_.klSparsityTarget, config_.klSparsityWeight, &dCode_);
    if (config_.distanceWeight > 0) loss.distance = pairwiseDistanceTerm(target, *code, config_.distanceWeight, &dCode_);

    if (config_.variational) {
        // z = mu + exp(logvar/2) * eps: dz/dmu = 1, dz/dlogvar = eps * exp(logvar/2) / 2.
        dMu_ = dCode_;
        dLogVar_ = dCode_.array() * eps_.array() * 0.5f * (0.5f * logVar_.array()).exp();
        // beta * KL per sample, divided by D so it balances the per-element reconstruction loss
        // exactly as Keras' 784 * BCE + KL does.
        const float weight = config_.beta / static_cast<float>(input_.size());
        loss.vaeKl = vaeKl(mu_, logVar_, weight, &dMu_, &dLogVar_);
        dCode_.resize(head.rows(), 2 * k);
        dCode_.leftCols(k) = dMu_;
        dCode_.rightCols(k) = dLogVar_;
    }
    runBackward(encoder_, encoderSteps_, dCode_);

    loss.total = loss.reconstruction + loss.l1 + loss.klSparsity + loss.vaeKl + loss.distance;
    return loss;
}

LossBreakdown Autoencoder::evaluate(const Matrix& input, const Matrix& target) {
    LossBreakdown sum;
    const Eigen::Index rows = input.rows();
    if (rows == 0) return sum;
    forEachRowBlock(rows, [&](Eigen::Index start, Eigen::Index n) {
        chunkIn_ = input.middleRows(start, n);
        chunkTarget_ = target.middleRows(start, n);
        const Matrix& head = runEncoder(chunkIn_, Mode::Infer);
        LossBreakdown part;
        if (config_.variational) {
            const int k = config_.latent;
            mu_ = head.leftCols(k);
            logVar_ = head.rightCols(k).cwiseMin(kMaxLogVar);
            part.vaeKl = vaeKl(mu_, logVar_, config_.beta / static_cast<float>(input_.size()), nullptr, nullptr);
            z_ = mu_;
        } else {
            z_ = head;
        }
        if (config_.l1 > 0) part.l1 = l1Activity(z_, config_.l1, nullptr);
        if (config_.klSparsityWeight > 0)
            part.klSparsity = klSparsity(z_, config_.klSparsityTarget, config_.klSparsityWeight, nullptr);
        if (config_.distanceWeight > 0) part.distance = pairwiseDistanceTerm(chunkTarget_, z_, config_.distanceWeight, nullptr);
        part.reconstruction = reconstructionLoss(runDecoder(z_, Mode::Infer), chunkTarget_, nullptr);
        const double w = static_cast<double>(n) / static_cast<double>(rows);
        sum.reconstruction += w * part.reconstruction;
        sum.l1 += w * part.l1;
        sum.klSparsity += w * part.klSparsity;
        sum.vaeKl += w * part.vaeKl;
        sum.distance += w * part.distance;
    });
    sum.total = sum.reconstruction + sum.l1 + sum.klSparsity + sum.vaeKl + sum.distance;
    return sum;
}

void Autoencoder::reconstructionErrors(const Matrix& input, const Matrix& target, Vector& out) {
    out.resize(input.rows());
    Vector part;
    forEachRowBlock(input.rows(), [&](Eigen::Index start, Eigen::Index n) {
        chunkIn_ = input.middleRows(start, n);
        chunkTarget_ = target.middleRows(start, n);
        const Matrix& head = runEncoder(chunkIn_, Mode::Infer);
        z_ = config_.variational ? Matrix(head.leftCols(config_.latent)) : head;
        const Matrix& logits = runDecoder(z_, Mode::Infer);
        if (loss_ == LossKind::MeanSquaredError && output_ != Activation::Linear) {
            outputs_ = logits;
            applyActivation(output_, outputs_.data(), static_cast<std::size_t>(outputs_.size()));
            perSampleLoss(loss_, outputs_, chunkTarget_, part);
        } else {
            perSampleLoss(loss_, logits, chunkTarget_, part);
        }
        out.segment(start, n) = part;
    });
}

const Matrix& Autoencoder::encode(const Matrix& x) {
    const int width = codeSize();
    codes_.resize(x.rows(), width);
    forEachRowBlock(x.rows(), [&](Eigen::Index start, Eigen::Index n) {
        chunkIn_ = x.middleRows(start, n);
        const Matrix& head = runEncoder(chunkIn_, Mode::Infer);
        codes_.middleRows(start, n) = head.leftCols(width);
    });
    return codes_;
}

const Matrix& Autoencoder::decode(const Matrix& codes) {
    if (codes.cols() != codeSize())
        throw Error("cannot decode codes of width " + std::to_string(codes.cols()) + ": this network's code has " +
                    std::to_string(codeSize()) + " values");
    decoded_.resize(codes.rows(), input_.size());
    forEachRowBlock(codes.rows(), [&](Eigen::Index start, Eigen::Index n) {
        chunkIn_ = codes.middleRows(start, n);
        decoded_.middleRows(start, n) = runDecoder(chunkIn_, Mode::Infer);
    });
    applyActivation(output_, decoded_.data(), static_cast<std::size_t>(decoded_.size()));
    return decoded_;
}

const Matrix& Autoencoder::reconstruct(const Matrix& x) {
    // decode() reads its input chunk by chunk into chunkIn_ and writes decoded_, so it can take
    // encode()'s buffer directly: no copy of the codes.
    return decode(encode(x));
}

std::vector<LayerSummary> Autoencoder::summary() const {
    std::vector<LayerSummary> rows;
    std::size_t index = 0;
    auto add = [&](const Layer& l, bool isCode, const std::string& activationOverride) {
        LayerSummary s;
        s.name = layerNames_[index++];
        s.kind = l.kind();
        s.output = l.outputShape();
        s.params = l.paramCount();
        s.isCode = isCode;
        if (auto* d = dynamic_cast<const Dense*>(&l)) s.activation = activationName(d->activation());
        if (auto* c = dynamic_cast<const Conv2D*>(&l)) s.activation = activationName(c->activation());
        if (!activationOverride.empty()) s.activation = activationOverride;
        rows.push_back(s);
    };
    for (std::size_t i = 0; i < encoder_.size(); ++i)
        add(*encoder_[i], i + 1 == encoder_.size(), config_.variational && i + 1 == encoder_.size() ? "mu|logvar" : "");
    for (std::size_t i = 0; i < decoder_.size(); ++i)
        add(*decoder_[i], false, i + 1 == decoder_.size() ? activationName(output_) : "");
    return rows;
}

Matrix Autoencoder::firstLayerWeights() const {
    const Layer& first = *encoder_.front();
    const auto info = first.paramInfo();
    const auto& shape = info.front().shape;  // kernel: dense {in, out}; conv {Cout, Cin, k, k}
    const int rows = shape[0];
    int cols = 1;
    for (std::size_t i = 1; i < shape.size(); ++i) cols *= shape[i];
    Matrix w(rows, cols);
    std::copy_n(params_.data(), w.size(), w.data());
    return w;
}

} // namespace ae
