#pragma once
// Turns a picture of one handwritten digit (a drawing, a photo, a scan) into what an MNIST model
// was trained on, the way MNIST itself was made (LeCun et al.): the ink's bounding box scaled so
// its longer side is 20 pixels, aspect ratio kept, with anti-aliasing (area averaging), then placed
// in a 28 x 28 field so that the ink's centre of mass is at the field's centre. The drawing
// canvas and "Open image…" both end here; converting a QImage to the grey values is the caller's.
#include "core/common.h"

#include <vector>

namespace ae {

inline constexpr int kDigitField = 28;    // MNIST's image side
inline constexpr int kDigitBox = 20;      // the longer side of the scaled ink
inline constexpr double kDigitCentre = 14;  // where the centre of mass lands (0-based pixel index),
                                            // MNIST's own mean (13.98, 14.01) over its test set
// Values at or below this share of the brightest pixel are paper, not ink, when the bounding box
// is found (a scanned page is never exactly 0); they still count in the centre of mass.
inline constexpr float kInkShare = 0.1f;

// `pixels` is width x height grey values, row by row, ink high (the caller inverts a dark-on-light
// picture). Returns 28 x 28 = 784 values in [0, 1], row by row, MNIST's layout. Throws Error when
// the picture has no ink (nothing above zero) or its size is not positive.
std::vector<float> mnistLikeDigit(const std::vector<float>& pixels, int width, int height);

// A photo or scan as ink values: grey levels in [0, 1] (0 black), one per pixel. The paper is the
// median level; a light paper (median above 0.5) is inverted, so dark ink becomes high. The
// paper's level then maps to 0 and the strongest ink to 1, values beyond the paper clamp to 0.
struct InkPicture {
    std::vector<float> ink;
    bool inverted = false;  // the picture was dark on light
};
InkPicture inkFromGrey(const std::vector<float>& grey);

// The centre of mass (column, row) of width x height values in pixel indices; (-1, -1) when the
// values sum to zero.
struct PixelPoint {
    double x = -1, y = -1;
};
PixelPoint centreOfMass(const float* pixels, int width, int height);

// The smallest rectangle holding every value above `threshold`: first column and row, width and
// height (all zero when none is above it).
struct PixelBox {
    int x = 0, y = 0, width = 0, height = 0;
};
PixelBox inkBox(const float* pixels, int width, int height, float threshold);

// Area-averaging resample of width x height values to outWidth x outHeight: each output pixel is
// the mean of the input area it covers (fractional pixels weighted by their share), so thin
// strokes shrink into grey rather than vanish.
std::vector<float> resampleArea(const float* pixels, int width, int height, int outWidth, int outHeight);

} // namespace ae
