#include "providers.h"

#include "offlineengine.h"
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
    return {QStringLiteral("offline")};
}

Result<std::unique_ptr<Provider>> createProvider(const QString &name, const Config &config)
{
    using R = Result<std::unique_ptr<Provider>>;
    QString chosen = name.trimmed().toLower();
    if (chosen.isEmpty())
        chosen = config.value(QStringLiteral("OpenAI"), QStringLiteral("API_TYPE"), QStringLiteral("offline")).toString().trimmed().toLower();
    if (chosen == QLatin1String("offline"))
        return R(std::make_unique<OfflineEngine>());
    return R::failure(Tr::tr("provider \"%1\" is not available in this build (available: %2)")
                          .arg(chosen, availableProviders().join(QStringLiteral(", "))));
}

} // namespace troupe::llm
