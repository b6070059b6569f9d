#pragma once

#include "world/runevent.h"

#include <QSet>
#include <QString>

namespace troupe::cli {

/**
 * Prints a run's events as they are stored: a readable transcript (colours on a terminal)
 * or, with --json, one JSON object per event per line.
 */
class RunPrinter final
{
public:
    RunPrinter(bool json, bool colour, QSet<QString> agents);
    void print(const RunEvents &events);

private:
    void printReadable(const RunEvent &e);
    QString paint(const QString &text, const char *code) const;

    bool m_json;
    bool m_colour;
    QSet<QString> m_agents;
    int m_step = -1;
    QString m_lastOutside; // the outside voice just printed, so a broadcast prints once
};

} // namespace troupe::cli
