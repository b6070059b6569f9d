// The project's call cache: a call stored in the file is found by its hash, one that is not
// is a miss (without a query: the hashes are read once), calls that come back through the
// cache or are handed to the run's writer are found from then on, and only usable calls
// are served.
#include "store/projectcallcache.h"
#include "store/projectfile.h"
#include "store/runstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestProjectCallCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void findsStoredCallsOnly();
    void learnsWhatComesBackThroughIt();
    void findsCallsNotWrittenYet();
    void worksWithoutTheHashList();

private:
    static LlmCallRecord call(const QString &hash, const QString &response, bool ok = true);
    Status store(std::vector<LlmCallRecord> calls);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectFile> m_project;
    qint64 m_run = 0;
};

LlmCallRecord TestProjectCallCache::call(const QString &hash, const QString &response, bool ok)
{
    LlmCallRecord c;
    c.step = 1;
    c.agent = QStringLiteral("Ana");
    c.purpose = QStringLiteral("turn");
    c.model = QStringLiteral("m");
    c.request = {{"messages", hash.toStdString()}};
    c.requestHash = hash;
    c.response = response;
    c.ok = ok;
    c.error = ok ? QString() : QStringLiteral("500");
    return c;
}

Status TestProjectCallCache::store(std::vector<LlmCallRecord> calls)
{
    return RunStore(*m_project).storeCalls(m_run, calls);
}

void TestProjectCallCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto p = ProjectFile::create(m_dir->filePath(QStringLiteral("c.troupe")));
    QVERIFY2(p, qPrintable(p.error()));
    m_project = std::move(p).value();
    RunStore::NewRun n;
    n.name = QStringLiteral("r");
    auto id = RunStore(*m_project).createRun(n);
    QVERIFY2(id, qPrintable(id.error()));
    m_run = id.value();
}

void TestProjectCallCache::findsStoredCallsOnly()
{
    QVERIFY(store({call(QStringLiteral("h-ok"), QStringLiteral("yes")), call(QStringLiteral("h-failed"), QString(), false)}).ok());
    ProjectCallCache cache(*m_project);
    const auto hit = cache.findChat(QStringLiteral("h-ok"));
    QVERIFY(hit);
    QCOMPARE(hit->content, QStringLiteral("yes"));
    QCOMPARE(hit->model, QStringLiteral("m"));
    QVERIFY(hit->fromCache);
    QVERIFY(!cache.findChat(QStringLiteral("h-failed"))); // stored, but not a usable reply
    QVERIFY(!cache.findChat(QStringLiteral("h-never")));
}

void TestProjectCallCache::learnsWhatComesBackThroughIt()
{
    ProjectCallCache cache(*m_project);
    QVERIFY(!cache.findChat(QStringLiteral("h-later"))); // the hashes are read here: none yet
    // Stored by the run's call log after it came back through this cache: found.
    llm::ChatReply reply;
    reply.ok = true;
    reply.content = QStringLiteral("later");
    cache.remember(QStringLiteral("h-later"), reply);
    QVERIFY(store({call(QStringLiteral("h-later"), QStringLiteral("later"))}).ok());
    const auto hit = cache.findChat(QStringLiteral("h-later"));
    QVERIFY(hit);
    QCOMPARE(hit->content, QStringLiteral("later"));
    // Stored meanwhile by something else: not seen by this cache (asked of the model again).
    QVERIFY(store({call(QStringLiteral("h-elsewhere"), QStringLiteral("x"))}).ok());
    QVERIFY(!cache.findChat(QStringLiteral("h-elsewhere")));
    QVERIFY(ProjectCallCache(*m_project).findChat(QStringLiteral("h-elsewhere"))); // a new run's cache sees it
}

void TestProjectCallCache::findsCallsNotWrittenYet()
{
    ProjectCallCache cache(*m_project);
    QVERIFY(!cache.findChat(QStringLiteral("h-queued")));
    cache.addUnwritten({call(QStringLiteral("h-queued"), QStringLiteral("queued")), call(QStringLiteral("h-bad"), QString(), false)});
    const auto hit = cache.findChat(QStringLiteral("h-queued"));
    QVERIFY(hit);
    QCOMPARE(hit->content, QStringLiteral("queued"));
    QVERIFY(!cache.findChat(QStringLiteral("h-bad")));
    // Once written it comes from the file, and the copy in memory goes.
    QVERIFY(store({call(QStringLiteral("h-queued"), QStringLiteral("queued"))}).ok());
    cache.forgetWrittenUpTo(1);
    QVERIFY(cache.findChat(QStringLiteral("h-queued")));
}

void TestProjectCallCache::worksWithoutTheHashList()
{
    // Where the hashes cannot be read (the table is gone), every lookup asks SQLite, and a
    // lookup that fails is a miss, not a crash.
    QVERIFY(store({call(QStringLiteral("h-ok"), QStringLiteral("yes"))}).ok());
    QSqlQuery q(m_project->database());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE llm_calls RENAME TO llm_calls_gone")));
    ProjectCallCache cache(*m_project);
    QVERIFY(!cache.findChat(QStringLiteral("h-ok")));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE llm_calls_gone RENAME TO llm_calls")));
    QVERIFY(cache.findChat(QStringLiteral("h-ok"))); // asked of SQLite: there now
}

QTEST_GUILESS_MAIN(TestProjectCallCache)
#include "tst_projectcallcache.moc"
