#pragma once
// The Lessons panel: the course (ui/lessons/lesson_library.h) one lesson at a time -- its text,
// a Set up button, numbered steps and its checks, each shown passed or not with the value
// measured on the learner's own run, or with what to do first. It draws the facts it is given
// (report JSON, ui/lessons/lesson_facts.h) and never reads a model. Which checks have passed and
// the current lesson are kept in QSettings ("lessons/…").
#include "core/lessons/lesson.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace ae {

class LessonsPanel : public QWidget {
    Q_OBJECT
public:
    // `language` ("en", "ja") picks the lessons' text; `lessons` in the order shown.
    LessonsPanel(std::vector<Lesson> lessons, QString language, QWidget* parent = nullptr);

    const std::vector<Lesson>& lessons() const { return lessons_; }
    int currentLesson() const;
    void setCurrentLesson(int index);
    // The facts the checks read; null: none yet.
    void setRunFacts(const nlohmann::json& run);
    void setSweepFacts(const nlohmann::json& sweep);
    // Lesson `index`'s checks on the facts now.
    std::vector<CheckResult> results(int index) const;
    // Whether check `check` of lesson `index` has ever passed (remembered across sessions).
    bool hasPassed(int index, int check) const;
    // Lesson files that were refused, to show the person.
    void setLoadErrors(const QStringList& errors);
    // Shows the lessons' own texts in `language` ("en", "ja"), at the same lesson.
    void setLanguage(const QString& language);

signals:
    void setupRequested(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void show(int index);
    void refresh();
    void openReport();
    QString checkLine(const LessonCheck& check, const CheckResult& result, bool passedBefore) const;
    void rememberPassed(int index, const std::vector<CheckResult>& results);
    QString title(int index) const;

    std::vector<Lesson> lessons_;
    std::string language_;
    LessonFacts facts_;
    QStringList loadErrors_;
    QComboBox* chooser_;
    QPushButton* setup_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* openReport_;
    QTextBrowser* body_;
    QLabel* progress_;
};

} // namespace ae
