#pragma once
// The network as a picture and as a table. Left: one block per layer (the input, each encoder
// layer, the code, the decoder), block height proportional to log(size) so that 784 and 2 both
// show, joined like seed 000's 4→2→4 funnel. Right: the Keras-style summary table (layer, type,
// output shape, activation, parameters, total). Both come from the configuration's layer plan
// (planLayers): no network is built here, however wide its layers.
#include "core/common.h"
#include "core/train/model_config.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <utility>

#include <cstddef>
#include <vector>

class QLabel;
class QTableWidget;

namespace ae {

class ArchitectureDiagram;

class ArchitectureView : public QWidget {
    Q_OBJECT
public:
    // One drawn block; the input is block 0.
    struct Block {
        enum class Role { Input, Encoder, Code, Decoder, Output };
        QString name;   // "dense_1", or "input"
        QString kind;   // "Dense", "Conv2D", ..., or "Input"
        QString activation;
        Shape shape;
        std::size_t params = 0;
        Role role = Role::Encoder;
    };

    explicit ArchitectureView(QWidget* parent = nullptr);

    // Rebuilds picture and table for `config` on data of per-sample shape `input`. An invalid
    // configuration empties both and shows validateConfig's message instead.
    void showConfig(const ModelConfig& config, const Shape& input);

    const std::vector<Block>& blocks() const { return blocks_; }
    std::size_t totalParameters() const { return total_; }
    QString problem() const { return problem_; }
    QTableWidget* table() const { return table_; }
    ArchitectureDiagram* diagram() const { return diagram_; }

    QSize sizeHint() const override { return {900, 360}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    std::optional<std::pair<ModelConfig, Shape>> shown_;  // what showConfig() was given last
    void fillTable();

    ArchitectureDiagram* diagram_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* caption_ = nullptr;
    std::vector<Block> blocks_;
    std::size_t total_ = 0;
    QString problem_;
};

// The block picture alone (its own widget so it can be exported without the table).
class ArchitectureDiagram : public QWidget {
    Q_OBJECT
public:
    explicit ArchitectureDiagram(QWidget* parent = nullptr);
    void setBlocks(std::vector<ArchitectureView::Block> blocks, QString problem);
    // Height in pixels of a block of `size` values when the largest is `maxSize` and the tallest
    // block may be `maxHeight` pixels (log scale; at least a few pixels so a 1-unit code shows).
    static double blockHeight(int size, int maxSize, double maxHeight);

    QSize sizeHint() const override { return {640, 320}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<ArchitectureView::Block> blocks_;
    QString problem_;
};

} // namespace ae
