// The Japanese translation is complete and is what the app loads: every message in
// resources/translations/aelab_ja.ts is finished and non-empty (none left unfinished, none
// vanished/obsolete), keeps the %1-style place markers of its source, and the .qm that CMake
// compiled into the resources translates real window text.
#include "ui/panels/explanation_panel.h"
#include "ui/window/language.h"
#include "ui/window/main_window.h"
#include "ui/panels/training_controls.h"
#include "ui/panels/variant_texts.h"
#include "ui_fixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// AELAB_SAMPLE_DIR is <source>/resources/sample; the translation sits beside it.
const QString kTsPath = QStringLiteral(AELAB_SAMPLE_DIR "/../translations/aelab_ja.ts");

struct Message {
    QString context, source, translation, type;
};

std::vector<Message> readTs(const QString& path, QString* error) {
    std::vector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) m = Message{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source")) m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.push_back(m);
        }
    }
    if (xml.hasError()) *error = xml.errorString();
    return out;
}

QSet<QString> placeMarkers(const QString& text) {
    QSet<QString> markers;
    static const QRegularExpression re(QStringLiteral("%\\d+"));
    for (auto it = re.globalMatch(text); it.hasNext();) markers.insert(it.next().captured());
    return markers;
}

} // namespace

class TestTranslation : public QObject {
    Q_OBJECT
private slots:
    void tsIsComplete() {
        QString error;
        const auto messages = readTs(kTsPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(kTsPath + QStringLiteral(": ") + error));
        QVERIFY2(messages.size() > 250, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));
        QStringList problems;
        for (const auto& m : messages) {
            const QString where = m.context + QStringLiteral(" / \"") + m.source.left(60) + QLatin1Char('"');
            if (m.type == QLatin1String("unfinished")) problems << QStringLiteral("unfinished: ") + where;
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("no longer in the source (run update_translations): ") + where;
            else if (m.translation.trimmed().isEmpty()) problems << QStringLiteral("empty: ") + where;
            else if (placeMarkers(m.source) != placeMarkers(m.translation))
                problems << QStringLiteral("place markers differ: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The variant texts are the longest strings; a Japanese translation must actually be Japanese.
    void tsTranslatesIntoJapanese() {
        QString error;
        const auto messages = readTs(kTsPath, &error);
        QVERIFY(error.isEmpty());
        static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
        int japanese = 0;
        for (const auto& m : messages)
            if (m.translation.contains(kana)) ++japanese;
        QVERIFY2(japanese * 10 >= int(messages.size()) * 9, qPrintable(QStringLiteral("%1 of %2").arg(japanese).arg(messages.size())));
    }

    void embeddedQmTranslatesTheWindow() {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/aelab_ja.qm")), "the compiled translation is not in the resources");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(QCoreApplication::translate("ae::TrainingControls", "Train"), QStringLiteral("学習"));
        QCOMPARE(QCoreApplication::translate("ae::LabViews", "Latent space"), QStringLiteral("潜在空間"));

        // The real widgets pick it up: the toolbar's Train button and the explanation panel.
        {
            ae::MainWindow window;
            bool found = false;
            for (QAction* a : window.trainingControls()->actions()) found = found || a->text() == QStringLiteral("学習");
            for (QToolButton* b : window.trainingControls()->findChildren<QToolButton*>())
                found = found || b->text() == QStringLiteral("学習");
            QVERIFY2(found, "no Train button reads 学習");
        }
        ae::ExplanationPanel panel;
        panel.setVariant(QStringLiteral("vae"));
        QVERIFY2(panel.plainText().contains(QStringLiteral("変分オートエンコーダ")), qPrintable(panel.plainText().left(200)));
        QVERIFY(ae::variantDescription(QStringLiteral("conv"), QString()).contains(QStringLiteral("4,385")));
        QVERIFY(ae::variantDescription(QStringLiteral("conv"), QString()).contains(QStringLiteral("畳み込み")));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("ae::TrainingControls", "Train"), QStringLiteral("Train"));
    }

    void languageChoiceResolves() {
        QCOMPARE(ae::resolveLanguage(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(ae::resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
        const QString system = ae::resolveLanguage(QStringLiteral("system"));
        QVERIFY(system == QLatin1String("en") || system == QLatin1String("ja"));
    }
};

AELAB_UI_TEST_MAIN(TestTranslation)
#include "test_translation.moc"
