#pragma once

#include "llm/callscheduler.h"
#include "store/studystore.h"
#include "turn/structuredcall.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace troupe {

class ProjectFile;

/** One open answer to group: who gave it and its text. */
struct OpenAnswer
{
    QString agent;
    QString text;
    std::optional<qint64> eventSeq;
};

/** A label with the answers that got it. */
struct NormalisedLabel
{
    QString label;
    QStringList agents;   // in the order of the answers
    QStringList quotes;   // up to three of its answers' texts, as examples
    int count() const { return int(agents.size()); }
};

enum class NormalisationMethod { Model, Keywords };

/** Labels for one question's open answers, largest first. */
struct Normalisation
{
    QString questionId;
    QString question;     // the question's text (its id when the run has no study)
    QString method;       // "model" or "keywords" (what AnswerLabelRecord stores)
    QList<NormalisedLabel> labels;
    QString engine;       // the provider that answered, for --json; empty for keywords
};

/** The question's text and the open answers of a run (missing answers left out). Fails when there is nothing to group. */
struct OpenQuestion
{
    QString questionId;
    QString text;
    QList<OpenAnswer> answers;
};
Result<OpenQuestion> openAnswers(ProjectFile &project, qint64 runId, const QString &questionId);

/** The deterministic grouping (util/keywordclusters.h): every answer in exactly one of at most k labels. */
Normalisation keywordNormalisation(const OpenQuestion &question, int k);

/** The model request (normalisation.mustache; answers numbered from 1; hints for the offline engine). */
llm::ChatRequest normalisationRequest(const OpenQuestion &question, int k, const QString &model);
nlohmann::json normalisationSchema();
/** Beyond the schema: at most k labels, distinct and non-empty, every answer number 1..n exactly once. Empty when fine. */
QString normalisationReplyProblem(const nlohmann::json &reply, int answerCount, int k);
/** A checked reply as labels (answer numbers → agents, quotes). */
Normalisation normalisationFromReply(const OpenQuestion &question, const nlohmann::json &reply, const QString &method);

/**
 * Asks the model through `scheduler` (one structured call, repaired once) and calls `done`
 * with the labels or why there are none; unless `context` is gone. A provider that is not a
 * language model (the offline engine) answers by keyword clustering, so the method recorded
 * is "keywords".
 */
void runNormalisation(llm::CallScheduler &scheduler, OpenQuestion question, int k, const QString &model, QObject *context,
                      CallRecorder record, std::function<void(Result<Normalisation>)> done);

/** Stores the labels (StudyStore::saveLabels), replacing earlier ones of the question. */
Status storeNormalisation(ProjectFile &project, qint64 runId, const Normalisation &n);

} // namespace troupe
