// libFuzzer harness for the configuration parser: arbitrary text through configFromJson, then
// validateConfig on an MNIST-shaped and a tabular input, the layer plan and memory estimate and
// the JSON round trip of anything that validates. No exception may escape: every refusal is an
// ae::Error, caught here.
#include "core/train/layer_plan.h"
#include "core/train/memory_estimate.h"
#include "core/train/model_config.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    ae::ModelConfig config;
    try {
        config = ae::configFromJson(text, "fuzz.json");
    } catch (const ae::Error&) {
        return 0;
    }
    for (const ae::Shape shape : {ae::Shape{1, 28, 28}, ae::Shape{1, 1, 13}}) {
        try {
            ae::validateConfig(config, shape);
        } catch (const ae::Error&) {
            continue;
        }
        try {
            // A conv stack may validate yet have no decoder that ends at this image size.
            const ae::LayerPlan plan = ae::planLayers(config, shape);
            if (ae::parameterCountFor(config, shape) != plan.parameters) std::abort();
            (void)ae::estimateTrainingBytes(config, shape, 60000);
        } catch (const ae::Error&) {
        }
        // What validates must survive its own round trip unchanged.
        const std::string once = ae::configToJson(config);
        if (ae::configToJson(ae::configFromJson(once, "round trip")) != once) std::abort();
    }
    return 0;
}
