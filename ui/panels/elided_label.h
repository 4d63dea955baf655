#pragma once

#include <QLabel>

namespace ae {

// A one-line label that gives up width when its neighbours need it: the text is cut with "…"
// rather than widening the toolbar (and with it the window), and the whole text is its tooltip.
class ElidedLabel : public QLabel {
public:
    using QLabel::QLabel;
    void setText(const QString& text);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace ae
