#pragma once
// What the Noise ladder view draws: how much of a noise the model removes at several levels,
// measured by core's noiseLadder on the probe set (PSNR of the noisy input and of the output
// against the clean image), with a few probe images at each level. Built on the training thread
// at the end of a run, after a model is opened and on request (it reconstructs the probe set once
// per level, so never every second), then sent by value.
#include "core/common.h"
#include "core/train/evaluation.h"

#include <QMetaType>

#include <vector>

namespace ae {

struct NoiseLadderSnapshot {
    int epoch = 0;                  // epochs finished when it was measured
    Shape inputShape;
    int probe = 0;                  // images the PSNR figures average over
    NoiseLadder ladder;             // the noise and, per level, PSNR(noisy), PSNR(output)
    // The noise the model was trained with, when it is this ladder's noise; else -1.
    double trainedLevel = -1;

    // A few probe images: the clean ones, then per level (in ladder order) the noisy inputs and
    // what the model made of them. Rows of D values in [0, 1].
    Matrix clean;                   // k x D
    std::vector<Matrix> noisy;      // one k x D per level
    std::vector<Matrix> outputs;    // one k x D per level

    bool empty() const { return ladder.levels.empty(); }
    // The level's result nearest the trained level, or null when the model saw no such noise.
    const NoiseLevelResult* trained() const;
};

} // namespace ae

Q_DECLARE_METATYPE(ae::NoiseLadderSnapshot)
