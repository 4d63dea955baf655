#include "ui/lessons/lessons_panel.h"

#include <QEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ae {
namespace {

QString settingsKey(const Lesson& lesson) { return QStringLiteral("lessons/passed/") + QString::fromStdString(lesson.id); }

QString html(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

} // namespace

LessonsPanel::LessonsPanel(std::vector<Lesson> lessons, QString language, QWidget* parent)
    : QWidget(parent),
      lessons_(std::move(lessons)),
      language_(language.toStdString()),
      chooser_(new QComboBox),
      setup_(new QPushButton),
      previous_(new QPushButton),
      next_(new QPushButton),
      openReport_(new QPushButton),
      body_(new QTextBrowser),
      progress_(new QLabel) {
    auto* openReport = openReport_;
    chooser_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    chooser_->setMinimumContentsLength(12);
    progress_->setWordWrap(true);
    body_->setOpenLinks(false);

    auto* top = new QHBoxLayout;
    top->addWidget(previous_);
    top->addWidget(chooser_, 1);
    top->addWidget(next_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(setup_);
    buttons->addWidget(openReport);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(body_, 1);
    layout->addWidget(progress_);

    for (int i = 0; i < int(lessons_.size()); ++i) chooser_->addItem(title(i));
    connect(chooser_, &QComboBox::currentIndexChanged, this, &LessonsPanel::show);
    connect(previous_, &QPushButton::clicked, this, [this] { setCurrentLesson(currentLesson() - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { setCurrentLesson(currentLesson() + 1); });
    connect(setup_, &QPushButton::clicked, this, [this] {
        if (currentLesson() >= 0) emit setupRequested(currentLesson());
    });
    connect(openReport, &QPushButton::clicked, this, &LessonsPanel::openReport);

    const QString current = QSettings().value(QStringLiteral("lessons/current")).toString();
    int start = 0;
    for (int i = 0; i < int(lessons_.size()); ++i)
        if (QString::fromStdString(lessons_[i].id) == current) start = i;
    setCurrentLesson(start);
    retranslateUi();
}

void LessonsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void LessonsPanel::setLanguage(const QString& language) {
    if (language.toStdString() == language_) return;
    language_ = language.toStdString();
    retranslateUi();
}

// The buttons, then the lessons' titles and the lesson shown, at the same lesson and with the
// same facts: only the words change.
void LessonsPanel::retranslateUi() {
    setup_->setText(tr("Set up"));
    setup_->setToolTip(tr("Load this lesson's configuration, data and normal classes, and show the views it talks about"));
    previous_->setText(tr("◀"));
    previous_->setToolTip(tr("Previous lesson"));
    next_->setText(tr("▶"));
    next_->setToolTip(tr("Next lesson"));
    openReport_->setText(tr("Check a report…"));
    openReport_->setToolTip(tr("Evaluate the checks on a report written by aelab-cli train or sweep --report"));
    for (int i = 0; i < chooser_->count(); ++i) chooser_->setItemText(i, title(i));
    show(currentLesson());
}

int LessonsPanel::currentLesson() const { return chooser_->currentIndex(); }

void LessonsPanel::setCurrentLesson(int index) {
    if (index >= 0 && index < int(lessons_.size())) chooser_->setCurrentIndex(index);
}

void LessonsPanel::setRunFacts(const nlohmann::json& run) {
    facts_.run = run;
    refresh();
}

void LessonsPanel::setSweepFacts(const nlohmann::json& sweep) {
    facts_.sweep = sweep;
    refresh();
}

void LessonsPanel::setLoadErrors(const QStringList& errors) {
    loadErrors_ = errors;
    refresh();
}

std::vector<CheckResult> LessonsPanel::results(int index) const {
    std::vector<CheckResult> r;
    if (index < 0 || index >= int(lessons_.size())) return r;
    for (const LessonCheck& check : lessons_[index].checks) r.push_back(evaluateCheck(lessons_[index], check, facts_));
    return r;
}

bool LessonsPanel::hasPassed(int index, int check) const {
    if (index < 0 || index >= int(lessons_.size())) return false;
    return QSettings().value(settingsKey(lessons_[index])).toStringList().contains(QString::number(check));
}

QString LessonsPanel::title(int index) const {
    const Lesson& l = lessons_[index];
    bool all = !l.checks.empty();
    for (int c = 0; c < int(l.checks.size()); ++c) all = all && hasPassed(index, c);
    return QStringLiteral("%1. %2%3").arg(l.order).arg(QString::fromStdString(l.title.in(language_)), all ? QStringLiteral("  ✓") : QString());
}

void LessonsPanel::show(int index) {
    if (index < 0) return;
    QSettings().setValue(QStringLiteral("lessons/current"), QString::fromStdString(lessons_[index].id));
    previous_->setEnabled(index > 0);
    next_->setEnabled(index + 1 < int(lessons_.size()));
    refresh();
}

QString LessonsPanel::checkLine(const LessonCheck& check, const CheckResult& result, bool passedBefore) const {
    const QString sentence = html(checkSentence(check, result, language_));
    switch (result.status) {
    case CheckResult::Status::Passed:
        return QStringLiteral("<span style='color:#1a7f37'>✓</span> %1").arg(sentence);
    case CheckResult::Status::Failed:
        return QStringLiteral("<span style='color:#c62828'>✗</span> %1").arg(sentence);
    case CheckResult::Status::NotYet:
        break;
    }
    QString todo = html(check.needs.in(language_));
    if (todo.isEmpty() || result.missing == "lesson-run") {
        if (result.missing == "sweep") todo = tr("run the lesson's sweep first (Set up starts it)");
        else if (result.missing == "lesson-run") todo = tr("the run shown is not this lesson's: press Set up, then Train");
        else todo = tr("train first");
    }
    const QString before = passedBefore ? tr(" (passed before)") : QString();
    return QStringLiteral("<span style='color:#777'>○</span> %1 <i>— %2</i>%3").arg(sentence, todo, before);
}

void LessonsPanel::rememberPassed(int index, const std::vector<CheckResult>& results) {
    QSettings settings;
    QStringList passed = settings.value(settingsKey(lessons_[index])).toStringList();
    const int before = passed.size();
    for (int c = 0; c < int(results.size()); ++c)
        if (results[c].status == CheckResult::Status::Passed && !passed.contains(QString::number(c))) passed << QString::number(c);
    if (passed.size() == before) return;
    settings.setValue(settingsKey(lessons_[index]), passed);
    chooser_->setItemText(index, title(index));
}

void LessonsPanel::refresh() {
    const int index = currentLesson();
    if (index < 0) {
        body_->setHtml(loadErrors_.isEmpty() ? tr("No lessons were found.") : loadErrors_.join(QStringLiteral("<br>")).toHtmlEscaped());
        return;
    }
    // Every lesson's passes are remembered, not only the one shown.
    for (int i = 0; i < int(lessons_.size()); ++i) rememberPassed(i, results(i));
    const Lesson& l = lessons_[index];
    const auto checks = results(index);
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(html(l.title.in(language_)), html(l.text.in(language_)));
    text += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Steps"));
    for (const LessonText& step : l.steps) text += QStringLiteral("<li>%1</li>").arg(html(step.in(language_)));
    text += QStringLiteral("</ol><p><b>%1</b></p><ul style='list-style-type:none'>").arg(tr("Checks on your run"));
    int passed = 0;
    for (int c = 0; c < int(checks.size()); ++c) {
        passed += checks[c].status == CheckResult::Status::Passed;
        text += QStringLiteral("<li>%1</li>").arg(checkLine(l.checks[c], checks[c], hasPassed(index, c)));
    }
    text += QStringLiteral("</ul>");
    if (!loadErrors_.isEmpty())
        text += QStringLiteral("<p style='color:#c62828'>%1<br>%2</p>").arg(tr("Lesson files left out:"), loadErrors_.join(QStringLiteral("<br>")).toHtmlEscaped());
    const int scroll = body_->verticalScrollBar() ? body_->verticalScrollBar()->value() : 0;
    body_->setHtml(text);
    if (body_->verticalScrollBar()) body_->verticalScrollBar()->setValue(scroll);
    int lessonsDone = 0;
    for (int i = 0; i < int(lessons_.size()); ++i) lessonsDone += title(i).endsWith(QStringLiteral("✓"));
    progress_->setText(tr("Checks passed now: %1 of %2 · lessons completed: %3 of %4")
                           .arg(passed)
                           .arg(checks.size())
                           .arg(lessonsDone)
                           .arg(lessons_.size()));
}

void LessonsPanel::openReport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Check a report"), {}, tr("Reports (*.json)"));
    if (path.isEmpty()) return;
    QFile file(path);
    nlohmann::json report = file.open(QIODevice::ReadOnly) ? nlohmann::json::parse(file.readAll().toStdString(), nullptr, false) : nullptr;
    if (!report.is_object()) {
        progress_->setText(tr("\"%1\" is not a report").arg(path));
        return;
    }
    // A sweep report lists its runs; a train report is one run.
    if (report.contains("runs")) setSweepFacts(report);
    else setRunFacts(report);
}

} // namespace ae
