#pragma once

#include "samplingplan.h"
#include "persona/personadocument.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace troupe {

/** One value of one dimension: the share the dimensions ask for against the share generated. */
struct ProfileRow
{
    QString dimension;
    QString value;
    double requested = 0; // 0..1
    double generated = 0; // 0..1 of the people stored
    int count = 0;
};

/**
 * What a population came out as. Categorical shares are counted from the people stored
 * (each checked against its sample when it was made); an age dimension is counted from the
 * persons' own ages, read back into the sampled bands. Big Five levels are read from each
 * persona ("High — ...", or a number on 0–1 or 0–100).
 */
struct PopulationProfile
{
    int planned = 0;
    int people = 0;
    QList<ProfileRow> rows;
    std::vector<int> ages;                          // every person's age
    QMap<QString, std::array<int, 3>> bigFive;      // trait → counts of Low, Medium, High
    QMap<QString, std::pair<double, double>> numeric; // numeric dimension → (requested mean, generated mean)

    nlohmann::ordered_json toJson() const;
    /** A plain table: dimension, value, requested %, generated %, count. */
    QString toText() const;
    /** Age counts in bands of `width` years from 0: {lower bound → count}. */
    QMap<int, int> ageHistogram(int width = 10) const;
};

PopulationProfile profilePopulation(const SamplingPlan &plan, const QList<std::pair<int, PersonaDocument>> &people);

/** "Low", "Medium" or "High" (0, 1, 2) from a Big Five value; -1 when it says none of them. */
int bigFiveLevel(const nlohmann::ordered_json &value);

} // namespace troupe
