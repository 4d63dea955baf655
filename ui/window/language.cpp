#include "ui/window/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace ae {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kSystem = QStringLiteral("system");

// The languages with a translation embedded (English is the source language).
bool haveTranslation(const QString& language) { return language == QLatin1String("ja"); }

} // namespace

QString languageSetting() {
    const QString v = QSettings().value(kLanguage, kSystem).toString();
    return v == QLatin1String("en") || v == QLatin1String("ja") ? v : kSystem;
}

void setLanguageSetting(const QString& language) { QSettings().setValue(kLanguage, language); }

QString resolveLanguage(const QString& setting) {
    if (setting == QLatin1String("en") || setting == QLatin1String("ja")) return setting;
    // uiLanguages() honours LANGUAGE / LC_ALL / LC_MESSAGES / LANG, in the person's order.
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString language = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("en")) return language;
        if (haveTranslation(language)) return language;
    }
    return QStringLiteral("en");
}

QString installTranslators(QCoreApplication& app, const QString& setting) {
    const QString language = resolveLanguage(setting);
    if (!haveTranslation(language)) return language;
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/aelab_%1.qm").arg(language))) app.installTranslator(own);
    else delete own;
    // Qt's own strings (OK / Cancel, the file dialog) come from the system's Qt translations,
    // Debian's qt6-translations-l10n; without them those stay English.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return language;
}

QMenu* createLanguageMenu(QWidget* parent) {
    auto* menu = new QMenu(QCoreApplication::translate("ae::Language", "&Language"), parent);
    auto* group = new QActionGroup(menu);
    const QString current = languageSetting();
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    const std::pair<QString, QString> choices[] = {
        {kSystem, QCoreApplication::translate("ae::Language", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    for (const auto& [code, label] : choices) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [parent, code = code] {
            if (code == languageSetting()) return;
            setLanguageSetting(code);
            QMessageBox::information(parent, QCoreApplication::translate("ae::Language", "Language"),
                                     QCoreApplication::translate("ae::Language",
                                                                 "The new language applies the next time aelab starts."));
        });
    }
    return menu;
}

} // namespace ae
