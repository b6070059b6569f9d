#include "migrations.h"

namespace troupe {

const MigrationList &projectMigrations()
{
    static const MigrationList list = {
        {1, QStringLiteral("personas, fragments, scenarios, runs, event log, memories, LLM calls, results, settings"),
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE personas (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                            "spec TEXT NOT NULL, source_file TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE fragments (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                            "spec TEXT NOT NULL, source_file TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE scenarios (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                            "spec TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT, "
                 "scenario_id INTEGER REFERENCES scenarios(id) ON DELETE SET NULL, "
                 "parent_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL, fork_step INTEGER, "
                 "status TEXT NOT NULL DEFAULT 'created' CHECK (status IN "
                 "('created','running','paused','finished','failed','interrupted')), "
                 "seed INTEGER, scenario_snapshot TEXT, config TEXT, steps_done INTEGER NOT NULL DEFAULT 0, "
                 "created_at TEXT NOT NULL, started_at TEXT, ended_at TEXT, summary TEXT, "
                 "CHECK (fork_step IS NULL OR parent_run_id IS NOT NULL))"),
             QStringLiteral(
                 "CREATE TABLE events (id INTEGER PRIMARY KEY, "
                 "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, seq INTEGER NOT NULL, "
                 "step INTEGER NOT NULL, sim_time TEXT, agent TEXT, kind TEXT NOT NULL, type TEXT, "
                 "source TEXT, target TEXT, content TEXT, payload TEXT, UNIQUE (run_id, seq))"),
             QStringLiteral("CREATE INDEX events_by_step ON events (run_id, step)"),
             QStringLiteral(
                 "CREATE TABLE memories (id INTEGER PRIMARY KEY, "
                 "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, agent TEXT NOT NULL, "
                 "kind TEXT NOT NULL CHECK (kind IN ('episodic','semantic')), seq INTEGER NOT NULL, "
                 "step INTEGER, content TEXT NOT NULL, embedding BLOB, UNIQUE (run_id, agent, kind, seq))"),
             QStringLiteral(
                 "CREATE TABLE llm_calls (id INTEGER PRIMARY KEY, "
                 "run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE, step INTEGER, agent TEXT, "
                 "purpose TEXT, provider TEXT, model TEXT, request_hash TEXT NOT NULL, request TEXT NOT NULL, "
                 "response TEXT, status TEXT NOT NULL, error TEXT, prompt_tokens INTEGER, "
                 "completion_tokens INTEGER, cached_tokens INTEGER, latency_ms INTEGER, "
                 "attempts INTEGER NOT NULL DEFAULT 1, cost REAL, from_cache INTEGER NOT NULL DEFAULT 0, "
                 "created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX llm_calls_by_hash ON llm_calls (request_hash)"),
             QStringLiteral("CREATE INDEX llm_calls_by_step ON llm_calls (run_id, step)"),
             QStringLiteral(
                 "CREATE TABLE results (id INTEGER PRIMARY KEY, "
                 "run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE, name TEXT NOT NULL, "
                 "kind TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL)"),
         }},
        {2, QStringLiteral("agent states and world state, so a run can be resumed where it stopped"),
         {
             QStringLiteral("CREATE TABLE agent_states (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, "
                            "agent TEXT NOT NULL, step INTEGER NOT NULL, state TEXT NOT NULL, "
                            "PRIMARY KEY (run_id, agent))"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN world_state TEXT"),
         }},
        {3, QStringLiteral("time each run spent running, for its duration without the pauses"),
         {
             QStringLiteral("ALTER TABLE runs ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0"),
         }},
        // Touches only its own tables and one new llm_calls column, so it applies the same
        // whether or not a later migration has been merged before it.
        {4, QStringLiteral("populations: input, dimensions, plan, seed, engine; their people linked to samples; their model calls"),
         {
             QStringLiteral("CREATE TABLE populations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                            "title TEXT, input TEXT NOT NULL, dimensions TEXT NOT NULL, plan TEXT NOT NULL, "
                            "seed INTEGER NOT NULL, engine TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE population_members (population_id INTEGER NOT NULL REFERENCES populations(id) ON DELETE CASCADE, "
                            "sample_index INTEGER NOT NULL, persona_id INTEGER REFERENCES personas(id) ON DELETE SET NULL, "
                            "status TEXT NOT NULL CHECK (status IN ('generated','failed')), problem TEXT, bio TEXT, "
                            "attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, PRIMARY KEY (population_id, sample_index))"),
             QStringLiteral("CREATE INDEX population_members_by_persona ON population_members (persona_id)"),
             QStringLiteral("ALTER TABLE llm_calls ADD COLUMN population_id INTEGER REFERENCES populations(id) ON DELETE CASCADE"),
             QStringLiteral("CREATE INDEX llm_calls_by_population ON llm_calls (population_id)"),
         }},
        // Plain CREATE TABLEs that need only the tables of version 1, so this step applies
        // the same after whichever steps 3 and 4 come to be.
        {5, QStringLiteral("studies: definitions, the runs of a study, respondents, answers, extractions, labels"),
         {
             QStringLiteral("CREATE TABLE studies (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                            "definition TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE study_runs (run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE, "
                 "study_name TEXT NOT NULL, definition TEXT NOT NULL, experiment TEXT, arm TEXT, replicate INTEGER, "
                 "created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX study_runs_by_study ON study_runs (study_name)"),
             QStringLiteral("CREATE INDEX study_runs_by_experiment ON study_runs (experiment)"),
             QStringLiteral(
                 "CREATE TABLE study_respondents (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, "
                 "agent TEXT NOT NULL, position INTEGER NOT NULL, persona TEXT NOT NULL, attributes TEXT, arm TEXT, "
                 "PRIMARY KEY (run_id, agent))"),
             QStringLiteral(
                 "CREATE TABLE answers (id INTEGER PRIMARY KEY, "
                 "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, agent TEXT NOT NULL, "
                 "question_id TEXT NOT NULL, type TEXT NOT NULL, value TEXT, justification TEXT, event_seq INTEGER, "
                 "missing_reason TEXT, arm TEXT, replicate INTEGER, ssr TEXT, created_at TEXT NOT NULL, "
                 "UNIQUE (run_id, agent, question_id), "
                 "CHECK ((value IS NULL) <> (missing_reason IS NULL)))"),
             QStringLiteral("CREATE INDEX answers_by_question ON answers (run_id, question_id)"),
             QStringLiteral(
                 "CREATE TABLE extractions (id INTEGER PRIMARY KEY, "
                 "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, objective TEXT NOT NULL, "
                 "fields TEXT NOT NULL, agent TEXT, result TEXT NOT NULL, cited_seqs TEXT NOT NULL, "
                 "created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX extractions_by_run ON extractions (run_id)"),
             QStringLiteral(
                 "CREATE TABLE answer_labels (id INTEGER PRIMARY KEY, "
                 "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, question_id TEXT NOT NULL, "
                 "label TEXT NOT NULL, answers TEXT NOT NULL, method TEXT, created_at TEXT NOT NULL, "
                 "UNIQUE (run_id, question_id, label))"),
         }},
        {6, QStringLiteral("experiments: the resolved definition of each experiment, by name"),
         {
             QStringLiteral("CREATE TABLE experiments (name TEXT PRIMARY KEY, definition TEXT NOT NULL, created_at TEXT NOT NULL)"),
         }},
        // A persona rarely changes during a run, and is most of an agent's state: it is
        // written when it changes (and on a run's first step), not with every step. States
        // written before keep their persona inside `state`, which is still read.
        {7, QStringLiteral("agent_states.persona: an agent's persona, written only when it changes"),
         {
             QStringLiteral("ALTER TABLE agent_states ADD COLUMN persona TEXT"),
         }},
        // An agent's instructions and persona open every request it makes, and were stored
        // again with each call (two thirds of a run's file). Calls written since keep the
        // start they share with the agent's earlier calls once, in request_prefixes; the
        // view shows every request whole. Rows written before have no prefix.
        {8, QStringLiteral("request_prefixes: the start of requests that calls share, stored once"),
         {
             QStringLiteral("CREATE TABLE request_prefixes (hash TEXT PRIMARY KEY, text TEXT NOT NULL)"),
             QStringLiteral("ALTER TABLE llm_calls ADD COLUMN request_prefix TEXT"),
             QStringLiteral("CREATE VIEW llm_call_requests AS SELECT c.id AS call_id, c.run_id, c.population_id, c.step, "
                            "c.agent, c.purpose, c.request_hash, "
                            "CASE WHEN c.request_prefix IS NULL THEN c.request ELSE p.text || c.request END AS request "
                            "FROM llm_calls c LEFT JOIN request_prefixes p ON p.hash = c.request_prefix"),
         }},
        // A run's calls have no population, and every one of them was entered in this index
        // (a step of 10,000 agents writes 10,000 calls); lookups by population still use it.
        {9, QStringLiteral("llm_calls_by_population holds only calls that belong to a population"),
         {
             QStringLiteral("DROP INDEX llm_calls_by_population"),
             QStringLiteral("CREATE INDEX llm_calls_by_population ON llm_calls (population_id) WHERE population_id IS NOT NULL"),
         }},
        // A run's scenario holds every persona (3 MB at 1,000 agents), and SQLite writes a
        // row whole on every update: each step's progress, status and active time rewrote it.
        // It is written once now, beside the run.
        {10, QStringLiteral("run_scenarios: a run's scenario, apart from the run row that changes each step"),
         {
             QStringLiteral("CREATE TABLE run_scenarios (id INTEGER PRIMARY KEY, "
                            "run_id INTEGER NOT NULL UNIQUE REFERENCES runs(id) ON DELETE CASCADE, snapshot TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO run_scenarios (run_id, snapshot) SELECT id, scenario_snapshot FROM runs "
                            "WHERE scenario_snapshot IS NOT NULL ORDER BY id"),
             QStringLiteral("ALTER TABLE runs DROP COLUMN scenario_snapshot"),
         }},
    };
    return list;
}

} // namespace troupe
