#include "ui/window/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ae {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kSystem = QStringLiteral("system");

// The languages with a translation embedded (English is the source language).
bool haveTranslation(const QString& language) { return language == QLatin1String("ja"); }

// The translators installed now. Parented to the application, so they die with it; the guarded
// pointers here only find them again when they are replaced.
QPointer<QTranslator> installedOwn;
QPointer<QTranslator> installedQt;

void removeInstalled(QPointer<QTranslator>& translator) {
    if (!translator) return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

QTranslator* loadedTranslator(QCoreApplication& app, const QString& file, const QString& directory) {
    auto* translator = new QTranslator(&app);
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator)) return translator;
    delete translator;
    return nullptr;
}

// The menu's own title and "System default" follow the language it switches; the language
// names are each written in themselves and never change.
class LanguageMenu : public QMenu {
public:
    explicit LanguageMenu(QWidget* parent) : QMenu(parent) {}
    QAction* systemDefault = nullptr;

    void retranslateUi() {
        setTitle(QCoreApplication::translate("ae::Language", "&Language"));
        if (systemDefault) systemDefault->setText(QCoreApplication::translate("ae::Language", "System default"));
    }

protected:
    void changeEvent(QEvent* event) override {
        if (event->type() == QEvent::LanguageChange) retranslateUi();
        QMenu::changeEvent(event);
    }
};

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
    removeInstalled(installedOwn);
    removeInstalled(installedQt);
    if (!haveTranslation(language)) return language;
    installedOwn = loadedTranslator(app, QStringLiteral(":/i18n/aelab_%1.qm").arg(language), QString());
    // Qt's own strings (OK / Cancel, the file dialog) come from the system's Qt translations,
    // Debian's qt6-translations-l10n; without them those stay English.
    installedQt = loadedTranslator(app, QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

QString switchLanguage(const QString& setting) {
    setLanguageSetting(setting);
    return installTranslators(*QCoreApplication::instance(), setting);
}

QMenu* createLanguageMenu(QWidget* parent) {
    auto* menu = new LanguageMenu(parent);
    auto* group = new QActionGroup(menu);
    const QString current = languageSetting();
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    const std::pair<QString, QString> choices[] = {
        {kSystem, QString()},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    for (const auto& [code, label] : choices) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        if (code == kSystem) menu->systemDefault = action;
        QObject::connect(action, &QAction::triggered, menu, [code = code] {
            switchLanguage(code);
        });
    }
    menu->retranslateUi();
    return menu;
}

} // namespace ae
