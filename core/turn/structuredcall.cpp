#include "structuredcall.h"

#include "llm/jsonrepair.h"
#include "util/promptrenderer.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StructuredCall)
};

struct Attempt
{
    StructuredCall call;
    QPointer<QObject> context;
    CallRecorder record;
    std::function<void(StructuredResult)> done;
    llm::CallScheduler *scheduler;
    llm::ChatRequest first; // what attempt 1 sent: every repair is this plus one exchange
    /** Attempt 1's reply parsed and checked against the schema on a worker thread (see chatLater). */
    struct Read
    {
        std::optional<nlohmann::json> parsed;
        QString trouble;
    };
    std::optional<Read> early;
};

/** The reply's object, and what is wrong with it by the schema (not by `check`). */
Attempt::Read readReply(const Attempt &a, const QString &content)
{
    Attempt::Read r;
    r.parsed = replyObject(content, &r.trouble);
    if (r.parsed && a.call.schema) {
        r.trouble = replyProblems(*r.parsed, *a.call.schema, {});
        if (!r.trouble.isEmpty())
            r.parsed.reset();
    }
    return r;
}

void answered(const std::shared_ptr<Attempt> &a, int attempt, const llm::ChatRequest &request, llm::ChatReply reply);

void send(std::shared_ptr<Attempt> a, int attempt, const QString &previousReply, const QString &problem)
{
    if (attempt == 1 && a->call.make) {
        a->scheduler->chatLater(
            a->call.make,
            [a](const llm::ChatRequest &request, llm::ChatReply reply) {
                if (a->context)
                    answered(a, 1, request, std::move(reply));
            },
            [a](const llm::ChatReply &reply) { a->early = readReply(*a, reply.content); });
        return;
    }
    llm::ChatRequest request = attempt == 1 ? a->call.request : a->first;
    if (attempt > 1) {
        request.prepared.reset(); // the messages change: the key worked out ahead no longer fits
        request.messages.push_back({QStringLiteral("assistant"), previousReply});
        request.messages.push_back({QStringLiteral("user"),
                                    renderPrompt(QStringLiteral("reply_repair"), {{"problem", problem.toStdString()}})});
    }
    a->scheduler->chat(request, [a, attempt, request](llm::ChatReply reply) {
        if (a->context)
            answered(a, attempt, request, std::move(reply));
    });
}

void answered(const std::shared_ptr<Attempt> &a, int attempt, const llm::ChatRequest &request, llm::ChatReply reply)
{
    if (!reply.ok) {
        if (!request.messages.empty()) // a call cancelled before its request was made never went out
            a->record(request, reply, false);
        StructuredResult r;
        r.problem = reply.error;
        r.callFailed = true;
        r.attempts = attempt;
        a->done(std::move(r));
        return;
    }
    Attempt::Read read = attempt == 1 && a->early ? std::move(*a->early) : readReply(*a, reply.content);
    a->early.reset();
    std::optional<nlohmann::json> parsed = std::move(read.parsed);
    QString trouble = std::move(read.trouble);
    if (parsed && a->call.schema && a->call.check) { // as replyProblems() with the check
        trouble = a->call.check(*parsed);
        if (!trouble.isEmpty())
            parsed.reset();
    }
    a->record(request, reply, parsed.has_value());
    if (parsed) {
        StructuredResult r;
        r.value = std::move(parsed);
        r.attempts = attempt;
        a->done(std::move(r));
    } else if (attempt < std::max(1, a->call.maxAttempts)) {
        if (attempt == 1) // kept only when a repair needs it
            a->first = request;
        send(a, attempt + 1, reply.content, trouble);
    } else {
        StructuredResult r;
        r.problem = trouble;
        r.attempts = attempt;
        a->done(std::move(r));
    }
}

} // namespace

std::optional<nlohmann::json> replyObject(const QString &text, QString *problem)
{
    llm::RepairedJson r = llm::parseModelJson(text);
    if (!r.value) {
        *problem = r.problem;
        return std::nullopt;
    }
    if (!r.value->is_object()) {
        *problem = Tr::tr("the reply is JSON but not an object");
        return std::nullopt;
    }
    return std::move(r.value);
}

QString replyProblems(const nlohmann::json &reply, const JsonSchema &schema,
                      const std::function<QString(const nlohmann::json &)> &check)
{
    const auto violations = schema.validate(reply);
    QStringList messages;
    for (const auto &v : violations)
        if (messages.size() < 3)
            messages.append(v.field.isEmpty() ? v.message : v.field + QStringLiteral(": ") + v.message);
    if (!messages.isEmpty())
        return messages.join(QStringLiteral("; "));
    return check ? check(reply) : QString();
}

void runStructuredCall(llm::CallScheduler &scheduler, StructuredCall call, QObject *context, CallRecorder record,
                       std::function<void(StructuredResult)> done)
{
    auto a = std::make_shared<Attempt>(Attempt{std::move(call), context, std::move(record), std::move(done), &scheduler});
    send(std::move(a), 1, {}, {});
}

} // namespace troupe
