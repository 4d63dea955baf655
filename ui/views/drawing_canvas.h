#pragma once
// A square sheet to draw one digit on with the mouse or a pen (a tablet's pen arrives as mouse
// events): light ink on black, as MNIST's digits are, with a round soft brush. The sheet is
// kSide x kSide pixels whatever the widget's size; its pen is as wide as a digit drawn about
// as tall as the sheet needs for MNIST's strokes, about 2.5 of 28 pixels once the digit's box is
// scaled to 20 (core/data/digit_preprocessing.h does that).
#include <QImage>
#include <QPointF>
#include <QWidget>

#include <vector>

namespace ae {

class DrawingCanvas : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSide = 280;
    // A digit drawn 200 of 280 pixels tall is scaled by 20/200: a 24-pixel pen becomes 2.4 pixels.
    static constexpr double kPenWidth = 24;

    explicit DrawingCanvas(QWidget* parent = nullptr);

    // Strokes in sheet pixels (0..kSide): what the mouse does, and what tests synthesise.
    void beginStroke(QPointF at);
    void extendStroke(QPointF to);
    void endStroke();
    void clear();
    // Puts a picture's ink (values in [0, 1], ink high) on the sheet, scaled to fit and centred.
    void setInk(const std::vector<float>& ink, int width, int height);

    bool isEmpty() const { return empty_; }
    // The sheet's ink, kSide x kSide values in [0, 1], row by row.
    std::vector<float> ink() const;
    const QImage& sheet() const { return sheet_; }

    QSize sizeHint() const override { return {kSide, kSide}; }
    QSize minimumSizeHint() const override { return {140, 140}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

signals:
    // The ink changed (every stroke segment, a clear, a picture).
    void changed();
    // A stroke ended (the mouse was released).
    void strokeFinished();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void retranslateUi();
    QRectF sheetRect() const;  // where the sheet is drawn in the widget, square and centred
    QPointF toSheet(QPointF widgetPoint) const;
    void paintSegment(QPointF from, QPointF to);

    QImage sheet_;  // Format_Grayscale8, 0 paper, 255 ink
    QPointF last_;
    bool drawing_ = false;
    bool empty_ = true;
};

} // namespace ae
