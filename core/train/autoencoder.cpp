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

constexpr Eigen::Index kChunkRows = kEvaluationChunkRows;

// Keeps exp() finite when a diverging VAE pushes its log-variance far out.
constexpr float kMaxLogVar = 30.0f;

std::unique_ptr<Layer> makeLayer(const LayerSpec& s) {
    switch (s.kind) {
    case LayerKind::Dense: return std::make_unique<Dense>(s.input.size(), s.output.size(), s.activation);
    case LayerKind::Conv2D: return std::make_unique<Conv2D>(s.input, s.output.c, s.kernel, s.padding, s.activation);
    case LayerKind::MaxPooling2D: return std::make_unique<MaxPool2D>(s.input);
    case LayerKind::UpSampling2D: return std::make_unique<UpSampling2D>(s.input);
    }
    throw Error("layer " + s.name + " has no implementation");  // unreachable: every kind is handled above
}

// Seed 002's distance term in the form the configuration chose.
double distanceTerm(const ModelConfig& c, const Matrix& x, const Matrix& z, Matrix* grad) {
    return c.distanceTerm == DistanceTerm::Stress ? pairwiseStressTerm(x, z, c.distanceWeight, grad)
                                                  : pairwiseDistanceTerm(x, z, c.distanceWeight, grad);
}

template <typename F>
void forEachRowBlock(Eigen::Index rows, F&& f) {
    for (Eigen::Index start = 0; start < rows; start += kChunkRows) f(start, std::min(kChunkRows, rows - start));
}

} // namespace

Autoencoder::Autoencoder(const ModelConfig& config, const Shape& input)
    : config_(config), input_(input), plan_(planLayers(config, input)), loss_(config.loss), output_(config.outputActivation) {
    build();
}

Autoencoder::~Autoencoder() = default;

void Autoencoder::build() {
    for (const LayerSpec& spec : plan_.layers) {
        auto& part = spec.part == NetworkPart::Encoder || spec.part == NetworkPart::Code ? encoder_ : decoder_;
        part.push_back(makeLayer(spec));
        // The plan is what the memory estimate, the summary and the parameter counts read.
        if (!(part.back()->outputShape() == spec.output) || part.back()->paramCount() != spec.params)
            throw Error::worded("layer %1 is built as %2 with %3 parameters, but planned as %4 with %5", spec.name, part.back()->outputShape().str(), part.back()->paramCount(), spec.output.str(), spec.params);
    }

    // One flat buffer each for parameters and gradients, the encoder's first.
    params_.assign(plan_.parameters, 0.0f);
    grads_.assign(plan_.parameters, 0.0f);
    std::size_t offset = 0;
    for (auto* part : {&encoder_, &decoder_})
        for (auto& l : *part) {
            l->bind(params_.data() + offset, grads_.data() + offset);
            offset += l->paramCount();
            l->setThreads(config_.threads);
        }

    encoder_.front()->setInputGradientNeeded(false);
    encoderSteps_ = stepsOf(plan_.encoder(), encoder_);
    decoderSteps_ = stepsOf(plan_.decoder(), decoder_);

    std::mt19937_64 rng(config_.seed);
    for (auto& l : encoder_) l->initialize(rng);
    for (auto& l : decoder_) l->initialize(rng);
}

void Autoencoder::setParameters(std::span<const float> values) {
    if (values.size() != params_.size())
        throw Error::worded("the weights hold %1 values but this %2 network has %3 parameters", values.size(), config_.variant, params_.size());
    std::copy(values.begin(), values.end(), params_.begin());
}

void Autoencoder::zeroGradients() {
    forEachBufferChunk(config_.threads, grads_.size(), [this](std::size_t begin, std::size_t end) {
        std::fill(grads_.begin() + static_cast<std::ptrdiff_t>(begin), grads_.begin() + static_cast<std::ptrdiff_t>(end), 0.0f);
    });
}

std::vector<Autoencoder::Step> Autoencoder::stepsOf(std::span<const LayerSpec> specs,
                                                   const std::vector<std::unique_ptr<Layer>>& layers) {
    std::vector<Step> steps;
    for (const LayerStep& planned : planSteps(specs)) {
        Step step;
        step.first = planned.first;
        if (planned.fusedConv) step.conv = static_cast<Conv2D*>(layers[planned.conv].get());
        step.upsampleInput = planned.upsampleInput;
        step.poolOutput = planned.poolOutput;
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
    if (loss_ == LossKind::BinaryCrossEntropy) return bceWithLogits(logits, target, dLogits, config_.threads);
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
    if (config_.distanceWeight > 0) loss.distance = distanceTerm(config_, target, *code, &dCode_);

    if (config_.variational) {
        // z = mu + exp(logvar/2) * eps: dz/dmu = 1, dz/dlogvar = eps * exp(logvar/2) / 2.
        dMu_ = dCode_;
        dLogVar_ = dCode_.array() * eps_.array() * 0.5f * (0.5f * logVar_.array()).exp();
        // beta * KL per sample, divided by D so it balances the per-element reconstruction loss
        // exactly as Keras' 784 * BCE + KL does.
        const float weight = config_.beta / static_cast<float>(input_.size());
        loss.vaeKl = vaeKl(mu_, logVar_, weight, &dMu_, &dLogVar_);
        // Where the clamp is active the loss no longer depends on the head's log-variance.
        dLogVar_ = (head.rightCols(k).array() > kMaxLogVar).select(0.0f, dLogVar_.array());
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
    const bool codeTerms = config_.l1 > 0 || config_.klSparsityWeight > 0 || config_.distanceWeight > 0;
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
        if (codeTerms) {
            if (start == 0) evaluationCodes_.resize(rows, z_.cols());
            evaluationCodes_.middleRows(start, n) = z_;
        }
        part.reconstruction = reconstructionLoss(runDecoder(z_, Mode::Infer), chunkTarget_, nullptr);
        // Means per element or per sample: the chunks' means weighted by their rows are the set's.
        const double w = static_cast<double>(n) / static_cast<double>(rows);
        sum.reconstruction += w * part.reconstruction;
        sum.vaeKl += w * part.vaeKl;
    });
    // The KL sparsity term's mean activation and the distance term's pairs span the whole set,
    // not a chunk: these are computed once over every code.
    if (config_.l1 > 0) sum.l1 = l1Activity(evaluationCodes_, config_.l1, nullptr);
    if (config_.klSparsityWeight > 0)
        sum.klSparsity = klSparsity(evaluationCodes_, config_.klSparsityTarget, config_.klSparsityWeight, nullptr);
    if (config_.distanceWeight > 0) {
        const Eigen::Index m = std::min<Eigen::Index>(rows, kDistanceTermRows);
        sum.distance = distanceTerm(config_, target.topRows(m), evaluationCodes_.topRows(m), nullptr);
    }
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

const Matrix& Autoencoder::encode(const Matrix& x, Matrix* logVariances) {
    if (logVariances && !config_.variational) throw Error::worded("only a variational network has a log-variance per code value");
    const int width = codeSize();
    codes_.resize(x.rows(), width);
    if (logVariances) logVariances->resize(x.rows(), width);
    forEachRowBlock(x.rows(), [&](Eigen::Index start, Eigen::Index n) {
        chunkIn_ = x.middleRows(start, n);
        const Matrix& head = runEncoder(chunkIn_, Mode::Infer);
        codes_.middleRows(start, n) = head.leftCols(width);
        if (logVariances) logVariances->middleRows(start, n) = head.rightCols(width).cwiseMin(kMaxLogVar);
    });
    return codes_;
}

const Matrix& Autoencoder::decode(const Matrix& codes) {
    if (codes.cols() != codeSize())
        throw Error::worded("cannot decode codes of width %1: this network's code has %2 values", codes.cols(), codeSize());
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
