#include "study.h"

namespace troupe {

QString studyModeName(StudyMode mode)
{
    switch (mode) {
    case StudyMode::Survey: return QStringLiteral("survey");
    case StudyMode::Interview: return QStringLiteral("interview");
    case StudyMode::Discussion: return QStringLiteral("discussion");
    }
    return {};
}

const Question *Study::question(const QString &id) const
{
    for (const Question &q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

std::optional<int> Study::askStep(const Question &q) const
{
    if (q.askAtEnd)
        return std::nullopt;
    if (q.askAtStep)
        return q.askAtStep;
    return askAtStep;
}

} // namespace troupe
