#pragma once
// Every panel and view the window shows, created together, how the views follow the session
// state, and the one table of the docks they go in (the View menu, the default layout and the
// poster follow it).
#include "ui/window/dock_table.h"

#include <QCoreApplication>

#include <vector>

namespace ae {

class AnomalyView;
class ArchitectureView;
class CodeActivityView;
class DataPanel;
class DistortionView;
class DrawView;
class ExplanationPanel;
class FiltersView;
class LatentExplorer;
class LessonsPanel;
class LossView;
class ManifoldView;
class ModelPanel;
class NeighbourView;
class NoiseLadderView;
class ReconstructionView;
class RunHistory;
class RunsView;
class SessionState;
class SweepView;
class TrainingSession;
class TradeoffView;

struct LabViews {
    Q_DECLARE_TR_FUNCTIONS(ae::LabViews)

public:
    // Unparented: the docks built from docks() take them. `history` is what the Runs view lists.
    explicit LabViews(RunHistory* history);
    // The views draw `state`'s progress and snapshots (the window shows its anomalies, raising
    // their dock for the first), and start again when the model is reset or replaced. The noise
    // ladder's choice of noise asks `session` to measure it, the neighbour inspector its training
    // neighbours. Clicking a point of the latent space brings the inspector's dock (of `docks`) to
    // the front.
    void observe(const SessionState& state, TrainingSession& session, const DockTable& docks) const;

    ModelPanel* const modelPanel;
    DataPanel* const dataPanel;
    ExplanationPanel* const explanation;
    LossView* const loss;
    TradeoffView* const tradeoff;
    LatentExplorer* const latent;
    DistortionView* const distortion;
    ManifoldView* const manifold;
    ReconstructionView* const reconstruction;
    FiltersView* const filters;
    CodeActivityView* const activity;
    NoiseLadderView* const noiseLadder;
    NeighbourView* const neighbours;
    ArchitectureView* const architecture;
    AnomalyView* const anomaly;
    DrawView* const draw;
    SweepView* const sweep;
    RunsView* const runs;
    LessonsPanel* const lessons;

    // Layout version for QMainWindow::saveState(): bumped when docks() changes the arrangement,
    // so an old saved state cannot hide new docks.
    static constexpr int kLayoutVersion = 7;
    std::vector<DockSpec> docks() const;
    // "en" or "ja": the language of the lessons' own texts, following the installed translator.
    static QString lessonLanguage();
};

} // namespace ae
