#include "jsonrepair.h"

#include "util/jsonreader.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace troupe::llm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonRepair)
};

std::optional<nlohmann::json> tryParse(const std::string &s, JsonSyntaxError *error = nullptr)
{
    return parsePlainJson(s, error);
}

/** The text of the first ```fenced``` block, if any. */
std::optional<std::string> fenced(const std::string &s)
{
    const size_t open = s.find("```");
    if (open == std::string::npos)
        return std::nullopt;
    size_t start = s.find('\n', open);
    if (start == std::string::npos)
        return std::nullopt;
    ++start;
    const size_t close = s.find("```", start);
    return s.substr(start, close == std::string::npos ? std::string::npos : close - start);
}

/** Follows JSON string quoting, character by character. */
struct Quoting
{
    bool inString = false;
    bool escape = false;
    /** True when `c` is outside any string (and is not the quote that opens one). */
    bool outside(char c)
    {
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            return false;
        }
        if (c == '"') {
            inString = true;
            return false;
        }
        return true;
    }
};

struct Scan
{
    size_t end = std::string::npos; // one past the matching close of the first value
    std::vector<char> open;         // unclosed brackets when the text ends first
    bool inString = false;
};

Scan scan(const std::string &s, size_t from)
{
    Scan r;
    Quoting q;
    for (size_t i = from; i < s.size(); ++i) {
        const char c = s[i];
        if (!q.outside(c))
            continue;
        if (c == '{' || c == '[')
            r.open.push_back(c);
        else if ((c == '}' || c == ']') && !r.open.empty()) {
            r.open.pop_back();
            if (r.open.empty()) {
                r.end = i + 1;
                return r;
            }
        }
    }
    r.inString = q.inString;
    return r;
}

/** Removes commas directly before a closing bracket, outside strings. */
std::string withoutTrailingCommas(const std::string &s, bool *changed)
{
    std::string out;
    out.reserve(s.size());
    Quoting q;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (q.outside(c) && c == ',') {
            size_t j = i + 1;
            while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j])))
                ++j;
            if (j < s.size() && (s[j] == '}' || s[j] == ']')) {
                *changed = true;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/** Closes a cut-off value at its last complete member. */
std::optional<nlohmann::json> closeTruncated(std::string body)
{
    for (int tries = 0; tries < 12 && body.size() > 1; ++tries) {
        Scan st = scan(body, 0);
        std::string candidate = body;
        if (st.inString)
            candidate += '"';
        while (!candidate.empty() && (std::isspace(static_cast<unsigned char>(candidate.back())) || candidate.back() == ','))
            candidate.pop_back();
        for (auto it = st.open.rbegin(); it != st.open.rend(); ++it)
            candidate += *it == '{' ? '}' : ']';
        bool unused = false;
        if (auto v = tryParse(withoutTrailingCommas(candidate, &unused)))
            return v;
        // Drop the incomplete last member and try again.
        Quoting q;
        size_t lastComma = std::string::npos;
        for (size_t i = 0; i < body.size(); ++i)
            if (q.outside(body[i]) && body[i] == ',')
                lastComma = i;
        if (lastComma == std::string::npos)
            return std::nullopt;
        body.resize(lastComma);
    }
    return std::nullopt;
}

bool isEmptyContainer(const nlohmann::json &v)
{
    return (v.is_object() || v.is_array()) && v.empty();
}

} // namespace

RepairedJson parseModelJson(const QString &text)
{
    RepairedJson r;
    std::string s = text.trimmed().toStdString();
    if (s.empty()) {
        r.problem = Tr::tr("the reply is empty");
        return r;
    }
    if (auto v = tryParse(s); v && (v->is_object() || v->is_array())) {
        r.value = std::move(v);
        return r;
    }
    if (auto inner = fenced(s)) {
        s = *inner;
        r.repairs.append(Tr::tr("removed a code fence"));
    }
    const size_t start = s.find_first_of("{[");
    if (start == std::string::npos) {
        r.problem = Tr::tr("the reply contains no JSON object");
        return r;
    }
    const Scan st = scan(s, start);
    std::string body;
    if (st.end != std::string::npos) {
        body = s.substr(start, st.end - start);
        if (start > 0 || s.find_first_not_of(" \t\r\n", st.end) != std::string::npos)
            r.repairs.append(Tr::tr("removed text around the JSON"));
    } else {
        body = s.substr(start);
        if (start > 0)
            r.repairs.append(Tr::tr("removed text before the JSON"));
    }
    if (auto v = tryParse(body)) {
        r.value = std::move(v);
        return r;
    }
    bool changed = false;
    const std::string noCommas = withoutTrailingCommas(body, &changed);
    if (changed) {
        if (auto v = tryParse(noCommas)) {
            r.repairs.append(Tr::tr("removed trailing commas"));
            r.value = std::move(v);
            return r;
        }
    }
    if (st.end == std::string::npos) {
        if (auto v = closeTruncated(body); v && !isEmptyContainer(*v)) {
            r.repairs.append(Tr::tr("closed a reply that was cut off"));
            r.value = std::move(v);
            return r;
        }
        r.problem = Tr::tr("the reply was cut off and nothing complete could be recovered");
        return r;
    }
    JsonSyntaxError error;
    if (!tryParse(noCommas, &error))
        r.problem = Tr::tr("the reply, at character %1: %2").arg(error.offset + 1).arg(error.message);
    else
        r.problem = Tr::tr("the reply is not valid JSON");
    return r;
}

} // namespace troupe::llm
