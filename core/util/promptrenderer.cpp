#include "promptrenderer.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <mstch/mstch.hpp>

#include <mutex>

namespace troupe {

namespace {

mstch::node toNode(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::object: {
        mstch::map m;
        for (auto it = j.begin(); it != j.end(); ++it)
            m.emplace(it.key(), toNode(it.value()));
        return m;
    }
    case nlohmann::json::value_t::array: {
        mstch::array a;
        a.reserve(j.size());
        for (const auto &item : j)
            a.push_back(toNode(item));
        return a;
    }
    case nlohmann::json::value_t::string:
        return j.get<std::string>();
    case nlohmann::json::value_t::boolean:
        return j.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return int(j.get<long long>());
    case nlohmann::json::value_t::number_float:
        return j.get<double>();
    default:
        return std::string();
    }
}

std::string templateText(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, std::string> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/prompts/%1.mustache").arg(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("prompt template %s is missing from the resources", qPrintable(name));
        it = cache.insert(name, file.readAll().toStdString());
    }
    return *it;
}

std::string templatePart(const QString &name, const std::string &marker, bool first)
{
    static QMutex mutex;
    static QHash<QString, std::pair<std::string, std::string>> cache;
    const QString key = name + QLatin1Char('\n') + QString::fromStdString(marker);
    QMutexLocker lock(&mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const std::string text = templateText(name);
        size_t at = text.rfind(marker, 0) == 0 ? 0 : text.find("\n" + marker);
        if (at == std::string::npos)
            qFatal("prompt template %s has no line starting with %s", qPrintable(name), marker.c_str());
        if (at > 0)
            ++at; // after the newline: the line itself starts the second part
        it = cache.insert(key, {text.substr(0, at), text.substr(at)});
    }
    return first ? it->first : it->second;
}

QString render(const std::string &text, const nlohmann::json &context)
{
    static std::once_flag once;
    std::call_once(once, [] { mstch::config::escape = [](const std::string &s) { return s; }; });
    return QString::fromStdString(mstch::render(text, toNode(context)));
}

} // namespace

QString renderPrompt(const QString &name, const nlohmann::json &context)
{
    return render(templateText(name), context);
}

QString renderPromptPart(const QString &name, const std::string &marker, bool first, const nlohmann::json &context)
{
    return render(templatePart(name, marker, first), context);
}

} // namespace troupe
