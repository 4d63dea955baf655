// The architecture view and the explanation panel describe the configured network: the table
// matches the layer plan and seed 001's parameter counts, the code is marked, block heights
// follow log(size), an invalid configuration says why, a network too large to build is counted
// without building it, and the explanation follows the model panel's variant inside the main
// window.
#include "ui/panels/explanation_panel.h"
#include "ui/window/main_window.h"
#include "ui/panels/model_panel.h"
#include "ui/panels/variant_texts.h"
#include "ui/views/architecture_view.h"
#include "ui_fixture.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using ae::ArchitectureDiagram;
using ae::ArchitectureView;
using Role = ArchitectureView::Block::Role;

class TestArchitectureView : public QObject {
    Q_OBJECT
private slots:

    void conv_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<qulonglong>("params");
        QTest::addColumn<int>("codeSize");
        // Seed 001 (d) and (e) print these totals in their Keras summaries.
        QTest::newRow("conv") << "conv" << qulonglong(4385) << 128;
        QTest::newRow("denoising") << "denoising" << qulonglong(28353) << 32 * 7 * 7;
        QTest::newRow("undercomplete") << "undercomplete" << qulonglong(784 * 32 + 32 + 32 * 784 + 784) << 32;
    }
    void conv() {
        QFETCH(QString, variant);
        QFETCH(qulonglong, params);
        QFETCH(int, codeSize);
        ArchitectureView view;
        view.showConfig(ae::presetConfig(variant.toStdString()), ae::Shape{1, 28, 28});
        QVERIFY2(view.problem().isEmpty(), qPrintable(view.problem()));
        QCOMPARE(qulonglong(view.totalParameters()), params);

        const auto& blocks = view.blocks();
        QVERIFY(blocks.size() >= 3);
        QCOMPARE(blocks.front().role, Role::Input);
        QCOMPARE(blocks.back().role, Role::Output);
        QCOMPARE(blocks.back().shape.size(), 28 * 28);  // dense: 784x1x1, conv: 1x28x28
        int codes = 0;
        std::size_t sum = 0;
        for (const auto& b : blocks) {
            sum += b.params;
            if (b.role == Role::Code) {
                ++codes;
                QCOMPARE(b.shape.size(), codeSize);
            }
        }
        QCOMPARE(codes, 1);
        QCOMPARE(qulonglong(sum), params);

        // One table row per block plus the total.
        QTableWidget* table = view.table();
        QCOMPARE(table->rowCount(), int(blocks.size()) + 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("(None, 1, 28, 28)"));
        QCOMPARE(table->item(table->rowCount() - 1, 4)->text(), QLocale().toString(params));
    }

    void invalidConfigurationSaysWhy() {
        ArchitectureView view;
        ae::ModelConfig c = ae::presetConfig("conv");
        view.showConfig(c, ae::Shape{5, 1, 1});  // tabular data: no convolutions
        QVERIFY(view.problem().contains(QStringLiteral("conv")));
        QVERIFY(view.blocks().empty());
        QCOMPARE(view.table()->rowCount(), 0);
        view.showConfig(ae::presetConfig("deep"), ae::Shape{5, 1, 1});
        QVERIFY(view.problem().isEmpty());
        QCOMPARE(view.blocks().size(), std::size_t(1 + 6));
    }

    // The view counts parameters from the layer plan. Eight 16,384-unit layers on 1000x1000 inputs
    // hold 3.7e10 parameters: 290 GB of weights and gradients that a built model would ask for
    // (and be refused) on the GUI thread at every edit.
    void hugeNetworksAreCountedNotBuilt() {
        ae::ModelConfig c = ae::presetConfig("deep");
        c.hidden.assign(8, 16384);
        const ae::Shape input{1, 1000, 1000};
        std::vector<int> widths{input.size()};
        widths.insert(widths.end(), c.hidden.begin(), c.hidden.end());
        widths.push_back(c.latent);
        widths.insert(widths.end(), c.hidden.rbegin(), c.hidden.rend());
        widths.push_back(input.size());
        qulonglong expected = 0;
        for (std::size_t i = 0; i + 1 < widths.size(); ++i) expected += (qulonglong(widths[i]) + 1) * qulonglong(widths[i + 1]);
        QVERIFY(expected > 36'000'000'000ull);

        ArchitectureView view;
        view.showConfig(c, input);
        QVERIFY2(view.problem().isEmpty(), qPrintable(view.problem()));
        QCOMPARE(qulonglong(view.totalParameters()), expected);
        QCOMPARE(view.blocks().size(), std::size_t(1 + 18));

    }

    void heightsAreLogarithmic() {
        const double h784 = ArchitectureDiagram::blockHeight(784, 784, 200);
        const double h2 = ArchitectureDiagram::blockHeight(2, 784, 200);
        const double h32 = ArchitectureDiagram::blockHeight(32, 784, 200);
        QCOMPARE(h784, 200.0);
        QVERIFY(h2 > 4 && h2 < h32 && h32 < h784);
        QVERIFY(h2 > 200 * 0.1);  // a 2-D code is still clearly visible next to 784
    }

    void drawsWithoutCrashing() {
        ArchitectureView view;
        view.resize(900, 360);
        view.showConfig(ae::presetConfig("conv"), ae::Shape{1, 28, 28});
        const QImage image = view.diagram()->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void explanationsExistForEveryPreset() {
        for (const auto& name : ae::presetNames()) {
            const QString v = QString::fromStdString(name);
            QVERIFY2(ae::variantExplanation(v).size() > 800, qPrintable(v));
            const QString line = ae::variantDescription(v, QStringLiteral("9-8-9"));
            QVERIFY2(!line.isEmpty() && !line.contains(QLatin1String("%1")), qPrintable(v));
            QVERIFY2(ae::variantTitle(v) != v, qPrintable(v));
        }
        ae::ExplanationPanel panel;
        panel.setVariant(QStringLiteral("nonsense"));
        QVERIFY(panel.plainText().contains(QStringLiteral("nonsense")));
    }

    void explanationFollowsTheModelPanel() {
        ae::MainWindow window;
        auto* panel = window.findChild<ae::ExplanationPanel*>();
        auto* arch = window.findChild<ArchitectureView*>();
        QVERIFY(panel && arch);
        window.modelPanel()->selectVariant(QStringLiteral("sparse"));
        QCOMPARE(panel->variant(), QStringLiteral("sparse"));
        QVERIFY(panel->plainText().contains(QStringLiteral("L1")));
        window.modelPanel()->selectVariant(QStringLiteral("conv"));
        QCOMPARE(panel->variant(), QStringLiteral("conv"));
        QCOMPARE(arch->totalParameters(), std::size_t(4385));
    }
};

AELAB_UI_TEST_MAIN(TestArchitectureView)
#include "test_architecture_view.moc"
