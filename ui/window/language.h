#pragma once
// The interface language: "system" (follow the system locale), "en" or "ja". Stored in
// QSettings ("ui/language"). The translators (aelab's own from the embedded
// :/i18n/aelab_<lang>.qm, and Qt's own for standard dialogs when the system has them) are owned
// here and replaced as a whole when the language changes; installing or removing one makes Qt
// send QEvent::LanguageChange to every widget, and each widget sets its texts again in its
// retranslateUi() (docs/architecture.md, "Texts in two languages").
#include <QString>

class QCoreApplication;
class QMenu;
class QWidget;

namespace ae {

// "system", "en" or "ja" as stored; anything else reads as "system".
QString languageSetting();
void setLanguageSetting(const QString& language);

// The language actually used for `setting` ("en" or "ja"): "system" picks the first of the
// system's UI languages that aelab has, else English.
QString resolveLanguage(const QString& setting);

// Removes the translators installed before and installs those of `setting` on `app` (none for
// English). Returns the resolved language. Changes no setting: --lang is for one run only. The
// first call comes after the organisation/application names are set (QSettings) and before any
// widget is created.
QString installTranslators(QCoreApplication& app, const QString& setting);

// What the Language menu does: installs the translators of `setting` on the running
// application and stores it as the choice for later starts. The widgets change language at once.
QString switchLanguage(const QString& setting);

// The settings menu: System / English / 日本語, checkable; a choice takes effect at once.
QMenu* createLanguageMenu(QWidget* parent);

} // namespace ae
