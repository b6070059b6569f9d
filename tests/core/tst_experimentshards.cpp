// Replicates beyond one machine, locally: the bundled gazpacho experiment run as three
// shards in parallel processes, merged, gives the same runs, answers and comparison as one
// process with the same seeds. Also: a shard run again does not run its jobs twice.
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <memory>

using namespace troupe;

namespace {

QProcessEnvironment cleanEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TROUPE_CONFIG"));
    return env;
}

std::unique_ptr<QProcess> launch(const QStringList &args, const QString &dir)
{
    auto p = std::make_unique<QProcess>();
    p->setWorkingDirectory(dir);
    p->setProcessEnvironment(cleanEnv());
    p->start(QStringLiteral(TROUPE_CLI_PATH), args);
    return p;
}

QString finish(QProcess &p)
{
    if (!p.waitForFinished(240000))
        return QStringLiteral("timed out");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    return {};
}

/** Every answer as "arm|replicate|agent|question|value|justification", sorted. */
QStringList answers(const QString &path)
{
    auto p = ProjectFile::open(path).value();
    StudyStore s(*p);
    QStringList out;
    const auto runs = s.experimentRuns(QStringLiteral("gazpacho price")).value();
    for (const StudyRunRecord &r : runs) {
        const auto stored = s.answers(r.runId).value();
        for (const AnswerRecord &a : stored)
            out.append(QStringList{r.arm, QString::number(r.replicate.value_or(0)), a.agent, a.questionId,
                                   a.value ? QString::fromStdString(a.value->dump()) : a.missingReason, a.justification}
                           .join(u'|'));
    }
    out.sort();
    return out;
}

} // namespace

class TestExperimentShards final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void shardsMergeIntoOneRun()
    {
        const QString d = m_dir.path();
        const QString experiment = QStringLiteral("gazpacho_price");
        // Each process generates the study population itself, from the same seed.
        {
            auto p = launch({QStringLiteral("experiment"), QStringLiteral("run"), experiment, QStringLiteral("--project"),
                             QStringLiteral("single.troupe")}, d);
            const QString error = finish(*p);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        std::vector<std::unique_ptr<QProcess>> shards;
        for (int i = 0; i < 3; ++i)
            shards.push_back(launch({QStringLiteral("experiment"), QStringLiteral("run"), experiment, QStringLiteral("--project"),
                                     QStringLiteral("shard%1.troupe").arg(i), QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i),
                                     QStringLiteral("--json")}, d));
        for (auto &p : shards) {
            const QString error = finish(*p);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QProcess merge;
        merge.setWorkingDirectory(d);
        merge.setProcessEnvironment(cleanEnv());
        merge.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("project"), QStringLiteral("merge"), QStringLiteral("shard0.troupe"),
                                                      QStringLiteral("shard1.troupe"), QStringLiteral("shard2.troupe"),
                                                      QStringLiteral("-o"), QStringLiteral("merged.troupe")});
        QVERIFY2(finish(merge).isEmpty(), merge.readAllStandardError().constData());

        const QStringList one = answers(QDir(d).filePath(QStringLiteral("single.troupe")));
        const QStringList merged = answers(QDir(d).filePath(QStringLiteral("merged.troupe")));
        QCOMPARE(one.size(), 6 * 50 * 2); // 2 arms × 3 replicates × 50 respondents × 2 questions
        QCOMPARE(merged, one);

        auto compare = [&](const QString &project) {
            QProcess p;
            p.setWorkingDirectory(d);
            p.setProcessEnvironment(cleanEnv());
            p.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("experiment"), QStringLiteral("compare"), QStringLiteral("gazpacho price"),
                                                      QStringLiteral("--project"), project, QStringLiteral("--json")});
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString c1 = compare(QStringLiteral("single.troupe"));
        QVERIFY(c1.contains(QLatin1String("welch_t")));
        QCOMPARE(compare(QStringLiteral("merged.troupe")), c1);

        // Each merged run kept its engine and its calls.
        auto p = ProjectFile::open(QDir(d).filePath(QStringLiteral("merged.troupe"))).value();
        RunStore runs(*p);
        const auto infos = runs.runs().value();
        QCOMPARE(infos.size(), 6);
        for (const auto &info : infos) {
            QCOMPARE(info.config.value("provider", std::string()), std::string("offline"));
            QVERIFY(runs.usage(info.id, RunStore::UsageBy::Run).value().front().calls > 0);
        }
    }

    void aShardRunAgainSkipsWhatIsDone()
    {
        const QString d = m_dir.path();
        const QStringList args = {QStringLiteral("experiment"), QStringLiteral("run"), QStringLiteral("gazpacho_price"),
                                  QStringLiteral("--project"), QStringLiteral("again.troupe"), QStringLiteral("--shard"), QStringLiteral("1/2")};
        for (int round = 0; round < 2; ++round) {
            auto p = launch(args, d);
            const QString error = finish(*p);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (round == 1)
                QVERIFY(QString::fromUtf8(p->readAllStandardOutput()).contains(QLatin1String("already done")));
        }
        auto p = ProjectFile::open(QDir(d).filePath(QStringLiteral("again.troupe"))).value();
        QCOMPARE(RunStore(*p).runs().value().size(), 3); // jobs 1, 3, 5: half price in each replicate
    }
};

QTEST_GUILESS_MAIN(TestExperimentShards)
#include "tst_experimentshards.moc"
