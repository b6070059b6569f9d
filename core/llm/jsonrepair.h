#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe::llm {

/** What came out of a model's text: the JSON value and what had to be fixed, or the problem. */
struct RepairedJson
{
    std::optional<nlohmann::json> value;
    QStringList repairs; // "removed a code fence", "closed a truncated reply"...
    QString problem;     // why there is no value
};

/**
 * The JSON object in a model reply, repairing the usual damage: code fences, prose before or
 * after, trailing commas, and a reply cut off mid-way (closed at the last complete member).
 * Never invents content: a reply with nothing recoverable is a problem, not `{}`.
 */
RepairedJson parseModelJson(const QString &text);

} // namespace troupe::llm
