#pragma once

#include "action.h"
#include "agentsettings.h"
#include "cognitivestate.h"
#include "faculty.h"
#include "stimulus.h"
#include "llm/llmtypes.h"
#include "memory/episodicmemory.h"
#include "memory/semanticmemory.h"
#include "persona/personadocument.h"
#include "store/runrecords.h"
#include "turn/ask.h"
#include "util/result.h"

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace troupe {

/** What applying one model reply did to an agent. */
struct TurnResult
{
    std::vector<Action> actions;  // as kept: capped, cut at a repetition, ending with DONE
    QStringList feedback;         // notes the agent got about its own turn
    QStringList changedState;     // cognitive-state fields the reply changed
};

/**
 * A simulated person (TinyTroupe's TinyPerson): a persona, a cognitive state, episodic and
 * semantic memory, and faculties. It builds the request for its turn and applies the
 * reply; the World decides when it acts and routes what it does.
 */
class Agent final
{
public:
    explicit Agent(PersonaDocument persona, AgentSettings settings = {});

    const QString &name() const { return m_persona.name(); }
    const PersonaDocument &persona() const { return m_persona; }
    void setPersona(PersonaDocument persona);
    const AgentSettings &settings() const { return m_settings; }

    CognitiveState &state() { return m_state; }
    const CognitiveState &state() const { return m_state; }
    EpisodicMemory &episodic() { return m_episodic; }
    const EpisodicMemory &episodic() const { return m_episodic; }
    SemanticMemory &semantic() { return m_semantic; }
    const SemanticMemory &semantic() const { return m_semantic; }

    /** Per-agent model and temperature; empty / unset means the run's default. */
    void setModel(const QString &model) { m_model = model; }
    const QString &model() const { return m_model; }
    void setTemperature(std::optional<double> t) { m_temperature = t; }
    std::optional<double> temperature() const { return m_temperature; }

    void addFaculty(std::shared_ptr<Faculty> faculty);
    const std::vector<std::shared_ptr<Faculty>> &faculties() const { return m_faculties; }
    /** TALK, THINK, REACH_OUT, DONE and every faculty's action types. */
    QStringList actionTypes() const;

    // Perception: stored in episodic memory and shown in the next turn.
    void perceive(const Stimulus &stimulus, int step);
    void listen(const QString &speech, const QString &source, int step);
    void socialize(const QString &message, const QString &source, int step);
    void see(const QString &description, const QString &source, int step);
    void think(const QString &thought, int step);
    void internalizeGoal(const QString &goal, int step);
    /** LOCATION: moves the agent and/or replaces its context, and tells it so. */
    void moveTo(const QString &location, const QStringList &context, int step);
    /** A note about the agent's own behaviour (e.g. "you repeated yourself"). */
    void note(const QString &feedback, int step);
    /** Whether anything was perceived since the last turn. */
    bool hasNewStimuli() const { return m_newStimuli > 0; }

    // Semantic memory inputs for the next turn.
    void queueRecall(const QString &query) { m_recallQueries.append(query); }
    QStringList takeRecallQueries();
    /** Goals, attention, context and the latest stimuli: what contextual retrieval searches. */
    QString contextQuery() const;
    void setWorkingMemory(QStringList items) { m_workingMemory = std::move(items); }
    const QStringList &workingMemory() const { return m_workingMemory; }

    /** The system prompt: rules, persona, current cognitive state and working memory. */
    QString systemPrompt() const;
    /**
     * The model call for this agent's turn; `defaultModel` applies when it has none. `hints`
     * adds the prompt's inputs as structured data for the offline engine; a language model
     * never reads them, so they are left out for one.
     */
    llm::ChatRequest buildTurnRequest(int step, quint64 seed, const QString &defaultModel, bool hints = true) const;
    /**
     * The model call that asks this agent `ask` in character, under the question's schema;
     * `earlier` are its answers to the step's earlier questions (`asks`), shown after memory.
     */
    llm::ChatRequest buildAnswerRequest(const Ask &ask, const std::vector<AskAnswer> &earlier, const std::vector<Ask> &asks,
                                        int step, quint64 seed, const QString &defaultModel, bool hints = true) const;
    /** Remembers a question put to it and its answer, as a CONVERSATION heard and a TALK made. */
    void rememberAnswer(const Ask &ask, const AskAnswer &answer, int step);
    /** The JSON Schema of a turn reply, with this agent's action types. */
    nlohmann::json turnSchema() const;

    /**
     * Applies a reply that passed `turnSchema()`: keeps at most `maxActionsPerTurn` actions,
     * stops at a repetition of the previous action (same type and target, content Jaccard
     * similarity above the threshold) with a note, drops anything after DONE, appends DONE
     * when missing, runs faculty actions, updates the cognitive state and remembers it all.
     */
    TurnResult applyTurn(const nlohmann::json &reply, int step);

    /** Cognitive state and turn bookkeeping, for saving a run mid-way. */
    nlohmann::json saveState() const;
    void restoreState(const nlohmann::json &json);

    /**
     * For storage after a step: the whole current state with the persona in its own key
     * order (it is rendered into every prompt, so a resumed run must see it unchanged), and
     * the memories added since the last markSaved().
     */
    AgentSnapshot snapshot() const;
    /** The last snapshot was stored. */
    void markSaved();
    /**
     * Rebuilds the agent as stored: persona and state from `state` (a snapshot's), then its
     * memories in order. Returns the problem when the stored data does not fit.
     */
    Status restore(const nlohmann::ordered_json &state, const std::vector<nlohmann::json> &episodic,
                   const std::vector<StoredEngram> &engrams);

private:
    void remember(MemoryItem item);
    /** What saveState() writes, copied (implicitly shared values: cheap), for JSON made later on any thread. */
    struct SavedState;
    SavedState savedState() const;

    PersonaDocument m_persona;
    bool m_personaSaved = false; // the persona is in the project as it is now (markSaved)
    AgentSettings m_settings;
    CognitiveState m_state;
    EpisodicMemory m_episodic;
    SemanticMemory m_semantic;
    QString m_model;
    std::optional<double> m_temperature;
    std::vector<std::shared_ptr<Faculty>> m_faculties;
    /** What the first part of the system prompt is made of: name, faculties, rules, persona. */
    nlohmann::json systemPromptIdentity() const;
    mutable std::mutex m_promptMutex;
    mutable QString m_promptHead; // systemPrompt()'s first part, rendered once; cleared when what it shows changes
    QStringList m_recallQueries;
    QStringList m_workingMemory;
    std::optional<Action> m_lastAction;
    int m_newStimuli = 0;
};

} // namespace troupe
