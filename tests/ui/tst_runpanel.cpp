// The run panel clicked as a user does: with no run, Run and Step ask for the selected
// scenario; with a prepared offline run, Step runs one step, Run runs on and Pause stops
// after the step in progress, Stop ends it; buttons are enabled only when they can act.
#include "runpanel.h"
#include "session/runsession.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/scenariostore.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestRunPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutARunItAsksForTheScenario();
    void stepRunPauseStop();

private:
    bool openSession(int steps);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<RunPanel> m_panel;
    std::unique_ptr<RunSession> m_session;
};

void TestRunPanel::initTestCase()
{
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
}

void TestRunPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("study.troupe"));
    QVERIFY(openExampleProject(m_path));
    m_panel = std::make_unique<RunPanel>();
    m_panel->resize(520, 140);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRunPanel::cleanup()
{
    m_panel.reset();
    m_session.reset(); // after the panel: it only follows the session
    m_dir.reset();
}

bool TestRunPanel::openSession(int steps)
{
    auto project = ProjectFile::open(m_path);
    if (!project)
        return false;
    auto design = ScenarioStore(*project.value()).load(QStringLiteral("Focus group: Roundup, a savings app"));
    if (!design)
        return false;
    RunRequest request;
    request.projectPath = m_path;
    request.scenario = ScenarioStore::resolve(design.value(), PersonaStore(*project.value())).scenario;
    request.endpoint.provider = QStringLiteral("offline");
    request.steps = steps;
    m_session = std::make_unique<RunSession>();
    m_panel->setSession(m_session.get());
    QSignalSpy opened(m_session.get(), &RunSession::opened);
    m_session->open(request);
    return opened.wait(20000);
}

void TestRunPanel::withoutARunItAsksForTheScenario()
{
    QVERIFY(!m_panel->runButton()->isEnabled()); // nothing selected to run
    QVERIFY(!m_panel->pauseButton()->isEnabled());
    QVERIFY(!m_panel->stopButton()->isEnabled());
    m_panel->setCanStart(true, QStringLiteral("Focus group"));
    QVERIFY(m_panel->runButton()->isEnabled());
    QVERIFY(m_panel->stepButton()->isEnabled());
    QSignalSpy start(m_panel.get(), &RunPanel::startRequested);
    QTest::mouseClick(m_panel->runButton(), Qt::LeftButton);
    QTest::mouseClick(m_panel->stepButton(), Qt::LeftButton);
    QCOMPARE(start.size(), 2);
    QCOMPARE(start.at(0).at(0).toBool(), false);
    QCOMPARE(start.at(1).at(0).toBool(), true);
}

void TestRunPanel::stepRunPauseStop()
{
    QVERIFY(openSession(6));
    QTRY_VERIFY(m_panel->runButton()->isEnabled());
    QVERIFY(!m_panel->pauseButton()->isEnabled());
    QTest::mouseClick(m_panel->stepButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == RunSession::State::Paused, 20000);
    QCOMPARE(m_session->progress().stepsDone, 1);
    QCOMPARE(m_panel->progressBar()->value(), 1);
    QVERIFY(m_panel->progressBar()->text().contains(QStringLiteral("1")));
    QVERIFY(m_panel->runButton()->isEnabled());
    QVERIFY(m_panel->stopButton()->isEnabled());
    QTest::mouseClick(m_panel->runButton(), Qt::LeftButton);
    QTRY_VERIFY(m_session->state() == RunSession::State::Running || m_session->progress().stepsDone > 1);
    if (m_session->state() == RunSession::State::Running) {
        QVERIFY(m_panel->pauseButton()->isEnabled());
        QTest::mouseClick(m_panel->pauseButton(), Qt::LeftButton); // after the step in progress
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() != RunSession::State::Running, 20000);
    QVERIFY(m_session->progress().stepsDone >= 2);
    if (m_session->state() == RunSession::State::Paused) {
        QVERIFY(m_panel->statusLabel()->text().startsWith(QStringLiteral("Paused")));
        QTest::mouseClick(m_panel->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == RunSession::State::Finished, 20000);
    }
    QVERIFY(!m_panel->pauseButton()->isEnabled());
    QVERIFY(!m_panel->stopButton()->isEnabled());
}

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
