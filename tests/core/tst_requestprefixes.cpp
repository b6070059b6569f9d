// Requests stored as a shared prefix plus the rest: every stored request reads back byte
// for byte (through RunStore and through the llm_call_requests view), a prefix is written
// once per agent, a rolled-back step leaves no reference to a prefix that was not kept,
// removing a run removes only prefixes nothing else uses, and a merge carries them along.
#include "experiment/projectmerge.h"
#include "store/projectfile.h"
#include "store/runstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestRequestPrefixes : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void storedOnceAndReadBackWhole();
    void aRolledBackPrefixIsNotReferenced();
    void removingARunKeepsPrefixesInUse();
    void mergeCarriesPrefixes();
    void aMissingPrefixIsAnError();
    void aRemovedRunsIdStartsAfresh();

private:
    /** A request as its JSON text: a long head that stays, then what changes each step. */
    static std::string request(const std::string &agent, const std::string &head, int step);
    static LlmCallRecord call(const QString &agent, int step, const std::string &text);
    static Status commit(RunStore &store, qint64 run, int step, std::vector<LlmCallRecord> calls);
    /** The run's stored requests, whole, in the order they were written. */
    static QStringList stored(ProjectFile &project, qint64 run);
    static int count(ProjectFile &project, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectFile> m_project;
};

std::string TestRequestPrefixes::request(const std::string &agent, const std::string &head, int step)
{
    std::string instructions = "You are " + agent + ".";
    for (int i = 0; i < 12; ++i)
        instructions += "\\n\\n# Part " + std::to_string(i) + "\\n" + head + std::string(120, char('a' + i));
    return R"({"max_tokens":100,"messages":[{"content":")" + instructions + "\\n\\n# Now\\nStep " + std::to_string(step)
           + R"(","role":"system"}],"model":"m","temperature":1.0})";
}

LlmCallRecord TestRequestPrefixes::call(const QString &agent, int step, const std::string &text)
{
    LlmCallRecord r;
    r.step = step;
    r.agent = agent;
    r.purpose = QStringLiteral("turn");
    r.provider = QStringLiteral("vllm");
    r.model = QStringLiteral("m");
    r.requestText = std::make_shared<const std::string>(text);
    r.requestHash = QStringLiteral("%1-%2").arg(agent).arg(step);
    r.response = QStringLiteral("{}");
    r.ok = true;
    return r;
}

Status TestRequestPrefixes::commit(RunStore &store, qint64 run, int step, std::vector<LlmCallRecord> calls)
{
    StepCommit c;
    c.stepsDone = step;
    c.calls = std::move(calls);
    AgentSnapshot a;
    a.name = QStringLiteral("Ada");
    a.state = {{"step", step}};
    c.agents.push_back(std::move(a));
    return store.commitStep(run, c);
}

QStringList TestRequestPrefixes::stored(ProjectFile &project, qint64 run)
{
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral("SELECT request FROM llm_call_requests WHERE run_id = ? ORDER BY call_id"));
    q.addBindValue(run);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

int TestRequestPrefixes::count(ProjectFile &project, const QString &sql)
{
    QSqlQuery q(project.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestRequestPrefixes::init()
{
    m_project.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto p = ProjectFile::create(m_dir->filePath(QStringLiteral("p.troupe")));
    QVERIFY2(p, qPrintable(p.error()));
    m_project = std::move(p).value();
}

void TestRequestPrefixes::storedOnceAndReadBackWhole()
{
    RunStore store(*m_project);
    const qint64 run = store.createRun({}).value();
    QStringList want;
    for (int step = 1; step <= 3; ++step) {
        const std::string ada = request("Ada", "likes tea", step), bo = request("Bo", "likes coffee", step);
        want << QString::fromStdString(ada) << QString::fromStdString(bo);
        const Status s = commit(store, run, step, {call(QStringLiteral("Ada"), step, ada), call(QStringLiteral("Bo"), step, bo)});
        QVERIFY2(s, qPrintable(s.error()));
    }
    QCOMPARE(stored(*m_project, run), want);
    // One prefix per agent; the first call of each is whole, the later ones only their end.
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM request_prefixes")), 2);
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM llm_calls WHERE request_prefix IS NULL")), 2);
    QVERIFY(count(*m_project, QStringLiteral("SELECT MAX(length(request)) FROM llm_calls WHERE step > 1")) < 100);

    const auto calls = store.calls(run, QStringLiteral("Ada"), -1);
    QVERIFY2(calls, qPrintable(calls.error()));
    QCOMPARE(calls.value().size(), size_t(3));
    for (int step = 1; step <= 3; ++step)
        QVERIFY(calls.value()[size_t(step - 1)].request == nlohmann::json::parse(request("Ada", "likes tea", step)));
}

void TestRequestPrefixes::aRolledBackPrefixIsNotReferenced()
{
    RunStore store(*m_project);
    const qint64 run = store.createRun({}).value();
    QStringList want;
    for (int step = 1; step <= 2; ++step) {
        want << QString::fromStdString(request("Ada", "likes tea", step));
        QVERIFY(commit(store, run, step, {call(QStringLiteral("Ada"), step, want.last().toStdString())}));
    }
    // The head changes past its first paragraphs: a new, shorter prefix is written in a
    // step that then fails and is rolled back.
    const auto changed = [](int step) {
        std::string t = request("Ada", "likes tea", step);
        const size_t at = t.find("# Part 9");
        return t.replace(at, 8, "# Part 9 (changed)");
    };
    QSqlQuery q(m_project->database());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON agent_states WHEN NEW.step = 3 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    const Status failed = commit(store, run, 3, {call(QStringLiteral("Ada"), 3, changed(3))});
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QLatin1String("refused for the test")), qPrintable(failed.error()));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM request_prefixes")), 1);

    // The same step again, and the next: both read back whole.
    for (int step = 3; step <= 4; ++step) {
        want << QString::fromStdString(changed(step));
        const Status s = commit(store, run, step, {call(QStringLiteral("Ada"), step, changed(step))});
        QVERIFY2(s, qPrintable(s.error()));
    }
    QCOMPARE(stored(*m_project, run), want);
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM llm_calls WHERE request_prefix IS NOT NULL "
                                              "AND request_prefix NOT IN (SELECT hash FROM request_prefixes)")), 0);
}

void TestRequestPrefixes::removingARunKeepsPrefixesInUse()
{
    qint64 runs[2] = {};
    for (int i = 0; i < 2; ++i) {
        RunStore store(*m_project);
        runs[i] = store.createRun({}).value();
        for (int step = 1; step <= 2; ++step) {
            std::vector<LlmCallRecord> calls{call(QStringLiteral("Bo"), step, request("Bo", "likes coffee", step))};
            if (i == 0)
                calls.push_back(call(QStringLiteral("Ada"), step, request("Ada", "likes tea", step)));
            QVERIFY(commit(store, runs[i], step, std::move(calls)));
        }
    }
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM request_prefixes")), 2); // Bo's is shared
    const QStringList second = stored(*m_project, runs[1]);
    QVERIFY(RunStore(*m_project).removeRun(runs[0]));
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM request_prefixes")), 1);
    QCOMPARE(stored(*m_project, runs[1]), second);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.last(), QString::fromStdString(request("Bo", "likes coffee", 2)));
}

void TestRequestPrefixes::mergeCarriesPrefixes()
{
    RunStore store(*m_project);
    const qint64 run = store.createRun({}).value();
    for (int step = 1; step <= 3; ++step)
        QVERIFY(commit(store, run, step, {call(QStringLiteral("Ada"), step, request("Ada", "likes tea", step))}));
    const QStringList before = stored(*m_project, run);
    const QString path = m_project->path();
    m_project.reset();
    const QString out = m_dir->filePath(QStringLiteral("merged.troupe"));
    const auto merged = mergeProjects({path}, out);
    QVERIFY2(merged, qPrintable(merged.error()));
    auto opened = ProjectFile::open(out);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(stored(*opened.value(), 1), before);
}

void TestRequestPrefixes::aMissingPrefixIsAnError()
{
    RunStore store(*m_project);
    const qint64 run = store.createRun({}).value();
    for (int step = 1; step <= 2; ++step)
        QVERIFY(commit(store, run, step, {call(QStringLiteral("Ada"), step, request("Ada", "likes tea", step))}));
    QSqlQuery q(m_project->database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM request_prefixes")));
    const auto calls = store.calls(run, QStringLiteral("Ada"), -1);
    QVERIFY(!calls);
    QVERIFY2(calls.error().contains(QLatin1String("request_prefixes")), qPrintable(calls.error()));
    QCOMPARE(stored(*m_project, run).value(1), QString()); // the view shows nothing, never a cut request
}

void TestRequestPrefixes::aRemovedRunsIdStartsAfresh()
{
    // The newest run removed, its id is given to the next run, written by the same store.
    RunStore store(*m_project);
    const qint64 first = store.createRun({}).value();
    for (int step = 1; step <= 2; ++step)
        QVERIFY(commit(store, first, step, {call(QStringLiteral("Ada"), step, request("Ada", "likes tea", step))}));
    QVERIFY(store.removeRun(first));
    const qint64 second = store.createRun({}).value();
    QCOMPARE(second, first);
    QStringList want;
    for (int step = 1; step <= 2; ++step) {
        want << QString::fromStdString(request("Ada", "likes tea", step));
        QVERIFY(commit(store, second, step, {call(QStringLiteral("Ada"), step, want.last().toStdString())}));
    }
    QCOMPARE(stored(*m_project, second), want);
    QVERIFY(store.calls(second, QStringLiteral("Ada"), -1));
}

QTEST_GUILESS_MAIN(TestRequestPrefixes)
#include "tst_requestprefixes.moc"
