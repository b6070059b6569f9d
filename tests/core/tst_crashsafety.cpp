// A writer process is killed with SIGKILL in the middle of writing; the project must still
// open and hold every row the writer reported as committed.
#include "store/personastore.h"
#include "store/projectfile.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted();
};

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.troupe"));
    int lastCommitted = -1;
    QRandomGenerator rng(42);
    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CRASHWRITER_PATH), {path, QString::number(lastCommitted + 1)});
        QVERIFY(writer.waitForStarted());
        // Let it commit a varying number of rows, then kill it wherever it is.
        const int target = lastCommitted + 5 + int(rng.bounded(30));
        QByteArray output;
        while (true) {
            QVERIFY2(writer.waitForReadyRead(30000), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            output += writer.readAllStandardOutput();
            const QList<QByteArray> lines = output.trimmed().split('\n');
            if (lines.last().toInt() >= target)
                break;
        }
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        output += writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.trimmed().split('\n');
        lastCommitted = lines.last().toInt();

        auto project = ProjectFile::open(path);
        QVERIFY2(project, qPrintable(project.error()));
        // Rows are named "Writer N": every N up to the last reported one must be there.
        const auto rows = PersonaStore(*project.value()).list();
        QVERIFY(rows);
        QSet<QString> names;
        for (const auto &r : rows.value())
            names << r.name;
        for (int i = 0; i <= lastCommitted; ++i)
            QVERIFY2(names.contains(QStringLiteral("Writer %1").arg(i)), qPrintable(QStringLiteral("lost row %1").arg(i)));
        QSqlQuery q(project.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
        QVERIFY(q.value(0).toInt() >= (lastCommitted + 1) * 20);
        QVERIFY(q.value(0).toInt() % 20 == 0); // never half a batch
        // A row can be committed and the writer killed before it printed the number: the
        // next writer starts after the last row stored, not the last one reported.
        lastCommitted = q.value(0).toInt() / 20 - 1;
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
