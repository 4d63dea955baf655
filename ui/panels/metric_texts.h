#pragma once
// What each distance metric of the distortion view and the report means, for the Explain panel:
// what it measures, its range, what a good value looks like and what to compare it with. Kept
// beside variant_texts so every sentence goes through tr() and is translated.
#include <QString>

namespace ae {

// The metrics section of the Explain panel, as rich text.
QString distanceMetricsExplanation();

} // namespace ae
