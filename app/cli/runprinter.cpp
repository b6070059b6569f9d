#include "runprinter.h"

#include "cliio.h"

#include <QCoreApplication>

#include <cstdio>

namespace troupe::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunPrinter)
};
} // namespace

RunPrinter::RunPrinter(bool json, bool colour, QSet<QString> agents)
    : m_json(json), m_colour(colour), m_agents(std::move(agents))
{
}

QString RunPrinter::paint(const QString &text, const char *code) const
{
    return m_colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
}

void RunPrinter::print(const RunEvents &events)
{
    for (const RunEvent &e : events) {
        if (m_json) {
            const std::string line = e.toJson().dump() + '\n';
            fwrite(line.data(), 1, line.size(), stdout);
        } else {
            printReadable(e);
        }
    }
    fflush(stdout);
}

void RunPrinter::printReadable(const RunEvent &e)
{
    if (e.step != m_step && e.step > 0) {
        m_step = e.step;
        m_lastOutside.clear();
        out(QString());
        out(paint(Tr::tr("── step %1 · %2 ──").arg(e.step).arg(e.time.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"))), "1"));
    }
    const QString target = e.target.isEmpty() ? Tr::tr("everyone") : e.target;
    if (e.kind == QLatin1String("action")) {
        if (e.type == QLatin1String("TALK"))
            out(paint(e.agent, "1;36") + QStringLiteral(" → ") + target + QStringLiteral(": ") + e.content);
        else if (e.type == QLatin1String("THINK"))
            out(paint(Tr::tr("%1 (thinks): %2").arg(e.agent, e.content), "2"));
        else if (e.type == QLatin1String("REACH_OUT"))
            out(paint(e.agent, "1;36") + Tr::tr(" reaches out to %1: %2").arg(e.target, e.content));
        else if (e.type != QLatin1String("DONE"))
            out(paint(e.agent, "1;36") + QStringLiteral(" [%1] %2").arg(e.type, e.content));
    } else if (e.kind == QLatin1String("stimulus")) {
        // Voices from outside the world (moderator, interviewer, the world itself), once.
        if (m_agents.contains(e.source))
            return;
        const QString key = e.type + e.source + e.content;
        if (key == m_lastOutside)
            return;
        m_lastOutside = key;
        if (e.type == QLatin1String("CONVERSATION"))
            out(paint(e.source.isEmpty() ? Tr::tr("(world)") : e.source, "1;33") + QStringLiteral(": ") + e.content);
        else if (e.type == QLatin1String("VISUAL"))
            out(paint(Tr::tr("[shown by %1] %2").arg(e.source.isEmpty() ? Tr::tr("the world") : e.source, e.content), "33"));
        else if (e.type == QLatin1String("SOCIAL"))
            out(paint(Tr::tr("  (%1: %2)").arg(e.agent, e.content), "2"));
        else
            out(paint(Tr::tr("[%1 → %2] %3").arg(e.type, e.agent, e.content), "2"));
    } else if (e.kind == QLatin1String("intervention")) {
        out(paint(Tr::tr("== %1 ==").arg(e.content), "1;35"));
    } else if (e.kind == QLatin1String("feedback")) {
        out(paint(Tr::tr("  (note to %1: %2)").arg(e.agent, e.content), "2"));
    } else if (e.kind == QLatin1String("error")) {
        out(paint(Tr::tr("!! %1").arg(e.content), "1;31"));
    } else if (e.kind == QLatin1String("world") && e.type == QLatin1String("fragment")) {
        out(paint(Tr::tr("== %1 ==").arg(e.content), "35"));
    }
}

} // namespace troupe::cli
