#pragma once

#include "question.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe {

enum class StudyMode { Survey, Interview, Discussion };

/** "survey", "interview", "discussion". */
QString studyModeName(StudyMode mode);

/** Text shown to every respondent before the questions (a concept, an ad, a price). */
struct StudyMaterial
{
    QString name;
    QString text;
};

/** Where the respondents come from when they are a population's people. */
struct StudyPopulation
{
    QString name;                            // the population in the project, e.g. "US adults"
    std::optional<int> sample;               // how many of its people; nullopt: all of them
    std::optional<quint64> seed;             // for drawing the sample (and generating, when needed)
    QString descriptionSource;               // the description's bundled name or path, as written
    std::optional<nlohmann::ordered_json> description; // the description itself, to generate the population when the project lacks it
    QString extra;                           // extra sampling dimensions in text, for generation
};

/**
 * A study read from a study file (README, "Study files") and resolved: the scenario and
 * the population description are inline, so `definition` is self-contained. That JSON is
 * what a project stores and what StudyFile::fromDefinition() reads back.
 */
struct Study
{
    QString name;
    QString description;
    StudyMode mode = StudyMode::Survey;
    QString instructions;                            // shown with the questions
    std::optional<nlohmann::ordered_json> scenario; // resolved (Scenario::load) when given
    QString scenarioSource;                          // bundled name or path, as written; empty when inline
    std::optional<StudyPopulation> population;
    QList<StudyMaterial> material;
    QList<Question> questions;

    // discussion: when questions without their own ask_at are asked (nullopt: at the end)
    std::optional<int> askAtStep;
    // interview: the voice that asks
    QString interviewer = QStringLiteral("Interviewer");
    QString interviewerIntro;

    nlohmann::ordered_json definition;

    const Question *question(const QString &id) const;
    /** The step after which `q` is asked in a discussion; nullopt: after the last step. */
    std::optional<int> askStep(const Question &q) const;
};

} // namespace troupe
