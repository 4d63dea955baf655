#pragma once
// "A linear autoencoder is PCA", measured: a dense decoder's span in input space against the
// top-k principal components of the training data (principal angles), and its reconstruction
// MSE against PCA's rank-k MSE. Baldi & Hornik (1989): a linear autoencoder trained on MSE has
// its minima where the decoder spans the top-k principal subspace, and there its MSE equals
// PCA's. For any other network the angles describe its decoder's linear part only and the MSE
// comparison is just a baseline.
#include "core/analysis/pca.h"
#include "core/train/autoencoder.h"

#include <vector>

namespace ae {

struct PcaSubspace {
    int k = 0;                             // code width = PCA components
    bool exact = false;                    // a linear dense network: the theory above applies
    std::vector<double> anglesDegrees;     // ascending; empty for a conv network
    double mse = 0;                        // the model's, per element, on the set measured
    double pcaMse = 0;                     // PCA's rank-k reconstruction, per element, same set
    double largestAngle() const { return anglesDegrees.empty() ? 0 : anglesDegrees.back(); }
};

// Dense, and every activation (hidden, code, output) linear: the network is a linear map.
bool isLinearAutoencoder(const ModelConfig& config);

// The decoder's dense kernels multiplied in order (each stored in x out, y = x W + b): a
// k x D matrix whose rows are the code units' directions in input space. For a linear decoder
// its row span is the decoder's column space exactly; with activations it is only the product of
// the weights. Empty for a conv network.
Matrix decoderDirections(const Autoencoder& model);

// `pca` fitted on the training data with model.codeSize() components; `x` the set both
// reconstruct (the test set, the probe set); `reconstructions` the model's outputs for x.
PcaSubspace comparePcaSubspace(const Autoencoder& model, const Pca& pca, const Matrix& x, const Matrix& reconstructions);
// The same, reconstructing x with the model.
PcaSubspace comparePcaSubspace(Autoencoder& model, const Pca& pca, const Matrix& x);

} // namespace ae
