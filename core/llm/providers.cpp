#include "providers.h"

#include "offlineengine.h"
#include "openaiprovider.h"
#include "config/config.h"

#include <QCoreApplication>

namespace troupe::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Providers)
};
} // namespace

QStringList availableProviders()
{
    return QStringList{QStringLiteral("offline")} + endpointPresets();
}

QString chosenProvider(const QString &flagName, const Config &config)
{
    const QString name = flagName.trimmed().isEmpty()
        ? config.value(QStringLiteral("OpenAI"), QStringLiteral("API_TYPE"), QStringLiteral("offline")).toString()
        : flagName;
    return name.trimmed().toLower();
}

Result<std::unique_ptr<Provider>> createProvider(const EndpointFlags &flags, const Config &config)
{
    using R = Result<std::unique_ptr<Provider>>;
    const QString chosen = chosenProvider(flags.provider, config);
    if (chosen == QLatin1String("offline"))
        return R(std::make_unique<OfflineEngine>());
    if (!isEndpointPreset(chosen))
        return R::failure(Tr::tr("provider \"%1\" is not known (available: %2)").arg(chosen, availableProviders().join(QStringLiteral(", "))));
    EndpointFlags f = flags;
    f.provider = chosen;
    auto endpoint = resolveEndpoint(config, f);
    if (!endpoint)
        return R::failure(endpoint.error());
    return R(std::make_unique<OpenAiProvider>(std::move(endpoint).value(), PriceTable::fromConfig(config)));
}

} // namespace troupe::llm
