#pragma once

#include "llmtypes.h"

namespace troupe::llm {

/**
 * The offline engine's extraction (purpose "extraction"), from the request's hints: for each
 * field, the sentence of the subject's events that shares most keywords with the field's
 * name and hint (the agent's own words first; questions never), citing that event; else the
 * sentence after the previous field's in the same event; else the persona's attribute of
 * that name; else null. Word matching, not understanding: same request, same reply.
 */
nlohmann::json offlineExtraction(const ChatRequest &request);

/** The offline engine's normalisation (purpose "normalisation"): keyword clustering (util/keywordclusters.h). */
nlohmann::json offlineNormalisation(const ChatRequest &request);

} // namespace troupe::llm
