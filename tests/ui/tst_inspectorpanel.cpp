// The inspector against a stored offline run of the focus group: the episodic memory is
// the one the turn's call was made with (read back against the prompt that was sent; the
// turn's own reply is not in it), the engrams the turn's memory search retrieved are shown
// without searching (and checked against the prompt), every step has a cognitive-state row
// that says why nothing changed, and searching works from the keyboard.
#include "helpers/offlinerun.h"
#include "inspectorpanel.h"
#include "models/episodicmodel.h"
#include "store/exampleproject.h"
#include "store/runstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

namespace {

const QString kFocus = QStringLiteral("Focus group: Roundup, a savings app");
const QString kMargit = QStringLiteral("Margit Halvorsen");

QString userMessage(const nlohmann::json &request)
{
    for (const auto &m : request.at("messages"))
        if (m.value("role", std::string()) == "user")
            return QString::fromStdString(m.at("content").get<std::string>());
    return {};
}

QString systemMessage(const nlohmann::json &request)
{
    return QString::fromStdString(request.at("messages")[0].at("content").get<std::string>());
}

} // namespace

class TestInspectorPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void episodicIsTheMemoryTheCallWasMadeWith();
    void retrievedEngramsShownForTheTurn();
    void noSearchSaysWhy();
    void everyStepHasAStateRow();
    void searchFromTheKeyboard();

private:
    void makeInspector(const QString &config);
    LlmCallRecord turnCall(qint64 run, const QString &agent, int step);

    QTemporaryDir m_dir;
    QString m_template;       // a project with two stored runs, copied for every test
    QString m_contextualConfig;
    qint64 m_withSearch = 0;  // run 1: the search before every turn is on
    qint64 m_withoutSearch = 0;
    QString m_path;
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<InspectorPanel> m_inspector;
    std::unique_ptr<QAbstractItemModelTester> m_episodicTester;
    std::unique_ptr<QAbstractItemModelTester> m_hitsTester;
    std::unique_ptr<QAbstractItemModelTester> m_statesTester;
    int m_n = 0;
};

void TestInspectorPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // config.ini with ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL on.
    QFile in(QStringLiteral(TROUPE_SOURCE_DIR "/config.ini"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    QVERIFY(text.contains("ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL=False"));
    text.replace("ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL=False", "ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL=True");
    m_contextualConfig = m_dir.filePath(QStringLiteral("contextual.ini"));
    QFile out(m_contextualConfig);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();

    m_template = m_dir.filePath(QStringLiteral("template.troupe"));
    QVERIFY(openExampleProject(m_template));
    qputenv("TROUPE_CONFIG", m_contextualConfig.toUtf8());
    m_withSearch = test::runOffline(m_template, kFocus, 4);
    QVERIFY(m_withSearch > 0);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    m_withoutSearch = test::runOffline(m_template, kFocus, 4);
    QVERIFY(m_withoutSearch > 0);
}

void TestInspectorPanel::init()
{
    m_path = m_dir.filePath(QStringLiteral("copy%1.troupe").arg(++m_n));
    QVERIFY(QFile::copy(m_template, m_path));
    auto opened = ProjectFile::open(m_path);
    QVERIFY(opened);
    m_project = std::move(opened).value();
}

void TestInspectorPanel::cleanup()
{
    m_statesTester.reset();
    m_hitsTester.reset();
    m_episodicTester.reset();
    m_inspector.reset();
    m_project.reset();
}

void TestInspectorPanel::makeInspector(const QString &config)
{
    qputenv("TROUPE_CONFIG", config.toUtf8()); // read once, when the inspector is made
    m_inspector = std::make_unique<InspectorPanel>();
    m_inspector->setProject(m_project.get());
    m_inspector->resize(700, 500);
    m_inspector->show();
    m_episodicTester = std::make_unique<QAbstractItemModelTester>(m_inspector->episodic(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_hitsTester = std::make_unique<QAbstractItemModelTester>(m_inspector->semanticHits()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_statesTester = std::make_unique<QAbstractItemModelTester>(m_inspector->stateTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

LlmCallRecord TestInspectorPanel::turnCall(qint64 run, const QString &agent, int step)
{
    auto calls = RunStore(*m_project).calls(run, agent, step);
    if (calls)
        for (const LlmCallRecord &c : calls.value())
            if (c.purpose == QLatin1String("turn"))
                return c;
    return {};
}

void TestInspectorPanel::episodicIsTheMemoryTheCallWasMadeWith()
{
    makeInspector(QStringLiteral(TROUPE_SOURCE_DIR "/config.ini"));
    m_inspector->inspect(m_withoutSearch, kMargit, 2);
    EpisodicModel *model = m_inspector->episodic();
    const QString prompt = userMessage(turnCall(m_withoutSearch, kMargit, 2).request);
    QVERIFY(!prompt.isEmpty());
    int marked = 0;
    int after = 0;
    bool replyAfter = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        const QString line = i.data().toString().mid(2); // without the mark
        if (i.data(EpisodicModel::InWindowRole).toBool()) {
            ++marked;
            QVERIFY2(prompt.contains(line), qPrintable(line)); // what is marked is what was sent
        }
        if (i.data(EpisodicModel::AfterCallRole).toBool()) {
            ++after;
            QVERIFY(!i.data(EpisodicModel::InWindowRole).toBool());
            replyAfter = replyAfter || (i.data(EpisodicModel::RoleRole).toString() == QLatin1String("action") && i.data(EpisodicModel::StepRole).toInt() == 2);
        }
    }
    QVERIFY(marked > 0);
    QVERIFY(replyAfter); // her own step-2 reply came after the call
    QCOMPARE(marked, int(model->knownAtCall()) <= 30 ? int(model->knownAtCall()) : 30);
    QVERIFY(m_inspector->episodicNote()->text().contains(QStringLiteral("○")));
    // Her step-2 TALK is in memory, but not in the prompt she answered.
    QVERIFY(after > 0);
}

void TestInspectorPanel::retrievedEngramsShownForTheTurn()
{
    makeInspector(m_contextualConfig);
    m_inspector->inspect(m_withSearch, kMargit, 4);
    QTableWidget *hits = m_inspector->semanticHits();
    QVERIFY2(hits->rowCount() > 0, qPrintable(m_inspector->semanticNote()->text()));
    QVERIFY(hits->rowCount() <= 7); // CONTEXTUAL top 7
    const QString system = systemMessage(turnCall(m_withSearch, kMargit, 4).request);
    QVERIFY(system.contains(QStringLiteral("What comes to mind")));
    for (int r = 0; r < hits->rowCount(); ++r) {
        QCOMPARE(hits->item(r, 0)->text(), QStringLiteral("before the turn"));
        QCOMPARE(hits->item(r, 5)->text(), QStringLiteral("yes"));
        QVERIFY(system.contains(hits->item(r, 4)->text().left(1024))); // read back from the prompt
        QVERIFY(hits->item(r, 3)->text().toInt() < 4); // only engrams it had by then
        if (r > 0)
            QVERIFY(hits->item(r - 1, 1)->text().toDouble() >= hits->item(r, 1)->text().toDouble());
    }
    QVERIFY(m_inspector->semanticNote()->text().contains(QStringLiteral("retrieved for this turn")));
}

void TestInspectorPanel::noSearchSaysWhy()
{
    makeInspector(QStringLiteral(TROUPE_SOURCE_DIR "/config.ini"));
    m_inspector->inspect(m_withoutSearch, kMargit, 1);
    QVERIFY2(m_inspector->semanticNote()->text().contains(QStringLiteral("still empty")), qPrintable(m_inspector->semanticNote()->text()));
    m_inspector->inspect(m_withoutSearch, kMargit, 4);
    QVERIFY2(m_inspector->semanticNote()->text().contains(QStringLiteral("ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL")),
             qPrintable(m_inspector->semanticNote()->text()));
    QVERIFY(m_inspector->semanticHits()->rowCount() > 0); // the engrams it had, to look at and search
}

void TestInspectorPanel::everyStepHasAStateRow()
{
    makeInspector(QStringLiteral(TROUPE_SOURCE_DIR "/config.ini"));
    m_inspector->inspect(m_withoutSearch, kMargit, 4);
    QTableWidget *states = m_inspector->stateTable();
    QCOMPARE(states->rowCount(), 4);
    auto stored = RunStore(*m_project).events(m_withoutSearch, kMargit, QStringLiteral("state"));
    QVERIFY(stored);
    for (int r = 0; r < 4; ++r) {
        QCOMPARE(states->item(r, 0)->text().toInt(), r + 1);
        const bool changed = std::any_of(stored.value().cbegin(), stored.value().cend(), [&](const RunEvent &e) { return e.step == r + 1; });
        const QString note = states->item(r, 1)->text();
        QVERIFY2(changed ? note == QLatin1String("changed") : (note.contains(QStringLiteral("no change")) || note.contains(QStringLiteral("did not act"))),
                 qPrintable(note));
    }
}

void TestInspectorPanel::searchFromTheKeyboard()
{
    makeInspector(QStringLiteral(TROUPE_SOURCE_DIR "/config.ini"));
    m_inspector->inspect(m_withoutSearch, kMargit, 4);
    QTabBar *bar = m_inspector->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
    QCOMPARE(m_inspector->tabs()->currentIndex(), 2);
    QLineEdit *query = m_inspector->queryBox();
    QTest::mouseClick(query, Qt::LeftButton);
    QTest::keyClicks(query, QStringLiteral("privacy and data"));
    QTest::keyClick(query, Qt::Key_Return);
    QTableWidget *hits = m_inspector->semanticHits();
    QVERIFY(hits->rowCount() > 0);
    QCOMPARE(hits->item(0, 0)->text(), QStringLiteral("privacy and data"));
    for (int r = 1; r < hits->rowCount(); ++r)
        QVERIFY(hits->item(r - 1, 1)->text().toDouble() >= hits->item(r, 1)->text().toDouble());
}

QTEST_MAIN(TestInspectorPanel)
#include "tst_inspectorpanel.moc"

