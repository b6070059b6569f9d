#pragma once

#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe {

/**
 * A population description, the person factory's input in TinyTroupe's format:
 * `{"title", "description", "source", "content": {...demographics...}}`. The whole
 * document is kept so it is written back as it was read.
 */
class PopulationDescription final
{
public:
    explicit PopulationDescription(nlohmann::ordered_json document) : m_document(std::move(document)) {}

    QString title() const;
    const nlohmann::ordered_json &document() const { return m_document; }
    QByteArray toJson() const;

private:
    nlohmann::ordered_json m_document;
};

struct PopulationOutcome
{
    std::optional<PopulationDescription> description;
    Diagnostics diagnostics; // empty when description is set
};

/** Reads a population description with the same checks and messages as persona files. */
PopulationOutcome parsePopulationFile(const QString &path);
PopulationOutcome parsePopulation(QByteArray text, const QString &label);

} // namespace troupe
