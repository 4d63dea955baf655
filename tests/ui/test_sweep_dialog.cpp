// The Sweep dialog: prefilled with seed 001's L1 experiment, checks the plan as it is typed,
// names the refused value and keeps Start disabled until the plan is valid.
#include "ui/sweep/sweep_dialog.h"
#include "ui_fixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using ae::SweepDialog;
using ae::SweepParameter;

class TestSweepDialog : public QObject {
    Q_OBJECT

private:
    static QPushButton* startButton(SweepDialog& d) {
        return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void opensOnTheSeedL1Triple() {
        SweepDialog d(ae::presetConfig("sparse"), ae::Shape{1, 28, 28});
        QVERIFY2(d.isValid(), qPrintable(d.problem()));
        QVERIFY(startButton(d)->isEnabled());
        const ae::SweepPlan plan = d.plan();
        QCOMPARE(plan.parameter, SweepParameter::L1);
        QCOMPARE(plan.values, (std::vector<double>{1e-8, 1e-6, 1e-4}));
        QCOMPARE(plan.base.variant, std::string("sparse"));
        QCOMPARE(plan.base.epochs, 50);  // the Model panel's epochs until changed
        d.setEpochsPerRun(5);
        QCOMPARE(d.plan().base.epochs, 5);
    }

    // Issue 14: each variant's dialog opens on its own knob, with a list that starts as given.
    void opensOnTheVariantsKnob() {
        const std::pair<const char*, SweepParameter> cases[] = {{"sparse", SweepParameter::L1},
                                                                {"denoising", SweepParameter::NoiseFactor},
                                                                {"distance", SweepParameter::DistanceWeight},
                                                                {"vae", SweepParameter::Beta},
                                                                {"undercomplete", SweepParameter::L1}};
        for (const auto& [variant, parameter] : cases) {
            SweepDialog d(ae::presetConfig(variant), ae::Shape{1, 28, 28});
            QVERIFY2(d.isValid(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(variant), d.problem())));
            QCOMPARE(d.plan().parameter, parameter);
            QCOMPARE(d.plan().values, ae::parseSweepValues(ae::sweepParameterInfo(parameter).suggestion, parameter));
        }
    }

    void refusedValuesAreNamedAndBlockStart() {
        SweepDialog d(ae::presetConfig("sparse"), ae::Shape{1, 28, 28});
        d.setValuesText(QStringLiteral("1e-6, 2"));
        QVERIFY(!d.isValid());
        QVERIFY(!startButton(d)->isEnabled());
        QVERIFY2(d.problem().contains(QStringLiteral("sweep value 2")) && d.problem().contains(QStringLiteral("[0, 1]")),
                 qPrintable(d.problem()));
        d.setValuesText(QStringLiteral("1e-6, abc"));
        QVERIFY2(d.problem().contains(QStringLiteral("'abc'")), qPrintable(d.problem()));
        d.setValuesText(QStringLiteral("1e-6, 1e-5"));
        QVERIFY(d.isValid());
        QVERIFY(startButton(d)->isEnabled());
    }

    void theValueListFollowsTheParameterUntilEdited() {
        SweepDialog d(ae::presetConfig("denoising"), ae::Shape{1, 28, 28});
        auto* values = d.findChild<QLineEdit*>();
        d.setParameter(SweepParameter::NoiseFactor);
        QCOMPARE(values->text(), QStringLiteral("0.1, 0.3, 0.5"));
        QVERIFY2(d.isValid(), qPrintable(d.problem()));
        QCOMPARE(d.plan().values, (std::vector<double>{0.1, 0.3, 0.5}));
        values->setText(QStringLiteral("0.2, 0.4"));
        d.setParameter(SweepParameter::DistanceWeight);
        QCOMPARE(values->text(), QStringLiteral("0.2, 0.4"));  // the person's list is kept

        d.setParameter(SweepParameter::Epochs);
        QVERIFY(!d.findChild<QSpinBox*>()->isEnabled());  // the values are the epochs
    }

    // Issue 14: the KL target ρ and the noise type are swept like any other knob.
    void theKlTargetAndTheNoiseTypeCanBeSwept() {
        ae::ModelConfig kl = ae::presetConfig("sparse");
        kl.codeActivation = ae::Activation::Sigmoid;
        kl.klSparsityWeight = 0.5f;
        SweepDialog d(kl, ae::Shape{1, 28, 28});
        d.setParameter(SweepParameter::KlSparsityTarget);
        QVERIFY2(d.isValid(), qPrintable(d.problem()));
        QCOMPARE(d.plan().parameter, SweepParameter::KlSparsityTarget);
        QCOMPARE(d.plan().values, (std::vector<double>{0.02, 0.05, 0.1}));
        QCOMPARE(ae::sweepConfigs(d.plan(), ae::Shape{1, 28, 28}).back().klSparsityTarget, 0.1f);

        SweepDialog noise(ae::presetConfig("denoising"), ae::Shape{1, 28, 28});
        noise.setParameter(SweepParameter::NoiseType);
        noise.setValuesText(QStringLiteral("masking, saltpepper"));
        QVERIFY2(noise.isValid(), qPrintable(noise.problem()));
        const std::vector<ae::ModelConfig> configs = ae::sweepConfigs(noise.plan(), ae::Shape{1, 28, 28});
        QCOMPARE(configs.size(), std::size_t(2));
        QVERIFY(configs[0].noise == ae::NoiseKind::Masking);
        QVERIFY(configs[1].noise == ae::NoiseKind::SaltAndPepper);
    }

    void parametersThatMeanNothingHereAreExplained() {
        SweepDialog d(ae::presetConfig("sparse"), ae::Shape{1, 28, 28});
        d.setParameter(SweepParameter::NoiseFactor);
        QVERIFY(!d.isValid());
        QVERIFY2(d.problem().contains(QStringLiteral("noise 'none'")), qPrintable(d.problem()));
        d.setParameter(SweepParameter::Beta);
        QVERIFY2(d.problem().contains(QStringLiteral("variational")), qPrintable(d.problem()));
    }
};

AELAB_UI_TEST_MAIN(TestSweepDialog)
#include "test_sweep_dialog.moc"
