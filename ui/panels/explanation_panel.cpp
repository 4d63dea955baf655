#include "ui/panels/explanation_panel.h"

#include "ui/panels/metric_texts.h"
#include "ui/panels/variant_texts.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ae {

ExplanationPanel::ExplanationPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    text_ = new QTextBrowser(this);
    text_->setOpenLinks(false);
    text_->setFrameShape(QFrame::NoFrame);
    // Read like a page, not like a form: the window background, not a white edit box.
    text_->viewport()->setAutoFillBackground(false);
    layout->addWidget(text_);
}

void ExplanationPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

// The same page in the new language, scrolled to where the reader was.
void ExplanationPanel::retranslateUi() {
    if (text_->document()->isEmpty()) return;
    const int position = text_->verticalScrollBar()->value();
    showText();
    text_->verticalScrollBar()->setValue(position);
}

void ExplanationPanel::setVariant(const QString& variant) {
    if (variant == variant_ && !text_->document()->isEmpty()) return;  // keep the reader's scroll position
    variant_ = variant;
    showText();
}

void ExplanationPanel::showText() {
    const QString& variant = variant_;
    const QString html = variantExplanation(variant);
    // The distance metrics are read the same way whatever the variant: after its text.
    text_->setHtml((html.isEmpty()
                        ? tr("<p>No explanation for the variant “%1”: it is not one of the presets.</p>").arg(variant.toHtmlEscaped())
                        : html) +
                   distanceMetricsExplanation());
}

QString ExplanationPanel::plainText() const { return text_->toPlainText(); }

} // namespace ae
