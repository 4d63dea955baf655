#include "ui/views/architecture_view.h"

#include "core/train/layer_plan.h"
#include "ui/session/core_message.h"
#include "ui/views/common/plot_export.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

using Role = ArchitectureView::Block::Role;

// The same colours as a textbook figure: data grey, encoder blue, code orange, decoder green.
QColor fillOf(Role role) {
    switch (role) {
    case Role::Input:
    case Role::Output: return QColor(150, 150, 150);
    case Role::Encoder: return QColor(76, 114, 176);
    case Role::Code: return QColor(221, 132, 82);
    case Role::Decoder: return QColor(85, 168, 104);
    }
    return Qt::gray;
}

Role roleOf(NetworkPart part) {
    switch (part) {
    case NetworkPart::Encoder: return Role::Encoder;
    case NetworkPart::Code: return Role::Code;
    case NetworkPart::Decoder: return Role::Decoder;
    case NetworkPart::Output: return Role::Output;
    }
    return Role::Encoder;
}

// Compact shape for the picture: "784" for a vector, "16×28×28" for feature maps.
QString shortShape(const Shape& s) {
    if (s.h == 1 && s.w == 1) return QString::number(s.c);
    return QStringLiteral("%1×%2×%3").arg(s.c).arg(s.h).arg(s.w);
}

// Keras' notation, as `aelab-cli summary` prints it, so the two tables read the same.
QString kerasShape(const Shape& s) {
    if (s.h == 1 && s.w == 1) return QStringLiteral("(None, %1)").arg(s.c);
    return QStringLiteral("(None, %1, %2, %3)").arg(s.c).arg(s.h).arg(s.w);
}

} // namespace

ArchitectureView::ArchitectureView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    diagram_ = new ArchitectureDiagram(splitter);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    table_ = new QTableWidget(0, 5, right);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setStretchLastSection(true);
    rightLayout->addWidget(table_);
    caption_ = new QLabel(right);
    caption_->setWordWrap(true);
    caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(caption_);

    splitter->addWidget(diagram_);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    // The picture and the table together: what a student pastes into a report.
    installExportMenu(this);
    retranslateUi();
}

void ArchitectureView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The headers, then the network's table, caption and diagram worded again from what it shows.
void ArchitectureView::retranslateUi() {
    table_->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Output shape"), tr("Activation"), tr("Parameters")});
    if (shown_) showConfig(shown_->first, shown_->second);
}

void ArchitectureView::showConfig(const ModelConfig& config, const Shape& input) {
    shown_.emplace(config, input);
    blocks_.clear();
    total_ = 0;
    problem_.clear();
    try {
        const LayerPlan plan = planLayers(config, input);
        total_ = plan.parameters;
        blocks_.push_back({tr("input"), QStringLiteral("Input"), QString(), input, 0, Role::Input});
        for (const LayerSpec& layer : plan.layers)
            blocks_.push_back({QString::fromStdString(layer.name), QString::fromStdString(nameOf(layer.kind)),
                               QString::fromStdString(layer.activationLabel), layer.output, layer.params, roleOf(layer.part)});
    } catch (const std::exception& e) {
        problem_ = localisedMessage(e);
        blocks_.clear();
        total_ = 0;
    }
    fillTable();
    diagram_->setBlocks(blocks_, problem_);
}

void ArchitectureView::fillTable() {
    table_->setRowCount(0);
    if (!problem_.isEmpty()) {
        caption_->setText(tr("Cannot build this network: %1").arg(problem_));
        return;
    }
    const QLocale locale;
    table_->setRowCount(static_cast<int>(blocks_.size()) + 1);
    QFont bold = table_->font();
    bold.setBold(true);
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
        const Block& b = blocks_[i];
        const int row = static_cast<int>(i);
        const QStringList cells = {b.name, b.kind, kerasShape(b.shape), b.activation, locale.toString(qulonglong(b.params))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 4) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (b.role == Role::Code) {
                // The bottleneck is the point of the picture: the same colour as its block.
                item->setBackground(QColor(248, 221, 205));
                item->setFont(bold);
                item->setToolTip(tr("The code: the bottleneck between encoder and decoder"));
            }
            table_->setItem(row, col, item);
        }
    }
    const int last = static_cast<int>(blocks_.size());
    auto* label = new QTableWidgetItem(tr("Total"));
    label->setFont(bold);
    table_->setItem(last, 0, label);
    auto* total = new QTableWidgetItem(locale.toString(qulonglong(total_)));
    total->setFont(bold);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(last, 4, total);
    table_->resizeColumnsToContents();
    // Wide enough to read every column without scrolling (the diagram takes the rest), but never
    // so wide that the diagram is squeezed out.
    int width = 2 * table_->frameWidth() + table_->verticalScrollBar()->sizeHint().width();
    for (int col = 0; col < table_->columnCount(); ++col) width += table_->columnWidth(col);
    table_->setMinimumWidth(std::min(width, 560));

    const auto code = std::find_if(blocks_.begin(), blocks_.end(), [](const Block& b) { return b.role == Role::Code; });
    const int inputSize = blocks_.front().shape.size();
    const int codeSize = code == blocks_.end() ? 0 : code->shape.size();
    caption_->setText(tr("%1 parameters (all trainable). The code holds %2 numbers for %3 input values: "
                         "%4 times fewer.")
                          .arg(locale.toString(qulonglong(total_)))
                          .arg(locale.toString(codeSize))
                          .arg(locale.toString(inputSize))
                          .arg(codeSize > 0 ? locale.toString(double(inputSize) / codeSize, 'f', 1) : QStringLiteral("–")));
}

ArchitectureDiagram::ArchitectureDiagram(QWidget* parent) : QWidget(parent) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ArchitectureDiagram::setBlocks(std::vector<ArchitectureView::Block> blocks, QString problem) {
    blocks_ = std::move(blocks);
    problem_ = std::move(problem);
    update();
}

double ArchitectureDiagram::blockHeight(int size, int maxSize, double maxHeight) {
    constexpr double kMin = 4.0;
    if (maxHeight <= kMin) return kMin;
    const double ratio = std::log1p(std::max(size, 1)) / std::log1p(std::max({maxSize, size, 1}));
    return kMin + (maxHeight - kMin) * ratio;
}

void ArchitectureDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(8, 6, -8, -6);
    if (blocks_.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   problem_.isEmpty() ? tr("The network appears here once the model settings are valid.") : problem_);
        return;
    }

    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetricsF fm(small);
    const double line = fm.height();
    const int n = static_cast<int>(blocks_.size());
    const double column = area.width() / n;

    // Legend: what the colours mean and how heights are scaled.
    double x = area.left();
    const double legendY = area.top();
    const std::pair<Role, QString> legend[] = {{Role::Input, tr("input / output")}, {Role::Encoder, tr("encoder")},
                                               {Role::Code, tr("code")},            {Role::Decoder, tr("decoder")}};
    for (const auto& [role, text] : legend) {
        p.fillRect(QRectF(x, legendY + line * 0.2, line * 0.8, line * 0.6), fillOf(role));
        x += line;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x, legendY + fm.ascent()), text);
        x += fm.horizontalAdvance(text) + line;
    }
    const QString scale = tr("height ∝ log(values); below: output shape, parameters");
    p.setPen(palette().color(QPalette::PlaceholderText));
    if (x + fm.horizontalAdvance(scale) < area.right()) p.drawText(QPointF(x, legendY + fm.ascent()), scale);

    // Labels that do not fit their column alternate between two rows, so neighbours never overlap.
    double widestKind = 0, widestBelow = 0;
    for (const auto& b : blocks_) {
        widestKind = std::max(widestKind, fm.horizontalAdvance(b.kind));
        widestBelow = std::max({widestBelow, fm.horizontalAdvance(shortShape(b.shape)),
                                fm.horizontalAdvance(QLocale().toString(qulonglong(b.params)))});
    }
    const int kindRows = widestKind > column - 4 ? 2 : 1;
    const int belowRows = widestBelow > column - 4 ? 2 : 1;
    const double top = legendY + line * 1.6 + kindRows * line;
    const double bottom = area.bottom() - belowRows * 2 * line - line * 0.5;
    const double maxHeight = std::max(8.0, bottom - top - 8);
    const double mid = (top + bottom) / 2;
    const double width = std::clamp(column * 0.45, 6.0, 42.0);

    int maxSize = 1;
    for (const auto& b : blocks_) maxSize = std::max(maxSize, b.shape.size());
    std::vector<QRectF> boxes;
    for (int i = 0; i < n; ++i) {
        const double h = blockHeight(blocks_[i].shape.size(), maxSize, maxHeight);
        const double cx = area.left() + column * (i + 0.5);
        boxes.emplace_back(cx - width / 2, mid - h / 2, width, h);
    }

    // The funnel between consecutive blocks, as in the 4→2→4 picture.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(128, 128, 128, 40));
    for (int i = 0; i + 1 < n; ++i) {
        const QRectF& a = boxes[i];
        const QRectF& b = boxes[i + 1];
        const QPointF quad[] = {a.topRight(), b.topLeft(), b.bottomLeft(), a.bottomRight()};
        p.drawPolygon(quad, 4);
    }

    const QColor text = palette().color(QPalette::Text);
    for (int i = 0; i < n; ++i) {
        const auto& b = blocks_[i];
        const QRectF& box = boxes[i];
        const bool code = b.role == Role::Code;
        p.setBrush(fillOf(b.role));
        p.setPen(code ? QPen(fillOf(b.role).darker(170), 2.5) : QPen(fillOf(b.role).darker(130), 1));
        p.drawRoundedRect(box, 2, 2);

        const double cx = box.center().x();
        const double slot = column * 2;  // a staggered label may use its neighbours' width
        auto centred = [&](double baseline, const QString& s, double room) {
            const QString shown = fm.elidedText(s, Qt::ElideRight, room);
            p.drawText(QPointF(cx - fm.horizontalAdvance(shown) / 2, baseline), shown);
        };
        p.setPen(text);
        const int kindRow = kindRows == 2 ? i % 2 : 0;
        centred(top - (kindRows - kindRow) * line + fm.ascent() - 4, b.kind, kindRows == 2 ? slot : column);
        const int belowRow = belowRows == 2 ? i % 2 : 0;
        const double y = bottom + 4 + belowRow * 2 * line + fm.ascent();
        centred(y, shortShape(b.shape), belowRows == 2 ? slot : column);
        p.setPen(palette().color(QPalette::PlaceholderText));
        centred(y + line, b.params ? QLocale().toString(qulonglong(b.params)) : QStringLiteral("–"),
                belowRows == 2 ? slot : column);
        if (code) {
            QFont boldFont = small;
            boldFont.setBold(true);
            p.setFont(boldFont);
            p.setPen(fillOf(Role::Code).darker(140));
            const QString mark = tr("code");
            const QFontMetricsF bm(boldFont);
            p.drawText(QPointF(cx - bm.horizontalAdvance(mark) / 2, box.top() - 4), mark);
            p.setFont(small);
        }
    }
}

} // namespace ae
