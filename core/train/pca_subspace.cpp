#include "core/train/pca_subspace.h"

#include "core/analysis/principal_angles.h"

#include <numbers>
#include <string>

namespace ae {

bool isLinearAutoencoder(const ModelConfig& config) {
    return config.architecture != Architecture::Conv && config.activation == Activation::Linear &&
           config.codeActivation == Activation::Linear && config.outputActivation == Activation::Linear;
}

Matrix decoderDirections(const Autoencoder& model) {
    const LayerPlan& plan = model.plan();
    const std::span<const float> params = model.parameters();
    std::size_t offset = plan.encoderParameters;
    Matrix product;
    for (const LayerSpec& layer : plan.decoder()) {
        if (layer.kind != LayerKind::Dense) return {};
        const Eigen::Index in = layer.input.size();
        const Eigen::Index out = layer.output.size();
        const Eigen::Map<const Matrix> kernel(params.data() + offset, in, out);
        product = product.size() == 0 ? Matrix(kernel) : Matrix(product * kernel);
        offset += layer.params;  // the kernel, then `out` biases
    }
    return product;
}

PcaSubspace comparePcaSubspace(const Autoencoder& model, const Pca& pca, const Matrix& x, const Matrix& reconstructions) {
    if (reconstructions.rows() != x.rows() || reconstructions.cols() != x.cols())
        throw Error("PCA subspace: " + std::to_string(reconstructions.rows()) + " reconstructions of " +
                    std::to_string(x.rows()) + " samples");
    PcaSubspace r;
    r.k = pca.outputDim();
    r.exact = isLinearAutoencoder(model.config());
    const Matrix directions = decoderDirections(model);
    if (directions.size() > 0)
        for (const double a : principalAngles(directions, pca.components)) r.anglesDegrees.push_back(a * 180 / std::numbers::pi);
    r.mse = x.size() > 0 ? (reconstructions - x).cast<double>().squaredNorm() / static_cast<double>(x.size()) : 0;
    r.pcaMse = x.size() > 0 ? pcaReconstructionMse(pca, x) : 0;
    return r;
}

PcaSubspace comparePcaSubspace(Autoencoder& model, const Pca& pca, const Matrix& x) {
    const Matrix out = model.reconstruct(x);  // copy: the buffer is the model's
    return comparePcaSubspace(model, pca, x, out);
}

} // namespace ae
