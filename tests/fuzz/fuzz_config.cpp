// config.ini text: loads or names each problem with the file and line; what loads is read by
// the settings objects that use it.

#include "fuzzcheck.h"

#include "agent/agentsettings.h"
#include "config/config.h"
#include "llm/endpoint.h"
#include "llm/pricing.h"

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Config> config = Config::fromText(text, QStringLiteral("fuzz.ini"));
    if (!config) {
        for (const QString &line : config.error().split(u'\n'))
            fuzz::check(line.startsWith(QLatin1String("fuzz.ini:")), "a problem that does not name the file");
        return 0;
    }
    for (const QString &notice : config.value().notices())
        fuzz::check(notice.startsWith(QLatin1String("fuzz.ini:")), "a notice that does not name the file");
    (void)AgentSettings::fromConfig(config.value());
    (void)llm::PriceTable::fromConfig(config.value());
    llm::EndpointFlags flags;
    flags.provider = QStringLiteral("vllm");
    (void)llm::resolveEndpoint(config.value(), flags);
    return 0;
}
