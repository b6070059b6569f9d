// Model replies to extraction and normalisation requests: repair, the schema, the checks
// (cited events exist; every answer labelled once, at most k labels), and turning a checked
// reply into what is stored. The input also goes to the offline engine as hints, since
// stored event text reaches it unchecked.

#include "fuzzcheck.h"

#include "llm/jsonrepair.h"
#include "llm/offlinestudy.h"
#include "study/extraction.h"
#include "study/normalisation.h"
#include "util/jsonschema.h"

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ExtractionJob job = [] {
        ExtractionJob j;
        j.runId = 1;
        j.objective = QStringLiteral("which ad and why");
        j.fields = {{QStringLiteral("choice"), QStringLiteral("the ad")}, {QStringLiteral("reason"), QString()}};
        ExtractionSubject s;
        s.agent = QStringLiteral("Ada");
        for (qint64 seq : {1, 3, 7}) {
            RunEvent e;
            e.seq = seq;
            e.agent = s.agent;
            e.kind = QStringLiteral("action");
            e.type = QStringLiteral("TALK");
            e.content = QStringLiteral("I'd pick Ad B. It is cheap.");
            s.events.append(e);
        }
        j.subjects.push_back(s);
        return j;
    }();
    static const JsonSchema extraction = JsonSchema::fromJson(extractionSchema(job.fields)).value();
    static const JsonSchema labels = JsonSchema::fromJson(normalisationSchema()).value();
    static const OpenQuestion question = [] {
        OpenQuestion q;
        q.questionId = QStringLiteral("why");
        q.text = QStringLiteral("Why?");
        for (int i = 0; i < 4; ++i)
            q.answers.append({QStringLiteral("P%1").arg(i), QStringLiteral("answer %1").arg(i), std::nullopt});
        return q;
    }();

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const llm::RepairedJson repaired = llm::parseModelJson(text);
    fuzz::check(repaired.value.has_value() != !repaired.problem.isEmpty(), "a value and a problem, or neither");
    if (!repaired.value)
        return 0;
    const nlohmann::json &reply = *repaired.value;

    // Extraction.
    const QSet<qint64> seqs{1, 3, 7};
    const QString extractionProblem = replyProblems(reply, extraction, [&](const nlohmann::json &r) { return extractionReplyProblem(r, seqs); });
    if (extractionProblem.isEmpty()) {
        const ExtractionRecord rec = extractionFromReply(job, job.subjects[0], reply);
        fuzz::check(rec.result.size() == 2, "a record without its fields");
        for (qint64 s : rec.citedSeqs)
            fuzz::check(seqs.contains(s), "a record citing an event that is not there");
    }

    // Normalisation, for k from 1 to 3.
    for (int k = 1; k <= 3; ++k) {
        const QString problem = replyProblems(reply, labels, [&](const nlohmann::json &r) {
            return normalisationReplyProblem(r, int(question.answers.size()), k);
        });
        if (!problem.isEmpty())
            continue;
        const Normalisation n = normalisationFromReply(question, reply, QStringLiteral("model"));
        fuzz::check(n.labels.size() <= k, "more labels than allowed");
        int total = 0;
        for (const NormalisedLabel &l : n.labels)
            total += l.count();
        fuzz::check(total == int(question.answers.size()), "an answer without a label, or with two");
    }

    // The offline engine reading the same JSON as hints.
    llm::ChatRequest request;
    request.hints = reply;
    (void)llm::offlineExtraction(request);
    (void)llm::offlineNormalisation(request);
    return 0;
}
