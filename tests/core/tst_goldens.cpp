// Golden-folder scenario tests: tests/data/<case>/ holds scenario.json, optionally
// script.json (replies of a scripted test double per agent, in turn order; otherwise the
// offline engine answers) and expected.jsonl, the event log the run must produce exactly.
// TROUPE_UPDATE_GOLDENS=1 rewrites expected.jsonl (review the diff before committing).
#include "helpers/runworld.h"
#include "helpers/scripteddouble.h"

#include "store/runstore.h"
#include "world/scenario.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using namespace troupe::test;

class TestGoldens : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir data(QStringLiteral(TROUPE_SOURCE_DIR "/tests/data"));
        // A case is a folder with a scenario.json; tests/data also holds other tests' data
        // (nist/, survey/).
        QStringList cases;
        for (const QString &c : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFile::exists(data.filePath(c) + QStringLiteral("/scenario.json")))
                cases.append(c);
        }
        QVERIFY(cases.size() >= 5);
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << data.filePath(c);
    }

    void golden()
    {
        QFETCH(QString, dir);
        const auto loaded = Scenario::loadFile(dir + QStringLiteral("/scenario.json"));
        QStringList problems;
        for (const Diagnostic &d : loaded.diagnostics)
            problems.append(d.toString());
        QVERIFY2(loaded.resolved, qPrintable(problems.join(QLatin1Char('\n'))));

        ScriptedDouble double_(4, 1, 17);
        llm::OfflineEngine offline;
        QFile script(dir + QStringLiteral("/script.json"));
        llm::Provider *provider = &offline;
        if (script.open(QIODevice::ReadOnly)) {
            const auto j = nlohmann::json::parse(script.readAll().toStdString());
            for (const auto &[agent, turns] : j.items())
                for (const auto &t : turns)
                    double_.script[QString::fromStdString(agent)].append(
                        t.is_string() ? QString::fromStdString(t.get<std::string>()) : QString::fromStdString(t.dump()));
            provider = &double_;
        }
        llm::CallScheduler scheduler(provider);
        AgentSettings settings;
        settings.fixedPrefixLength = 2; // small windows, so the goldens see the marker
        settings.lookbackLength = 3;
        Scenario::BuildOptions options;
        options.settings = settings;

        QTemporaryDir tmp;
        auto project = ProjectFile::create(tmp.filePath(QStringLiteral("g.troupe"))).value();
        RunStore store(*project);
        const qint64 run = newRun(store, QStringLiteral("golden"), 1, *loaded.resolved);
        auto world = Scenario::build(*loaded.resolved, &scheduler, options);
        world->setRecorder([&](const StepCommit &c) { return store.commitStep(run, c); });
        EventCollector events(*world);
        const QString paused = runAndWait(*world, Scenario::steps(*loaded.resolved));
        QVERIFY2(paused.isEmpty(), qPrintable(paused));

        // What was announced is what was stored.
        const RunEvents stored = store.events(run).value();
        QCOMPARE(stored.size(), events.events.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QVERIFY(stored[i] == events.events[i]);

        QStringList lines = events.lines();
        // Each agent's prompt window at the end, so the golden pins its shape too.
        for (const auto &a : world->agents())
            for (const QString &l : a->episodic().renderWindow(settings.fixedPrefixLength, settings.lookbackLength, 80))
                lines.append(QStringLiteral("window %1: %2").arg(a->name(), l));
        const QString expectedPath = dir + QStringLiteral("/expected.jsonl");
        if (qEnvironmentVariableIsSet("TROUPE_UPDATE_GOLDENS")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            QSKIP("golden rewritten");
        }
        QFile expected(expectedPath);
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QStringList want = QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < std::min(want.size(), lines.size()); ++i)
            QVERIFY2(lines[i] == want[i], qPrintable(QStringLiteral("line %1\n got: %2\nwant: %3").arg(i + 1).arg(lines[i], want[i])));
        QCOMPARE(lines.size(), want.size());
    }
};

QTEST_GUILESS_MAIN(TestGoldens)
#include "tst_goldens.moc"
