// The window fits a 1200×800 screen: at that size no dock, panel or plot is squeezed below the
// smallest size its layout asks for (below it, Qt lets neighbours overlap or cuts them off).
#include "ui/window/main_window.h"
#include "data_loading.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/session/training_session.h"
#include "ui/views/latent_view.h"
#include "ui_fixture.h"

#include <QAbstractSpinBox>
#include <QSignalSpy>
#include <QTest>

using namespace ae;

namespace {

// Visible widgets smaller than their own minimum size hint, with their path for the message.
QStringList squeezed(QWidget* root) {
    QStringList found;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        // Qt's own dock title buttons and table headers are drawn at the style's size whatever
        // their hint says; a spin box sizes its own editor; a scroll area (a table, a list)
        // scrolls what does not fit, so its hint is a wish, not a need.
        if (!w->isVisible() || w->isWindow() || w->inherits("QDockWidgetTitleButton") || w->inherits("QHeaderView") ||
            w->inherits("QAbstractScrollArea") || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        const QSize hint = w->minimumSizeHint();
        if (!hint.isValid()) continue;
        const QSize needed = hint.expandedTo(w->minimumSize());
        if (w->width() < needed.width() || w->height() < needed.height()) {
            QString path = QString::fromLatin1(w->metaObject()->className());
            for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
                if (!p->objectName().isEmpty()) {
                    path = p->objectName() + QStringLiteral("/") + path;
                    break;
                }
            found << QStringLiteral("%1 is %2x%3, needs %4x%5")
                         .arg(path)
                         .arg(w->width())
                         .arg(w->height())
                         .arg(needed.width())
                         .arg(needed.height());
        }
    }
    return found;
}

// Fails the calling test when `w` (resized to 1200×800) needs more room, naming the widgets.
void expectFits(MainWindow& w, const char* when) {
    const QSize needed = w.minimumSizeHint().expandedTo(w.minimumSize());
    QVERIFY2(needed.width() <= 1200 && needed.height() <= 800,
             qPrintable(QStringLiteral("%1: the window needs %2x%3").arg(QLatin1String(when)).arg(needed.width()).arg(needed.height())));
    const QStringList small = squeezed(&w);
    QVERIFY2(small.isEmpty(), qPrintable(QLatin1String(when) + QStringLiteral(": ") + small.join(QLatin1String("; "))));
}

} // namespace

class TestWindowSize : public QObject {
    Q_OBJECT
private slots:
    // Before and after a run: a run's texts (progress, metrics) must not widen the window.
    void fitsA1200By800Screen() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        expectFits(w, "at start");
        if (QTest::currentTestFailed()) return;

        ModelConfig c = presetConfig("sparse");
        c.epochs = 1;
        c.threads = 1;
        w.modelPanel()->setConfig(c);
        QSignalSpy finished(w.session(), &TrainingSession::finished);
        w.startTraining();
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QTest::qWait(300);  // the views replot on a short timer
        expectFits(w, "after a run");
        if (QTest::currentTestFailed()) return;

        auto* latent = w.findChild<LatentView*>();
        QVERIFY(latent);
        LatentPlane units;
        units.axes = LatentPlane::Axes::Units;
        latent->setPlane(units);
        QTest::qWait(100);
        expectFits(w, "with two code units as the latent axes");
    }
};

AELAB_UI_TEST_MAIN(TestWindowSize)
#include "test_window_size.moc"
