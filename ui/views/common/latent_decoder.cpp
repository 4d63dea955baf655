#include "ui/views/common/latent_decoder.h"

#include "core/train/code_atoms.h"
#include "ui/views/common/tile_image.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ae {

LatentDecoder::LatentDecoder() = default;
LatentDecoder::~LatentDecoder() = default;

void LatentDecoder::reset() {
    model_.reset();
    configKey_.clear();
    parameters_.clear();
    codeSize_ = 0;
}

bool LatentDecoder::update(const ModelSnapshot& s) {
    codeMean_ = s.codes.rows() > 0 ? Vector(s.codes.colwise().mean().transpose()) : Vector();
    pcaMean_ = s.latentPcaMean;
    pcaComponents_ = s.latentPcaComponents;
    if (s.parameters.empty()) {
        reset();
        return false;
    }
    const std::string key = configToJson(s.config) + "|" + std::to_string(s.inputShape.c) + "x" +
                            std::to_string(s.inputShape.h) + "x" + std::to_string(s.inputShape.w);
    const bool sameWeights = parameters_.size() == s.parameters.size() &&
                             std::memcmp(parameters_.data(), s.parameters.data(), parameters_.size() * sizeof(float)) == 0;
    if (model_ && key == configKey_ && sameWeights) return false;
    try {
        if (!model_ || key != configKey_) {
            model_.reset();  // a different network: build it anew
            model_ = std::make_unique<Autoencoder>(s.config, s.inputShape);
        }
        model_->setParameters(s.parameters);
    } catch (const std::exception&) {
        reset();
        return false;
    }
    configKey_ = key;
    parameters_ = s.parameters;
    shape_ = s.inputShape;
    codeSize_ = model_->codeSize();
    codeShape_ = model_->codeShape();
    variational_ = s.config.variational;
    ++rebuilds_;
    return true;
}

bool LatentDecoder::planeUsable() const {
    if (!ready()) return false;
    switch (plane_.axes) {
    case LatentPlane::Axes::Code: return codeSize_ <= 2;
    case LatentPlane::Axes::Pca: return pcaMean_.size() == codeSize_ && pcaComponents_.rows() == 2 && pcaComponents_.cols() == codeSize_;
    case LatentPlane::Axes::Units:
        return plane_.unitX >= 0 && plane_.unitX < codeSize_ && plane_.unitY >= 0 && plane_.unitY < codeSize_;
    }
    return false;
}

Matrix LatentDecoder::codesFor(const std::vector<QPointF>& points) const {
    if (!planeUsable()) return {};
    const Eigen::Index n = static_cast<Eigen::Index>(points.size());
    Matrix codes(n, codeSize_);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto x = static_cast<float>(points[i].x()), y = static_cast<float>(points[i].y());
        switch (plane_.axes) {
        case LatentPlane::Axes::Code:
            codes(i, 0) = x;
            if (codeSize_ > 1) codes(i, 1) = y;
            break;
        case LatentPlane::Axes::Pca:
            codes.row(i) = (pcaMean_ + x * pcaComponents_.row(0).transpose() + y * pcaComponents_.row(1).transpose()).transpose();
            break;
        case LatentPlane::Axes::Units:
            if (codeMean_.size() == codeSize_) codes.row(i) = codeMean_.transpose();
            else codes.row(i).setZero();
            codes(i, plane_.unitX) = x;
            codes(i, plane_.unitY) = y;
            break;
        }
    }
    return codes;
}

Matrix LatentDecoder::decodeCodes(const Matrix& codes) {
    if (!ready() || codes.rows() == 0 || codes.cols() != codeSize_) return {};
    return model_->decode(codes);  // copy: decode's buffer is reused
}

Matrix LatentDecoder::atoms(const std::vector<int>& units, const std::vector<double>& amplitudes) {
    if (!ready()) return {};
    try {
        return decoderAtoms(*model_, units, amplitudes);
    } catch (const Error&) {
        return {};
    }
}

QImage LatentDecoder::decodeImage(QPointF point) {
    const Matrix m = decodePoints({point});
    return m.rows() == 1 ? sampleImage(m.row(0).data(), shape_) : QImage();
}

std::vector<QImage> LatentDecoder::decodeImages(const std::vector<QPointF>& points) {
    const Matrix m = decodePoints(points);
    std::vector<QImage> images;
    for (Eigen::Index i = 0; i < m.rows(); ++i) images.push_back(sampleImage(m.row(i).data(), shape_));
    return images;
}

std::vector<QPointF> LatentDecoder::linePoints(QPointF a, QPointF b, int n) {
    n = std::max(n, 2);
    std::vector<QPointF> points;
    for (int i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / (n - 1);
        points.push_back(a + t * (b - a));
    }
    return points;
}

std::vector<QPointF> LatentDecoder::gridPoints(const QRectF& area, int n) {
    const QRectF r = area.normalized();
    std::vector<QPointF> points;
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col)
            points.emplace_back(r.left() + (col + 0.5) * r.width() / n, r.bottom() - (row + 0.5) * r.height() / n);
    return points;
}

std::vector<QPointF> LatentDecoder::priorGridPoints(int n) {
    std::vector<double> q;
    for (int i = 0; i < n; ++i) q.push_back(inverseNormalCdf(n == 1 ? 0.5 : 0.05 + 0.9 * i / (n - 1)));
    std::vector<QPointF> points;
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col) points.emplace_back(q[col], q[n - 1 - row]);
    return points;
}

// Bisection on Phi(x) = erfc(-x / sqrt 2) / 2: 80 halvings of [-40, 40] are below double's
// resolution, and this is called 15 times per grid.
double LatentDecoder::inverseNormalCdf(double p) {
    double lo = -40, hi = 40;
    for (int i = 0; i < 80; ++i) {
        const double mid = 0.5 * (lo + hi);
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace ae
