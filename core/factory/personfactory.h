#pragma once

#include "dimension.h"
#include "populationinput.h"
#include "samplingplan.h"
#include "store/runrecords.h"
#include "turn/calllog.h"
#include "util/result.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace troupe {

class ProjectFile;
class PopulationStore;

namespace llm {
class CallScheduler;
class Provider;
}

struct GenerationOptions
{
    QString model;            // empty: the provider's default
    double temperature = 1.0;
    int maxAttempts = 2;      // [ActionGenerator] MAX_ATTEMPTS
    int parallel = 0;         // people in flight at once; 0: as many as the scheduler allows; 1: one at a time
    double budgetUsd = 0;     // 0: no cap; no new person is started once the calls cost this much
};

/** How a generation ended. */
struct GenerationSummary
{
    int requested = 0;
    int generated = 0;
    int failed = 0;
    int notStarted = 0;       // left out by Cancel or the budget
    bool cancelled = false;
    QString stopReason;       // why people were left out
    QStringList failures;     // "sample 7: persona.age: 71 is outside the sampled range 25-34"
    double cost = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    int calls = 0;
    qint64 elapsedMs = 0;
};

/**
 * The person factory's model steps. The dimensions call turns a description into
 * dimensions; generation makes one person per sample, many at once under the scheduler's
 * limits, each a structured call that must fit the person schema and agree with its sample
 * (repaired up to maxAttempts, then reported; never stored empty), with names unique in the
 * population and the project. Finished people are stored in batches (one transaction per
 * batch), each linked to its sample, with every call made for them. Lives on one thread:
 * the window's in the CLI, a run thread in the studio.
 */
class PersonFactory final : public QObject
{
    Q_OBJECT
public:
    PersonFactory(ProjectFile &project, llm::Provider &provider, llm::CallScheduler &scheduler, QObject *parent = nullptr);
    ~PersonFactory() override;

    /** Asks the model for dimensions; dimensionsReady or dimensionsFailed follows. */
    void requestDimensions(const PopulationInput &input, const QString &model, int maxAttempts);
    /** The calls of the dimensions step, to store with the population once it exists. */
    std::vector<LlmCallRecord> takeDimensionCalls();

    /** Generates the people of `indices` (all samples when empty) into population `populationId`. */
    Status generate(qint64 populationId, const PopulationInput &input, const SamplingPlan &plan, QList<int> indices,
                    const GenerationOptions &options);
    /** Starts no new person and cancels the calls in flight; finished follows. */
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void dimensionsReady(const troupe::Dimensions &dimensions);
    void dimensionsFailed(const QString &problem);
    /** A person was stored (their sample index and name). */
    void personStored(int index, const QString &name);
    void personFailed(int index, const QString &problem);
    void progress(int done, int total);
    void finished(const troupe::GenerationSummary &summary);

private:
    struct Finished
    {
        int index;
        std::optional<nlohmann::json> reply;
        QString problem;
        int attempts;
    };
    void pump();
    void startOne(int index);
    void arrived(Finished f);
    void flush();
    void finishIfDone();

    ProjectFile &m_project;
    llm::Provider &m_provider;
    llm::CallScheduler &m_scheduler;
    std::unique_ptr<PopulationStore> m_store;
    CallLog m_log;
    CallLog m_dimensionLog;

    qint64 m_populationId = 0;
    PopulationInput m_input;
    std::string m_inputText;
    SamplingPlan m_plan;
    GenerationOptions m_options;
    QList<int> m_todo;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_cancelledInFlight = 0;
    bool m_running = false;
    bool m_stopping = false;
    QSet<QString> m_taken;
    std::vector<Finished> m_pending;
    QTimer m_flushTimer;
    GenerationSummary m_summary;
    qint64 m_startedMs = 0;
};

} // namespace troupe

Q_DECLARE_METATYPE(troupe::GenerationSummary)
Q_DECLARE_METATYPE(troupe::Dimensions)
