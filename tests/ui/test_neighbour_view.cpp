// The neighbour inspector (issue 15): a click on a probe point of the latent scatter selects it;
// the Neighbours view fills its strips from the snapshot (ranks in the other space as core's
// probeNeighbours gives them) and the scatter marks the point and its neighbours; the training
// thread's answer has the nearest training images by brute force, their codes in the scatter's
// own plane, and the train-kNN figure the CLI's analyseDistances reports for the same model.
#include "core/analysis/probe_neighbours.h"
#include "core/train/evaluation.h"
#include "core/train/model_file.h"
#include "ui/session/training_session.h"
#include "ui/views/common/image_grid.h"
#include "ui/views/common/tile_image.h"
#include "ui/views/latent_view.h"
#include "ui/views/neighbour_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QSignalSpy>

#include <algorithm>
#include <numeric>
#include <random>

using namespace ae;

namespace {

ModelConfig smallConfig() {
    ModelConfig c = presetConfig("undercomplete");
    c.latent = 8;  // wider than 2: the scatter draws a PCA plane
    c.epochs = 1;
    c.batchSize = 20;
    c.threads = 1;
    return c;
}

// 40 probe points with 2 x 2 images and 2-D codes that only half follow the inputs, so the two
// neighbourhoods differ.
ModelSnapshot handMade() {
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> u(0, 1);
    ModelSnapshot s;
    s.epoch = 4;
    s.inputShape = Shape{1, 2, 2};
    auto inputs = std::make_shared<Matrix>(40, 4);
    for (int i = 0; i < inputs->size(); ++i) inputs->data()[i] = u(rng);
    s.probeInputs = inputs;
    s.codes.resize(40, 2);
    for (int i = 0; i < 40; ++i) {
        s.codes(i, 0) = (*inputs)(i, 0) + u(rng);
        s.codes(i, 1) = (*inputs)(i, 1);
    }
    s.codeSize = 2;
    s.latent2d = s.codes;
    for (int i = 0; i < 40; ++i) s.latentLabels.push_back(i % 3);
    s.classNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    return s;
}

// The k nearest training rows of `query` by brute force, in double, ties by the lower row.
std::vector<int> bruteForceNearest(const Matrix& train, const Eigen::RowVectorXf& query, int k, std::vector<double>& distances) {
    std::vector<double> d(static_cast<std::size_t>(train.rows()));
    for (Eigen::Index i = 0; i < train.rows(); ++i) {
        double sum = 0;
        for (Eigen::Index c = 0; c < train.cols(); ++c) sum += std::pow(double(train(i, c)) - double(query(c)), 2);
        d[static_cast<std::size_t>(i)] = std::sqrt(sum);
    }
    std::vector<int> order(d.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return d[a] < d[b]; });
    order.resize(static_cast<std::size_t>(k));
    distances.clear();
    for (int i : order) distances.push_back(d[static_cast<std::size_t>(i)]);
    return order;
}

} // namespace

class TestNeighbourView : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> data_;

    // The answer checked against the data and the scatter's plane of `snapshot`.
    void checkTrainNeighbours(const TrainNeighbourSnapshot& s, const ModelSnapshot& snapshot, int probe) {
        QCOMPARE(s.probe, probe);
        QCOMPARE(s.epoch, snapshot.epoch);
        std::vector<double> distances;
        const std::vector<int> expected = bruteForceNearest(data_->trainX, snapshot.probeInputs->row(probe), 10, distances);
        QCOMPARE(s.indices, expected);
        for (std::size_t j = 0; j < expected.size(); ++j) {
            QVERIFY(std::abs(s.distances[j] - distances[j]) < 1e-4);
            QCOMPARE(s.labels[j], data_->trainY[static_cast<std::size_t>(expected[j])]);
            QVERIFY(s.images.row(static_cast<Eigen::Index>(j)) == data_->trainX.row(expected[j]));
        }
        // The plane is the one the scatter draws: projecting the probe codes with the snapshot's
        // own PCA gives its latent2d, and the training codes land by the same map.
        QCOMPARE(s.codes.rows(), Eigen::Index{10});
        QCOMPARE(s.codes.cols(), Eigen::Index{snapshot.codeSize});
        const auto plane = [&](const Matrix& codes) -> Matrix {
            return (codes.rowwise() - snapshot.latentPcaMean.transpose()) * snapshot.latentPcaComponents.transpose();
        };
        QVERIFY((plane(snapshot.codes) - snapshot.latent2d).cwiseAbs().maxCoeff() < 1e-4f);
        QCOMPARE(s.latent2d.rows(), Eigen::Index{10});
        QVERIFY((plane(s.codes) - s.latent2d).cwiseAbs().maxCoeff() < 1e-4f);
    }

private slots:
    void initTestCase() { data_ = test::sampleSlice(300, 40); }

    void sessionFindsTheNearestTrainingImages() {
        TrainingSession session;
        QSignalSpy snapshots(&session, &TrainingSession::snapshot);
        QSignalSpy answers(&session, &TrainingSession::trainNeighbours);
        QSignalSpy finished(&session, &TrainingSession::finished);
        QSignalSpy failed(&session, &TrainingSession::failed);
        session.start(smallConfig(), data_);
        // Asked while the run lasts: answered when it ends, by the model it ends with.
        session.findTrainNeighbours(7);
        QVERIFY(finished.wait(test::scaledMs(30000)));
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, test::scaledMs(10000));
        QCOMPARE(failed.count(), 0);
        const ModelSnapshot last = snapshots.last().first().value<ModelSnapshot>();
        checkTrainNeighbours(answers.last().first().value<TrainNeighbourSnapshot>(), last, 7);

        session.findTrainNeighbours(23);
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, test::scaledMs(10000));
        const TrainNeighbourSnapshot s = answers.last().first().value<TrainNeighbourSnapshot>();
        checkTrainNeighbours(s, last, 23);
        QVERIFY(s.trainKnn > 0 && s.trainKnn <= 1);
        QCOMPARE(s.trainKnnPoints, 300);
    }

    // An opened model: its codes are the model's, and the window's train-kNN is the CLI's.
    void openedModelAndTheCliFigure() {
        Autoencoder trained(smallConfig(), data_->shape);
        Trainer(trained, data_->trainX, data_->testX).run(1);
        const std::string bytes = serializeModel(trained, {}, "sample");
        SavedModel mine = parseModel(bytes, "test");
        auto saved = std::make_shared<SavedModel>(parseModel(bytes, "test"));

        TrainingSession session;
        QSignalSpy snapshots(&session, &TrainingSession::snapshot);
        QSignalSpy answers(&session, &TrainingSession::trainNeighbours);
        session.adoptModel(saved, data_);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 1, test::scaledMs(10000));
        session.findTrainNeighbours(3);
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, test::scaledMs(10000));
        const TrainNeighbourSnapshot s = answers.last().first().value<TrainNeighbourSnapshot>();
        checkTrainNeighbours(s, snapshots.last().first().value<ModelSnapshot>(), 3);
        const Matrix codes = mine.model->encode(s.images);
        QVERIFY((codes - s.codes).cwiseAbs().maxCoeff() < 1e-5f);

        // aelab-cli's report: analyseDistances over the first 1,000 test images (all 40 here).
        const DistanceReport cli = analyseDistances(*mine.model, data_->testX, 1000, &data_->trainX);
        QVERIFY(cli.trainKnn > 0);
        QCOMPARE(s.trainKnn, cli.trainKnn);
        QCOMPARE(s.trainKnnPoints, cli.trainPoints);
    }

    void selectingFillsTheStripsAndTheHighlight() {
        const ModelSnapshot snapshot = handMade();
        LatentView latent;
        NeighbourView view;
        QObject::connect(&latent, &LatentView::probePointClicked, &view, &NeighbourView::selectProbe);
        QObject::connect(&view, &NeighbourView::highlightChanged, &latent, &LatentView::showHighlight);
        QSignalSpy wanted(&view, &NeighbourView::trainNeighboursWanted);
        latent.resize(500, 400);
        view.resize(800, 400);
        latent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&latent));
        latent.showSnapshot(snapshot);
        view.showSnapshot(snapshot);
        latent.flush();
        QCOMPARE(view.probe(), -1);
        QCOMPARE(view.inputGrid()->tileCount(), 0);
        QCOMPARE(latent.highlightPointCount(0), 0);
        // Nothing selected, the marks' legend is empty: it must not narrow the scatter's column
        // (an empty QCPLegend's maximum width hint is its margins).
        QCustomPlot* plot = latent.plot();
        plot->replot();
        const int scatterWidth = plot->axisRect()->width();
        QVERIFY2(scatterWidth > plot->width() / 2, qPrintable(QStringLiteral("scatter %1 of %2 pixels").arg(scatterWidth).arg(plot->width())));

        // A click on point 12 where the scatter draws it.
        const int probe = 12;
        const QPoint at(qRound(plot->xAxis->coordToPixel(snapshot.latent2d(probe, 0))),
                        qRound(plot->yAxis->coordToPixel(snapshot.latent2d(probe, 1))));
        QCOMPARE(latent.probeIndexAt(at), probe);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(view.probe(), probe);

        const ProbeNeighbours expected = probeNeighbours(*snapshot.probeInputs, snapshot.codes, probe, 10);
        QCOMPARE(view.neighbours().input, expected.input);
        QCOMPARE(view.neighbours().code, expected.code);
        QVERIFY(expected.input != expected.code);  // the case shows something
        QCOMPARE(view.selectedGrid()->tileCount(), 1);
        QCOMPARE(view.inputGrid()->tileCount(), 10);
        QCOMPARE(view.codeGrid()->tileCount(), 10);
        for (int j = 0; j < 10; ++j) {
            QCOMPARE(view.inputGrid()->content().columnCaptions[j], QString::number(expected.inputRankInCode[j]));
            QCOMPARE(view.codeGrid()->content().columnCaptions[j], QString::number(expected.codeRankInInput[j]));
            // The tiles are the neighbours' own images.
            const QImage tile = view.inputGrid()->image(j);
            const int pixel = qGray(tile.pixel(1, 0));
            QCOMPARE(pixel, toByte((*snapshot.probeInputs)(expected.input[j], 1)));
        }
        QVERIFY2(view.summary().contains(QStringLiteral("%1 of its 10 nearest").arg(expected.shared)), qPrintable(view.summary()));

        // The scatter marks the point and both neighbourhoods, at their places.
        latent.flush();
        QCOMPARE(latent.highlight().probe, probe);
        QCOMPARE(latent.highlightPointCount(0), 1);
        plot->replot();
        QCOMPARE(plot->axisRect()->width(), scatterWidth);  // the marks' legend is a row above, not a column
        QCOMPARE(latent.highlightPointCount(1), 10);
        QCOMPARE(latent.highlightPointCount(2), 10);
        QCOMPARE(latent.highlightPointCount(3), 0);
        QCPGraph* codeMarks = nullptr;
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->name() == QStringLiteral("code neighbours")) codeMarks = plot->graph(g);
        QVERIFY(codeMarks && !plot->legend->hasItemWithPlottable(codeMarks));  // the marks have a legend of their own
        QCPLegend* marks = qobject_cast<QCPLegend*>(plot->plotLayout()->element(0, 0));
        QVERIFY(marks && marks->visible() && marks->hasItemWithPlottable(codeMarks));
        const auto named = [&](const char* name) {
            for (int g = 0; g < plot->graphCount(); ++g)
                if (plot->graph(g)->name() == QLatin1String(name)) return marks->hasItemWithPlottable(plot->graph(g));
            return false;
        };
        QVERIFY(named("selected") && named("input neighbours") && named("code neighbours"));
        QVERIFY(!named("nearest training"));  // no training images yet
        // Where the code neighbours are drawn (a graph keeps its points sorted by x).
        std::vector<double> xs;
        for (const Eigen::Index i : expected.code) xs.push_back(snapshot.latent2d(i, 0));
        std::sort(xs.begin(), xs.end());
        for (int j = 0; j < 10; ++j) QCOMPARE(codeMarks->data()->at(j)->key, xs[std::size_t(j)]);

        // The training thread is asked once; its answer fills the third strip and the triangles.
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.last().first().toInt(), probe);
        QCOMPARE(view.trainGrid()->tileCount(), 0);
        TrainNeighbourSnapshot train;
        train.probe = probe;
        train.epoch = snapshot.epoch;
        train.inputShape = snapshot.inputShape;
        train.trainKnn = 0.375;
        train.trainKnnPoints = 300;
        train.images = Matrix::Constant(10, 4, 0.5f);
        train.codes.resize(10, 2);
        for (int j = 0; j < 10; ++j) {
            train.indices.push_back(100 + j);
            train.distances.push_back(0.1f * float(j + 1));
            train.labels.push_back(j % 3);
            // Training image j sits at the selected code plus j steps of 0.05.
            train.codes.row(j) = snapshot.codes.row(probe) + Eigen::RowVector2f(0.05f * float(j), 0);
        }
        train.latent2d = train.codes;
        view.showTrainNeighbours(train);
        QCOMPARE(view.trainGrid()->tileCount(), 10);
        QCOMPARE(wanted.count(), 1);  // answered: nothing more to ask
        // Each training code's rank among the probe codes, by brute force.
        for (int j = 0; j < 10; ++j) {
            const float d = (train.codes.row(j) - snapshot.codes.row(probe)).norm();
            int nearer = 0;
            for (int i = 0; i < 40; ++i)
                if (i != probe && (snapshot.codes.row(i) - snapshot.codes.row(probe)).norm() < d) ++nearer;
            QCOMPARE(view.trainRanksInCode()[std::size_t(j)], nearer + 1);
        }
        QCOMPARE(view.trainRanksInCode()[0], 1);  // the very code of the point: nearest of all
        QVERIFY(view.trainKnnText().contains(QStringLiteral("0.375")));
        latent.flush();
        QCOMPARE(latent.highlightPointCount(3), 10);
        QVERIFY(named("nearest training"));

        // An answer about another point is not shown, and the selected one is asked for again.
        view.selectProbe(5);
        QCOMPARE(wanted.count(), 2);
        view.showTrainNeighbours(train);  // the late answer for 12
        QCOMPARE(view.trainGrid()->tileCount(), 0);
        QCOMPARE(wanted.count(), 3);
        QCOMPARE(wanted.last().first().toInt(), 5);

        view.clear();
        latent.flush();
        QCOMPARE(view.probe(), -1);
        QCOMPARE(latent.highlightPointCount(0), 0);
        QVERIFY(!marks->visible());
    }
};

AELAB_UI_TEST_MAIN(TestNeighbourView)
#include "test_neighbour_view.moc"
