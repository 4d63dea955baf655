#include "ui/panels/variant_texts.h"

#include "core/train/model_config.h"

#include <QCoreApplication>

namespace ae {

namespace {

// The tr() context for these free functions (lupdate files them under "ae::VariantTexts").
class VariantTexts {
    Q_DECLARE_TR_FUNCTIONS(VariantTexts)

public:
    struct Text {
        QString title, line, what, why, watch, knob;
    };

    // Built on each call, not cached: tr() must run after the translator is installed.
    static Text of(const QString& v) {
        if (v == QLatin1String("undercomplete"))
            return {tr("Undercomplete autoencoder"),
                    tr("%1: the bottleneck alone forces a compressed code (seed 001 a)"),
                    tr("The encoder squeezes each 784-pixel image into a code of 32 numbers, and the decoder has to "
                       "rebuild the whole image from those 32 numbers alone. Training compares the rebuilt image "
                       "with the original, pixel by pixel, and adjusts both halves to make the difference smaller."),
                    tr("The code is narrower than the image, so the network cannot simply pass its input through. "
                       "To rebuild digits well it has to spend its 32 numbers on what digits have in common "
                       "(strokes, loops, slant) and drop what varies at random from image to image. This narrow "
                       "layer, the bottleneck, is the only thing that forces it to learn: make the code as wide as "
                       "the input and copying becomes the easiest answer."),
                    tr("In the loss view the training and validation curves should fall together; a validation "
                       "curve that turns up again means overfitting. The reconstructions start as grey blobs and "
                       "sharpen within a few epochs. The latent view shows the code projected to two dimensions "
                       "with PCA: digits of the same class drift together although the labels were never used."),
                    tr("The code size. Try 2, 8, 32 and 128 and compare the reconstructions: small codes keep the "
                       "rough shape and lose the details, large codes rebuild almost perfectly but compress less.")};
        if (v == QLatin1String("sparse"))
            return {tr("Sparse autoencoder"),
                    tr("%1 with an L1 penalty on the code: few units fire per image (seed 001 b)"),
                    tr("The same 784-32-784 network as the undercomplete autoencoder with one addition: the loss "
                       "also adds up the absolute values of the code, multiplied by the L1 coefficient. The "
                       "network is rewarded for reconstructing well and for keeping most code units at zero."),
                    tr("With the penalty every unit that fires has a cost, so for a given image only the units that "
                       "really help the reconstruction stay active. Each unit tends to specialise in a feature "
                       "that some digits have and others lack. The code could even be wider than the input: the "
                       "penalty, not the width, is what rules out plain copying."),
                    tr("The reconstructions: with a large coefficient they turn blurry and alike, because too few "
                       "units are left to describe the differences. The loss view draws the L1 term as its own "
                       "dashed curve, so you can see what the optimiser trades against the reconstruction. The "
                       "filters view shows what the first layer's units respond to."),
                    tr("The L1 coefficient, in factors of ten as seed 001 does: 1e-8 behaves like no penalty, 1e-6 "
                       "is the article's value, 1e-4 starves the code. Each click on the field's arrows "
                       "multiplies or divides it by ten.")};
        if (v == QLatin1String("deep"))
            return {tr("Deep autoencoder"),
                    tr("%1: stacked layers learn a more abstract code (seed 001 c)"),
                    tr("Instead of one layer on each side, the encoder goes 784 → 128 → 64 → 32 and the decoder "
                       "mirrors it, 32 → 64 → 128 → 784. Every layer applies a ReLU, so the map from image to "
                       "code can bend in ways a single layer cannot."),
                    tr("The 32-number bottleneck still forces compression, but now the encoder can build the code "
                       "in stages: the first layer finds strokes, later layers combine them into parts of digits. "
                       "With the same code size a deep network can follow more complicated shapes in the data, "
                       "at the price of more parameters and slower, more delicate training."),
                    tr("Compare the final validation loss with the undercomplete variant at the same code size: it "
                       "should be lower. Watch the gap between the training and validation curves: more parameters "
                       "make overfitting on the small embedded sample more likely. The latent view usually shows "
                       "cleaner clusters than the shallow network."),
                    tr("The hidden layers. Remove one (128, 64 → 128) or widen one and see how the validation loss "
                       "and the time per epoch change. If training stalls, divide the learning rate by ten.")};
        if (v == QLatin1String("conv"))
            return {tr("Convolutional autoencoder"),
                    tr("convolutions 16-8-8 with max-pooling down to 4x4x8 and back up: 4,385 parameters (seed 001 d)"),
                    tr("Instead of treating the image as a flat list of pixels, the encoder slides small 3×3 "
                       "filters over it (16, then 8, then 8 of them) and halves the image with max-pooling after "
                       "each stage, down to a block of 8×4×4 numbers. The decoder does the reverse with "
                       "convolutions and up-sampling. The whole network has only 4,385 parameters."),
                    tr("A filter uses the same weights at every position, so a stroke detector learned in one "
                       "corner works everywhere, and neighbouring pixels are treated as neighbours. This built-in "
                       "knowledge about images is why so few parameters suffice. The bottleneck is the block of 128 "
                       "numbers after the last pooling, far fewer than the 784 pixels."),
                    tr("The filters view shows the first layer's 16 filters as tiny 3×3 images; they turn into "
                       "edge and stroke detectors. Compare the reconstructions with the dense variants: edges stay "
                       "crisp with far fewer parameters. The architecture view shows how the image shrinks and "
                       "grows again, layer by layer."),
                    tr("The filters per stage: try 32, 16, 16 for sharper results, or 8, 4, 4 to see where the "
                       "quality breaks down. A 5-pixel kernel sees more context in each layer.")};
        if (v == QLatin1String("denoising"))
            return {tr("Denoising autoencoder"),
                    tr("convolutions 32-32 trained to undo Gaussian noise (factor 0.5): 28,353 parameters (seed 001 e)"),
                    tr("During training every input image is spoilt with Gaussian noise (strength 0.5, clipped to "
                       "[0, 1]), while the target stays the clean image. The network, convolutions with 32 filters "
                       "and 28,353 parameters, learns to turn noisy digits into clean ones."),
                    tr("Copying the input is now useless, because the input is wrong. To remove the noise the "
                       "network has to know what digits look like: which strokes are plausible and which specks "
                       "are not. So it is the corruption, rather than a narrow code, that forces it to learn the "
                       "structure of the data."),
                    tr("The reconstruction view shows the noisy input between the clean input and the output: the "
                       "specks should vanish while the strokes remain. The loss compares the output with the clean "
                       "image, so it measures how well the noise is removed."),
                    tr("The noise factor: 0.1 is easy and teaches little, 0.5 is the article's value, and around "
                       "1.0 the digits themselves become hard to see. You can also change the noise type to "
                       "masking (pixels set to zero).")};
        if (v == QLatin1String("vae"))
            return {tr("Variational autoencoder (VAE)"),
                    tr("variational: a 2-D Gaussian code you can sample from to generate new digits (seed 000)"),
                    tr("For each image the encoder outputs not one point but a Gaussian: a mean and a variance for "
                       "each of the 2 code dimensions. A random sample from that Gaussian is decoded. A KL "
                       "divergence term, weighted by β, pulls every one of these Gaussians towards the standard "
                       "normal distribution N(0, 1)."),
                    tr("Because the code is noisy, nearby codes must decode to similar images, so the latent space "
                       "becomes smooth. Because of the KL term, the codes of all images share one compact region "
                       "around the origin, without gaps. Together they turn the latent space into a map you can "
                       "sample from: any point near the origin decodes to a plausible digit, which is what makes "
                       "the VAE a generative model."),
                    tr("The latent view: the digits fill a round cloud centred on zero, classes side by side with "
                       "no empty gaps between them. The loss view draws the KL term as a dashed curve. The "
                       "reconstructions are blurrier than those of a plain autoencoder; that is the price of the "
                       "smooth space."),
                    tr("β. Above 1 the cloud becomes rounder and more evenly filled but the reconstructions blur; "
                       "below 1 they sharpen and gaps open in the space, as with a plain autoencoder.")};
        if (v == QLatin1String("distance"))
            return {tr("Distance-preserving autoencoder"),
                    tr("deep network with a 2-D code and a pairwise-distance term that keeps distances (seed 002)"),
                    tr("A deep network with a 2-dimensional code, trained with one extra loss term: for every pair "
                       "of images in a mini-batch it compares their distance in the input space with the distance "
                       "between their codes, and penalises the difference, weighted by λ."),
                    tr("Squeezing 784 dimensions into 2 cannot keep every distance (no isometry reduces the "
                       "dimension), and a plain autoencoder has no reason even to try: it only cares about the "
                       "reconstruction. The distance term gives it that reason, so images that are close stay "
                       "close in the code and distant ones stay apart, as far as two dimensions allow."),
                    tr("The distance distortion view plots the distance of each pair in the code against its "
                       "distance in the input. Points near a straight line, a high Spearman correlation and a low "
                       "stress mean that distances are kept. The latent view draws the code directly, since it is "
                       "already two-dimensional."),
                    tr("The distance weight λ. At 0 this is a plain deep autoencoder; raise it step by step (0.1, "
                       "1, 10) and watch the distortion plot straighten while the reconstruction loss rises.")};
        if (v == QLatin1String("linear"))
            return {tr("Linear autoencoder"),
                    tr("%1 without activations and with MSE: learns the same subspace as PCA (seed 002)"),
                    tr("The same shape as the undercomplete autoencoder (784-32-784), but with no activation "
                       "functions anywhere and a mean squared error loss. Every layer is a plain matrix "
                       "multiplication, so the whole network is a linear map into 32 numbers and back."),
                    tr("A linear encoder and decoder that minimise the squared error end up spanning the same "
                       "32-dimensional subspace as the first 32 principal components of PCA. The bottleneck still "
                       "forces compression, but a linear map can only project onto a flat subspace; it cannot "
                       "bend to follow curved structure in the data."),
                    tr("The reconstructions look like soft, ghostly averages of digits. The latent view (the code "
                       "projected with PCA) looks much like a PCA of the images themselves. The loss levels off "
                       "early: that level is the best any projection onto 32 dimensions can do."),
                    tr("Change the activation to relu while keeping the code linear, and see how far a non-linear "
                       "network gets below the linear limit with the same code size.")};
        return {};
    }

    static QString heading(int which) {
        switch (which) {
        case 0: return tr("What it does");
        case 1: return tr("Why it has to learn something");
        case 2: return tr("What to watch");
        default: return tr("Try this knob first");
        }
    }
};

} // namespace

QString variantDescription(const QString& variant, const QString& layerWidths) {
    const QString line = VariantTexts::of(variant).line;
    if (line.isEmpty()) return QString::fromStdString(presetDescription(variant.toStdString()));
    return line.contains(QLatin1String("%1")) ? line.arg(layerWidths) : line;
}

QString variantTitle(const QString& variant) {
    const QString title = VariantTexts::of(variant).title;
    return title.isEmpty() ? variant : title;
}

QString variantExplanation(const QString& variant) {
    const VariantTexts::Text t = VariantTexts::of(variant);
    if (t.what.isEmpty()) return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(t.title.toHtmlEscaped());
    const QString* bodies[] = {&t.what, &t.why, &t.watch, &t.knob};
    for (int i = 0; i < 4; ++i)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(VariantTexts::heading(i).toHtmlEscaped(), bodies[i]->toHtmlEscaped());
    return html;
}

} // namespace ae
