#include "configkeys.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace troupe {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigKeys)
};

enum class Kind {
    Text,
    Url,
    Choice,
    Boolean,
    Integer,
    Number,
    Seconds,
    Dollars,
    NotBuilt,  // TinyTroupe's action quality checks: a notice, no effect
    NoEffect,  // TinyTroupe keys with no counterpart here: a notice, no effect
};

struct KeySpec
{
    const char *section;
    const char *key;
    Kind kind;
    double min = 0;
    double max = 0;
    const char *choices = nullptr; // Kind::Choice: comma-separated, compared case-insensitively
};

// Every key config.ini may hold. The shipped file holds a subset; a key here that no code
// reads must be NotBuilt or NoEffect (tst_config checks the shipped file against the code).
const KeySpec kKeys[] = {
    {"OpenAI", "API_TYPE", Kind::Choice, 0, 0, "offline,openai,azure,ollama,lmstudio,llamacpp,vllm,openrouter"},
    {"OpenAI", "AZURE_API_VERSION", Kind::Text},
    {"OpenAI", "MODEL", Kind::Text},
    {"OpenAI", "EMBEDDING_MODEL", Kind::Text},
    {"OpenAI", "BASE_URL", Kind::Url},
    {"OpenAI", "MAX_COMPLETION_TOKENS", Kind::Integer, 16, 10000000},
    {"OpenAI", "TIMEOUT", Kind::Seconds, 1, 86400},
    {"OpenAI", "CONNECT_TIMEOUT", Kind::Seconds, 1, 3600},
    {"OpenAI", "MAX_ATTEMPTS", Kind::Integer, 1, 20},
    {"OpenAI", "WAITING_TIME", Kind::Seconds, 0, 3600},
    {"OpenAI", "EXPONENTIAL_BACKOFF_FACTOR", Kind::Seconds, 0, 600},
    {"OpenAI", "MAX_CONCURRENT_MODEL_CALLS", Kind::Integer, 1, 1024},
    {"OpenAI", "REQUESTS_PER_MINUTE", Kind::Integer, 0, 10000000},
    {"OpenAI", "TOKENS_PER_MINUTE", Kind::Integer, 0, 1000000000},
    {"OpenAI", "STREAM", Kind::Boolean},
    {"OpenAI", "STRUCTURED_OUTPUT", Kind::Choice, 0, 0, "auto,json_schema,json_object,prompt"},
    {"OpenAI", "EMBEDDING_BATCH_SIZE", Kind::Integer, 1, 2048},
    {"OpenAI", "CACHE_API_CALLS", Kind::Boolean},
    {"OpenAI", "CACHE_FILE_NAME", Kind::Text},
    {"OpenAI", "MAX_CONTENT_DISPLAY_LENGTH", Kind::Integer, 1, 10000000},
    {"OpenAI", "TEMPERATURE", Kind::Number, 0, 2},
    {"OpenAI", "TOP_P", Kind::Number, 0, 1},
    {"OpenAI", "FREQ_PENALTY", Kind::Number, -2, 2},
    {"OpenAI", "PRESENCE_PENALTY", Kind::Number, -2, 2},
    {"OpenAI", "REASONING_MODEL", Kind::NoEffect},
    {"OpenAI", "REASONING_EFFORT", Kind::NoEffect},

    {"Simulation", "RUN_BUDGET_USD", Kind::Dollars, 0, 1e9},
    {"Simulation", "PARALLEL_AGENT_GENERATION", Kind::Boolean},
    {"Simulation", "PARALLEL_AGENT_ACTIONS", Kind::Boolean},
    {"Simulation", "RAI_HARMFUL_CONTENT_PREVENTION", Kind::Boolean},
    {"Simulation", "RAI_COPYRIGHT_INFRINGEMENT_PREVENTION", Kind::Boolean},

    {"Cognition", "ENABLE_MEMORY_CONSOLIDATION", Kind::Boolean},
    {"Cognition", "ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL", Kind::Boolean},
    {"Cognition", "MIN_EPISODE_LENGTH", Kind::Integer, 1, 10000},
    {"Cognition", "MAX_EPISODE_LENGTH", Kind::Integer, 1, 10000},
    {"Cognition", "EPISODIC_MEMORY_FIXED_PREFIX_LENGTH", Kind::Integer, 0, 100000},
    {"Cognition", "EPISODIC_MEMORY_LOOKBACK_LENGTH", Kind::Integer, 0, 100000},

    {"ActionGenerator", "MAX_ATTEMPTS", Kind::Integer, 1, 10},
    {"ActionGenerator", "ENABLE_QUALITY_CHECKS", Kind::NotBuilt},
    {"ActionGenerator", "ENABLE_REGENERATION", Kind::NotBuilt},
    {"ActionGenerator", "ENABLE_DIRECT_CORRECTION", Kind::NotBuilt},
    {"ActionGenerator", "ENABLE_QUALITY_CHECK_FOR_PERSONA_ADHERENCE", Kind::NotBuilt},
    {"ActionGenerator", "ENABLE_QUALITY_CHECK_FOR_SELFCONSISTENCY", Kind::NotBuilt},
    {"ActionGenerator", "ENABLE_QUALITY_CHECK_FOR_FLUENCY", Kind::NotBuilt},
    {"ActionGenerator", "ENABLE_QUALITY_CHECK_FOR_SUITABILITY", Kind::NotBuilt},
    {"ActionGenerator", "ENABLE_QUALITY_CHECK_FOR_SIMILARITY", Kind::NotBuilt},
    {"ActionGenerator", "CONTINUE_ON_FAILURE", Kind::NotBuilt},
    {"ActionGenerator", "QUALITY_THRESHOLD", Kind::NotBuilt},

    {"Logging", "LOGLEVEL", Kind::Choice, 0, 0, "DEBUG,INFO,WARNING,ERROR,CRITICAL,NONE"},
    {"Logging", "LOGLEVEL_CONSOLE", Kind::NoEffect},
    {"Logging", "LOGLEVEL_FILE", Kind::NoEffect},
    {"Logging", "LOG_INCLUDE_THREAD_ID", Kind::NoEffect},
};

// [Prices] holds model names as keys: any key, a price as the value.
const char *const kPrices = "Prices";

const KeySpec *findSpec(const QString &section, const QString &key)
{
    for (const KeySpec &s : kKeys)
        if (section.compare(QLatin1String(s.section), Qt::CaseInsensitive) == 0
            && key.compare(QLatin1String(s.key), Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

QString canonicalSection(const QString &section)
{
    for (const QString &s : configSections())
        if (s.compare(section, Qt::CaseInsensitive) == 0)
            return s;
    return {};
}

/** Edit distance, for "did you mean". */
int distance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1].toUpper() == b[j - 1].toUpper() ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

QString closestKey(const QString &section, const QString &key)
{
    QString best;
    int bestDistance = 3; // suggest only near misses
    for (const KeySpec &s : kKeys) {
        if (section.compare(QLatin1String(s.section), Qt::CaseInsensitive) != 0)
            continue;
        const int d = distance(key, QLatin1String(s.key));
        if (d < bestDistance)
            bestDistance = d, best = QLatin1String(s.key);
    }
    return best;
}

QString found(const QString &value)
{
    return value.isEmpty() ? Tr::tr("found nothing") : Tr::tr("found \"%1\"").arg(value.left(80));
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

/** Why `value` does not fit `spec`, or an empty string when it does. */
QString checkValue(const KeySpec &spec, const QString &value)
{
    switch (spec.kind) {
    case Kind::Text:
    case Kind::NotBuilt:
    case Kind::NoEffect:
        return {};
    case Kind::Url: {
        if (value.isEmpty())
            return {};
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty())
            return {};
        return Tr::tr("expected an http(s) URL such as http://localhost:8000/v1, %1").arg(found(value));
    }
    case Kind::Choice: {
        const QStringList choices = QString::fromLatin1(spec.choices).split(u',');
        for (const QString &c : choices)
            if (c.compare(value, Qt::CaseInsensitive) == 0)
                return {};
        return Tr::tr("expected one of %1, %2").arg(choices.join(QStringLiteral(", ")), found(value));
    }
    case Kind::Boolean:
        return parseConfigBoolean(value) ? QString() : Tr::tr("expected True or False, %1").arg(found(value));
    case Kind::Integer: {
        bool ok = false;
        const qlonglong v = value.toLongLong(&ok);
        if (!ok)
            return Tr::tr("expected a whole number, %1").arg(found(value));
        if (v < spec.min || v > spec.max)
            return Tr::tr("expected a whole number from %1 to %2, found %3").arg(number(spec.min), number(spec.max), value);
        return {};
    }
    case Kind::Number:
    case Kind::Seconds:
    case Kind::Dollars: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        const QString what = spec.kind == Kind::Seconds ? Tr::tr("a number of seconds")
                           : spec.kind == Kind::Dollars ? Tr::tr("an amount in US dollars")
                                                        : Tr::tr("a number");
        if (!ok || !std::isfinite(v))
            return Tr::tr("expected %1, %2").arg(what, found(value));
        if (v < spec.min || v > spec.max)
            return Tr::tr("expected %1 from %2 to %3, found %4").arg(what, number(spec.min), number(spec.max), value);
        return {};
    }
    }
    return {};
}

QString checkPrice(const QString &value)
{
    const QStringList parts = value.split(u',');
    bool good = parts.size() >= 2 && parts.size() <= 3;
    for (const QString &p : parts) {
        bool ok = false;
        const double d = p.trimmed().toDouble(&ok);
        good = good && ok && std::isfinite(d) && d >= 0;
    }
    return good ? QString()
                : Tr::tr("expected \"input, output[, cached input]\" in dollars per million tokens, %1").arg(found(value));
}

} // namespace

std::optional<bool> parseConfigBoolean(const QString &text)
{
    const QString v = text.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off") || v == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QStringList configSections()
{
    return {QStringLiteral("OpenAI"), QStringLiteral("Simulation"), QStringLiteral("Cognition"),
            QStringLiteral("ActionGenerator"), QStringLiteral("Logging"), QLatin1String(kPrices)};
}

QStringList configKeys(const QString &section)
{
    QStringList out;
    for (const KeySpec &s : kKeys)
        if (section.compare(QLatin1String(s.section), Qt::CaseInsensitive) == 0)
            out.append(QLatin1String(s.key));
    return out;
}

QString configFieldName(const QString &section, const QString &key)
{
    const KeySpec *spec = findSpec(section, key);
    const QString s = canonicalSection(section);
    return QStringLiteral("[%1] %2").arg(s.isEmpty() ? section : s, spec ? QLatin1String(spec->key) : key);
}

ConfigCheck checkConfigEntry(const IniEntry &entry, const QString &label)
{
    ConfigCheck out;
    const QString field = configFieldName(entry.section, entry.key);
    auto diagnostic = [&](const QString &message) { return Diagnostic{label, entry.line, 0, field, message}; };

    const QString section = canonicalSection(entry.section);
    if (section.isEmpty()) {
        out.problem = Diagnostic{label, entry.sectionLine, 0, {},
                                 Tr::tr("[%1] is not a section of config.ini (known: %2)")
                                     .arg(entry.section, configSections().join(QStringLiteral(", ")))};
        return out;
    }
    if (section == QLatin1String(kPrices)) {
        if (const QString why = checkPrice(entry.value); !why.isEmpty())
            out.problem = diagnostic(why);
        return out;
    }
    const KeySpec *spec = findSpec(section, entry.key);
    if (!spec) {
        const QString near = closestKey(section, entry.key);
        out.problem = diagnostic(near.isEmpty() ? Tr::tr("unknown key") : Tr::tr("unknown key; did you mean %1?").arg(near));
        return out;
    }
    if (spec->kind == Kind::NotBuilt) {
        out.notice = diagnostic(Tr::tr("notice: not built yet; action quality checks are planned, and until then this key has no effect"));
        return out;
    }
    if (spec->kind == Kind::NoEffect) {
        out.notice = diagnostic(Tr::tr("notice: a TinyTroupe key that has no effect here"));
        return out;
    }
    if (const QString why = checkValue(*spec, entry.value); !why.isEmpty())
        out.problem = diagnostic(why);
    return out;
}

} // namespace troupe
