#pragma once
// The pictures an ImageGrid shows, made from the numbers the views receive: samples as grey
// (or colour, for three channels), errors through a heat map, weights through a diverging map.
// One pixel per value; the grid scales them.
#include "core/common.h"

#include <QColor>
#include <QImage>
#include <QString>

#include <cstdint>

namespace ae {

// Whether samples of this shape are pictures. A CSV row (1 x 1 x D) is a list of numbers: drawn
// as a strip of D grey pixels it would pass for an image, so the image views say so instead.
inline bool isImageShape(const Shape& shape) { return shape.h > 1 && shape.w > 1; }
// What an image view shows for samples that are not pictures.
QString notImagesText(const Shape& shape);

// A value in [0, 1] as 0-255, clamped; not-a-number as 0.
int toByte(float v);

// One sample, channels first, values in [0, 1]: RGB for three channels, otherwise the first
// channel as grey.
QImage sampleImage(const float* values, const Shape& shape);
// The same from bytes (0 = 0.0, 255 = 1.0), as the runs history stores them.
QImage sampleImage(const std::uint8_t* values, const Shape& shape);

// Matplotlib's inferno at t in [0, 1] (clamped; not-a-number as 0): perceptually uniform and
// readable in grey-scale print, dark for 0 and pale yellow for 1.
QRgb inferno(double t);
// |output - input| averaged over the channels, one pixel each, through inferno with full
// colour at `range`.
QImage errorImage(const float* input, const float* output, const Shape& shape, double range);

// Blue (-1) - white (0) - red (+1), the ColorBrewer RdBu ends; t clamped, not-a-number as 0.
QRgb diverging(double t);
// w x h values through `diverging`, scaled so the largest finite |value| is full colour.
QImage divergingImage(const float* values, int w, int h);

} // namespace ae
