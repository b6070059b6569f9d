#include "reportdocument.h"

#include <QCoreApplication>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

QString stepTitle(const TranscriptStep &step)
{
    if (step.step == 0)
        return Tr::tr("Before the first step");
    if (!step.time.isValid())
        return Tr::tr("Step %1").arg(step.step);
    return Tr::tr("Step %1 — %2").arg(step.step).arg(step.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

ReportDocument &ReportDocument::heading(const QString &text, int level)
{
    blocks.emplace_back(Heading{level, text});
    return *this;
}

ReportDocument &ReportDocument::paragraph(const QString &text, Paragraph::Style style)
{
    blocks.emplace_back(Paragraph{text, style});
    return *this;
}

ReportDocument &ReportDocument::add(Block block)
{
    blocks.push_back(std::move(block));
    return *this;
}

QList<const Chart *> ReportDocument::charts() const
{
    QList<const Chart *> out;
    for (const Block &b : blocks)
        if (const auto *c = std::get_if<Chart>(&b))
            out.append(c);
    return out;
}

} // namespace troupe::report
