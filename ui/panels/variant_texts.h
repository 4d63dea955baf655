#pragma once
// What the window says about each preset, in words a student can follow. Kept in the UI (not
// in core's presetDescription) so that every sentence goes through tr() and is translated.
#include <QString>

namespace ae {

// One line under the variant picker: what the preset is and where it comes from. The dense
// presets' lines name the network's widths, `layerWidths` ("784-32-784"): those of the network
// the form and the loaded data make, not of the seed's MNIST network. Falls back to core's
// English description for a name the UI does not know.
QString variantDescription(const QString& variant, const QString& layerWidths);

// The explanation panel's text as rich text: what it does, why it has to learn something, what
// to watch in the views, which knob to try first. Empty for an unknown name.
QString variantExplanation(const QString& variant);

// A short title ("Sparse autoencoder").
QString variantTitle(const QString& variant);

} // namespace ae
