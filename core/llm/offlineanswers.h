#pragma once

#include "llmtypes.h"

namespace troupe::llm {

/**
 * The offline engine's structured answer to a typed question (purpose "answer"): a value that
 * fits the question's schema and a justification in the persona's terms, from the request's
 * hints (persona, what it saw, the question). Same request, same answer.
 */
nlohmann::json offlineAnswer(const ChatRequest &request);

} // namespace troupe::llm
