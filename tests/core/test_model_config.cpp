// Presets, range checks with their messages, and the JSON round trip.
#include "core/train/model_config.h"
#include "error_message.h"

#include <QtTest>

using namespace ae;

namespace {

QString refusal(const ModelConfig& c, const Shape& s = Shape{1, 28, 28}) {
    try {
        validateConfig(c, s);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

QString jsonRefusal(const std::string& text) {
    try {
        configFromJson(text, "cfg.json");
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestModelConfig : public QObject {
    Q_OBJECT
private slots:
    void everyPresetIsValid() {
        QCOMPARE(presetNames().size(), std::size_t(8));
        for (const auto& name : presetNames()) {
            QVERIFY2(refusal(presetConfig(name)).isEmpty(), name.c_str());
            QVERIFY(!presetDescription(name).empty());
        }
    }

    void seedSettings() {
        QCOMPARE(presetConfig("sparse").l1, 1e-6f);
        QCOMPARE(presetConfig("denoising").noiseFactor, 0.5f);
        QCOMPARE(presetConfig("denoising").noise, NoiseKind::Gaussian);
        QCOMPARE(presetConfig("deep").hidden, (std::vector<int>{128, 64}));
        QCOMPARE(presetConfig("linear").loss, LossKind::MeanSquaredError);
        QVERIFY(presetConfig("vae").variational);
        QVERIFY(presetConfig("distance").distanceWeight > 0);
    }

    void unknownPresetListsChoices() {
        QString message;
        try {
            presetConfig("nope");
        } catch (const Error& e) {
            message = e.what();
        }
        QVERIFY(message.contains("'nope'") && message.contains("undercomplete") && message.contains("linear"));
    }

    void outOfRangeValuesNameFieldValueAndRange_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("latent") << "latent" << "invalid latent = 0: allowed range is [1, 4096]";
        QTest::newRow("batch") << "batch" << "invalid batch size = 0";
        QTest::newRow("epochs") << "epochs" << "invalid epochs = 0";
        QTest::newRow("lr nan") << "lr" << "invalid learning rate = nan";
        QTest::newRow("noise") << "noise" << "invalid noise factor = -1";
        QTest::newRow("kernel even") << "kernel" << "must be odd";
        QTest::newRow("kernel too big") << "kernelbig" << "larger than the 5x5 image";
        QTest::newRow("conv on table") << "convtable" << "convolutions need images";
        QTest::newRow("bce linear") << "bcelinear" << "needs a sigmoid output";
        QTest::newRow("kl without sigmoid") << "kl" << "needs code activation 'sigmoid'";
        QTest::newRow("output activation") << "outputtanh" << "invalid output activation = 'tanh': choose one of linear, sigmoid";
    }
    void outOfRangeValuesNameFieldValueAndRange() {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        ModelConfig c = presetConfig("undercomplete");
        Shape s{1, 28, 28};
        if (field == "latent") c.latent = 0;
        if (field == "batch") c.batchSize = 0;
        if (field == "epochs") c.epochs = 0;
        if (field == "lr") c.learningRate = std::nanf("");
        if (field == "noise") c.noiseFactor = -1;
        if (field == "kernel") { c = presetConfig("conv"); c.kernel = 4; }
        if (field == "kernelbig") { c = presetConfig("conv"); c.convFilters = {4}; c.kernel = 7; s = Shape{1, 5, 5}; }
        if (field == "convtable") { c = presetConfig("conv"); s = Shape{1, 1, 12}; }
        if (field == "bcelinear") c.outputActivation = Activation::Linear;
        if (field == "kl") c.klSparsityWeight = 0.1f;
        if (field == "outputtanh") {
            c.outputActivation = Activation::Tanh;
            c.loss = LossKind::MeanSquaredError;
        }
        const QString message = refusal(c, s);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void jsonRoundTrip() {
        ModelConfig c = presetConfig("denoising");
        c.noiseFactor = 0.3f;
        c.seed = 99;
        c.convFilters = {8, 4};
        const ModelConfig back = configFromJson(configToJson(c), "x");
        QCOMPARE(back.noiseFactor, 0.3f);
        QCOMPARE(back.seed, std::uint64_t(99));
        QCOMPARE(back.convFilters, (std::vector<int>{8, 4}));
        QCOMPARE(configToJson(back), configToJson(c));
    }

    void jsonStartsFromTheNamedPreset() {
        const ModelConfig c = configFromJson(R"({"variant": "deep", "epochs": 3})", "x");
        QCOMPARE(c.hidden, (std::vector<int>{128, 64}));
        QCOMPARE(c.epochs, 3);
    }

    void jsonErrorsNameTheKey() {
        QVERIFY(jsonRefusal(R"({"latnet": 3})").contains("unknown key 'latnet'"));
        QVERIFY(jsonRefusal(R"({"latent": "three"})").contains("key 'latent' has the wrong type"));
        QVERIFY(jsonRefusal(R"({"latent": 3,)").contains("not valid JSON"));
        QVERIFY(jsonRefusal(R"([1, 2])").contains("expected a JSON object"));
        QVERIFY(jsonRefusal(R"({"variant": "nope"})").contains("unknown variant 'nope'"));
        QVERIFY(jsonRefusal(R"({"latent": 3})").isEmpty());
    }

    // Names outside an enum's table are refused while reading, with the allowed names from that table.
    void jsonNamesComeFromTheEnumTables() {
        QCOMPARE(jsonRefusal(R"({"activation": "swish"})"),
                 QString("cfg.json: invalid activation = 'swish': choose one of linear, relu, leaky_relu, sigmoid, tanh"));
        QCOMPARE(jsonRefusal(R"({"code_activation": "softmax"})"),
                 QString("cfg.json: invalid code_activation = 'softmax': choose one of linear, relu, leaky_relu, sigmoid, tanh"));
        QCOMPARE(jsonRefusal(R"({"architecture": "rnn"})"), QString("cfg.json: invalid architecture = 'rnn': choose one of dense, conv"));
        QCOMPARE(jsonRefusal(R"({"loss": "hinge"})"), QString("cfg.json: invalid loss = 'hinge': choose one of bce, mse"));
        QCOMPARE(jsonRefusal(R"({"noise": "pink"})"),
                 QString("cfg.json: invalid noise = 'pink': choose one of none, gaussian, masking, saltpepper"));
        QCOMPARE(jsonRefusal(R"({"optimizer": "lbfgs"})"),
                 QString("cfg.json: invalid optimizer = 'lbfgs': choose one of sgd, adam, adamw, rmsprop, adadelta"));
        QVERIFY(jsonRefusal(R"({"optimizer": 3})").contains("key 'optimizer' has the wrong type"));
        QCOMPARE(jsonRefusal(R"({"distance_term": "sammon"})"),
                 QString("cfg.json: invalid distance_term = 'sammon': choose one of mean, stress"));
        QCOMPARE(configFromJson(R"({"variant": "distance", "distance_term": "stress"})", "x").distanceTerm, DistanceTerm::Stress);
        QCOMPARE(presetConfig("distance").distanceTerm, DistanceTerm::Mean);

        const ModelConfig c = configFromJson(R"({"architecture": "conv", "activation": "leaky_relu", "code_activation": "tanh",
                                                "output_activation": "linear", "loss": "mse", "noise": "saltpepper",
                                                "optimizer": "rmsprop"})", "x");
        QCOMPARE(c.architecture, Architecture::Conv);
        QCOMPARE(c.activation, Activation::LeakyReLU);
        QCOMPARE(c.codeActivation, Activation::Tanh);
        QCOMPARE(c.outputActivation, Activation::Linear);
        QCOMPARE(c.loss, LossKind::MeanSquaredError);
        QCOMPARE(c.noise, NoiseKind::SaltAndPepper);
        QCOMPARE(c.optimizer, OptimizerKind::RmsProp);
    }

    // Configuration files keep their format: every name is written as it always was.
    void jsonWritesTheNamesFilesAlwaysHeld() {
        ModelConfig c = presetConfig("linear");
        c.noise = NoiseKind::SaltAndPepper;
        c.optimizer = OptimizerKind::AdamW;
        c.activation = Activation::LeakyReLU;
        const QString json = QString::fromStdString(configToJson(c));
        for (const char* pair : {R"("architecture": "dense")", R"("activation": "leaky_relu")", R"("code_activation": "linear")",
                                 R"("output_activation": "linear")", R"("loss": "mse")", R"("noise": "saltpepper")",
                                 R"("optimizer": "adamw")"})
            QVERIFY2(json.contains(pair), pair);
        QVERIFY(QString::fromStdString(configToJson(presetConfig("conv"))).contains(R"("architecture": "conv")"));
    }

    // Configuration files written before the enums read back to the same text, name for name.
    void earlierConfigurationFilesRoundTrip() {
        QFile file(AELAB_FIXTURES_DIR "/../../fuzz/corpus/fuzz_config/full-vae.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        const ModelConfig c = configFromJson(text, "full-vae.json");
        QCOMPARE(c.codeActivation, Activation::Linear);
        QCOMPARE(QString::fromStdString(configToJson(c)), QString::fromStdString(text).trimmed());
    }

    void dataIndependentChecksComeFirst() {
        // A conv configuration is fine as such; only the data can make its kernel too large.
        ModelConfig conv = presetConfig("conv");
        conv.kernel = 5;
        validateHyperparameters(conv);
        validateConfig(conv, Shape{1, 28, 28});
        VERIFY_MESSAGE(validateConfig(conv, Shape{1, 4, 4}), "invalid kernel = 5: larger than the 4x4 image");
        conv.latent = 0;  // unused by conv
        validateHyperparameters(conv);
        ModelConfig dense = presetConfig("undercomplete");
        dense.latent = 0;
        VERIFY_MESSAGE(validateHyperparameters(dense), "invalid latent = 0: allowed range is [1, 4096]");
    }

    void batchMustFitTheTrainingSet() {
        ModelConfig c = presetConfig("undercomplete");
        c.batchSize = 500;
        validateBatchSize(c, 500);
        VERIFY_MESSAGE(validateBatchSize(c, 499), "invalid batch size = 500: larger than the 499 training samples");
    }
};

QTEST_APPLESS_MAIN(TestModelConfig)
#include "test_model_config.moc"
