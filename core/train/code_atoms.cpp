#include "core/train/code_atoms.h"

#include <string>

namespace ae {

Matrix decoderAtoms(Autoencoder& model, const std::vector<int>& units, const std::vector<double>& amplitudes) {
    if (units.size() != amplitudes.size())
        throw Error("decoder atoms: " + std::to_string(units.size()) + " units but " + std::to_string(amplitudes.size()) + " amplitudes");
    const int width = model.codeSize();
    const auto n = static_cast<Eigen::Index>(units.size());
    // Row 0 is the all-zero code; row k + 1 unit k alone. One decode for all of them.
    Matrix codes = Matrix::Zero(n + 1, width);
    for (Eigen::Index k = 0; k < n; ++k) {
        const int unit = units[static_cast<std::size_t>(k)];
        if (unit < 0 || unit >= width)
            throw Error("decoder atoms: unit " + std::to_string(unit) + " is outside a code of " + std::to_string(width));
        codes(k + 1, unit) = static_cast<float>(amplitudes[static_cast<std::size_t>(k)]);
    }
    const Matrix decoded = model.decode(codes);  // copy: decode's buffer is reused
    return decoded.bottomRows(n).rowwise() - decoded.row(0);
}

} // namespace ae
