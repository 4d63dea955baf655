// The Model panel: its choice fields list the names of the enums' tables and carry every value
// through setConfig/config(); the parameter count comes from the layer plan, so a network too
// large to build is counted, not built.
#include "ui/panels/model_panel.h"
#include "ui_fixture.h"

#include <QComboBox>
#include <QLabel>
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

} // namespace

class TestModelPanel : public QObject {
    Q_OBJECT
private slots:
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
};

AELAB_UI_TEST_MAIN(TestModelPanel)
#include "test_model_panel.moc"
