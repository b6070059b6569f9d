#pragma once

// A two-arm experiment with known answers, written through the stores as `experiment run`
// would: two replicates of each arm, six respondents each, a likert vote and a yes/no
// question (compared) and an open one (not compared). Half price raises the votes and the
// yeses in both replicates.
#include "store/experimentstore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

namespace troupe::test {

inline const QString kExperimentName = QStringLiteral("price test");

inline nlohmann::ordered_json experimentStudy()
{
    return nlohmann::ordered_json::parse(
        R"({"name": "Price test", "mode": "survey", "population": {"name": "US adults", "sample": 6},
      "material": [{"name": "concept", "text": "Ready-to-drink bottled gazpacho."}],
      "questions": [
        {"id": "vote", "type": "likert", "text": "Would you buy it?", "scale": {"min": 1, "max": 5}},
        {"id": "buy", "type": "yes_no", "text": "Would you buy it this month?"},
        {"id": "why", "type": "open", "text": "Why?"}]})");
}

struct ExperimentArmRun
{
    const char *arm;
    int replicate;
    int votes[6];
    const char *buy[6];
};

inline const ExperimentArmRun kExperimentRuns[] = {
    { "control", 1, { 2, 3, 3, 2, 4, 3 }, { "yes", "no", "no", "no", "yes", "no" } },
    { "half price", 1, { 4, 4, 5, 3, 4, 5 }, { "yes", "yes", "no", "yes", "yes", "yes" } },
    { "control", 2, { 3, 2, 3, 3, 2, 4 }, { "no", "no", "yes", "no", "no", "no" } },
    { "half price", 2, { 4, 5, 4, 3, 5, 4 }, { "yes", "yes", "yes", "no", "yes", "yes" } },
};

/** Writes the experiment's four runs; returns an error text, empty on success. */
inline QString writeExperiment(ProjectFile &project)
{
    const char *names[] = { "Ann", "Bo", "Cy", "Di", "Ed", "Flo" };
    const int ages[] = { 23, 30, 34, 70, 45, 50 };
    RunStore runs(project);
    StudyStore studies(project);
    if (Status s = ExperimentStore(project).saveExperiment(kExperimentName,
            nlohmann::ordered_json {
                { "name", kExperimentName.toStdString() }, { "study", "price test" }, { "replicates", 2 } });
        !s)
        return s.error();
    for (const ExperimentArmRun &r : kExperimentRuns) {
        RunStore::NewRun nr;
        nr.name = QStringLiteral("Price test");
        nr.seed = r.replicate;
        nr.scenario = nlohmann::ordered_json::object();
        auto id = runs.createRun(nr);
        if (!id)
            return id.error();
        StudyRunRecord rec;
        rec.runId = id.value();
        rec.studyName = QStringLiteral("price_test");
        rec.definition = experimentStudy();
        rec.experiment = kExperimentName;
        rec.arm = QString::fromUtf8(r.arm);
        rec.replicate = r.replicate;
        if (Status s = studies.saveStudyRun(rec); !s)
            return s.error();
        QList<RespondentRecord> people;
        QList<AnswerRecord> answers;
        for (int i = 0; i < 6; ++i) {
            people.append(
                { QString::fromUtf8(names[i]), nlohmann::ordered_json { { "name", names[i] }, { "age", ages[i] } },
                    nlohmann::ordered_json { { "age_range", ages[i] < 40 ? "18-39" : "40+" } }, QString() });
            for (const char *question : { "vote", "buy", "why" }) {
                AnswerRecord a;
                a.runId = id.value();
                a.agent = QString::fromUtf8(names[i]);
                a.questionId = QString::fromUtf8(question);
                a.arm = rec.arm;
                a.replicate = r.replicate;
                a.justification = QStringLiteral("because");
                if (a.questionId == QLatin1String("vote")) {
                    a.type = QStringLiteral("likert");
                    a.value = nlohmann::json(r.votes[i]);
                } else if (a.questionId == QLatin1String("buy")) {
                    a.type = QStringLiteral("yes_no");
                    a.value = nlohmann::json(r.buy[i]);
                } else {
                    a.type = QStringLiteral("open");
                    a.value = nlohmann::json("It depends on the price");
                }
                answers.append(a);
            }
        }
        if (Status s = studies.saveRespondents(id.value(), people); !s)
            return s.error();
        if (Status s = studies.saveAnswers(answers); !s)
            return s.error();
        (void)runs.setStatus(id.value(), RunStatus::Finished);
    }
    return {};
}

} // namespace troupe::test
