#include "studiosettings.h"

#include "config/config.h"
#include "llm/providers.h"

#include <QSettings>

namespace troupe {

ModelSettings ModelSettings::load()
{
    QSettings s;
    ModelSettings m;
    m.provider = s.value(QStringLiteral("model/provider")).toString();
    m.baseUrl = s.value(QStringLiteral("model/baseUrl")).toString();
    m.model = s.value(QStringLiteral("model/name")).toString();
    m.concurrency = s.value(QStringLiteral("model/concurrency"), 0).toInt();
    return m;
}

void ModelSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("model/provider"), provider);
    s.setValue(QStringLiteral("model/baseUrl"), baseUrl);
    s.setValue(QStringLiteral("model/name"), model);
    s.setValue(QStringLiteral("model/concurrency"), concurrency);
}

llm::EndpointFlags ModelSettings::flags() const
{
    llm::EndpointFlags f;
    f.provider = provider;
    if (effectiveProvider() != QLatin1String("offline")) {
        f.baseUrl = baseUrl;
        f.model = model;
        f.concurrency = concurrency;
    }
    return f;
}

QString ModelSettings::effectiveProvider() const
{
    auto config = Config::load();
    return llm::chosenProvider(provider, config ? config.value() : Config::defaults());
}

QString studioLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setStudioLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace troupe
