// Switching the language while the window is open: a window started in English and switched to
// Japanese through Settings > Language shows exactly the texts of a window built in Japanese, and
// back again; a view drawing a snapshot relabels it without a new one.
#include "core/analysis/roc.h"
#include "data_loading.h"
#include "ui/panels/data_panel.h"
#include "ui/views/anomaly_view.h"
#include "ui/window/language.h"
#include "ui/window/main_window.h"
#include "ui_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <qcustomplot.h>

#include <memory>

using ae::MainWindow;

namespace {

// Every text a person can read in the tree under `root`, in the order of the object tree (depth
// first, in creation order, so two windows built alike list alike; objects without text, which
// a window may make or drop as it lives, leave no entry). Each entry names the kind of object and
// what the text is, so a difference reads as "which widget, which text".
QStringList readableTexts(QWidget& root) {
    QStringList out;
    const auto add = [&](const QObject* o, const char* what, const QString& text) {
        if (!text.isEmpty())
            out << QStringLiteral("%1 %2 %3: %4").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(),
                                                      QString::fromLatin1(what), text);
    };
    QList<QObject*> objects{&root};
    objects += root.findChildren<QObject*>();
    for (QObject* o : objects) {
        if (auto* w = qobject_cast<QWidget*>(o)) {
            add(w, "windowTitle", w->windowTitle());
            add(w, "toolTip", w->toolTip());
            add(w, "whatsThis", w->whatsThis());
            add(w, "statusTip", w->statusTip());
        }
        if (auto* label = qobject_cast<QLabel*>(o)) add(o, "text", label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(o)) add(o, "text", button->text());
        if (auto* box = qobject_cast<QGroupBox*>(o)) add(o, "title", box->title());
        if (auto* menu = qobject_cast<QMenu*>(o)) add(o, "title", menu->title());
        if (auto* edit = qobject_cast<QLineEdit*>(o)) add(o, "placeholder", edit->placeholderText());
        if (auto* text = qobject_cast<QTextEdit*>(o)) add(o, "plainText", text->toPlainText());
        if (auto* bar = qobject_cast<QProgressBar*>(o)) add(o, "format", bar->format());
        if (auto* spin = qobject_cast<QSpinBox*>(o)) {
            add(o, "prefix", spin->prefix());
            add(o, "suffix", spin->suffix());
            add(o, "specialValueText", spin->specialValueText());
        }
        if (auto* spin = qobject_cast<QDoubleSpinBox*>(o)) {
            add(o, "prefix", spin->prefix());
            add(o, "suffix", spin->suffix());
            add(o, "specialValueText", spin->specialValueText());
        }
        if (auto* combo = qobject_cast<QComboBox*>(o)) {
            for (int i = 0; i < combo->count(); ++i) add(o, "item", combo->itemText(i));
            add(o, "currentIndex", QString::number(combo->currentIndex()));
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(o))
            for (int i = 0; i < tabs->count(); ++i) {
                add(o, "tab", tabs->tabText(i));
                add(o, "tabToolTip", tabs->tabToolTip(i));
            }
        if (auto* bar = qobject_cast<QTabBar*>(o))
            for (int i = 0; i < bar->count(); ++i) {
                add(o, "tab", bar->tabText(i));
                add(o, "tabToolTip", bar->tabToolTip(i));
            }
        if (auto* view = qobject_cast<QAbstractItemView*>(o); view && view->model()) {
            const QAbstractItemModel* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                add(o, "header", m->headerData(c, Qt::Horizontal).toString());
                add(o, "headerToolTip", m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
            for (int r = 0; r < std::min(m->rowCount(), 40); ++r) {
                add(o, "rowHeader", m->headerData(r, Qt::Vertical).toString());
                for (int c = 0; c < m->columnCount(); ++c) {
                    add(o, "cell", m->index(r, c).data().toString());
                    add(o, "cellToolTip", m->index(r, c).data(Qt::ToolTipRole).toString());
                }
            }
        }
        if (auto* action = qobject_cast<QAction*>(o)) {
            add(o, "text", action->text());
            add(o, "toolTip", action->toolTip());
            add(o, "statusTip", action->statusTip());
            add(o, "whatsThis", action->whatsThis());
        }
        if (auto* plot = qobject_cast<QCustomPlot*>(o)) {
            for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
                if (auto* rect = qobject_cast<QCPAxisRect*>(e))
                    for (QCPAxis* axis : rect->axes()) add(o, "axis", axis->label());
                if (auto* scale = qobject_cast<QCPColorScale*>(e)) add(o, "colourScale", scale->axis()->label());
                if (auto* title = qobject_cast<QCPTextElement*>(e)) add(o, "title", title->text());
            }
            for (int i = 0; i < plot->plottableCount(); ++i) add(o, "plottable", plot->plottable(i)->name());
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) add(o, "itemText", text->text());
        }
    }
    return out;
}

// A window that has loaded its data, shown, so the texts that depend on the data are there.
std::unique_ptr<MainWindow> openWindow() {
    auto w = std::make_unique<MainWindow>();
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !ae::test::waitForData(*w->dataPanel())) return nullptr;
    QCoreApplication::processEvents();
    return w;
}

// Settings > Language > `name`, as the person picks it.
bool chooseLanguage(MainWindow& w, const QString& name) {
    for (QAction* a : w.findChildren<QAction*>()) {
        if (a->text() != name || !a->isCheckable()) continue;
        a->trigger();
        // The widgets receive LanguageChange as a posted event.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return true;
    }
    return false;
}

// The entries that differ (the first 40), or empty when the lists are equal.
QString differences(const QStringList& live, const QStringList& fresh) {
    QStringList out;
    for (qsizetype i = 0; i < std::max(live.size(), fresh.size()) && out.size() < 400; ++i) {
        const QString a = i < live.size() ? live[i] : QStringLiteral("<none>");
        const QString b = i < fresh.size() ? fresh[i] : QStringLiteral("<none>");
        if (a != b) out << QStringLiteral("entry %1:\n  switched: %2\n  fresh:    %3").arg(i).arg(a, b);
    }
    if (!out.isEmpty()) out.prepend(QStringLiteral("%1 texts switched, %2 fresh").arg(live.size()).arg(fresh.size()));
    return out.join(QLatin1Char('\n'));
}

int textsNotIn(const QStringList& a, const QStringList& b) {
    const QSet<QString> other(b.begin(), b.end());
    int n = 0;
    for (const QString& t : a) n += other.contains(t) ? 0 : 1;
    return n;
}

ae::AnomalySnapshot smallAnomalies() {
    ae::AnomalySnapshot s;
    s.epoch = 1;
    s.inputShape = ae::Shape{1, 4, 4};
    s.classNames = {QStringLiteral("zero"), QStringLiteral("one")};
    s.normalClasses = {0};
    for (int i = 0; i < 10; ++i) {
        s.errors.push_back((i + 1) / 10.0);
        s.anomalous.push_back(i >= 6);
        s.labels.push_back(i >= 6 ? 1 : 0);
    }
    s.roc = ae::rocCurve(s.errors, s.anomalous);
    s.bestF1 = ae::bestF1Threshold(s.errors, s.anomalous);
    return s;
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { ae::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void switchedWindowReadsAsAFreshOne() {
        ae::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        auto live = openWindow();
        QVERIFY(live);
        const QStringList english = readableTexts(*live);
        QVERIFY2(english.size() > 300, qPrintable(QString::number(english.size())));

        QVERIFY2(chooseLanguage(*live, QStringLiteral("日本語")), "no 日本語 in the Language menu");
        const QStringList switched = readableTexts(*live);
        QCOMPARE(ae::languageSetting(), QStringLiteral("ja"));  // remembered for the next start too

        QStringList japanese;
        {
            auto fresh = openWindow();
            QVERIFY(fresh);
            japanese = readableTexts(*fresh);
        }
        const QString toJapanese = differences(switched, japanese);
        if (!toJapanese.isEmpty()) qInfo().noquote() << toJapanese;
        QVERIFY2(toJapanese.isEmpty(), "the window switched to Japanese differs from one built in Japanese (above)");
        // A translator was really loaded: most texts changed.
        const int changed = textsNotIn(english, japanese);
        QVERIFY2(changed >= 250, qPrintable(QStringLiteral("only %1 texts differ between English and Japanese").arg(changed)));

        QVERIFY(chooseLanguage(*live, QStringLiteral("English")));
        const QStringList back = readableTexts(*live);
        QCOMPARE(ae::languageSetting(), QStringLiteral("en"));
        QStringList freshEnglish;
        {
            auto fresh = openWindow();
            QVERIFY(fresh);
            freshEnglish = readableTexts(*fresh);
        }
        const QString toEnglish = differences(back, freshEnglish);
        if (!toEnglish.isEmpty()) qInfo().noquote() << toEnglish;
        QVERIFY2(toEnglish.isEmpty(), "the window switched back to English differs from one built in English (above)");
    }

    // A view drawing a snapshot relabels what it drew: the histogram's axis names the score.
    void snapshotViewRelabelsLive() {
        ae::AnomalyView view;
        view.resize(800, 600);
        view.show();
        view.showAnomalies(smallAnomalies());
        view.flush();
        const QString english = view.histogramPlot()->xAxis->label();
        QCOMPARE(english, QStringLiteral("squared error per pixel"));

        ae::switchLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        view.flush();
        const QString japanese = view.histogramPlot()->xAxis->label();
        QVERIFY2(japanese != english && !japanese.isEmpty(), qPrintable(japanese));
        QCOMPARE(japanese, QCoreApplication::translate("ae::AnomalyView", "squared error per pixel"));

        ae::switchLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        view.flush();
        QCOMPARE(view.histogramPlot()->xAxis->label(), english);
    }
};

AELAB_UI_TEST_MAIN(TestLanguageSwitch)
#include "test_language_switch.moc"
