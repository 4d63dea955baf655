#pragma once
// The "Explain" side panel: a few plain paragraphs on the chosen variant for a student (what it
// does, why it has to learn something, what to watch, which knob to try first). It follows the
// model panel's variant; the texts live in variant_texts.cpp and are translated. Below them, how
// to read each distance metric (metric_texts.cpp).
#include <QWidget>

class QTextBrowser;

namespace ae {

class ExplanationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    // Shows the explanation of a preset name ("sparse", ...); an unknown name says so.
    void setVariant(const QString& variant);
    QString variant() const { return variant_; }
    // The text shown, without markup (for tests).
    QString plainText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showText();

    QTextBrowser* text_ = nullptr;
    QString variant_;
};

} // namespace ae
