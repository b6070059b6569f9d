#pragma once

#include "populationdescription.h"

#include <QString>

#include <optional>

namespace troupe {

/**
 * What a population is generated from: a TinyTroupe population description, or a free-text
 * context ("adults in Lagos who commute by bus"), plus optional extra dimensions in text
 * ("culinary tastes: from traditional to modern, from spicy to mild").
 */
struct PopulationInput
{
    std::optional<PopulationDescription> description;
    QString context;
    QString extra;

    QString title() const;
    /** What the prompts quote: the description's JSON, or the context. */
    QString promptText() const;
    /** The country the description names (content.*.Country), empty when none. */
    QString country() const;
    /** {"description": {...}} or {"context": "..."}, plus "extra": stored with the population. */
    nlohmann::ordered_json toJson() const;
    static PopulationInput fromJson(const nlohmann::ordered_json &json);
};

} // namespace troupe
