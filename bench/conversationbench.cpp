// troupe-ui-bench: the conversation view's figures at 100,000 events. Appends a synthetic
// focus group (a moderator, five agents, talk and thoughts) in per-step batches to the
// model, the filter and a real list view with the bubble delegate, and prints the append
// rate, the time to lay out and paint, the time to filter and search, and memory.
#include "conversationpanel.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>

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
    return 0;
}
