#pragma once
// A trained autoencoder as an ONNX model (opset 13), so it can run without aelab: the encoder, the
// decoder or both. The graph computes what Autoencoder::encode, decode and reconstruct compute,
// layer by layer from the LayerPlan, with the weights copied from the flat parameter buffer.
//
// Tensors (N: any batch size, D: the input's values per sample, channels-first C x H x W flattened;
// pixels scaled to [0, 1] as aelab reads them, i.e. byte / 255):
//   image           input  N x D          (encoder, full)
//   code            input  N x codeSize   (decoder); output of encoder and full (not the VAE)
//   mu, log_var     output N x latent     (VAE: the code head's two halves, log_var unclamped)
//   reconstruction  output N x D          (decoder, full): after the output activation, so it is
//                                          the image itself; the VAE decodes mu
// Built through Debian's libonnx protobuf classes, which this header does not name: only
// aelab_onnx compiles them.
#include "core/named_enum.h"

#include <span>
#include <string>

namespace ae {

class Autoencoder;

enum class OnnxPart { Encoder, Decoder, Full };
inline constexpr EnumName<OnnxPart> kOnnxPartNames[] = {
    {OnnxPart::Encoder, "encoder"}, {OnnxPart::Decoder, "decoder"}, {OnnxPart::Full, "full"}};
constexpr std::span<const EnumName<OnnxPart>> enumNames(OnnxPart) { return kOnnxPartNames; }

// The serialized ModelProto. Throws Error for a layer or activation ONNX cannot express here.
std::string onnxModelBytes(const Autoencoder& model, OnnxPart part);

// onnxModelBytes written atomically to `path` (Error naming the path when it cannot be written).
void saveOnnxModel(const std::string& path, const Autoencoder& model, OnnxPart part);

} // namespace ae
