// troupe-ui-bench: the conversation view's figures at 100,000 events. Appends a synthetic
// focus group (a moderator, five agents, talk and thoughts) in per-step batches to the
// model, the filter and a real list view with the bubble delegate, and prints the append
// rate, the time to lay out and paint, the time to filter and search, and memory. Then it
// stores the same events as a run in a project file and loads it the way the studio does
// (in the background, batched into the view), printing how long that takes, how often the
// view was updated and the longest the window's event loop went without turning; and how
// long scrubbing the replay to the middle and back to the end takes.
#include "conversationpanel.h"
#include "replaybar.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"
#include "store/projectfile.h"
#include "store/runstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace troupe;

namespace {

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

RunEvents makeStep(int step, qint64 &seq)
{
    static const QStringList agents = {QStringLiteral("Amara Okafor"), QStringLiteral("Kenji Watanabe"), QStringLiteral("Sofía Ramírez"),
                                       QStringLiteral("Margit Halvorsen"), QStringLiteral("Rahul Desai")};
    RunEvents out;
    auto add = [&](const QString &agent, const char *kind, const char *type, const QString &content, const QString &source = {},
                   const QString &target = {}) {
        RunEvent e;
        e.seq = seq++;
        e.step = step;
        e.time = QDateTime(QDate(2026, 3, 2), QTime(18, 0)).addSecs(300LL * step);
        e.agent = agent;
        e.kind = QLatin1String(kind);
        e.type = QLatin1String(type);
        e.content = content;
        e.source = source;
        e.target = target;
        out.append(std::move(e));
    };
    for (const QString &a : agents)
        add(a, "stimulus", "CONVERSATION", QStringLiteral("Question %1: what would make you pay for Roundup?").arg(step), QStringLiteral("Moderator"));
    for (int i = 0; i < 5; ++i) {
        const QString &a = agents[i];
        add(a, "action", "THINK", QStringLiteral("Step %1 — that connects with something I care about: clear prices and no hidden fees.").arg(step));
        add(a, "action", "TALK", QStringLiteral("Honestly? I like the sound of it at step %1, but four dollars a month has to earn its place, and I want to know who sees my data.").arg(step),
            a, agents[(i + 1) % 5]);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const long rss0 = rssKb();

    ConversationPanel panel;
    panel.resize(700, 900);
    panel.show();
    QCoreApplication::processEvents();

    qint64 seq = 1;
    int step = 0;
    QElapsedTimer t;
    qint64 appendNs = 0;
    qint64 worstBatchNs = 0;
    while (panel.model()->events().size() < total) {
        const RunEvents batch = makeStep(++step, seq);
        t.start();
        panel.appendEvents(batch);
        panel.flushPending(); // the model, filter and view path of every batch (the panel would wait up to 100 ms)
        const qint64 ns = t.nsecsElapsed();
        appendNs += ns;
        worstBatchNs = std::max(worstBatchNs, ns);
        if (step % 200 == 0)
            QCoreApplication::processEvents(); // the window's event loop between steps, as in a run
    }
    const qsizetype events = panel.model()->events().size();
    t.start();
    QCoreApplication::processEvents();
    panel.view()->scrollToBottom();
    panel.view()->viewport()->repaint();
    const qint64 paintMs = t.elapsed();
    const long rss1 = rssKb();

    t.start();
    panel.filter()->setSearch(QStringLiteral("Question 4242:"));
    const qint64 searchMs = t.elapsed();
    const int hits = panel.filter()->rowCount();
    panel.filter()->setSearch({});
    t.start();
    panel.jumpToStep(step / 2);
    panel.view()->viewport()->repaint();
    const qint64 jumpMs = t.elapsed();

    std::printf("conversation view, %lld events in %d step batches (%d rows in the model)\n", (long long)events, step,
                panel.model()->rowCount());
    std::printf("  append (model + filter + view): %.0f events/s, %.3f ms per step batch on average, worst %.2f ms\n",
                double(events) / (double(appendNs) / 1e9), double(appendNs) / 1e6 / step, double(worstBatchNs) / 1e6);
    std::printf("  lay out and paint the tail: %lld ms\n", (long long)paintMs);
    std::printf("  search over all events: %lld ms (%d rows match)\n", (long long)searchMs, hits);
    std::printf("  jump to step %d and paint: %lld ms\n", step / 2, (long long)jumpMs);
    std::printf("  memory: %.1f MB resident for the view and %lld events (%.0f bytes per event)\n", double(rss1 - rss0) / 1024.0,
                (long long)events, double(rss1 - rss0) * 1024.0 / double(events));

    // The same events as a stored run, loaded as the studio loads one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.troupe"));
    qint64 runId = 0;
    {
        auto project = ProjectFile::create(path);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error()));
            return 1;
        }
        RunStore::NewRun row;
        row.name = QStringLiteral("bench");
        row.seed = 1;
        row.scenario = nlohmann::ordered_json::object();
        row.config = nlohmann::ordered_json::object();
        runId = RunStore(*project.value()).createRun(row).value();
        (void)project.value()->transaction([&]() -> Status {
            QSqlQuery q(project.value()->database());
            q.prepare(QStringLiteral("INSERT INTO events (run_id, seq, step, sim_time, agent, kind, type, source, target, content) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const RunEvent &e : panel.model()->events()) {
                for (const QVariant &v : {QVariant(runId), QVariant(e.seq), QVariant(e.step), QVariant(e.time.toString(Qt::ISODate)),
                                          QVariant(e.agent), QVariant(e.kind), QVariant(e.type), QVariant(e.source), QVariant(e.target),
                                          QVariant(e.content)})
                    q.addBindValue(v);
                q.exec();
            }
            return {};
        });
    }
    ConversationPanel stored;
    stored.resize(700, 900);
    stored.show();
    QCoreApplication::processEvents();
    int batches = 0;
    QObject::connect(stored.model(), &QAbstractItemModel::rowsInserted, [&] { ++batches; });
    QElapsedTimer gap;
    qint64 longestGap = 0;
    QTimer beat;
    beat.setInterval(1);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, gap.restart());
    });
    QSignalSpy finished(&stored, &ConversationPanel::loadFinished);
    t.start();
    gap.start();
    beat.start();
    stored.showStoredRun(path, runId, {});
    finished.wait(120000);
    const qint64 loadMs = t.elapsed();
    // The view goes on laying rows out in slices after the last batch; wait for it too.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents();
    beat.stop();
    std::printf("stored run of %lld events loaded in the background with its own connection\n", (long long)stored.model()->events().size());
    std::printf("  loaded in %lld ms, %d batches into the view (at most every 100 ms), longest the window's event loop "
                "went without turning: %lld ms\n", (long long)loadMs, batches, (long long)longestGap);
    QSlider *slider = stored.replayBar()->slider();
    t.start();
    slider->setValue(slider->maximum() / 2);
    stored.view()->viewport()->repaint();
    const qint64 scrubMs = t.elapsed();
    const int scrubRows = stored.filter()->rowCount();
    t.start();
    slider->setValue(slider->maximum());
    stored.view()->viewport()->repaint();
    const qint64 backMs = t.elapsed();
    std::printf("  replay: scrub to step %d and paint %lld ms (%d rows shown), back to the end %lld ms\n", slider->maximum() / 2,
                (long long)scrubMs, scrubRows, (long long)backMs);
    return 0;
}
