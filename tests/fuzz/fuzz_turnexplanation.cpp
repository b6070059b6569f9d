// Fuzzes the inspector's reading of a stored turn: the request JSON (any bytes, parsed
// without throwing), the recall call's queries and vectors, and the agent's memory. It must
// never crash or throw, whatever the project file holds.
#include "analysis/turnexplanation.h"
#include "llm/llmtypes.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    // Three parts separated by NUL: the turn's request, the recall response, the recall input.
    const size_t a = bytes.find('\0');
    const size_t b = a == std::string::npos ? std::string::npos : bytes.find('\0', a + 1);
    const std::string request = bytes.substr(0, a);
    const std::string response = a == std::string::npos ? std::string() : bytes.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
    const std::string input = b == std::string::npos ? std::string() : bytes.substr(b + 1);

    nlohmann::json turn = nlohmann::json::parse(request, nullptr, false);
    if (turn.is_discarded())
        turn = nullptr;
    std::vector<MemoryItem> items;
    for (int i = 0; i < 12; ++i) {
        MemoryItem m;
        m.role = i % 3 == 2 ? MemoryItem::Role::Action : MemoryItem::Role::Stimulus;
        m.type = i % 3 == 2 ? QStringLiteral("TALK") : QStringLiteral("CONVERSATION");
        m.content = QString::fromStdString(request.substr(0, size_t(i) * 3 % (request.size() + 1)));
        m.step = i / 4 + 1;
        items.push_back(m);
    }
    AgentSettings settings;
    settings.fixedPrefixLength = 2;
    settings.lookbackLength = 3;
    settings.contextualRetrieval = size % 2 == 0;
    (void)turnexplanation::episodicAtCall(items, 2, turn, settings);

    SemanticMemory memory;
    for (int i = 0; i < 6; ++i)
        memory.add({QStringLiteral("stimulus"), QStringLiteral("engram %1").arg(i), i / 2}, std::vector<float>{float(i), 1.0f, float(size % 7)});
    std::vector<LlmCallRecord> calls(2);
    calls[0].purpose = QStringLiteral("consolidation");
    calls[0].ok = true;
    calls[0].step = 1;
    calls[0].request = nlohmann::json::parse(input, nullptr, false);
    if (calls[0].request.is_discarded())
        calls[0].request = nlohmann::json::object();
    calls[1].purpose = QStringLiteral("recall");
    calls[1].ok = size % 3 != 0;
    calls[1].step = 2;
    calls[1].request = calls[0].request;
    calls[1].response = QString::fromStdString(response);
    RunEvents stimuli(1);
    stimuli[0].kind = QStringLiteral("stimulus");
    stimuli[0].type = QStringLiteral("THOUGHT");
    stimuli[0].content = QString::fromStdString(input);
    (void)turnexplanation::retrievalForTurn(memory, calls, 2, turn, stimuli, settings);
    return 0;
}
