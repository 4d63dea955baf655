#include "core/export/onnx_export.h"

#include "core/train/autoencoder.h"
#include "core/train/model_file.h"
#include "core/version.h"

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace ae {

namespace {

// Opset 13 is the newest that python3-onnx 1.12's checker, ONNX Runtime and most other
// consumers all accept; IR version 7 is the one that opset came with.
constexpr std::int64_t kOpsetVersion = 13;
constexpr std::int64_t kIrVersion = 7;

// Appends nodes and initializers to one graph; every tensor is named after the aelab layer it
// belongs to ("conv2d_1/kernel", "conv2d_1/relu"), so the graph reads like `aelab-cli summary`.
class GraphBuilder {
public:
    explicit GraphBuilder(onnx::GraphProto& graph) : graph_(graph) {}

    std::string node(const std::string& op, const std::string& name, std::initializer_list<std::string> inputs,
                     const std::string& output) {
        last_ = graph_.add_node();
        last_->set_op_type(op);
        last_->set_name(name);
        for (const std::string& in : inputs) last_->add_input(in);
        last_->add_output(output);
        return output;
    }
    // Attributes of the node added last.
    void ints(const std::string& name, std::initializer_list<std::int64_t> values) {
        onnx::AttributeProto* a = attribute(name, onnx::AttributeProto::INTS);
        for (std::int64_t v : values) a->add_ints(v);
    }
    void integer(const std::string& name, std::int64_t value) { attribute(name, onnx::AttributeProto::INT)->set_i(value); }
    void real(const std::string& name, float value) { attribute(name, onnx::AttributeProto::FLOAT)->set_f(value); }
    void text(const std::string& name, const std::string& value) {
        attribute(name, onnx::AttributeProto::STRING)->set_s(value);
    }

    std::string floats(const std::string& name, std::initializer_list<std::int64_t> dims, std::span<const float> values) {
        onnx::TensorProto* t = initializer(name, onnx::TensorProto::FLOAT, dims);
        // float_data, not raw_data: protobuf itself writes these little-endian on any host.
        t->mutable_float_data()->Add(values.begin(), values.end());
        return name;
    }
    std::string int64s(const std::string& name, std::initializer_list<std::int64_t> values) {
        onnx::TensorProto* t = initializer(name, onnx::TensorProto::INT64, {static_cast<std::int64_t>(values.size())});
        for (std::int64_t v : values) t->add_int64_data(v);
        return name;
    }

    // A float tensor of shape N x width (N symbolic: any batch size).
    static void describe(onnx::ValueInfoProto* v, const std::string& name, int width) {
        v->set_name(name);
        onnx::TypeProto_Tensor* t = v->mutable_type()->mutable_tensor_type();
        t->set_elem_type(onnx::TensorProto::FLOAT);
        t->mutable_shape()->add_dim()->set_dim_param("N");
        t->mutable_shape()->add_dim()->set_dim_value(width);
    }
    void input(const std::string& name, int width) { describe(graph_.add_input(), name, width); }
    void output(const std::string& name, int width) { describe(graph_.add_output(), name, width); }

private:
    onnx::AttributeProto* attribute(const std::string& name, onnx::AttributeProto::AttributeType type) {
        onnx::AttributeProto* a = last_->add_attribute();
        a->set_name(name);
        a->set_type(type);
        return a;
    }
    onnx::TensorProto* initializer(const std::string& name, onnx::TensorProto::DataType type,
                                   std::initializer_list<std::int64_t> dims) {
        onnx::TensorProto* t = graph_.add_initializer();
        t->set_name(name);
        t->set_data_type(type);
        for (std::int64_t d : dims) t->add_dims(d);
        return t;
    }

    onnx::GraphProto& graph_;
    onnx::NodeProto* last_ = nullptr;
};

// Applies `a` to `x` (the layer's pre-activation); Linear adds nothing.
std::string activate(GraphBuilder& g, Activation a, const std::string& layer, const std::string& x) {
    switch (a) {
    case Activation::Linear: return x;
    case Activation::ReLU: return g.node("Relu", layer + "/relu", {x}, layer + "/relu");
    case Activation::Sigmoid: return g.node("Sigmoid", layer + "/sigmoid", {x}, layer + "/sigmoid");
    case Activation::Tanh: return g.node("Tanh", layer + "/tanh", {x}, layer + "/tanh");
    case Activation::LeakyReLU: {
        const std::string y = g.node("LeakyRelu", layer + "/leaky_relu", {x}, layer + "/leaky_relu");
        g.real("alpha", kLeakyReluSlope);
        return y;
    }
    }
    throw Error("activation " + nameOf(a) + " has no ONNX form");  // unreachable: every activation is handled above
}

// One layer of the plan on `x`; `weights` is its slice of the flat parameter buffer (kernel, then bias).
std::string emitLayer(GraphBuilder& g, const LayerSpec& s, std::span<const float> weights, const std::string& x) {
    switch (s.kind) {
    case LayerKind::Dense: {
        // Stored in x out, row-major: exactly Gemm's B without transposition.
        const auto in = static_cast<std::int64_t>(s.input.size()), out = static_cast<std::int64_t>(s.output.size());
        const std::string w = g.floats(s.name + "/kernel", {in, out}, weights.first(static_cast<std::size_t>(in * out)));
        const std::string b = g.floats(s.name + "/bias", {out}, weights.subspan(static_cast<std::size_t>(in * out)));
        return activate(g, s.activation, s.name, g.node("Gemm", s.name, {x, w, b}, s.name));
    }
    case LayerKind::Conv2D: {
        // Stored out x in x k x k, ONNX's own layout; a correlation, as ONNX's Conv.
        const std::int64_t co = s.output.c, ci = s.input.c, k = s.kernel;
        const auto kernelSize = static_cast<std::size_t>(co * ci * k * k);
        const std::string w = g.floats(s.name + "/kernel", {co, ci, k, k}, weights.first(kernelSize));
        const std::string b = g.floats(s.name + "/bias", {co}, weights.subspan(kernelSize));
        const std::string y = g.node("Conv", s.name, {x, w, b}, s.name);
        // 'same' pads (k-1)/2 zeros on every side; 'valid' (the decoder's trim) none.
        const std::int64_t pad = s.padding == Padding::Same ? (k - 1) / 2 : 0;
        g.ints("kernel_shape", {k, k});
        g.ints("strides", {1, 1});
        g.ints("pads", {pad, pad, pad, pad});
        return activate(g, s.activation, s.name, y);
    }
    case LayerKind::MaxPooling2D: {
        // 2x2, stride 2, Keras 'same': an odd side gets one more row/column at its end, and the
        // last window holds only the real values there (ONNX pads of MaxPool never win).
        const std::string y = g.node("MaxPool", s.name, {x}, s.name);
        g.ints("kernel_shape", {2, 2});
        g.ints("strides", {2, 2});
        g.ints("pads", {0, 0, s.input.h % 2, s.input.w % 2});
        return y;
    }
    case LayerKind::UpSampling2D: {
        // Nearest neighbour x2: output pixel (i, j) copies input (floor(i/2), floor(j/2)).
        const std::string scales = g.floats(s.name + "/scales", {4}, std::vector<float>{1, 1, 2, 2});
        const std::string y = g.node("Resize", s.name, {x, "", scales}, s.name);
        g.text("mode", "nearest");
        g.text("coordinate_transformation_mode", "asymmetric");
        g.text("nearest_mode", "floor");
        return y;
    }
    }
    throw Error("layer " + s.name + " has no ONNX form");  // unreachable: every kind is handled above
}

bool isConv(const LayerPlan& plan) { return plan.layers.front().kind != LayerKind::Dense; }

// N x D rows to N x C x H x W maps (what the conv layers take), or back.
std::string toMaps(GraphBuilder& g, const std::string& x, const Shape& s, const std::string& name) {
    const std::string shape = g.int64s(name + "/shape", {-1, s.c, s.h, s.w});
    return g.node("Reshape", name, {x, shape}, name);
}
std::string toRows(GraphBuilder& g, const std::string& x, const std::string& name) {
    const std::string y = g.node("Flatten", name, {x}, name);
    g.integer("axis", 1);
    return y;
}

} // namespace

std::string onnxModelBytes(const Autoencoder& model, OnnxPart part) {
    const LayerPlan& plan = model.plan();
    const ModelConfig& config = model.config();
    const std::span<const float> params = model.parameters();
    const int inputSize = model.inputShape().size();
    const int codeSize = model.codeSize();

    onnx::ModelProto proto;
    proto.set_ir_version(kIrVersion);
    proto.set_producer_name("aelab");
    proto.set_producer_version(kVersion);
    proto.set_doc_string("aelab " + config.variant + " autoencoder (" + nameOf(part) +
                         "); inputs are pixel values / 255, channels-first, flattened");
    onnx::OperatorSetIdProto* opset = proto.add_opset_import();
    opset->set_domain("");
    opset->set_version(kOpsetVersion);
    onnx::GraphProto& graph = *proto.mutable_graph();
    graph.set_name("aelab_" + config.variant + "_" + nameOf(part));
    GraphBuilder g(graph);

    const bool conv = isConv(plan);
    std::size_t offset = 0;
    auto layerWeights = [&](const LayerSpec& s) {
        const std::span<const float> w = params.subspan(offset, s.params);
        offset += s.params;
        return w;
    };

    std::string code = "code";
    if (part == OnnxPart::Decoder) {
        g.input("code", codeSize);
    } else {
        g.input("image", inputSize);
        std::string h = conv ? toMaps(g, "image", plan.input, "image/maps") : "image";
        for (const LayerSpec& s : plan.encoder()) h = emitLayer(g, s, layerWeights(s), h);
        if (config.variational) {
            const std::string halves = g.int64s("code/split", {config.latent, config.latent});
            g.node("Split", "code/split", {h, halves}, "mu");
            graph.mutable_node(graph.node_size() - 1)->add_output("log_var");
            g.integer("axis", 1);
            g.output("mu", codeSize);
            g.output("log_var", codeSize);
            code = "mu";
        } else {
            if (conv) h = toRows(g, h, "code/rows");
            g.node("Identity", "code", {h}, "code");
            g.output("code", codeSize);
        }
    }
    if (part == OnnxPart::Encoder) return proto.SerializeAsString();

    offset = plan.encoderParameters;
    std::string h = conv ? toMaps(g, code, plan.decoder().front().input, "code/maps") : code;
    for (const LayerSpec& s : plan.decoder()) h = emitLayer(g, s, layerWeights(s), h);
    h = activate(g, config.outputActivation, "output", h);
    if (conv) h = toRows(g, h, "output/rows");
    g.node("Identity", "reconstruction", {h}, "reconstruction");
    g.output("reconstruction", inputSize);
    return proto.SerializeAsString();
}

void saveOnnxModel(const std::string& path, const Autoencoder& model, OnnxPart part) {
    writeFileAtomically(path, onnxModelBytes(model, part));
}

} // namespace ae
