#include "turnexplanation.h"

#include "llm/llmtypes.h"
#include "memory/episodicmemory.h"

#include <QCoreApplication>

namespace troupe::turnexplanation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TurnExplanation)
};

/** A key of an object, or an empty list: the project file's JSON is read without trusting its shape. */
nlohmann::json listAt(const nlohmann::json &j, const char *key)
{
    if (!j.is_object())
        return nlohmann::json::array();
    const auto it = j.find(key);
    return it != j.end() && it->is_array() ? *it : nlohmann::json::array();
}

QString messageOf(const nlohmann::json &request, const char *role)
{
    QString out;
    if (!request.is_object() || !request.contains("messages") || !request.at("messages").is_array())
        return out;
    for (const auto &m : request.at("messages"))
        if (m.is_object() && m.contains("role") && m.at("role").is_string() && m.at("role").get<std::string>() == role
            && m.contains("content") && m.at("content").is_string()) {
            out = QString::fromStdString(m.at("content").get<std::string>());
            break; // the first: a repair attempt adds later ones
        }
    return out;
}

} // namespace

EpisodicAtCall episodicAtCall(const std::vector<MemoryItem> &items, int step, const nlohmann::json &turnRequest,
                              const AgentSettings &settings)
{
    qsizetype before = 0; // items of earlier steps
    qsizetype upTo = 0;   // items up to the end of this step
    for (const MemoryItem &item : items) {
        before += item.step < step ? 1 : 0;
        upTo += item.step <= step ? 1 : 0;
    }
    const QString prompt = messageOf(turnRequest, "user");
    if (!prompt.isEmpty()) {
        // The memory grows by what the agent perceives before its turn, then by its reply and
        // what it hears after: the largest count whose window the prompt holds is the one.
        for (qsizetype n = upTo; n >= before; --n) {
            EpisodicMemory memory;
            for (qsizetype i = 0; i < n; ++i)
                memory.append(items[size_t(i)]);
            const QStringList lines = memory.renderWindow(settings.fixedPrefixLength, settings.lookbackLength, settings.maxContentLength);
            if (lines.isEmpty() ? n == 0 : prompt.contains(lines.join(u'\n')))
                return {n, true};
        }
    }
    // No call (or a prompt this version cannot read): what the step brought before the agent acted.
    qsizetype n = before;
    while (n < upTo && items[size_t(n)].role == MemoryItem::Role::Stimulus)
        ++n;
    return {n, false};
}

Retrieval retrievalForTurn(const SemanticMemory &memory, const std::vector<LlmCallRecord> &calls, int step,
                           const nlohmann::json &turnRequest, const RunEvents &stimuli, const AgentSettings &settings)
{
    Retrieval out;
    // The engrams that existed: consolidation embeds a step's new engrams after the step, in
    // order, and the memory keeps them in that order.
    qsizetype atCall = 0;
    for (const LlmCallRecord &c : calls)
        if (c.purpose == QLatin1String("consolidation") && c.ok && c.step < step)
            atCall += qsizetype(listAt(c.request, "input").size());
    out.engramsAtCall = std::min(atCall, memory.size());

    const LlmCallRecord *recall = nullptr;
    for (const LlmCallRecord &c : calls)
        if (c.purpose == QLatin1String("recall") && c.step == step)
            recall = &c;
    if (!recall) {
        if (out.engramsAtCall == 0)
            out.note = Tr::tr("No memory search at this step: the semantic memory was still empty (engrams are made when "
                              "the episodic memory is consolidated, after a step with at least %1 new items).")
                           .arg(settings.minEpisodeLength);
        else if (!settings.contextualRetrieval)
            out.note = Tr::tr("No memory search at this step: the agent did not use RECALL, and the search made before every "
                              "turn is off (ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL in config.ini).");
        else
            out.note = Tr::tr("No memory search was logged for this step.");
        return out;
    }
    if (!recall->ok) {
        out.note = Tr::tr("The memory search at this step failed: %1").arg(recall->error);
        return out;
    }
    const auto vectors = llm::decodeVectors(recall->response);
    const nlohmann::json input = listAt(recall->request, "input");
    if (!vectors || vectors->size() != input.size()) {
        out.note = Tr::tr("The memory search at this step is logged without its vectors; its results cannot be rebuilt.");
        return out;
    }
    SemanticMemory then;
    for (qsizetype i = 0; i < out.engramsAtCall; ++i) {
        const float *v = memory.vector(i);
        then.add(memory.engram(i), std::vector<float>(v, v + memory.dimensions()));
    }
    // The queries: the agent's RECALLs, then (when on) the search made before every turn.
    const qsizetype queries = qsizetype(input.size());
    const qsizetype recalls = settings.contextualRetrieval ? queries - 1 : queries;
    const QString system = messageOf(turnRequest, "system");
    QString recalled;
    for (const RunEvent &e : stimuli)
        if (e.kind == QLatin1String("stimulus") && e.type == QLatin1String("THOUGHT") && e.source.isEmpty())
            recalled += e.content + u'\n';
    out.searched = true;
    for (qsizetype q = 0; q < queries; ++q) {
        const bool contextual = q >= recalls;
        const QString query = input[size_t(q)].is_string() ? QString::fromStdString(input[size_t(q)].get<std::string>()) : QString();
        const int k = contextual ? settings.contextualTopK : settings.recallTopK;
        for (const SemanticMemory::Hit &h : then.retrieve((*vectors)[size_t(q)], k)) {
            const QString text = then.engram(h.index).text;
            const bool confirmed = contextual ? system.contains(text.left(settings.maxContentLength)) : recalled.contains(text);
            out.hits.push_back({query, contextual, h.index, h.score, confirmed});
        }
    }
    return out;
}

} // namespace troupe::turnexplanation
