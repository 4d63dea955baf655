#include "ui/window/lab_views.h"

#include "ui/history/runs_view.h"
#include "ui/lessons/lesson_library.h"
#include "ui/lessons/lessons_panel.h"
#include "ui/panels/data_panel.h"
#include "ui/panels/explanation_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/session/session_state.h"
#include "ui/session/training_session.h"
#include "ui/sweep/sweep_view.h"
#include "ui/window/dock_table.h"

#include <QDockWidget>
#include "ui/views/anomaly_view.h"
#include "ui/views/architecture_view.h"
#include "ui/views/code_activity_view.h"
#include "ui/views/distortion_view.h"
#include "ui/views/draw_view.h"
#include "ui/views/filters_view.h"
#include "ui/views/latent_explorer.h"
#include "ui/views/latent_view.h"
#include "ui/views/loss_view.h"
#include "ui/views/manifold_view.h"
#include "ui/views/neighbour_view.h"
#include "ui/views/noise_ladder_view.h"
#include "ui/views/reconstruction_view.h"
#include "ui/views/tradeoff_view.h"

namespace ae {
namespace {

LessonsPanel* newLessonsPanel() {
    LessonLibrary library = loadLessons(lessonFolders());
    auto* panel = new LessonsPanel(std::move(library.lessons), LabViews::lessonLanguage());
    if (!library.errors.isEmpty()) panel->setLoadErrors(library.errors);
    return panel;
}

} // namespace

// The course in the language the window's translation is in: the Japanese translation renders
// this marker "ja", so the lessons follow whatever translator is installed.
QString LabViews::lessonLanguage() { return tr("en"); }

LabViews::LabViews(RunHistory* history)
    : modelPanel(new ModelPanel), dataPanel(new DataPanel), explanation(new ExplanationPanel), loss(new LossView),
      tradeoff(new TradeoffView), latent(new LatentExplorer), distortion(new DistortionView), manifold(new ManifoldView),
      reconstruction(new ReconstructionView), filters(new FiltersView), activity(new CodeActivityView),
      noiseLadder(new NoiseLadderView), neighbours(new NeighbourView), architecture(new ArchitectureView),
      anomaly(new AnomalyView), draw(new DrawView), sweep(new SweepView), runs(new RunsView(history)), lessons(newLessonsPanel()) {
    // The decoded manifold covers the part of the latent plane the latent view shows.
    QObject::connect(latent->view(), &LatentView::visibleAreaChanged, manifold, &ManifoldView::setVisibleArea);
    QObject::connect(latent->view(), &LatentView::planeChanged, manifold, &ManifoldView::setPlane);
    // The neighbour inspector: a click on a probe point selects it, the scatter marks its neighbours.
    QObject::connect(latent->view(), &LatentView::probePointClicked, neighbours, &NeighbourView::selectProbe);
    QObject::connect(neighbours, &NeighbourView::highlightChanged, latent->view(), &LatentView::showHighlight);
    // The person's drawing (or a sample from the prior) is marked on the latent scatter.
    QObject::connect(draw, &DrawView::markPoint, latent->view(), &LatentView::showMarkedPoint);
    QObject::connect(draw, &DrawView::unmarkPoint, latent->view(), &LatentView::hideMarkedPoint);
    // The Model panel previews its noise on the test images the views will show (the training
    // images when the data has no test set).
    QObject::connect(dataPanel, &DataPanel::datasetChanged, modelPanel, [this] {
        const auto data = dataPanel->dataset();
        if (!data) modelPanel->setPreviewImages(Matrix(), Shape{});
        else modelPanel->setPreviewImages(data->testX.rows() > 0 ? data->testX : data->trainX, data->shape);
    });
}

void LabViews::observe(const SessionState& state, TrainingSession& session, const DockTable& docks) const {
    QObject::connect(&state, &SessionState::progressChanged, loss, &LossView::showProgress);
    QObject::connect(&state, &SessionState::progressChanged, tradeoff, &TradeoffView::showProgress);
    QObject::connect(&state, &SessionState::snapshotChanged, reconstruction, &ReconstructionView::showSnapshot);
    QObject::connect(&state, &SessionState::snapshotChanged, latent, &LatentExplorer::showSnapshot);
    QObject::connect(&state, &SessionState::snapshotChanged, manifold, &ManifoldView::showSnapshot);
    QObject::connect(&state, &SessionState::snapshotChanged, tradeoff, &TradeoffView::showSnapshot);
    QObject::connect(&state, &SessionState::snapshotChanged, distortion, &DistortionView::showSnapshot);
    QObject::connect(&state, &SessionState::snapshotChanged, filters, &FiltersView::showSnapshot);
    QObject::connect(&state, &SessionState::snapshotChanged, activity, &CodeActivityView::showSnapshot);
    QObject::connect(&state, &SessionState::noiseLadderChanged, noiseLadder, &NoiseLadderView::showLadder);
    QObject::connect(noiseLadder, &NoiseLadderView::noiseChosen, &session, &TrainingSession::measureNoiseLadder);
    QObject::connect(&state, &SessionState::snapshotChanged, draw, &DrawView::showSnapshot);
    QObject::connect(draw, &DrawView::inputChanged, &session, &TrainingSession::inspectDrawing);
    QObject::connect(&session, &TrainingSession::drawnInput, draw, &DrawView::showDrawn);
    QObject::connect(&state, &SessionState::anomaliesChanged, draw, [v = draw](const AnomalySnapshot& a) { v->setThreshold(a.bestF1.threshold); });
    QObject::connect(anomaly, &AnomalyView::thresholdChanged, draw, &DrawView::setThreshold);
    QObject::connect(&state, &SessionState::modelAdopted, draw, &DrawView::clearModel);
    QObject::connect(&state, &SessionState::snapshotChanged, neighbours, &NeighbourView::showSnapshot);
    QObject::connect(&state, &SessionState::trainNeighboursChanged, neighbours, &NeighbourView::showTrainNeighbours);
    QObject::connect(neighbours, &NeighbourView::trainNeighboursWanted, &session, &TrainingSession::findTrainNeighbours);
    QObject::connect(latent->view(), &LatentView::probePointClicked, neighbours, [this, &docks] {
        if (QDockWidget* dock = docks.dockOf(neighbours)) dock->raise();
    });
    // The trade-off view keeps its earlier runs: a reset starts a new model, not a new session.
    QObject::connect(&state, &SessionState::modelReset, loss, [this] {
        loss->clear();
        reconstruction->clear();
        latent->clear();
        manifold->clear();
        distortion->clear();
        filters->clear();
        activity->clear();
        noiseLadder->clear();
        neighbours->clear();
        anomaly->clear();
        draw->clearModel();
    });
    QObject::connect(&state, &SessionState::modelAdopted, loss, &LossView::clear);  // the saved curve replaces it
}

// Left: the two panels, one above the other, the explanation a tab beside the data panel (read
// it, then pick the data). Right: the three plots in a row over the image grids, which want the
// full width (as do the Runs table and its comparisons).
std::vector<DockSpec> LabViews::docks() const {
    const auto always = [] { return true; };
    const Qt::DockWidgetArea left = Qt::LeftDockWidgetArea, right = Qt::RightDockWidgetArea;
    const Qt::Orientation below = Qt::Vertical, beside = Qt::Horizontal;
    // clang-format off
    return {
        // widget          title                          object name                          area   placed  tab with                           size (w, h)       scroll poster  flush  run
        {modelPanel,     tr("Model"),                   QStringLiteral("modelDock"),          left,  below,  {},                                {390, 620},       true,  {},     {}, false},
        {dataPanel,      tr("Data"),                    QStringLiteral("dataDock"),           left,  below,  {},                                {0, 320},         true,  {},     {}, false},
        {explanation,    tr("Explain"),                 QStringLiteral("explanationDock"),    left,  below,  QStringLiteral("dataDock"),        {},               false, {},     {}, false},
        {lessons,        tr("Lessons"),                 QStringLiteral("lessonsDock"),        left,  below,  QStringLiteral("dataDock"),        {},               false, {},     {}, false},
        {loss,           tr("Loss"),                    QStringLiteral("lossDock"),           right, beside, {},                                {360, 520},       false, always, [v = loss] { v->flush(); }, true},
        {tradeoff,       tr("Trade-off λ_d"),           QStringLiteral("tradeoffDock"),       right, beside, QStringLiteral("lossDock"),        {},               false, always, {}, false},
        {latent,         tr("Latent space"),            QStringLiteral("latentDock"),         right, beside, {},                                {500, 0},         false, always, [v = latent->view()] { v->flush(); }, true},
        {distortion,     tr("Distance distortion"),     QStringLiteral("distortionDock"),     right, beside, {},                                {340, 0},         false, always, [v = distortion] { v->flush(); }, true},
        {manifold,       tr("Decoded manifold"),        QStringLiteral("manifoldDock"),       right, beside, QStringLiteral("distortionDock"),  {},               false, always, [v = manifold] { v->flush(); }, true},
        {reconstruction, tr("Reconstructions"),         QStringLiteral("reconstructionDock"), right, below,  {},                                {0, 400},         false, always, {}, true},
        {filters,        tr("Filters"),                 QStringLiteral("filtersDock"),        right, below,  QStringLiteral("reconstructionDock"), {},            false, always, {}, true},
        {activity,       tr("Code activity"),           QStringLiteral("activityDock"),       right, below,  QStringLiteral("reconstructionDock"), {},            true,  always, [v = activity] { v->flush(); }, true},
        {noiseLadder,    tr("Noise ladder"),            QStringLiteral("noiseLadderDock"),    right, below,  QStringLiteral("reconstructionDock"), {},            false, always, [v = noiseLadder] { v->flush(); }, true},
        {neighbours,     tr("Neighbours"),              QStringLiteral("neighboursDock"),     right, below,  QStringLiteral("reconstructionDock"), {},            false, [v = neighbours] { return v->probe() >= 0; }, {}, true},
        {architecture,   tr("Architecture"),            QStringLiteral("architectureDock"),   right, below,  QStringLiteral("reconstructionDock"), {},            false, always, {}, false},
        {anomaly,        tr("Anomalies"),               QStringLiteral("anomalyDock"),        right, below,  QStringLiteral("reconstructionDock"), {},            false, always, [v = anomaly] { v->flush(); }, true},
        {draw,           tr("Draw"),                    QStringLiteral("drawDock"),           right, below,  QStringLiteral("reconstructionDock"), {},            false, {},     {}, true},
        {sweep,          tr("Sweep"),                   QStringLiteral("sweepDock"),          right, below,  QStringLiteral("reconstructionDock"), {},            false, [v = sweep] { return v->hasRuns(); }, [v = sweep] { v->flush(); }, false},
        {runs,           tr("Runs"),                    QStringLiteral("runsDock"),           right, below,  QStringLiteral("reconstructionDock"), {},            false, {},     {}, false},
    };
    // clang-format on
}

} // namespace ae
