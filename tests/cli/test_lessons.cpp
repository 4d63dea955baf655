// Every lesson of the course, followed as its Set up says (the lesson's configuration, data,
// normal classes and sweep) on the embedded sample through aelab-cli: each of its checks passes
// on the run it asks for. Then each lesson is run on a wrong configuration, and every one of its
// checks must fail there -- a check that cannot fail checks nothing.
#include "core/lessons/lesson.h"

#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace ae;
using nlohmann::json;

namespace {

const QString kLessonsDir = QStringLiteral(AELAB_SAMPLE_DIR "/../lessons");

struct Wrong {
    json configPatch;    // merged into the lesson's configuration
    QStringList args;    // added to the command line
};

// Per lesson, a configuration on which every one of its checks fails.
const std::map<std::string, Wrong>& wrongRuns() {
    static const std::map<std::string, Wrong> w = {
        {"01-what-is-an-autoencoder", {{{"latent", 3}, {"epochs", 1}}, {}}},
        {"02-undercomplete", {{{"latent", 16}, {"epochs", 1}, {"l1", 0.05}}, {}}},
        {"03-sparse", {{{"epochs", 1}, {"optimizer", "sgd"}, {"learning_rate", 1e-12}}, {}}},
        {"04-deep", {{{"latent", 16}, {"epochs", 1}}, {}}},
        {"05-convolutional", {{{"conv_filters", {16, 8, 4}}, {"epochs", 1}}, {}}},
        {"06-denoising", {{{"noise_factor", 0.1}, {"epochs", 1}, {"optimizer", "sgd"}, {"learning_rate", 1e-12}}, {}}},
        {"07-anomaly-detection", {{{"epochs", 5}}, {}}},
        {"08-variational", {{{"latent", 3}, {"beta", 0}, {"epochs", 1}}, {}}},
        {"09-distances", {{{"epochs", 1}, {"optimizer", "sgd"}, {"learning_rate", 1e-12}}, {}}},
    };
    return w;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<Lesson> lessons() {
    std::vector<Lesson> all;
    for (const QString& name : QDir(kLessonsDir).entryList({"*.json"}, QDir::Files, QDir::Name))
        all.push_back(parseLesson(readAll(kLessonsDir + "/" + name).toStdString(), QFileInfo(name).completeBaseName().toStdString(),
                                  name.toStdString()));
    return all;
}

// Runs the lesson's Set up through aelab-cli: a train report when it has run checks, a sweep
// report when it has a sweep.
LessonFacts follow(const Lesson& lesson, const json& configPatch, const QStringList& extra, const QString& dir) {
    json config = json::parse(lesson.setup.config);
    config.merge_patch(configPatch);
    const QString configFile = dir + "/config.json";
    QFile f(configFile);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(QByteArray::fromStdString(config.dump()));
    f.close();
    QStringList common{"--config", configFile, "--data", QString::fromStdString(lesson.setup.data)};
    if (!lesson.setup.normal.empty()) {
        QStringList classes;
        for (int c : lesson.setup.normal) classes << QString::number(c);
        common << "--normal" << classes.join(',');
    }
    common << extra;
    LessonFacts facts;
    const bool runChecks = std::any_of(lesson.checks.begin(), lesson.checks.end(), [](const LessonCheck& c) {
        return c.left.source == CheckOperand::Source::Run || c.right.source == CheckOperand::Source::Run;
    });
    if (runChecks) {
        const auto r = test::runCli(QStringList{"train"} << common << "--report" << dir + "/run.json");
        if (r.exitCode != 0) qWarning().noquote() << r.err;
        facts.run = json::parse(readAll(dir + "/run.json").toStdString(), nullptr, false);
    }
    if (lesson.setup.sweep) {
        QStringList values;
        for (double v : lesson.setup.sweep->values) values << QString::number(v, 'g', 17);
        const QString param = QString::fromStdString(lesson.setup.sweep->parameter) + "=" + values.join(',');
        const auto r = test::runCli(QStringList{"sweep"} << common << "--param" << param << "--report" << dir + "/sweep.json");
        if (r.exitCode != 0) qWarning().noquote() << r.err;
        facts.sweep = json::parse(readAll(dir + "/sweep.json").toStdString(), nullptr, false);
    }
    return facts;
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    void theCourseHasItsNineLessonsInOrder() {
        const auto all = lessons();
        QCOMPARE(all.size(), std::size_t(9));
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].order, int(i) + 1);
            QVERIFY2(!all[i].checks.empty(), all[i].id.c_str());
            QVERIFY2(!all[i].title.ja.empty() && !all[i].text.ja.empty(), all[i].id.c_str());
            for (const auto& s : all[i].steps) QVERIFY2(!s.ja.empty(), all[i].id.c_str());
            for (const auto& c : all[i].checks) QVERIFY2(!c.text.ja.empty(), all[i].id.c_str());
            QVERIFY2(wrongRuns().count(all[i].id), all[i].id.c_str());
        }
    }

    void eachLessonsChecksPassOnItsOwnRun_data() {
        QTest::addColumn<int>("index");
        const auto all = lessons();
        for (std::size_t i = 0; i < all.size(); ++i) QTest::newRow(all[i].id.c_str()) << int(i);
    }
    void eachLessonsChecksPassOnItsOwnRun() {
        QFETCH(int, index);
        const Lesson lesson = lessons()[index];
        QTemporaryDir dir;
        const LessonFacts facts = follow(lesson, json::object(), {}, dir.path());
        if (facts.run.is_object()) QVERIFY2(runMatchesLesson(lesson, facts.run), "the lesson's own run is not recognised as its");
        for (const LessonCheck& check : lesson.checks) {
            const CheckResult r = evaluateCheck(lesson, check, facts);
            const std::string sentence = checkSentence(check, r, "en");
            qInfo().noquote() << QString::fromStdString(sentence);
            QVERIFY2(r.status == CheckResult::Status::Passed, sentence.c_str());
        }
    }

    void eachCheckFailsOnAWrongConfiguration_data() { eachLessonsChecksPassOnItsOwnRun_data(); }
    void eachCheckFailsOnAWrongConfiguration() {
        QFETCH(int, index);
        Lesson lesson = lessons()[index];
        const Wrong& wrong = wrongRuns().at(lesson.id);
        QTemporaryDir dir;
        const LessonFacts facts = follow(lesson, wrong.configPatch, wrong.args, dir.path());
        // The wrong run may not even be recognised as the lesson's; the checks themselves must
        // still say no to its numbers.
        lesson.runMatches.clear();
        for (const LessonCheck& check : lesson.checks) {
            const CheckResult r = evaluateCheck(lesson, check, facts);
            const std::string sentence = checkSentence(check, r, "en");
            qInfo().noquote() << "wrong run:" << QString::fromStdString(sentence);
            QVERIFY2(r.status == CheckResult::Status::Failed, sentence.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "test_lessons.moc"
