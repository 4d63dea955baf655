// The Model panel: its choice fields list the names of the enums' tables and carry every value
// through setConfig/config(); the parameter count comes from the layer plan, so a network too
// large to build is counted, not built.
#include "core/nn/corruption.h"
#include "ui/panels/model_panel.h"
#include "ui/panels/noise_preview.h"
#include "ui_fixture.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace ae;

namespace {

QStringList itemsOf(const QComboBox* box) {
    QStringList items;
    for (int i = 0; i < box->count(); ++i) items << box->itemText(i);
    return items;
}

// The combo box whose items are exactly `names`.
const QComboBox* comboListing(const ModelPanel& panel, const QStringList& names) {
    for (const QComboBox* box : panel.findChildren<QComboBox*>())
        if (itemsOf(box) == names) return box;
    return nullptr;
}

template <typename E>
QStringList tableNames() {
    QStringList names;
    for (const EnumName<E>& n : enumNames(E{})) names << QString::fromUtf8(n.name.data(), static_cast<qsizetype>(n.name.size()));
    return names;
}

// Replaces a field's text the way a person does: select all, type.
void typeInto(QWidget* field, const QString& text) {
    auto* line = qobject_cast<QLineEdit*>(field);
    if (!line) line = field->findChild<QLineEdit*>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
}

} // namespace

class TestModelPanel : public QObject {
    Q_OBJECT
private slots:
    // Issue 14: the chosen noise on a few test images before any training, following the form,
    // the same draws at every factor, and hidden when there is nothing to show.
    void noisePreviewFollowsTheForm() {
        ModelPanel panel;
        panel.show();
        NoisePreview* preview = panel.noisePreview();
        const Dataset data = openDataset("sample");
        panel.selectVariant(QStringLiteral("denoising"));
        QVERIFY(!preview->isVisibleTo(&panel));  // no images yet
        panel.setPreviewImages(data.testX, data.shape);
        QVERIFY(preview->isVisibleTo(&panel));
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->columnCount(), NoisePreview::kImages);
        const Matrix clean = data.testX.topRows(NoisePreview::kImages);
        const auto expected = [&](NoiseKind noise, float factor) {
            std::mt19937_64 rng(1);
            Matrix noisy;
            corrupt(noise, factor, clean, noisy, rng);
            return noisy;
        };
        QVERIFY(preview->noisy() == expected(NoiseKind::Gaussian, 0.5f));
        // Editing the form redraws it: a smaller factor, another noise.
        ModelConfig c = panel.config();
        c.noiseFactor = 0.1f;
        panel.setConfig(c);
        QVERIFY(preview->noisy() == expected(NoiseKind::Gaussian, 0.1f));
        c.noise = NoiseKind::SaltAndPepper;
        c.noiseFactor = 0.3f;
        panel.setConfig(c);
        QVERIFY(preview->noisy() == expected(NoiseKind::SaltAndPepper, 0.3f));
        QVERIFY(preview->isVisibleTo(&panel));
        c.noise = NoiseKind::None;
        panel.setConfig(c);
        QVERIFY(!preview->isVisibleTo(&panel));
        QCOMPARE(preview->imageCount(), 0);
    }

    void choicesAreTheTablesNames() {
        ModelPanel panel;
        QVERIFY(comboListing(panel, tableNames<Architecture>()));
        QVERIFY(comboListing(panel, tableNames<LossKind>()));
        QVERIFY(comboListing(panel, tableNames<NoiseKind>()));
        QVERIFY(comboListing(panel, tableNames<OptimizerKind>()));
        const auto boxes = panel.findChildren<QComboBox*>();
        const auto activationBoxes =
            std::count_if(boxes.begin(), boxes.end(), [](const QComboBox* box) { return itemsOf(box) == tableNames<Activation>(); });
        QCOMPARE(activationBoxes, 2);  // hidden layers and code
        QVERIFY(comboListing(panel, {QStringLiteral("linear"), QStringLiteral("sigmoid")}));  // the output's
    }

    void everyValueRoundTrips() {
        ModelPanel panel;
        const ModelConfig base = presetConfig("undercomplete");
        for (const auto& n : enumNames(Activation{})) {
            ModelConfig c = base;
            c.activation = n.value;
            c.codeActivation = n.value;
            panel.setConfig(c);
            QCOMPARE(panel.config().activation, n.value);
            QCOMPARE(panel.config().codeActivation, n.value);
        }
        for (const auto& n : enumNames(OptimizerKind{})) {
            ModelConfig c = base;
            c.optimizer = n.value;
            panel.setConfig(c);
            QCOMPARE(panel.config().optimizer, n.value);
        }
        for (const auto& n : enumNames(NoiseKind{})) {
            ModelConfig c = base;
            c.noise = n.value;
            panel.setConfig(c);
            QCOMPARE(panel.config().noise, n.value);
        }
        ModelConfig linear = presetConfig("linear");
        panel.setConfig(linear);
        QCOMPARE(panel.config().outputActivation, Activation::Linear);
        QCOMPARE(panel.config().loss, LossKind::MeanSquaredError);
        panel.setConfig(presetConfig("conv"));
        QCOMPARE(panel.config().architecture, Architecture::Conv);
    }

    // Eight 16,384-unit layers on 1000x1000 inputs: 3.7e10 parameters, 290 GB of weights and
    // gradients if the panel built the network to count them.
    void hugeNetworksAreCountedNotBuilt() {
        ModelConfig c = presetConfig("deep");
        c.hidden.assign(8, 16384);
        const Shape input{1, 1000, 1000};
        std::vector<int> widths{input.size()};
        widths.insert(widths.end(), c.hidden.begin(), c.hidden.end());
        widths.push_back(c.latent);
        widths.insert(widths.end(), c.hidden.rbegin(), c.hidden.rend());
        widths.push_back(input.size());
        qulonglong expected = 0;
        for (std::size_t i = 0; i + 1 < widths.size(); ++i) expected += (qulonglong(widths[i]) + 1) * qulonglong(widths[i + 1]);
        QVERIFY(expected > 36'000'000'000ull);

        ModelPanel panel;
        panel.setInputShape(input);
        panel.setConfig(c);
        QVERIFY2(panel.isValid(), qPrintable(panel.problem()));
        const auto* count = panel.findChild<QLabel*>(QStringLiteral("parameterCount"));
        QVERIFY(count);
        QVERIFY2(count->text().startsWith(QLocale().toString(expected) + QLatin1Char(' ')), qPrintable(count->text()));
    }

    // The variant's line names the network the form and the data make: a 64-column CSV does not
    // make a 784-32-784 network.
    void theVariantLineNamesTheNetworkBuilt() {
        ModelPanel panel;
        panel.selectVariant(QStringLiteral("undercomplete"));
        const auto* line = panel.findChild<QLabel*>(QStringLiteral("variantLine"));
        QVERIFY(line);
        QVERIFY2(line->text().startsWith(QStringLiteral("784-32-784:")), qPrintable(line->text()));
        panel.setInputShape(Shape{1, 1, 64});
        QVERIFY2(line->text().startsWith(QStringLiteral("64-32-64:")), qPrintable(line->text()));
        panel.selectVariant(QStringLiteral("deep"));
        typeInto(panel.findChild<QLineEdit*>(QStringLiteral("hiddenLayers")), QStringLiteral("256, 16"));
        QVERIFY2(line->text().startsWith(QStringLiteral("64-256-16-32-16-256-64:")), qPrintable(line->text()));
    }

    // Momentum is offered to the one optimiser that uses it.
    void momentumOnlyForSgd() {
        ModelPanel panel;
        panel.show();
        auto* momentum = panel.findChild<QDoubleSpinBox*>(QStringLiteral("momentum"));
        QVERIFY(momentum);
        for (const EnumName<OptimizerKind>& n : enumNames(OptimizerKind{})) {
            ModelConfig c = presetConfig("undercomplete");
            c.optimizer = n.value;
            panel.setConfig(c);
            QCOMPARE(momentum->isVisible(), n.value == OptimizerKind::Sgd);
        }
    }

    // "128, 6a4" used to train a 128-unit network without a word.
    void listItemsThatAreNotNumbersAreRefused() {
        ModelPanel panel;
        panel.selectVariant(QStringLiteral("deep"));
        auto* hidden = panel.findChild<QLineEdit*>(QStringLiteral("hiddenLayers"));
        QVERIFY(hidden);
        typeInto(hidden, QStringLiteral("128, 6a4"));
        QCOMPARE(hidden->text(), QStringLiteral("128, 6a4"));  // typed as is, not swallowed
        QVERIFY(!panel.isValid());
        QVERIFY2(panel.problem().contains(QStringLiteral("6a4")) && panel.problem().startsWith(QStringLiteral("Hidden layers")),
                 qPrintable(panel.problem()));
        typeInto(hidden, QStringLiteral("128, 64"));
        QVERIFY2(panel.isValid(), qPrintable(panel.problem()));
    }

    // A value outside a field's range is kept as typed and refused with core's range; before,
    // the learning rate 100000 became 100 and a fifth digit of the batch size was swallowed.
    void valuesOutsideTheRangeAreRefusedWithIt_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("range");
        QTest::newRow("learning rate") << "learningRate" << "100000" << 100000.0 << "(0, 100]";
        QTest::newRow("batch size") << "batchSize" << "99999" << 99999.0 << "[1, 65536]";
        QTest::newRow("code size") << "codeSize" << "5000" << 5000.0 << "[1, 4096]";
        QTest::newRow("code size zero") << "codeSize" << "0" << 0.0 << "[1, 4096]";
    }
    void valuesOutsideTheRangeAreRefusedWithIt() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(double, value);
        QFETCH(QString, range);
        ModelPanel panel;
        panel.selectVariant(QStringLiteral("undercomplete"));
        auto* box = panel.findChild<QAbstractSpinBox*>(field);
        QVERIFY(box);
        typeInto(box, typed);
        box->interpretText();
        QTest::keyClick(box, Qt::Key_Tab);  // leaving the field must not clamp it either
        const double held = qobject_cast<QSpinBox*>(box) ? qobject_cast<QSpinBox*>(box)->value()
                                                          : qobject_cast<QDoubleSpinBox*>(box)->value();
        QCOMPARE(held, value);
        QVERIFY(!panel.isValid());
        QVERIFY2(panel.problem().contains(range), qPrintable(panel.problem()));
        QVERIFY2(panel.problem().contains(QLocale().toString(value, 'g', 7)), qPrintable(panel.problem()));
    }

    // The arrows never leave the range: stepping past an end stays at the end.
    void arrowsStayInsideTheRange() {
        ModelPanel panel;
        panel.selectVariant(QStringLiteral("undercomplete"));
        auto* batch = panel.findChild<QSpinBox*>(QStringLiteral("batchSize"));
        auto* rate = panel.findChild<QDoubleSpinBox*>(QStringLiteral("learningRate"));
        QVERIFY(batch && rate);
        batch->setValue(65536);
        batch->stepBy(3);
        QCOMPARE(batch->value(), 65536);
        rate->setValue(10);
        rate->stepBy(4);
        QCOMPARE(rate->value(), 100.0);
        QVERIFY2(panel.isValid(), qPrintable(panel.problem()));
    }

    // Typing a KL weight enables the target's row instead of inserting it, so nothing below
    // moves under the cursor; and a refused value is shown above the form.
    void theFormDoesNotMoveAndProblemsShowAtTheTop() {
        ModelPanel panel;
        panel.resize(420, 1400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ModelConfig c = presetConfig("undercomplete");
        c.codeActivation = Activation::Sigmoid;  // what KL sparsity needs, so no problem appears
        panel.setConfig(c);
        auto* weight = panel.findChild<QDoubleSpinBox*>(QStringLiteral("klSparsityWeight"));
        auto* target = panel.findChild<QDoubleSpinBox*>(QStringLiteral("klSparsityTarget"));
        auto* rate = panel.findChild<QDoubleSpinBox*>(QStringLiteral("learningRate"));
        QVERIFY(weight && target && rate);
        QCOMPARE(weight->value(), 0.0);
        QVERIFY(target->isVisible());
        QVERIFY(!target->isEnabled());
        QCoreApplication::processEvents();
        const int rateY = rate->mapTo(&panel, QPoint()).y();
        typeInto(weight, QStringLiteral("0.1"));
        QCoreApplication::processEvents();
        QVERIFY(target->isEnabled());
        QVERIFY2(panel.isValid(), qPrintable(panel.problem()));
        QCOMPARE(rate->mapTo(&panel, QPoint()).y(), rateY);

        typeInto(panel.findChild<QSpinBox*>(QStringLiteral("batchSize")), QStringLiteral("0"));
        QCoreApplication::processEvents();
        const auto* problem = panel.findChild<QLabel*>(QStringLiteral("modelProblem"));
        QVERIFY(problem && problem->isVisible());
        QCOMPARE(rate->mapTo(&panel, QPoint()).y(), rateY);  // its line was kept for it
        QVERIFY(problem->mapTo(&panel, QPoint()).y() < panel.findChild<QLineEdit*>(QStringLiteral("hiddenLayers"))->mapTo(&panel, QPoint()).y());
    }
};

AELAB_UI_TEST_MAIN(TestModelPanel)
#include "test_model_panel.moc"
