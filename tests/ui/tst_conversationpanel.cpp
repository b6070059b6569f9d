// The conversation panel as a user drives it: kind switches clicked (the moderator stays
// when Heard is off), a stored run loaded in the background with progress while the window
// keeps running, new events batched at most every 100 ms, and a replay scrubbed with the
// slider's keys and played, paused and sped up with the mouse.
#include "conversationpanel.h"
#include "replaybar.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"
#include "store/projectfile.h"
#include "store/runstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace troupe;

namespace {

const QStringList kAgents = {QStringLiteral("Ann"), QStringLiteral("Bo")};

RunEvent event(qint64 seq, int step, const QString &agent, const QString &kind, const QString &type, const QString &content,
               const QString &source = {}, const QString &target = {})
{
    RunEvent e;
    e.seq = seq;
    e.step = step;
    e.time = QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC).addSecs(300LL * step);
    e.agent = agent;
    e.kind = kind;
    e.type = type;
    e.content = content;
    e.source = source;
    e.target = target;
    return e;
}

/** A step: the moderator asks both, Ann thinks and answers Bo, Bo hears her and answers. */
RunEvents step(int n, qint64 &seq)
{
    return {event(seq++, n, QStringLiteral("Ann"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Question %1?").arg(n), QStringLiteral("Moderator")),
            event(seq++, n, QStringLiteral("Bo"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Question %1?").arg(n), QStringLiteral("Moderator")),
            event(seq++, n, QStringLiteral("Ann"), QStringLiteral("action"), QStringLiteral("THINK"), QStringLiteral("hmm %1").arg(n)),
            event(seq++, n, QStringLiteral("Ann"), QStringLiteral("action"), QStringLiteral("TALK"), QStringLiteral("Ann answers %1").arg(n), QStringLiteral("Ann"), QStringLiteral("Bo")),
            event(seq++, n, QStringLiteral("Bo"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Ann answers %1").arg(n), QStringLiteral("Ann")),
            event(seq++, n, QStringLiteral("Bo"), QStringLiteral("action"), QStringLiteral("TALK"), QStringLiteral("Bo answers %1").arg(n), QStringLiteral("Bo"))};
}

RunEvents steps(int count)
{
    qint64 seq = 1;
    RunEvents all;
    for (int n = 1; n <= count; ++n)
        all += step(n, seq);
    return all;
}

/** How many rows the view shows that are events of `step` (headers aside). */
int shownOfStep(ConversationFilter *filter, int step)
{
    int n = 0;
    for (int r = 0; r < filter->rowCount(); ++r) {
        const QModelIndex i = filter->index(r, 0);
        n += i.data(ConversationModel::StepRole).toInt() == step
            && ConversationModel::RowType(i.data(ConversationModel::RowTypeRole).toInt()) == ConversationModel::RowType::Event;
    }
    return n;
}

} // namespace

class TestConversationPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void heardOffKeepsTheModerator();
    void liveEventsAreBatched();
    void storedRunLoadsInTheBackground();
    void scrubWithTheSliderKeys();
    void playPauseAndSpeed();
    void answersAreTheAgentSpeaking();

private:
    std::unique_ptr<ConversationPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestConversationPanel::init()
{
    m_panel = std::make_unique<ConversationPanel>();
    m_panel->resize(560, 700);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(m_panel->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestConversationPanel::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_panel.reset();
}

void TestConversationPanel::heardOffKeepsTheModerator()
{
    m_panel->startLive(kAgents);
    m_panel->appendEvents(steps(1));
    m_panel->flushPending();
    ConversationFilter *filter = m_panel->filter();
    QCOMPARE(filter->rowCount(), 5); // header, "Moderator to everyone" once, thought, two talks
    QToolButton *heard = m_panel->kindButton(ConversationFilter::Stimuli);
    QVERIFY(heard && heard->isChecked());
    QTest::mouseClick(heard, Qt::LeftButton);
    QVERIFY(!heard->isChecked());
    QCOMPARE(filter->rowCount(), 5);
    QCOMPARE(filter->index(1, 0).data(ConversationModel::SourceRole).toString(), QStringLiteral("Moderator"));
    QVERIFY(filter->index(1, 0).data(ConversationModel::EveryoneRole).toBool());
    QTest::mouseClick(m_panel->kindButton(ConversationFilter::Voices), Qt::LeftButton);
    QCOMPARE(filter->rowCount(), 4);
    QTest::mouseClick(m_panel->kindButton(ConversationFilter::Echoes), Qt::LeftButton); // repeats: each listener's copy
    QTest::mouseClick(m_panel->kindButton(ConversationFilter::Voices), Qt::LeftButton);
    QTest::mouseClick(heard, Qt::LeftButton);
    QCOMPARE(filter->rowCount(), 7);
}

void TestConversationPanel::liveEventsAreBatched()
{
    m_panel->startLive(kAgents);
    QList<qint64> inserts;
    QElapsedTimer clock;
    clock.start();
    connect(m_panel->model(), &QAbstractItemModel::rowsInserted, this, [&] { inserts.append(clock.elapsed()); });
    qint64 seq = 1;
    m_panel->appendEvents(step(1, seq));
    QCOMPARE(m_panel->model()->events().size(), 6); // the first batch at once
    for (int n = 2; n <= 40; ++n)
        m_panel->appendEvents(step(n, seq)); // a fast engine: 39 steps within a few milliseconds
    QCOMPARE(m_panel->model()->events().size(), 6);
    QTRY_COMPARE(m_panel->model()->events().size(), 240);
    QCOMPARE(inserts.size(), 2); // one insertion for the 39 steps that came together
    QVERIFY2(inserts[1] - inserts[0] >= 90, qPrintable(QString::number(inserts[1] - inserts[0])));
    QCOMPARE(m_panel->model()->lastStep(), 40);
}

void TestConversationPanel::storedRunLoadsInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.troupe"));
    qint64 runId = 0;
    const int total = 30000;
    {
        auto project = ProjectFile::create(path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error()));
        RunStore::NewRun row;
        row.name = QStringLiteral("long");
        row.seed = 1;
        auto created = RunStore(*project.value()).createRun(row);
        QVERIFY(created);
        runId = created.value();
        QVERIFY(project.value()->transaction([&]() -> Status {
            QSqlQuery q(project.value()->database());
            q.prepare(QStringLiteral("INSERT INTO events (run_id, seq, step, sim_time, agent, kind, type, source, target, content) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const RunEvents all = steps(total / 6);
            for (const RunEvent &e : all) {
                for (const QVariant &v : {QVariant(runId), QVariant(e.seq), QVariant(e.step), QVariant(e.time.toString(Qt::ISODate)),
                                          QVariant(e.agent), QVariant(e.kind), QVariant(e.type), QVariant(e.source), QVariant(e.target),
                                          QVariant(e.content)})
                    q.addBindValue(v);
                if (!q.exec())
                    return Status::failure(sqlError(q));
            }
            return {};
        }).ok());
    }
    // The window's event loop keeps turning while the run loads: a 5 ms timer counts its turns.
    int turns = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++turns; });
    ticker.start(5);
    QList<qint64> inserts;
    QElapsedTimer clock;
    clock.start();
    connect(m_panel->model(), &QAbstractItemModel::rowsInserted, this, [&] { inserts.append(clock.elapsed()); });
    QSignalSpy finished(m_panel.get(), &ConversationPanel::loadFinished);
    m_panel->showStoredRun(path, runId, kAgents);
    QVERIFY(m_panel->isLoading());
    QVERIFY(m_panel->replayBar()->progressBar()->isVisible());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(m_panel->model()->events().size(), qsizetype(total));
    QCOMPARE(m_panel->model()->events().first().seq, 1);
    QCOMPARE(m_panel->model()->events().last().seq, qint64(total)); // in order, none lost
    QVERIFY(turns > 0);
    for (int i = 1; i + 1 < inserts.size(); ++i) // batches at most every 100 ms (the last one comes with the end)
        QVERIFY2(inserts[i] - inserts[i - 1] >= 90, qPrintable(QStringLiteral("%1 ms").arg(inserts[i] - inserts[i - 1])));
    QVERIFY(!m_panel->replayBar()->progressBar()->isVisible());
    QVERIFY(m_panel->replayBar()->slider()->isVisible());
    QCOMPARE(m_panel->replayBar()->slider()->maximum(), total / 6);
}

void TestConversationPanel::scrubWithTheSliderKeys()
{
    m_panel->showEvents(steps(3));
    ReplayBar *replay = m_panel->replayBar();
    QVERIFY(replay->isVisible());
    QSlider *slider = replay->slider();
    QCOMPARE(slider->maximum(), 3);
    QCOMPARE(slider->value(), 3);
    QSignalSpy selected(m_panel.get(), &ConversationPanel::eventSelected);
    QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(slider->width() - 4, slider->height() / 2));
    QTRY_VERIFY(slider->hasFocus());
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(slider->value(), 0);
    QCOMPARE(m_panel->filter()->rowCount(), 0); // nothing before the first step
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(shownOfStep(m_panel->filter(), 1), 4);
    QCOMPARE(shownOfStep(m_panel->filter(), 2), 0);
    QVERIFY(replay->stepLabel()->text().contains(QStringLiteral("1")));
    QVERIFY(!selected.isEmpty()); // the last event shown is selected: the inspector follows
    QCOMPARE(m_panel->view()->currentIndex().data(ConversationModel::StepRole).toInt(), 1);
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(shownOfStep(m_panel->filter(), 3), 4);
}

void TestConversationPanel::playPauseAndSpeed()
{
    m_panel->showEvents(steps(3));
    ReplayBar *replay = m_panel->replayBar();
    QComboBox *speed = replay->speedBox();
    QTest::mouseClick(speed, Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End); // the fastest
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(speed->currentIndex(), speed->count() - 1);
    QSignalSpy selected(m_panel.get(), &ConversationPanel::eventSelected);
    QToolButton *play = replay->playButton();
    QTest::mouseClick(play, Qt::LeftButton); // at the end: plays from the start
    QVERIFY(replay->isPlaying());
    QTRY_VERIFY(m_panel->filter()->rowCount() > 0);
    QVERIFY(m_panel->filter()->rowCount() < 15);
    QTRY_VERIFY(shownOfStep(m_panel->filter(), 2) > 0);
    QTest::mouseClick(play, Qt::LeftButton); // pause
    QVERIFY(!replay->isPlaying());
    const int shown = m_panel->filter()->rowCount();
    QTest::qWait(150);
    QCOMPARE(m_panel->filter()->rowCount(), shown);
    QVERIFY(selected.size() >= shown - 2); // each new event selected as it appears
    QCOMPARE(m_panel->view()->currentIndex().row(), shown - 1);
    QTest::mouseClick(play, Qt::LeftButton); // on to the end
    QTRY_VERIFY_WITH_TIMEOUT(!replay->isPlaying(), 10000);
    QCOMPARE(m_panel->filter()->rowCount(), 15);
    QCOMPARE(replay->slider()->value(), 3);
}

void TestConversationPanel::answersAreTheAgentSpeaking()
{
    m_panel->startLive(kAgents);
    RunEvent question = ::event(1, 1, QStringLiteral("Ann"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"),
                              QStringLiteral("Would you buy it? (1-5)"), QStringLiteral("Interviewer"));
    RunEvent answer = ::event(2, 1, QStringLiteral("Ann"), QStringLiteral("answer"), QStringLiteral("vote"),
                            QStringLiteral("4 — because it is handy"), QStringLiteral("Ann"), QStringLiteral("Interviewer"));
    answer.payload = {{"question", "vote"}, {"value", 4}, {"justification", "because it is handy"}};
    RunEvent missing = ::event(3, 1, QStringLiteral("Bo"), QStringLiteral("answer"), QStringLiteral("vote"),
                             QStringLiteral("(no valid answer)"), QStringLiteral("Bo"), QStringLiteral("Interviewer"));
    missing.payload = {{"question", "vote"}, {"value", nullptr}, {"missing_reason", "value: expected 1 to 5, found \"four\""}};
    m_panel->appendEvents({question, answer, missing});
    m_panel->flushPending();
    ConversationModel *model = m_panel->model();
    const QModelIndex ann = model->index(model->headerRow(1) + 2);
    QCOMPARE(ann.data(ConversationModel::KindRole).toString(), QStringLiteral("answer"));
    QCOMPARE(ann.data(ConversationModel::ColorRole).value<QColor>(), ConversationModel::paletteColor(0));
    QCOMPARE(ann.data(ConversationModel::InitialsRole).toString(), QStringLiteral("A"));
    QCOMPARE(ann.data().toString(), QStringLiteral("Ann answers vote: 4 — because it is handy"));
    QCOMPARE(model->index(model->headerRow(1) + 3).data(ConversationModel::MissingReasonRole).toString(),
             QStringLiteral("value: expected 1 to 5, found \"four\""));
    QVERIFY(model->agents().contains(QStringLiteral("Bo"))); // respondents are in the agent filter

    // Shown with Talk (not System), and hidden with it.
    ConversationFilter *filter = m_panel->filter();
    const QModelIndex shown = filter->mapFromSource(ann);
    QVERIFY(shown.isValid());
    QTest::mouseClick(m_panel->kindButton(ConversationFilter::System), Qt::LeftButton);
    QVERIFY(filter->mapFromSource(ann).isValid());
    QTest::mouseClick(m_panel->kindButton(ConversationFilter::Talk), Qt::LeftButton);
    QVERIFY(!filter->mapFromSource(ann).isValid());
    QTest::mouseClick(m_panel->kindButton(ConversationFilter::Talk), Qt::LeftButton);
    QTest::mouseClick(m_panel->kindButton(ConversationFilter::System), Qt::LeftButton);

    // Painted as Ann speaking: her avatar in her colour, a bubble tinted with it.
    QListView *view = m_panel->view();
    view->scrollTo(filter->mapFromSource(ann));
    QCoreApplication::processEvents();
    const QRect row = view->visualRect(filter->mapFromSource(ann));
    const QImage shot = view->viewport()->grab().toImage();
    const QColor avatar = shot.pixelColor(row.left() + 6 + 4, row.top() + 3 + 14); // inside the circle, left of the initial
    const QColor palette = ConversationModel::paletteColor(0);
    QVERIFY2(std::abs(avatar.red() - palette.red()) < 12 && std::abs(avatar.green() - palette.green()) < 12
                 && std::abs(avatar.blue() - palette.blue()) < 12,
             qPrintable(avatar.name()));
    const QColor bubble = shot.pixelColor(row.left() + 60, row.bottom() - 6); // below the text, inside the bubble
    QVERIFY2(bubble.blue() > bubble.red() + 6, qPrintable(bubble.name())); // a tint of Ann's blue, not a grey note
    if (const QString dir = qEnvironmentVariable("ANSWER_SHOT_DIR"); !dir.isEmpty())
        m_panel->grab().save(dir + QStringLiteral("/answers.png"));
}

QTEST_MAIN(TestConversationPanel)
#include "tst_conversationpanel.moc"
