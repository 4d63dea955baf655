#pragma once
// The interface language: "system" (follow the system locale), "en" or "ja". Stored in
// QSettings ("ui/language"), applied once at start by installing translators (aelab's own
// from the embedded :/i18n/aelab_<lang>.qm, and Qt's own for standard dialogs when the system
// has them); changing it takes effect at the next start.
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

// Installs the translators for `setting` on `app` (parented to it). Returns the resolved
// language. Call after the organisation/application names are set (QSettings) and before any
// widget is created.
QString installTranslators(QCoreApplication& app, const QString& setting);

// The settings menu: System / English / 日本語, checkable, stores the choice and tells the
// person that it applies at the next start.
QMenu* createLanguageMenu(QWidget* parent);

} // namespace ae
