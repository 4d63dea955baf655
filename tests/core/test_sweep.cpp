// Sweep plans: parsing value lists, applying a value to a configuration, and refusing a plan
// before it runs with a message that names the offending value.
#include "core/train/sweep.h"

#include "error_message.h"

#include <QtTest>

using namespace ae;

class TestSweep : public QObject {
    Q_OBJECT
private slots:
    void parsesTheSeedTriple() {
        const auto v = parseSweepValues("1e-8, 1e-6, 1e-4", SweepParameter::L1);
        QCOMPARE(v, (std::vector<double>{1e-8, 1e-6, 1e-4}));
        // Semicolons, blanks, a leading plus and a trailing comma are all fine.
        QCOMPARE(parseSweepValues(" 0.1;0.3  +0.5, ", SweepParameter::NoiseFactor), (std::vector<double>{0.1, 0.3, 0.5}));
        QCOMPARE(parseSweepValues("2 8 32", SweepParameter::Latent), (std::vector<double>{2, 8, 32}));
        // Names for the noise type, held as their place in the noise table.
        QCOMPARE(parseSweepValues("gaussian, saltpepper", SweepParameter::NoiseType), (std::vector<double>{1, 3}));
        VERIFY_MESSAGE(parseSweepValues("gaussian, pink", SweepParameter::NoiseType), "noise type values", "'pink' (value 2)",
                       "not one of none, gaussian, masking, saltpepper");
        VERIFY_MESSAGE(parseSweepValues("masking masking", SweepParameter::NoiseType), "repeats");
    }

    void badValueListsNameTheEntry() {
        VERIFY_MESSAGE(parseSweepValues("", SweepParameter::L1), "l1 values", "none given");
        VERIFY_MESSAGE(parseSweepValues(" , ", SweepParameter::L1), "l1 values", "none given");
        VERIFY_MESSAGE(parseSweepValues("1e-8,,1e-4", SweepParameter::L1), "value 2 is empty");
        VERIFY_MESSAGE(parseSweepValues("1e-8, 1e-6x, 1e-4", SweepParameter::L1), "'1e-6x'", "value 2", "not a number");
    }

    void nonNumbersFractionsAndRepeatsAreRefused() {
        VERIFY_MESSAGE(parseSweepValues("1, inf", SweepParameter::Beta), "'inf'", "not a finite number");
        VERIFY_MESSAGE(parseSweepValues("nan", SweepParameter::Beta), "'nan'", "not a finite number");
        VERIFY_MESSAGE(parseSweepValues("2, 2.5", SweepParameter::Latent), "latent values", "'2.5'", "not a whole number");
        VERIFY_MESSAGE(parseSweepValues("1e-6, 1e-4, 0.000001", SweepParameter::L1), "'0.000001'", "repeats");
        VERIFY_MESSAGE(parseSweepValues("1 2 3 4 5 6 7 8 9 10 11 12 13", SweepParameter::Epochs), "13 given", "at most 12");
        VERIFY_MESSAGE(parseSweepValues("1e12", SweepParameter::BatchSize), "out of range");
        VERIFY_MESSAGE(parseSweepValues("1e-6, 1e300", SweepParameter::L1), "'1e300'", "out of range");
    }

    void appliesEachParameter() {
        const ModelConfig base = presetConfig("sparse");
        QCOMPARE(applySweepValue(base, SweepParameter::L1, 1e-4).l1, 1e-4f);
        QCOMPARE(applySweepValue(base, SweepParameter::NoiseFactor, 0.3).noiseFactor, 0.3f);
        QCOMPARE(applySweepValue(base, SweepParameter::DistanceWeight, 10).distanceWeight, 10.0f);
        QCOMPARE(applySweepValue(base, SweepParameter::LearningRate, 0.01).learningRate, 0.01f);
        QCOMPARE(applySweepValue(base, SweepParameter::Latent, 8).latent, 8);
        QCOMPARE(applySweepValue(base, SweepParameter::KlSparsityWeight, 3).klSparsityWeight, 3.0f);
        QCOMPARE(applySweepValue(base, SweepParameter::Beta, 4).beta, 4.0f);
        QCOMPARE(applySweepValue(base, SweepParameter::BatchSize, 32).batchSize, 32);
        QCOMPARE(applySweepValue(base, SweepParameter::Epochs, 5).epochs, 5);
        QCOMPARE(applySweepValue(base, SweepParameter::KlSparsityTarget, 0.02).klSparsityTarget, 0.02f);
        QCOMPARE(applySweepValue(base, SweepParameter::NoiseType, 2).noise, NoiseKind::Masking);
        // Only the swept field changes.
        ModelConfig changed = applySweepValue(base, SweepParameter::L1, 1e-4);
        changed.l1 = base.l1;
        QCOMPARE(configToJson(changed), configToJson(base));
    }

    void keysRoundTripAndUnknownKeysListTheChoices() {
        QCOMPARE(sweepParameters().size(), std::size_t(11));
        for (const auto& info : sweepParameters()) {
            QCOMPARE(sweepParameterFromKey(info.key), info.parameter);
            // Every suggestion is itself a valid list.
            QCOMPARE(parseSweepValues(info.suggestion, info.parameter).size(), std::size_t(3));
        }
        VERIFY_MESSAGE(sweepParameterFromKey("dropout"), "'dropout'", "l1", "noiseFactor", "epochs");
    }

    void formatsValuesAsPeopleWriteThem() {
        QCOMPARE(formatSweepValue(1e-6), std::string("1e-6"));
        QCOMPARE(formatSweepValue(1e-8), std::string("1e-8"));
        QCOMPARE(formatSweepValue(2.5e-10), std::string("2.5e-10"));
        QCOMPARE(formatSweepValue(static_cast<float>(0.3)), std::string("0.3"));
        QCOMPARE(formatSweepValue(32), std::string("32"));
        QCOMPARE(formatSweepValue(1e10), std::string("1e10"));
        QCOMPARE(formatSweepValue(1e-4), std::string("1e-4"));
        QCOMPARE(formatSweepValue(static_cast<float>(1e-4)), std::string("1e-4"));
        QCOMPARE(formatSweepValue(5e-4), std::string("5e-4"));
        QCOMPARE(formatSweepValue(0.001), std::string("0.001"));
        QCOMPARE(formatSweepValue(-2.5e-5), std::string("-2.5e-5"));
        QCOMPARE(formatSweepValue(0), std::string("0"));
        QCOMPARE(sweepRunLabel(SweepParameter::L1, 1e-6), std::string("l1=1e-6"));
        QCOMPARE(sweepRunLabel(SweepParameter::NoiseFactor, 0.5), std::string("noiseFactor=0.5"));
        QCOMPARE(sweepRunLabel(SweepParameter::NoiseType, 3), std::string("noiseType=saltpepper"));
    }

    // What a person reads: a word and the value, never the key.
    void readableLabelsAreWords() {
        QCOMPARE(sweepReadableLabel(SweepParameter::L1, 1e-6), std::string("L1 1e-6"));
        QCOMPARE(sweepReadableLabel(SweepParameter::NoiseFactor, 0.3), std::string("noise 0.3"));
        QCOMPARE(sweepReadableLabel(SweepParameter::NoiseType, 2), std::string("noise masking"));
        QCOMPARE(sweepReadableLabel(SweepParameter::KlSparsityTarget, 0.05), std::string("KL target 0.05"));
        QCOMPARE(sweepReadableLabel(SweepParameter::Latent, 8), std::string("code size 8"));
        for (const auto& info : sweepParameters()) {
            QVERIFY(!info.label.empty());
            QVERIFY2(info.label != info.key || info.key == "epochs" || info.key == "beta", info.key.c_str());
        }
        QCOMPARE(sweepValueText(SweepParameter::NoiseType, 7), std::string("7"));  // no such choice: the number
    }

    void plansBecomeOneValidConfigPerValue() {
        SweepPlan plan{SweepParameter::L1, {1e-8, 1e-6, 1e-4}, presetConfig("sparse")};
        const auto configs = sweepConfigs(plan, Shape{1, 28, 28});
        QCOMPARE(configs.size(), std::size_t(3));
        QCOMPARE(configs[0].l1, 1e-8f);
        QCOMPARE(configs[1].l1, 1e-6f);
        QCOMPARE(configs[2].l1, 1e-4f);
        QCOMPARE(configs[2].latent, 32);
    }

    void outOfRangeValuesAreRefusedUpFrontByName() {
        SweepPlan plan{SweepParameter::L1, {1e-6, 2, 1e-4}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "sweep value 2 ", "(2 of 3)", "l1 = 2", "[0, 1]");
        plan = {SweepParameter::LearningRate, {0.01, 0}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "sweep value 0 ", "learning rate");
        plan = {SweepParameter::BatchSize, {32, -4}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "sweep value -4", "batch size");
        plan = {SweepParameter::Epochs, {1, 2.5}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "2.5", "whole number");
        plan = {SweepParameter::KlSparsityWeight, {0.1}, presetConfig("sparse")};  // relu code
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "sweep value 0.1", "sigmoid");
        plan = {SweepParameter::L1, {}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "no values");
        plan = {SweepParameter::L1, {1e-6, 1e300}, presetConfig("sparse")};  // no float holds it
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "sweep value 1e300", "l1 = inf");
        plan = {SweepParameter::L1, {1e-6, 1e-6}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "1e-6 twice");
    }

    void parametersThatMeanNothingForTheBaseAreRefused() {
        SweepPlan plan{SweepParameter::NoiseFactor, {0.1, 0.3}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "noise factor", "noise 'none'");
        plan.base = presetConfig("denoising");
        QCOMPARE(sweepConfigs(plan, Shape{1, 28, 28}).size(), std::size_t(2));

        plan = {SweepParameter::Beta, {0.5, 1}, presetConfig("deep")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "beta", "variational");
        plan.base = presetConfig("vae");
        QCOMPARE(sweepConfigs(plan, Shape{1, 28, 28}).size(), std::size_t(2));

        plan = {SweepParameter::KlSparsityTarget, {0.02, 0.1}, presetConfig("sparse")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "KL sparsity target", "weight is 0");
        plan.base.klSparsityWeight = 1;
        plan.base.codeActivation = Activation::Sigmoid;
        QCOMPARE(sweepConfigs(plan, Shape{1, 28, 28})[1].klSparsityTarget, 0.1f);

        plan = {SweepParameter::NoiseType, {1, 2}, presetConfig("conv")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "noise type", "factor 0");
        plan.base = presetConfig("denoising");
        plan.base.noiseFactor = 0.3f;
        const auto types = sweepConfigs(plan, Shape{1, 28, 28});
        QCOMPARE(types[0].noise, NoiseKind::Gaussian);
        QCOMPARE(types[1].noise, NoiseKind::Masking);
        QCOMPARE(types[1].noiseFactor, 0.3f);
        plan.values = {1, 9};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "sweep value 9", "choices");
        plan.base.noiseFactor = 2;  // a standard deviation, but no share of pixels
        plan.values = {1, 2};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "sweep value masking (2 of 2)");

        plan = {SweepParameter::Latent, {2, 8}, presetConfig("conv")};
        VERIFY_MESSAGE(sweepConfigs(plan, Shape{1, 28, 28}), "latent", "dense", "conv");
    }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "test_sweep.moc"
