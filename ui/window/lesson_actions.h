#pragma once
// Connects the Lessons panel to the window: Set up loads a lesson's configuration into the
// Model panel, its data and normal classes into the Data panel, shows and raises the docks it
// names and starts its sweep once the data is there; the panel's facts follow the session state
// and the sweep's runs (ui/lessons/lesson_facts.h), refreshed on a short timer.
#include <QObject>
#include <QTimer>

namespace ae {

class LessonsPanel;
class MainWindow;

class LessonActions : public QObject {
    Q_OBJECT
public:
    // `window` must hold a LessonsPanel (its dock) and outlive this.
    explicit LessonActions(MainWindow* window);

    // What the Set up button does, for lesson `index` of the panel.
    void setUp(int index);

private:
    void startSweepWhenDataIsReady(int index);

    MainWindow* window_;
    LessonsPanel* panel_;
    QTimer runTimer_, sweepTimer_;
    QMetaObject::Connection pendingSweep_;
};

} // namespace ae
