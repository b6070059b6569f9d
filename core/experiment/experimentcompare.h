#pragma once

#include "analysis/statistics.h"
#include "store/projectfile.h"

#include <map>
#include <vector>

namespace troupe {

/** One arm's answers to one question: pooled over replicates, and per replicate. */
struct ArmFigures
{
    QString arm;
    stats::Descriptives pooled;                        // numeric questions
    std::map<int, stats::Descriptives> byReplicate;
    std::map<QString, int> counts;                     // categorical questions: answers per option
    std::map<int, std::map<QString, int>> countsByReplicate;
    std::vector<double> values;                        // the pooled values (numeric) or option codes
};

/** Arms side by side for one question, with the tests that fit its type and arm count. */
struct QuestionComparison
{
    QString question;
    QString type;                        // the question type: likert, numeric, choice, yes_no
    bool numeric = true;
    std::vector<ArmFigures> arms;        // in the order the experiment's runs first name them
    std::vector<stats::TestResult> tests;
    std::optional<double> primaryPHolm;  // the first test's p, Holm-corrected over the questions
    std::optional<stats::MeanDifference> difference; // two arms, numeric: second arm minus first
    QString summary;                     // one plain sentence
    QStringList skipped;                 // tests that could not be computed, with why

    /**
     * {"question", "arms": {ARM: {"n", "mean", "sd", "ci", "replicates"}}, "tests": [...], ...};
     * categorical arms give {"n", "counts", "replicates": [{"replicate", "n", "counts"}]}.
     */
    nlohmann::ordered_json toJson() const;
};

struct ExperimentComparison
{
    QString experiment;
    int runs = 0;
    int replicates = 0;
    std::vector<QuestionComparison> questions;
    QStringList notCompared;             // questions whose type has no comparison here (open text, ...)

    nlohmann::ordered_json toJson() const;
};

/**
 * The stored answers of every run of an experiment, per question and arm: descriptives with
 * the t interval (numeric) or counts (categorical), the spread across replicates, and the
 * tests: Welch and Student t, Mann-Whitney U and two-sample KS for two arms; ANOVA and
 * Kruskal-Wallis for more; chi-square (and Fisher's exact test for 2×2) for categories.
 * The first test of each question is Holm-corrected over the questions.
 */
Result<ExperimentComparison> compareExperiment(ProjectFile &project, const QString &name);

} // namespace troupe
