// Core's messages in the window's language: a worded ae::Error comes out in Japanese under the
// Japanese translator with its numbers and names filled in, in English without it, and every
// wording in core/ has a finished translation (a new wording without one fails here).
#include "core/data/dataset_locator.h"
#include "core/train/model_config.h"
#include "ui/panels/model_panel.h"
#include "ui/session/core_message.h"
#include "ui_fixture.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace ae;

namespace {

// AELAB_SAMPLE_DIR is <source>/resources/sample.
const QString kSourceDir = QStringLiteral(AELAB_SAMPLE_DIR "/../..");
const QString kTsPath = kSourceDir + QStringLiteral("/resources/translations/aelab_ja.ts");

// The Japanese translator, installed for the life of this object.
class Japanese {
public:
    Japanese() {
        loaded_ = translator_.load(QStringLiteral(":/i18n/aelab_ja.qm"));
        if (loaded_) QCoreApplication::installTranslator(&translator_);
    }
    ~Japanese() { QCoreApplication::removeTranslator(&translator_); }
    bool loaded() const { return loaded_; }

private:
    QTranslator translator_;
    bool loaded_ = false;
};

template <typename F>
QString localisedFailure(F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return localisedMessage(e);
    }
    return QStringLiteral("(no error thrown)");
}

void refuseLargeBatch() {
    ModelConfig c = presetConfig("undercomplete");
    c.batchSize = 6000;
    validateBatchSize(c, 500);
}

void openMissingMnist() {
    qputenv("AELAB_MNIST_DIR", "/nonexistent/aelab-mnist");
    loadDatasetByName("mnist");
}

// The text of a C++ string literal's body: \" and \\ as the compiler reads them.
QString unescaped(QString body) {
    static const QRegularExpression escape(QStringLiteral("\\\\(.)"));
    return body.replace(escape, QStringLiteral("\\1"));
}

struct Wordings {
    QSet<QString> found;
    QStringList misuses;  // calls lupdate would not file under ae::Error
};

// Every Error::worded call in core/, as lupdate reads them. (No raw string literals in this file:
// moc's lexer loses its way in one holding quotes and then finds no test class.)
Wordings scanCoreWordings() {
    static const QRegularExpression call(QStringLiteral("Error::worded\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\")?(\\s*\"|\\s*,\\s*\")?"));
    Wordings w;
    QDirIterator it(kSourceDir + QStringLiteral("/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            w.misuses << path + QStringLiteral(": unreadable");
            continue;
        }
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const QRegularExpressionMatch match = m.next();
            const QString literal = match.captured(1);
            if (literal.isEmpty())
                w.misuses << path + QStringLiteral(": the wording is not a string literal: ") + match.captured();
            else if (!match.captured(2).isEmpty())
                w.misuses << path + QStringLiteral(": a second literal follows the wording (lupdate reads it as a comment or joins it): ") + literal;
            else
                w.found.insert(unescaped(literal.mid(1, literal.size() - 2)));
        }
    }
    return w;
}

// The finished translations of context ae::Error in the .ts.
QHash<QString, QString> finishedErrorTranslations(QString* error) {
    QHash<QString, QString> out;
    QFile f(kTsPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("name")) context = xml.readElementText();
        else if (xml.name() == QLatin1String("source")) source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && context == QLatin1String("ae::Error")) {
            const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString translation = xml.readElementText();
            if (!unfinished && !translation.trimmed().isEmpty()) out.insert(source, translation);
        }
    }
    if (xml.hasError()) *error = xml.errorString();
    return out;
}

} // namespace

class TestCoreMessages : public QObject {
    Q_OBJECT
private slots:
    void aCoreErrorIsEnglishWithoutTheTranslator() {
        QCOMPARE(localisedFailure(refuseLargeBatch), QStringLiteral("invalid batch size = 6000: larger than the 500 training samples"));
        QVERIFY(localisedFailure(openMissingMnist).startsWith(QStringLiteral("MNIST not found: looked for")));
        // Not worded (or not an ae::Error): what() as it is.
        QCOMPARE(localisedMessage(std::runtime_error("plain")), QStringLiteral("plain"));
    }

    void aCoreErrorIsJapaneseUnderTheJapaneseTranslator() {
        Japanese japanese;
        QVERIFY2(japanese.loaded(), "the compiled translation is not in the resources");
        QCOMPARE(localisedFailure(refuseLargeBatch), QStringLiteral("バッチサイズ 6000 は不正です: 学習サンプル数 500 より大きくなっています"));

        const QString missing = localisedFailure(openMissingMnist);
        QVERIFY2(missing.startsWith(QStringLiteral("MNIST が見つかりません")), qPrintable(missing));
        QVERIFY2(missing.contains(QStringLiteral("/nonexistent/aelab-mnist")), qPrintable(missing));
        QVERIFY2(missing.contains(QStringLiteral("AELAB_MNIST_DIR")), qPrintable(missing));
        QVERIFY2(!missing.contains(QStringLiteral("%1")), qPrintable(missing));
    }

    // One pass in the translation too: a file name holding a marker stays as it is.
    void theTranslationIsFilledInOnePass() {
        Japanese japanese;
        QVERIFY(japanese.loaded());
        const Error e = Error::worded("%1: unknown key '%2'", std::string("cfg%2.json"), std::string("%1"));
        QCOMPARE(localisedMessage(e), QStringLiteral("cfg%2.json: 不明なキー '%1'"));
    }

    void everyCoreWordingHasAFinishedTranslation() {
        const Wordings wordings = scanCoreWordings();
        QVERIFY2(wordings.misuses.isEmpty(), qPrintable(wordings.misuses.join(QLatin1Char('\n'))));
        // The sources are where the tests think they are: the wordings this test knows are found.
        QVERIFY2(wordings.found.size() > 100, qPrintable(QString::number(wordings.found.size())));
        QVERIFY(wordings.found.contains(QStringLiteral("invalid batch size = %1: larger than the %2 training samples")));
        QVERIFY(wordings.found.contains(QStringLiteral(
            "%1: line %2, column %3: '%4' is not a number (if this column holds class names, add a header row naming it \"label\")")));

        QString error;
        const QHash<QString, QString> translations = finishedErrorTranslations(&error);
        QVERIFY2(error.isEmpty(), qPrintable(kTsPath + QStringLiteral(": ") + error));
        QStringList untranslated;
        for (const QString& wording : wordings.found)
            if (!translations.contains(wording)) untranslated << wording;
        untranslated.sort();
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("core wordings without a finished Japanese translation under ae::Error "
                                           "(add them with tools/add_ts.py):\n") + untranslated.join(QLatin1Char('\n'))));
    }

    // The window: the Model panel refuses a batch larger than the training set in Japanese.
    void theModelPanelShowsTheRefusalInJapanese() {
        Japanese japanese;
        QVERIFY(japanese.loaded());
        ModelPanel panel;
        panel.setInputShape(Shape{1, 28, 28});
        panel.setTrainingSamples(500);
        ModelConfig c = presetConfig("undercomplete");
        c.batchSize = 6000;
        panel.setConfig(c);
        QVERIFY(!panel.isValid());
        QCOMPARE(panel.problem(), QStringLiteral("バッチサイズ 6000 は不正です: 学習サンプル数 500 より大きくなっています"));
    }
};

AELAB_UI_TEST_MAIN(TestCoreMessages)
#include "test_core_messages.moc"
