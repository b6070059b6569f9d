#include "personfactory.h"

#include "personrequest.h"
#include "llm/callscheduler.h"
#include "store/populationstore.h"
#include "store/projectfile.h"
#include "turn/structuredcall.h"

#include <QCoreApplication>
#include <QDateTime>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonFactory)
};

constexpr int kFlushMs = 100;     // finished people are stored at most this often...
constexpr int kFlushBatch = 64;   // ...or as soon as this many are waiting

} // namespace

PersonFactory::PersonFactory(ProjectFile &project, llm::Provider &provider, llm::CallScheduler &scheduler, QObject *parent)
    : QObject(parent), m_project(project), m_provider(provider), m_scheduler(scheduler),
      m_store(std::make_unique<PopulationStore>(project)), m_log(&provider), m_dimensionLog(&provider)
{
    qRegisterMetaType<GenerationSummary>();
    qRegisterMetaType<Dimensions>();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &PersonFactory::flush);
}

PersonFactory::~PersonFactory() = default;

void PersonFactory::requestDimensions(const PopulationInput &input, const QString &model, int maxAttempts)
{
    StructuredCall call;
    call.request = dimensionsRequest(input, model);
    call.schema = &dimensionsReplySchema();
    call.check = [](const nlohmann::json &reply) -> QString {
        auto dims = dimensionsFromJson(reply.value("dimensions", nlohmann::json::array()));
        return dims ? QString() : QStringLiteral("dimensions%1").arg(dims.error());
    };
    call.maxAttempts = std::max(1, maxAttempts);
    runStructuredCall(
        m_scheduler, std::move(call), this,
        [this](const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable) { m_dimensionLog.chat(request, reply, usable, 0); },
        [this](StructuredResult result) {
            if (!result.value) {
                Q_EMIT dimensionsFailed(Tr::tr("the model gave no usable dimensions after %n attempts: %1", nullptr, result.attempts).arg(result.problem));
                return;
            }
            auto dims = dimensionsFromJson(result.value->value("dimensions", nlohmann::json::array()));
            if (dims)
                Q_EMIT dimensionsReady(dims.value());
            else
                Q_EMIT dimensionsFailed(dims.error());
        });
}

std::vector<LlmCallRecord> PersonFactory::takeDimensionCalls()
{
    return m_dimensionLog.take();
}

Status PersonFactory::generate(qint64 populationId, const PopulationInput &input, const SamplingPlan &plan, QList<int> indices,
                               const GenerationOptions &options)
{
    if (m_running)
        return Status::failure(Tr::tr("a generation is already running"));
    if (indices.isEmpty())
        for (int i = 0; i < plan.size(); ++i)
            indices.append(i);
    for (int i : indices)
        if (i < 0 || i >= plan.size())
            return Status::failure(Tr::tr("sample %1 is not in the plan (it has %2)").arg(i + 1).arg(plan.size()));
    auto taken = m_store->takenNames();
    if (!taken)
        return Status::failure(taken.error());
    m_taken = taken.value();
    m_populationId = populationId;
    m_input = input;
    m_inputText = input.toJson().dump();
    m_plan = plan;
    m_options = options;
    m_todo = indices;
    m_next = m_inFlight = m_done = m_cancelledInFlight = 0;
    m_summary = {};
    m_summary.requested = int(indices.size());
    m_stopping = false;
    m_running = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_log.setSpent(0);
    Q_EMIT progress(0, m_summary.requested);
    pump();
    return {};
}

void PersonFactory::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_summary.cancelled = true;
    m_summary.stopReason = Tr::tr("cancelled");
    m_scheduler.cancelAll();
    finishIfDone();
}

void PersonFactory::pump()
{
    const int window = m_options.parallel > 0 ? m_options.parallel : std::max(1, m_provider.maxConcurrency()) * 2;
    while (!m_stopping && m_next < m_todo.size() && m_inFlight < window) {
        if (m_options.budgetUsd > 0 && m_log.spent() >= m_options.budgetUsd) {
            m_stopping = true;
            m_summary.stopReason = Tr::tr("the budget of $%1 was reached").arg(QString::number(m_options.budgetUsd, 'f', 2));
            break;
        }
        startOne(m_todo[m_next++]);
    }
    finishIfDone();
}

void PersonFactory::startOne(int index)
{
    ++m_inFlight;
    const Sample sample = m_plan.samples().at(size_t(index));
    const Dimensions dims = m_plan.dimensions();
    StructuredCall call;
    call.request = personRequest(m_input, m_plan, index, m_options.model, m_options.temperature, m_inputText);
    call.schema = &personReplySchema();
    // m_taken grows as people arrive, so a name taken a moment ago is refused too.
    call.check = [this, sample, dims](const nlohmann::json &reply) { return personProblem(reply, sample, dims, m_taken); };
    call.maxAttempts = std::max(1, m_options.maxAttempts);
    runStructuredCall(
        m_scheduler, std::move(call), this,
        [this](const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable) { m_log.chat(request, reply, usable, 0); },
        [this, index](StructuredResult result) {
            --m_inFlight;
            if (m_stopping && result.callFailed) {
                ++m_cancelledInFlight; // cancelled, not failed: nothing is stored for it
                finishIfDone();
                return;
            }
            Finished f{index, std::move(result.value), result.problem, result.attempts};
            if (f.reply) {
                const nlohmann::json persona = f.reply->value("persona", nlohmann::json::object());
                m_taken.insert(QString::fromStdString(persona.value("name", std::string())).trimmed().toLower());
            }
            arrived(std::move(f));
            pump();
        });
}

void PersonFactory::arrived(Finished f)
{
    ++m_done;
    m_pending.push_back(std::move(f));
    Q_EMIT progress(m_done, m_summary.requested);
    if (int(m_pending.size()) >= kFlushBatch)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PersonFactory::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty() && m_log.isEmpty())
        return;
    std::vector<Finished> batch;
    batch.swap(m_pending);
    std::vector<LlmCallRecord> calls = m_log.take();
    for (const LlmCallRecord &c : calls) {
        m_summary.cost += c.cost.value_or(0);
        m_summary.promptTokens += c.promptTokens;
        m_summary.completionTokens += c.completionTokens;
        ++m_summary.calls;
    }
    QList<std::pair<int, QString>> stored, failed;
    std::vector<StoredPerson> people;
    std::vector<FailedSample> failures;
    for (const Finished &f : batch) {
        if (!f.reply) {
            failures.push_back({f.index, f.problem.isEmpty() ? Tr::tr("no reply") : f.problem, f.attempts});
            continue;
        }
        // The reply passed the person schema, which asks for more than an agent file needs:
        // it is a valid agent document as it stands.
        nlohmann::ordered_json doc = agentDocument(*f.reply);
        const QString name = QString::fromStdString(doc.at("persona").value("name", std::string())).trimmed();
        people.push_back({f.index, PersonaDocument(SpecKind::Agent, std::move(doc), name),
                          QString::fromStdString(f.reply->value("bio", std::string())), f.attempts});
    }
    const Status s = m_store->storeBatch(m_populationId, people, failures, calls);
    if (s) {
        for (const StoredPerson &p : people)
            (p.problem.isEmpty() ? stored : failed).append({p.index, p.problem.isEmpty() ? p.person.name() : p.problem});
        for (const FailedSample &f : failures)
            failed.append({f.index, f.problem});
    }
    if (!s)
        for (const Finished &f : batch)
            failed.append({f.index, s.error()});
    for (const auto &[index, name] : stored) {
        ++m_summary.generated;
        Q_EMIT personStored(index, name);
    }
    for (const auto &[index, problem] : failed) {
        ++m_summary.failed;
        m_summary.failures.append(Tr::tr("sample %1: %2").arg(index + 1).arg(problem));
        Q_EMIT personFailed(index, problem);
    }
    finishIfDone();
}

void PersonFactory::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_stopping && m_next < m_todo.size())
        return;
    if (!m_pending.empty() || !m_log.isEmpty()) {
        flush(); // calls finishIfDone again once stored
        return;
    }
    m_running = false;
    m_summary.notStarted = int(m_todo.size()) - m_next + m_cancelledInFlight;
    m_summary.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    Q_EMIT finished(m_summary);
}

} // namespace troupe
