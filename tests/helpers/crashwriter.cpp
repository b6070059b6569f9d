// Writes to a project as fast as it can, one transaction per row, printing the number of
// each committed row. tst_crashsafety kills it with SIGKILL at random moments.
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace troupe;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2; // usage: troupe_crashwriter PROJECT FIRST_ROW
    auto project = ProjectFile::openOrCreate(QString::fromLocal8Bit(argv[1]));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error()));
        return 1;
    }
    PersonaStore store(*project.value());
    for (int i = QByteArray(argv[2]).toInt();; ++i) {
        const QByteArray json = QStringLiteral(R"({"type":"TinyPerson","persona":{"name":"Writer %1","other_facts":["%2"]}})")
                                    .arg(i).arg(QString(512, u'x')).toUtf8();
        const auto doc = PersonaParser::parse(json, QStringLiteral("gen"));
        if (const auto saved = store.save(*doc.document); !saved) {
            std::fprintf(stderr, "row %d, persona: %s\n", i, qPrintable(saved.error()));
            return 1;
        }
        // Events too, in a batch per transaction as a simulation step writes them.
        const Status s = project.value()->transaction([&]() -> Status {
            QSqlQuery q(project.value()->database());
            if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO runs (id, created_at) VALUES (1, 'now')")))
                return Status::failure(q.lastError().text());
            q.prepare(QStringLiteral("INSERT INTO events (run_id, seq, step, kind, content) VALUES (1, ?, ?, 'test', ?)"));
            for (int k = 0; k < 20; ++k) {
                q.addBindValue(i * 20 + k);
                q.addBindValue(i);
                q.addBindValue(QString(200, u'e'));
                if (!q.exec())
                    return Status::failure(q.lastError().text());
            }
            return {};
        });
        if (!s) {
            std::fprintf(stderr, "row %d, events: %s\n", i, qPrintable(s.error()));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
