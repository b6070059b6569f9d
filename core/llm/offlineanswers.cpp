#include "offlineanswers.h"

#include "util/fnvhash.h"
#include "util/words.h"

#include <QSet>

#include <algorithm>
#include <cmath>

// The offline engine's answers to typed questions: deterministic and persona-aware. A
// respondent leans towards what the question and the material it saw have in common with
// its likes, interests and beliefs, and away from its dislikes; openness and a fixed
// per-person, per-question jitter spread the answers the way people differ.

namespace troupe::llm {

namespace {

using json = nlohmann::json;

QString str(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList strings(const json &j)
{
    QStringList out;
    if (j.is_string())
        out.append(QString::fromStdString(j.get<std::string>()));
    else if (j.is_array() || j.is_object())
        for (const auto &item : j)
            out += strings(item);
    out.removeAll(QString());
    return out;
}

QSet<QString> stems(const QString &text)
{
    QSet<QString> out;
    for (const QString &w : contentWords(text))
        out.insert(stem(w));
    return out;
}

int overlap(const QSet<QString> &a, const QString &text)
{
    int n = 0;
    for (const QString &s : stems(text))
        n += a.contains(s) ? 1 : 0;
    return n;
}

/** A number in [-1, 1] fixed by the person and the question. */
double jitter(const QString &who, const QString &what)
{
    return double(fnv1aHash(who + QLatin1Char('|') + what) % 2001) / 1000.0 - 1.0;
}

struct Person
{
    QString name;
    QStringList likes;
    QStringList dislikes;
    QStringList beliefs;
    QString occupation;
    double openness = 0; // -1..1 from the Big Five level words
};

double level(const QString &text)
{
    const QString t = text.toLower();
    if (t.startsWith(QLatin1String("very high")) || t.startsWith(QLatin1String("high")))
        return 1;
    if (t.startsWith(QLatin1String("medium-high")))
        return 0.5;
    if (t.startsWith(QLatin1String("medium-low")))
        return -0.5;
    if (t.startsWith(QLatin1String("very low")) || t.startsWith(QLatin1String("low")))
        return -1;
    return 0;
}

Person personOf(const json &hints)
{
    const json persona = hints.value("persona", json::object());
    Person p;
    p.name = str(hints, "name");
    const json prefs = persona.value("preferences", json::object());
    p.likes = strings(prefs.value("likes", json::array())) + strings(prefs.value("interests", json::array()));
    p.dislikes = strings(prefs.value("dislikes", json::array()));
    p.beliefs = strings(persona.value("beliefs", json::array()));
    const json occupation = persona.value("occupation", json());
    p.occupation = occupation.is_object() ? str(occupation, "title") : occupation.is_string() ? QString::fromStdString(occupation.get<std::string>()) : QString();
    const json big5 = persona.value("personality", json::object()).value("big_five", json::object());
    if (big5.is_object())
        p.openness = level(str(big5, "openness"));
    return p;
}

/** The like or dislike that touches the topic most, with its weight. */
QString closest(const QStringList &list, const QSet<QString> &topic, int *score)
{
    QString best;
    *score = 0;
    for (const QString &item : list) {
        const int n = overlap(topic, item);
        if (n > *score)
            *score = n, best = item;
    }
    return best;
}

QString lowerFirst(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s.size() > 1 && s.at(0).isUpper() && s.at(1).isLower())
        s[0] = s.at(0).toLower();
    return s;
}

} // namespace

json offlineAnswer(const ChatRequest &request)
{
    const json &hints = request.hints;
    const json question = hints.value("question", json::object());
    const QString qid = str(question, "id");
    const QString text = str(question, "text");
    const Person p = personOf(hints);
    QString context = text;
    for (const QString &seen : strings(hints.value("seen", json::array())))
        context += QLatin1Char(' ') + seen;
    const QSet<QString> topic = stems(context);

    int likeScore = 0, dislikeScore = 0, beliefScore = 0;
    const QString like = closest(p.likes, topic, &likeScore);
    const QString dislike = closest(p.dislikes, topic, &dislikeScore);
    const QString belief = closest(p.beliefs, topic, &beliefScore);
    // Lean in [-1, 1]: what it likes against what it dislikes, openness to new things, and a
    // fixed spread so that two similar people still differ.
    // The spread is the person's, not the question's: a vote and its reason lean the same way.
    double lean = 0.45 * std::tanh(double(likeScore - dislikeScore)) + 0.2 * p.openness + 0.45 * jitter(p.name, QStringLiteral("stance"));
    lean = std::clamp(lean, -1.0, 1.0);

    QString why;
    if (likeScore > 0 && likeScore >= dislikeScore)
        why = QStringLiteral("I care about %1, and this speaks to that.").arg(lowerFirst(like));
    else if (dislikeScore > 0)
        why = QStringLiteral("It reminds me of %1, which I can't stand.").arg(lowerFirst(dislike));
    else if (!belief.isEmpty())
        why = QStringLiteral("My view: %1.").arg(lowerFirst(belief));
    else if (!p.occupation.isEmpty())
        why = QStringLiteral("As a %1 I look at it practically: %2.")
                  .arg(lowerFirst(p.occupation), lean > 0 ? QStringLiteral("it could fit my life") : QStringLiteral("I don't see myself using it"));
    else
        why = lean > 0 ? QStringLiteral("It sounds like something I'd try.") : QStringLiteral("It doesn't really appeal to me.");

    const json schema = question.value("schema", json::object()).value("properties", json::object()).value("value", json::object());
    const std::string type = schema.value("type", std::string("string"));
    json value;
    if (type == "integer" || type == "number") {
        const double lo = schema.value("minimum", 0.0), hi = schema.value("maximum", lo + 10.0);
        const double x = lo + (hi - lo) * (lean + 1.0) / 2.0;
        if (type == "integer")
            value = std::clamp<long long>(std::llround(x), std::llround(std::ceil(lo)), std::llround(std::floor(hi)));
        else
            value = std::round(x * 100.0) / 100.0;
    } else if (type == "array") {
        const json items = schema.value("items", json::object()).value("enum", json::array());
        std::vector<std::pair<double, std::string>> ranked;
        for (const auto &o : items) {
            const QString option = QString::fromStdString(o.get<std::string>());
            QString mine = p.likes.join(QLatin1Char(' '));
            double score = overlap(stems(mine), option) - overlap(stems(p.dislikes.join(QLatin1Char(' '))), option)
                           + 0.5 * jitter(p.name, qid + option);
            ranked.push_back({-score, o.get<std::string>()}); // best first
        }
        std::stable_sort(ranked.begin(), ranked.end());
        const size_t all = ranked.size();
        const size_t least = size_t(schema.value("minItems", 0)), most = size_t(schema.value("maxItems", int(all)));
        // A ranking lists every option; a multiple choice takes those it leans to.
        size_t take = least == all ? all : std::clamp<size_t>(size_t(std::lround((lean + 1.0) / 2.0 * double(most))), least, most);
        take = std::min(take, all);
        value = json::array();
        for (size_t i = 0; i < take; ++i)
            value.push_back(ranked[i].second);
    } else if (schema.contains("enum")) {
        const json options = schema["enum"];
        if (options.size() == 2 && options[0] == "yes" && options[1] == "no") {
            value = lean > 0 ? "yes" : "no";
        } else {
            size_t best = 0;
            double bestScore = -1e9;
            for (size_t i = 0; i < options.size(); ++i) {
                const QString option = QString::fromStdString(options[i].get<std::string>());
                const double score = overlap(stems(p.likes.join(QLatin1Char(' '))), option)
                                     - overlap(stems(p.dislikes.join(QLatin1Char(' '))), option) + 0.6 * jitter(p.name, qid + option);
                if (score > bestScore)
                    bestScore = score, best = i;
            }
            value = options.empty() ? json("") : options[best];
        }
    } else {
        value = (lean > 0.2 ? QStringLiteral("I'd give it a go. %1") : lean < -0.2 ? QStringLiteral("Not for me. %1") : QStringLiteral("I'm in two minds. %1"))
                    .arg(why)
                    .toStdString();
    }
    return {{"value", value}, {"justification", why.toStdString()}};
}

} // namespace troupe::llm
