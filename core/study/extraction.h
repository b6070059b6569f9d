#pragma once

#include "llm/callscheduler.h"
#include "store/runrecords.h"
#include "store/studystore.h"
#include "turn/structuredcall.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace troupe {

class ProjectFile;

/** One thing to extract: a name (the key of the result) and an optional hint of what it means. */
struct ExtractionField
{
    QString name;
    QString hint;
};

/** `NAME[:HINT]` as given on the command line; the name is a JSON key (letters, digits, _), not "cited_events". */
Result<ExtractionField> parseExtractionField(const QString &text);
/** Checks the list as a whole: at least one field, no name twice. */
Status checkExtractionFields(const QList<ExtractionField> &fields);

/** What one extraction call looks at: one agent's events (or the world's) and its persona. */
struct ExtractionSubject
{
    QString agent;             // empty: the whole world
    nlohmann::json persona;    // the agent's persona as stored with the run; null for the world
    RunEvents events;          // what the prompt numbers by seq
};

/** An extraction to run: the objective and fields over subjects of one stored run. */
struct ExtractionJob
{
    qint64 runId = 0;
    QString objective;
    QList<ExtractionField> fields;
    std::vector<ExtractionSubject> subjects;
};

/**
 * Reads a stored run into a job: one subject per agent of the run (or only `agent` when
 * given), or one subject for the whole world when `wholeWorld`. An agent's events are the
 * stimuli it received and the actions it took; the world's are every action and
 * intervention. Events without content are left out. Fails for an unknown run or agent.
 */
Result<ExtractionJob> prepareExtraction(ProjectFile &project, qint64 runId, const QString &objective,
                                        const QList<ExtractionField> &fields, const QString &agent, bool wholeWorld);

/** The reply's JSON Schema: each field a string, number, boolean or null, plus "cited_events" (seqs). */
nlohmann::json extractionSchema(const QList<ExtractionField> &fields);

/** One event as the prompt shows it: "[seq] step N, Ada TALK to Bob: text". */
QString extractionEventLine(const RunEvent &event);

/** The request for one subject (extraction.mustache; hints for the offline engine). */
llm::ChatRequest extractionRequest(const ExtractionJob &job, const ExtractionSubject &subject, const QString &model);

/** Beyond the schema: every cited seq is one of `seqs` (the numbered events), none twice. Empty when fine. */
QString extractionReplyProblem(const nlohmann::json &reply, const QSet<qint64> &seqs);

/** A checked reply as a record: the fields in the order given (a field left out is null) and the seqs cited. */
ExtractionRecord extractionFromReply(const ExtractionJob &job, const ExtractionSubject &subject, const nlohmann::json &reply);

/** How an extraction ended: a record per subject that succeeded, a problem per one that did not. */
struct ExtractionOutcome
{
    std::vector<ExtractionRecord> records; // in subject order, not yet stored
    QStringList problems;                  // "Ada: why"
    int calls = 0;
};

/**
 * Runs the job: one structured call per subject through `scheduler` (on the calling
 * thread's event loop; the scheduler bounds how many are in flight), each reply checked
 * against the schema and the cited seqs and repaired once. Calls `done` once, unless
 * `context` is gone. `record` (may be empty) sees every model call.
 */
void runExtraction(llm::CallScheduler &scheduler, ExtractionJob job, const QString &model, QObject *context,
                   CallRecorder record, std::function<void(ExtractionOutcome)> done);

/** Stores the outcome's records (StudyStore::saveExtraction); returns their ids. */
Result<QList<qint64>> storeExtraction(ProjectFile &project, const ExtractionOutcome &outcome);

} // namespace troupe
