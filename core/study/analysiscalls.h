#pragma once

#include "turn/calllog.h"
#include "turn/structuredcall.h"
#include "util/result.h"

namespace troupe {

class ProjectFile;

namespace llm {
class Provider;
}

/**
 * The model calls of an analysis of a stored run (an extraction, a normalisation), logged as
 * they are made and then stored with the run's own calls, so their tokens and cost count
 * into the run's. They are stored at step 0: after the run, in none of its steps, so the
 * per-step figures stay the simulation's.
 */
class AnalysisCalls final
{
public:
    explicit AnalysisCalls(const llm::Provider *provider);

    /** Logs every call (each attempt) made through it; it refers to this object, which must outlive the calls. */
    CallRecorder recorder();
    /** Stores the calls logged so far in the run's call log. */
    Status store(ProjectFile &project, qint64 runId);

    int calls() const { return m_calls; }
    double cost() const { return m_cost; }
    /** False when a call had no known price (its cost is left out of cost()). */
    bool costKnown() const { return m_unpriced == 0; }
    /** "3 model calls, $0.0012 (now in run 4's cost)" for people. */
    QString summary(qint64 runId) const;

private:
    CallLog m_log;
    int m_calls = 0;
    int m_unpriced = 0;
    double m_cost = 0;
    bool m_offline = false; // the offline engine costs nothing and has no price to miss
};

} // namespace troupe
