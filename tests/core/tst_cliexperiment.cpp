// The experiment verbs of the CLI: run --fork and run show (the same event objects as the
// live --json print, a fork's first steps equal to its parent's), experiment compare and
// project merge on stored experiment runs, and usage errors.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using Json = nlohmann::json;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run troupeCli(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TROUPE_CONFIG")); // the defaults: no config.ini in the scratch folder
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TROUPE_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/** Event lines without their place in the log. */
QStringList events(const QString &jsonLines, int upToStep = 1 << 30)
{
    QStringList out;
    for (const QString &line : jsonLines.split(u'\n', Qt::SkipEmptyParts)) {
        Json j = Json::parse(line.toStdString());
        if (j.value("step", 0) > upToStep)
            continue;
        j.erase("seq");
        out.append(QString::fromStdString(j.dump()));
    }
    return out;
}

} // namespace

class TestCliExperiment final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void forkAndShow()
    {
        const QString d = m_dir.path();
        const Run live = troupeCli({QStringLiteral("run"), QStringLiteral("focus_group"), QStringLiteral("--steps"), QStringLiteral("3"),
                                    QStringLiteral("--project"), QStringLiteral("p.troupe"), QStringLiteral("--json"),
                                    QStringLiteral("--provider"), QStringLiteral("offline")}, d);
        QVERIFY2(live.code == 0, qPrintable(live.err));
        const Run shown = troupeCli({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("last"), QStringLiteral("--project"),
                                     QStringLiteral("p.troupe"), QStringLiteral("--json")}, d);
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QCOMPARE(shown.out, live.out); // the same objects, seq included

        QFile change(QDir(d).filePath(QStringLiteral("change.json")));
        QVERIFY(change.open(QIODevice::WriteOnly));
        change.write(R"({"material": [{"name": "price", "text": "Now half the price of a smoothie."}], "source": "Moderator"})");
        change.close();
        const Run fork = troupeCli({QStringLiteral("run"), QStringLiteral("--fork"), QStringLiteral("last"), QStringLiteral("--at-step"),
                                    QStringLiteral("2"), QStringLiteral("--project"), QStringLiteral("p.troupe"), QStringLiteral("--apply"),
                                    QStringLiteral("change.json"), QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--json")}, d);
        QVERIFY2(fork.code == 0, qPrintable(fork.err));
        QCOMPARE(events(fork.out, 2), events(live.out, 2));
        QVERIFY(fork.out.contains(QLatin1String("half the price of a smoothie")));
        const Run forkShown = troupeCli({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--project"),
                                         QStringLiteral("p.troupe")}, d);
        QVERIFY2(forkShown.code == 0, qPrintable(forkShown.err));
        QVERIFY2(forkShown.out.contains(QLatin1String("fork of run 1 at step 2")), qPrintable(forkShown.out));
        // The parent is as it was.
        const Run parentAgain = troupeCli({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--project"),
                                           QStringLiteral("p.troupe"), QStringLiteral("--json")}, d);
        QCOMPARE(parentAgain.out, live.out);
    }

    void usageErrors()
    {
        const QString d = m_dir.path();
        struct Case
        {
            QStringList args;
            int code;
            const char *needle;
        };
        const QList<Case> cases = {
            {{QStringLiteral("run"), QStringLiteral("--fork"), QStringLiteral("1"), QStringLiteral("--project"), QStringLiteral("p.troupe")}, 2, "--at-step"},
            {{QStringLiteral("run"), QStringLiteral("--fork"), QStringLiteral("1"), QStringLiteral("--at-step"), QStringLiteral("x"), QStringLiteral("--project"), QStringLiteral("p.troupe")}, 2, "--at-step"},
            {{QStringLiteral("run"), QStringLiteral("--fork"), QStringLiteral("99"), QStringLiteral("--at-step"), QStringLiteral("1"), QStringLiteral("--project"), QStringLiteral("p.troupe")}, 1, "99"},
            {{QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1")}, 2, "--project"},
            {{QStringLiteral("experiment"), QStringLiteral("compare"), QStringLiteral("nothing"), QStringLiteral("--project"), QStringLiteral("p.troupe")}, 1, "nothing"},
            {{QStringLiteral("experiment"), QStringLiteral("frobnicate")}, 2, "experiment run"},
            {{QStringLiteral("project"), QStringLiteral("merge"), QStringLiteral("p.troupe")}, 2, "-o"},
            {{QStringLiteral("validate"), QStringLiteral("empirical"), QStringLiteral("last"), QStringLiteral("--project"), QStringLiteral("p.troupe")}, 2, "--csv"},
        };
        for (const Case &c : cases) {
            const Run r = troupeCli(c.args, d);
            QVERIFY2(r.code == c.code, qPrintable(c.args.join(u' ') + QStringLiteral(" → %1: ").arg(r.code) + r.err));
            QVERIFY2(r.err.contains(QLatin1String(c.needle)), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliExperiment)
#include "tst_cliexperiment.moc"
