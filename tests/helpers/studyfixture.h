#pragma once

// A study run with known answers, written into a project through the stores as a study
// runner would: the study snapshot, six respondents, answers of every question type (one
// missing with its reason, some not asked), labels of the open answers, and an event for
// every answer so quotes have a place in the transcript.
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QString>
#include <QStringList>

namespace troupe::test {

inline nlohmann::ordered_json studyDefinition()
{
    return nlohmann::ordered_json::parse(R"({"name": "Gazpacho", "mode": "survey", "population": {"name": "US adults", "sample": 6},
      "material": [{"name": "concept", "text": "Ready-to-drink bottled gazpacho, sold chilled."}],
      "questions": [
        {"id": "vote", "type": "likert", "text": "Would you buy bottled gazpacho at your supermarket?",
         "scale": {"min": 1, "max": 5, "labels": {"1": "would never buy", "5": "would certainly buy"}}},
        {"id": "why", "type": "open", "text": "Why?"},
        {"id": "pick", "type": "choice", "text": "Which ad would you click?", "options": ["A", "B", "C"]},
        {"id": "features", "type": "multi", "text": "Which matter?", "options": ["price", "taste", "health"], "min": 1, "max": 2},
        {"id": "order", "type": "ranking", "text": "Rank the ads", "options": ["A", "B", "C"]},
        {"id": "price", "type": "numeric", "text": "Most you would pay?", "min": 0, "max": 100, "unit": "USD"},
        {"id": "buy", "type": "yes_no", "text": "Would you buy it this month?"}]})");
}

struct StudyFixtureRun
{
    qint64 runId = 0;
    QString error;
};

/**
 * Writes the run. The vote answers are 5, 4, 4, (missing), 2, 5 for Ann, Bo, Cy, Di, Ed,
 * Flo (ages 23, 30, 34, 70, 45, 50); see the tests for the other questions.
 */
inline StudyFixtureRun writeStudyRun(ProjectFile &project)
{
    StudyFixtureRun out;
    RunStore runs(project);
    RunStore::NewRun nr;
    nr.name = QStringLiteral("Gazpacho");
    nr.seed = 1;
    nr.scenario = nlohmann::ordered_json::object();
    auto id = runs.createRun(nr);
    if (!id) {
        out.error = id.error();
        return out;
    }
    out.runId = id.value();
    StudyStore store(project);
    StudyRunRecord rec;
    rec.runId = out.runId;
    rec.studyName = QStringLiteral("Gazpacho");
    rec.definition = studyDefinition();
    if (Status s = store.saveStudyRun(rec); !s) {
        out.error = s.error();
        return out;
    }
    struct Person
    {
        const char *name;
        int age;
        const char *gender;
    };
    const Person people[] = {{"Ann", 23, "Female"}, {"Bo", 30, "Male"}, {"Cy", 34, "Female"},
                             {"Di", 70, "Male"},    {"Ed", 45, "Male"}, {"Flo", 50, "Female"}};
    QList<RespondentRecord> respondents;
    for (const Person &p : people)
        respondents.append({QString::fromUtf8(p.name),
                            nlohmann::ordered_json{{"name", p.name}, {"age", p.age}, {"gender", p.gender}},
                            nlohmann::ordered_json{{"region", p.age < 40 ? "North" : "South"}}, QString()});
    if (Status s = store.saveRespondents(out.runId, respondents); !s) {
        out.error = s.error();
        return out;
    }

    // agent, question, value (JSON text, empty: missing), justification
    struct Row
    {
        const char *agent, *question, *type, *value, *why;
    };
    const Row rows[] = {
        {"Ann", "vote", "likert", "5", "I love cold soup in summer"},
        {"Bo", "vote", "likert", "4", "Handy for lunch"},
        {"Cy", "vote", "likert", "4", "Looks fresh"},
        {"Di", "vote", "likert", "", "maybe four"},
        {"Ed", "vote", "likert", "2", "Soup should be hot"},
        {"Flo", "vote", "likert", "5", "My kids would drink it"},
        {"Ann", "why", "open", "\"Fresh and quick\"", "fresh"},
        {"Bo", "why", "open", "\"Odd idea, cold soup\"", "odd"},
        {"Cy", "why", "open", "\"Fresh vegetables\"", "fresh"},
        {"Di", "why", "open", "\"Too odd for me\"", "odd"},
        {"Ed", "why", "open", "\"Strange to drink soup\"", "odd"},
        {"Flo", "why", "open", "\"Fresh taste\"", "fresh"},
        {"Ann", "pick", "choice", "\"A\"", "bright colours"},
        {"Bo", "pick", "choice", "\"A\"", "clear price"},
        {"Cy", "pick", "choice", "\"B\"", "the kitchen"},
        {"Di", "pick", "choice", "\"C\"", "calm"},
        {"Ed", "pick", "choice", "\"C\"", "bold"},
        {"Ann", "features", "multi", "[\"price\", \"health\"]", "money and health"},
        {"Bo", "features", "multi", "[\"taste\"]", "taste first"},
        {"Cy", "features", "multi", "[\"taste\", \"health\"]", "both"},
        {"Di", "features", "multi", "[\"price\"]", "pension"},
        {"Ann", "order", "ranking", "[\"A\", \"B\", \"C\"]", "A is bright"},
        {"Bo", "order", "ranking", "[\"B\", \"A\", \"C\"]", "B is honest"},
        {"Cy", "order", "ranking", "[\"A\", \"C\", \"B\"]", "A again"},
        {"Ann", "price", "numeric", "10", "fair"},
        {"Bo", "price", "numeric", "20", "a treat"},
        {"Cy", "price", "numeric", "30", "premium"},
        {"Di", "price", "numeric", "40", "why not"},
        {"Ann", "buy", "yes_no", "\"yes\"", "soon"},
        {"Bo", "buy", "yes_no", "\"no\"", "not now"},
        {"Cy", "buy", "yes_no", "\"yes\"", "this week"},
    };
    QList<AnswerRecord> answers;
    StepCommit step1, step2;
    step1.stepsDone = 1;
    step2.stepsDone = 2;
    qint64 seq = 0;
    for (const Row &r : rows) {
        AnswerRecord a;
        a.runId = out.runId;
        a.agent = QString::fromUtf8(r.agent);
        a.questionId = QString::fromUtf8(r.question);
        a.type = QString::fromUtf8(r.type);
        a.justification = QString::fromUtf8(r.why);
        if (*r.value)
            a.value = nlohmann::json::parse(r.value);
        else
            a.missingReason = QStringLiteral("value: expected a whole number from 1 to 5, found text \"four\"");
        a.eventSeq = ++seq;
        answers.append(a);
        RunEvent e;
        e.seq = seq;
        e.step = a.questionId == QLatin1String("vote") ? 1 : 2;
        e.agent = a.agent;
        e.kind = QStringLiteral("action");
        e.type = QStringLiteral("TALK");
        e.source = a.agent;
        e.content = a.justification;
        (e.step == 1 ? step1 : step2).events.append(e);
    }
    if (Status s = runs.commitStep(out.runId, step1); !s) {
        out.error = s.error();
        return out;
    }
    if (Status s = runs.commitStep(out.runId, step2); !s) {
        out.error = s.error();
        return out;
    }
    if (Status s = store.saveAnswers(answers); !s) {
        out.error = s.error();
        return out;
    }
    const QList<AnswerLabelRecord> labels = {
        {QStringLiteral("fresh"), {QStringLiteral("Ann"), QStringLiteral("Cy"), QStringLiteral("Flo")}, QStringLiteral("keywords")},
        {QStringLiteral("odd idea"), {QStringLiteral("Bo"), QStringLiteral("Di"), QStringLiteral("Ed")}, QStringLiteral("keywords")}};
    if (Status s = store.saveLabels(out.runId, QStringLiteral("why"), labels); !s)
        out.error = s.error();
    (void)runs.setStatus(out.runId, RunStatus::Finished);
    return out;
}

} // namespace troupe::test
