#include "offlinestudy.h"

#include "util/jsonvalue.h"
#include "util/keywordclusters.h"
#include "util/words.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <set>

namespace troupe::llm {

namespace {

using json = nlohmann::json;

QString text(const json &object, const char *key)
{
    const json *v = object.is_object() ? jsonMember(object, key) : nullptr;
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

QSet<QString> stems(const QString &t)
{
    QSet<QString> out;
    for (const QString &w : contentWords(t))
        out.insert(stem(w));
    return out;
}

int overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    int n = 0;
    for (const QString &s : a)
        n += b.contains(s) ? 1 : 0;
    return n;
}

QStringList sentences(const QString &t)
{
    static const QRegularExpression end(QStringLiteral("(?<=[.!?])\\s+"));
    QStringList out = t.simplified().split(end, Qt::SkipEmptyParts);
    return out.isEmpty() ? QStringList{t.simplified()} : out;
}

/** A persona attribute named like the field ("occupation" → its title), as a scalar. */
json personaValue(const json &persona, const QString &field)
{
    if (!persona.is_object())
        return nullptr;
    const json *v = jsonMember(persona, field.toLower().toStdString().c_str());
    if (!v)
        return nullptr;
    if (v->is_object())
        return text(*v, "title").isEmpty() ? json(nullptr) : json(text(*v, "title").toStdString());
    if (v->is_string() || v->is_number() || v->is_boolean())
        return *v;
    return nullptr;
}

} // namespace

json offlineExtraction(const ChatRequest &request)
{
    const json &h = request.hints;
    const QString agent = text(h, "agent");
    const json *persona = jsonMember(h, "persona");
    const json *fields = jsonMember(h, "fields");
    const json *events = jsonMember(h, "events");
    const QSet<QString> objective = stems(text(h, "objective"));

    struct Candidate { qint64 seq; bool own; QString sentence; QSet<QString> stems; };
    std::vector<Candidate> candidates;
    if (events && events->is_array())
        for (const json &e : *events) {
            const json *seq = e.is_object() ? jsonMember(e, "seq") : nullptr;
            if (!seq || !seq->is_number_integer())
                continue;
            const bool own = text(e, "kind") == QLatin1String("action") && (agent.isEmpty() || text(e, "agent") == agent);
            for (const QString &s : sentences(text(e, "content")))
                if (!s.endsWith(QLatin1Char('?'))) // a question is not an answer
                    candidates.push_back({seq->get<qint64>(), own, s, stems(s)});
        }

    json reply = json::object();
    std::set<qint64> cited;
    std::set<size_t> used;
    std::optional<size_t> lastMatch;
    if (fields && fields->is_array())
        for (const json &f : *fields) {
            const QString name = text(f, "name");
            if (name.isEmpty())
                continue;
            QString query = name;
            query.replace(QLatin1Char('_'), QLatin1Char(' '));
            const QSet<QString> wanted = stems(query + QLatin1Char(' ') + text(f, "hint"));
            std::optional<size_t> best;
            int bestScore = 0;
            for (size_t i = 0; i < candidates.size(); ++i) {
                const Candidate &c = candidates[i];
                const int fieldHits = overlap(wanted, c.stems);
                // The field's own words decide; the objective's and who said it only rank.
                const int score = fieldHits > 0 && !used.count(i) ? fieldHits * 4 + overlap(objective, c.stems) + (c.own ? 3 : 0) : 0;
                if (score > bestScore)
                    bestScore = score, best = i;
            }
            // Nothing shares the field's words: the sentence after the previous field's, in the
            // same event (a reason tends to follow the choice it explains).
            const json fromPersona = personaValue(persona ? *persona : json(), name);
            const bool matched = best.has_value();
            if (!best && fromPersona.is_null() && lastMatch && *lastMatch + 1 < candidates.size() && !used.count(*lastMatch + 1)
                && candidates[*lastMatch + 1].seq == candidates[*lastMatch].seq)
                best = *lastMatch + 1;
            if (best) {
                reply[name.toStdString()] = candidates[*best].sentence.toStdString();
                cited.insert(candidates[*best].seq);
                used.insert(*best);
            } else {
                reply[name.toStdString()] = fromPersona;
            }
            lastMatch = matched ? best : std::nullopt; // one follow-on sentence per match
        }
    json seqs = json::array();
    for (qint64 s : cited)
        seqs.push_back(s);
    reply["cited_events"] = seqs;
    return reply;
}

json offlineNormalisation(const ChatRequest &request)
{
    const json &h = request.hints;
    QStringList texts;
    if (const json *answers = jsonMember(h, "answers"); answers && answers->is_array())
        for (const json &a : *answers)
            texts.append(a.is_string() ? QString::fromStdString(a.get<std::string>()) : QString());
    const json *k = jsonMember(h, "k");
    const int limit = k && k->is_number_integer() ? int(std::clamp<qint64>(k->get<qint64>(), 1, 1000)) : 5;
    json labels = json::array();
    for (const KeywordCluster &c : keywordClusters(texts, limit)) {
        json members = json::array();
        for (int m : c.members)
            members.push_back(m + 1);
        labels.push_back({{"label", c.label.toStdString()}, {"answers", members}});
    }
    return {{"labels", labels}};
}

} // namespace troupe::llm
