#pragma once
// Reconstructions of several stored runs side by side: one block a run, its label in the run's
// plot colour over a row of inputs and a row of outputs. The images come from the runs history,
// so they stay comparable after a restart. Pixels are scaled by nearest neighbour, like the live
// Reconstructions view.
#include "ui/history/run_record.h"

#include <QColor>
#include <QImage>
#include <QString>
#include <QWidget>

#include <vector>

namespace ae {

class RunImagesView : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString label;
        QColor colour;
        RunImages images;
    };

    explicit RunImagesView(QWidget* parent = nullptr);

    void setRuns(std::vector<Entry> runs);
    int runCount() const { return static_cast<int>(runs_.size()); }

    // The whole panel drawn at `size` logical pixels (used by paintEvent, export and tests).
    QImage render(QSize size, qreal dpr = 1.0) const;
    // Where image `column` of run `run` lands in render(size): row 0 inputs, row 1 outputs.
    QRect tileRect(int run, int row, int column, QSize size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Layout {
        int captionWidth = 0;
        int headerHeight = 0;
        int gap = 0, blockGap = 0;
        double scale = 1;   // pixels per image pixel
        int tileW = 0, tileH = 0;
        int margin = 0;
    };
    Layout layoutFor(QSize size) const;
    int blockHeight(const Layout& l) const { return l.headerHeight + 2 * l.tileH + l.gap + l.blockGap; }
    int maxColumns() const;
    Shape largestShape() const;

    std::vector<Entry> runs_;
};

} // namespace ae
