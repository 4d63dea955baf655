#pragma once
// Reconstructions of several stored runs side by side: one block a run, its label in the run's
// plot colour over a row of inputs and a row of outputs. The images come from the runs history,
// so they stay comparable after a restart. An ImageGrid with one row band per run.
#include "ui/history/run_record.h"
#include "ui/views/common/image_grid.h"

#include <QColor>
#include <QString>

#include <vector>

namespace ae {

class RunImagesView : public ImageGrid {
    Q_OBJECT
public:
    struct Entry {
        QString label;
        QColor colour;
        RunImages images;
    };

    explicit RunImagesView(QWidget* parent = nullptr);

    void setRuns(std::vector<Entry> runs);
    int runCount() const { return runs_; }

    // Where image `column` of run `run` lands in render(size): row 0 inputs, row 1 outputs.
    QRect tileRect(int run, int row, int column, QSize size) const {
        return ImageGrid::tileRect(2 * run + row, column, size);
    }

    QSize sizeHint() const override { return {360, 260}; }
    QSize minimumSizeHint() const override { return {160, 80}; }

private:
    static Content blocks(const std::vector<Entry>& runs);

    int runs_ = 0;
};

} // namespace ae
