#pragma once
// The GUI side's own copy of a snapshot's decoder, for the latent explorer and the manifold
// grid: a point of the 2-D latent plane becomes a full code, the code an image. It never
// touches the training thread's model: the network is rebuilt from ModelSnapshot.config and
// .parameters, and only when those (or the input shape) changed since the last snapshot.
#include "ui/session/snapshot.h"

#include <QImage>
#include <QPointF>
#include <QRectF>

#include <memory>
#include <string>
#include <vector>

namespace ae {

// How the 2-D plane the latent view draws maps back to a full code.
struct LatentPlane {
    enum class Axes { Code, Pca, Units };
    Axes axes = Axes::Code;  // Code: the code is 2-D (or 1-D) itself
    int unitX = 0, unitY = 1;  // Units: these two units vary, the others stay at the probe mean
    bool operator==(const LatentPlane&) const = default;
};

class LatentDecoder {
public:
    LatentDecoder();
    ~LatentDecoder();

    // Takes the newest snapshot; rebuilds the decoder copy only when the configuration, input
    // shape or weights changed. Returns true when it rebuilt. Throws nothing: a snapshot it
    // cannot build leaves the decoder not ready().
    bool update(const ModelSnapshot& snapshot);
    bool ready() const { return model_ != nullptr; }
    int rebuildCount() const { return rebuilds_; }
    int codeSize() const { return codeSize_; }
    Shape codeShape() const { return codeShape_; }  // C x H x W of a conv code; 1 x 1 x n dense
    Shape imageShape() const { return shape_; }
    bool variational() const { return variational_; }
    void reset();

    void setPlane(const LatentPlane& plane) { plane_ = plane; }
    const LatentPlane& plane() const { return plane_; }
    // Whether the current plane can be decoded (PCA needs the snapshot's inverse projection,
    // Units needs valid unit indices).
    bool planeUsable() const;

    // Plane points -> full codes (N x codeSize) under the current plane.
    Matrix codesFor(const std::vector<QPointF>& points) const;
    // Codes -> images (N x D, values in [0,1]); empty when not ready.
    Matrix decodeCodes(const Matrix& codes);
    Matrix decodePoints(const std::vector<QPointF>& points) { return decodeCodes(codesFor(points)); }
    QImage decodeImage(QPointF point);
    // Decoder atoms of these units at these levels (core/train/code_atoms.h), N x D signed;
    // empty when not ready or a unit is outside the code.
    Matrix atoms(const std::vector<int>& units, const std::vector<double>& amplitudes);
    std::vector<QImage> decodeImages(const std::vector<QPointF>& points);

    // n evenly spaced points from a to b, both ends included (n >= 2).
    static std::vector<QPointF> linePoints(QPointF a, QPointF b, int n);
    // n x n cell centres over `area`, row by row from the top (largest y) down, left to right,
    // so tile (row, column) sits where it would in the plot.
    static std::vector<QPointF> gridPoints(const QRectF& area, int n);
    // The VAE's grid: the standard normal's quantiles at n evenly spaced probabilities from
    // 0.05 to 0.95 on each axis (as in the Keras VAE figures), same order as gridPoints.
    static std::vector<QPointF> priorGridPoints(int n);
    static double inverseNormalCdf(double p);  // p in (0, 1)

private:
    std::unique_ptr<Autoencoder> model_;
    std::string configKey_;
    std::vector<float> parameters_;
    Shape shape_;
    int codeSize_ = 0;
    Shape codeShape_;
    bool variational_ = false;
    int rebuilds_ = 0;
    LatentPlane plane_;
    Vector codeMean_;            // mean code of the probe set (the fixed units in Units mode)
    Vector pcaMean_;             // inverse PCA of the plane
    Matrix pcaComponents_;       // 2 x codeSize
};

} // namespace ae
