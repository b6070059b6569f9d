#include "offlineengine.h"

#include "offlineanswers.h"
#include "offlinestudy.h"

#include "hashembedding.h"
#include "util/fnvhash.h"
#include "util/jsonvalue.h"
#include "util/words.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <random>

namespace troupe::llm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfflineEngine)
};

using json = nlohmann::json;

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

QString str(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it == j.end() ? QString() : str(*it);
}

/** Every string inside `j` (lists, objects, nested), in document order. */
void collect(const json &j, QStringList &out)
{
    if (j.is_string())
        out.append(str(j));
    else if (j.is_array() || j.is_object())
        for (const auto &item : j)
            collect(item, out);
}

QStringList strings(const json &j)
{
    QStringList out;
    collect(j, out);
    out.removeAll(QString());
    return out;
}

QString lowerFirst(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s.size() > 1 && s.at(0).isUpper() && (s.at(1).isLower() || (s.at(1) == QLatin1Char(' ') && s.at(0) != QLatin1Char('I'))))
        s[0] = s.at(0).toLower();
    return s;
}

QString sentence(QString s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return s;
    s[0] = s.at(0).toUpper();
    if (!s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('?')) && !s.endsWith(QLatin1Char('!')))
        s.append(QLatin1Char('.'));
    return s;
}

/** "You are pragmatic: ..." → "I am pragmatic: ...": persona traits in the first person. */
QString firstPerson(QString s)
{
    static const QRegularExpression you(QStringLiteral("^You are\\b"));
    static const QRegularExpression youVerb(QStringLiteral("^You\\b"));
    s = s.trimmed();
    s.replace(you, QStringLiteral("I am"));
    s.replace(youVerb, QStringLiteral("I"));
    s.replace(QStringLiteral(" your "), QStringLiteral(" my "));
    return s;
}

/** Everyday concepts, so "fees" meets "prices" and "data" meets "privacy". */
const QHash<QString, QString> &concepts()
{
    static const QHash<QString, QString> map = [] {
        const std::pair<const char *, const char *> groups[] = {
            {"money", "price cost fee dollar euro pay paid cheap expensive discount budget money saving save subscription "
                      "charge afford bill bank banking finance financial cash card purchase spend"},
            {"privacy", "data privacy personal track tracking contact location account share sharing advert ads personalised "
                        "consent form surveillance"},
            {"tech", "app apps phone software digital online smart dashboard screen device internet tool tools"},
            {"time", "time schedule late quick fast wait slow punctual hour minute shift night busy"},
            {"quality", "quality engineered durable repair repaired break broken warranty built tested reliable works"},
            {"trust", "trust honest promise hidden print clear plain transparent manual scam counterfeit"},
            {"health", "health patient medicine nurse doctor hospital care safety"},
            {"work", "work job colleague manager office business staff team"},
        };
        QHash<QString, QString> m;
        for (const auto &[tag, list] : groups)
            for (const QString &w : QString::fromLatin1(list).split(QLatin1Char(' ')))
                m.insert(stem(w), QStringLiteral("#") + QLatin1String(tag));
        return m;
    }();
    return map;
}

QSet<QString> stems(const QString &text)
{
    QSet<QString> out;
    for (const QString &w : contentWords(text)) {
        const QString s = stem(w);
        out.insert(s);
        if (const auto it = concepts().constFind(s); it != concepts().constEnd())
            out.insert(*it);
    }
    return out;
}

int overlap(const QSet<QString> &a, const QString &text)
{
    int n = 0;
    for (const QString &s : stems(text))
        n += a.contains(s) ? 1 : 0;
    return n;
}

/**
 * What a text is about, roughly: a proper noun that does not start a sentence ("Roundup"),
 * else the content words after the last determiner ("a shift", "this screen"), else the
 * longest run of content words (at most 3).
 */
QString topicPhrase(const QString &text, const QSet<QString> &people)
{
    struct Token { QString word; bool sentenceStart; };
    std::vector<Token> tokens;
    QString current;
    bool atStart = true, nextStart = true;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(QLatin1Char(' '));
        if (c.isLetterOrNumber() || ((c == QLatin1Char('-') || c == QLatin1Char('\'')) && !current.isEmpty())) {
            if (current.isEmpty())
                atStart = nextStart;
            current.append(c);
            continue;
        }
        if (!current.isEmpty()) {
            tokens.push_back({current, atStart});
            current.clear();
            nextStart = false;
        }
        if (c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!'))
            nextStart = true;
    }
    for (const Token &t : tokens) {
        if (!t.sentenceStart && t.word.size() >= 3 && t.word.at(0).isUpper() && t.word != QLatin1String("I")
            && !people.contains(t.word) && !contentWords(t.word).isEmpty())
            return t.word;
    }
    static const QSet<QString> determiners = {
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("your"), QStringLiteral("our"), QStringLiteral("my"), QStringLiteral("about"), QStringLiteral("these"),
    };
    QStringList best;
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!determiners.contains(tokens[i].word.toLower()))
            continue;
        QStringList run;
        for (size_t k = i + 1; k < tokens.size() && run.size() < 3; ++k) {
            const QString w = tokens[k].word.toLower();
            if (contentWords(w).isEmpty() || w.at(0).isDigit())
                break;
            run.append(w);
        }
        if (!run.isEmpty())
            best = run;
    }
    if (!best.isEmpty())
        return best.join(QLatin1Char(' '));
    QStringList run;
    for (const Token &t : tokens) {
        const QString w = t.word.toLower();
        if (!contentWords(w).isEmpty() && !w.at(0).isDigit()) {
            run.append(w);
            if (run.size() > best.size())
                best = run.mid(std::max<qsizetype>(0, run.size() - 3));
        } else {
            run.clear();
        }
    }
    return best.join(QLatin1Char(' '));
}

/** "a nurse", "an intensive care nurse". */
QString withArticle(const QString &noun)
{
    const QString n = lowerFirst(noun);
    const bool vowel = !n.isEmpty() && QStringLiteral("aeiou").contains(n.at(0).toLower());
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + n;
}

QString firstName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

/** The part of an ad or picture description before its first colon or dash: its label. */
QString label(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[:—–]| - "));
    const qsizetype at = text.indexOf(sep);
    QString l = at > 0 ? text.left(at) : text.left(60);
    return l.trimmed();
}

template<typename T>
const T &pick(const std::vector<T> &options, std::mt19937_64 &rng)
{
    return options[size_t(rng() % options.size())];
}

struct Persona
{
    QString name;
    QString occupation;
    QString style;
    QStringList likes, dislikes, interests, beliefs, traits, goals;
    QString neuroticism;

    // The persona is usually schema-checked, but one restored from a stored run is not:
    // read it without nlohmann's throwing value().
    explicit Persona(const json &p)
    {
        static const json none;
        auto member = [](const json &object, const char *key) -> const json & {
            const json *v = jsonMember(object, key);
            return v ? *v : none;
        };
        name = str(p, "name");
        const json &occ = member(p, "occupation");
        occupation = occ.is_object() ? str(occ, "title") : str(occ);
        style = strings(member(p, "style")).join(QLatin1Char(' ')).toLower();
        const json &prefs = member(p, "preferences");
        if (prefs.is_object()) {
            likes = strings(member(prefs, "likes"));
            dislikes = strings(member(prefs, "dislikes"));
            interests = strings(member(prefs, "interests"));
        }
        beliefs = strings(member(p, "beliefs"));
        const json &personality = member(p, "personality");
        if (personality.is_object()) {
            traits = strings(member(personality, "traits"));
            neuroticism = strings(member(member(personality, "big_five"), "neuroticism")).join(QLatin1Char(' ')).toLower();
        }
        goals = strings(member(p, "long_term_goals"));
    }
};

/** The best-matching entry of `list` for `topic`, preferring ones not said before. */
QString bestMatch(const QStringList &list, const QSet<QString> &topic, const QString &saidBefore, int *score,
                  std::mt19937_64 &rng)
{
    QString best;
    int bestScore = -1000;
    for (const QString &item : list) {
        int s = overlap(topic, item) * 4;
        if (saidBefore.contains(lowerFirst(item), Qt::CaseInsensitive))
            s -= 6;
        s = s * 8 + int(rng() % 5); // seeded tie-break among equals
        if (s > bestScore) {
            bestScore = s;
            best = item;
        }
    }
    *score = best.isEmpty() ? 0 : std::max(0, bestScore / 8 / 4);
    return best;
}

json turn(const ChatRequest &request)
{
    const json &h = request.hints;
    const Persona me(h.value("persona", json::object()));
    const json state = h.value("state", json::object());
    const json fresh = h.value("new_stimuli", json::array());
    QStringList seen;
    for (const auto &s : h.value("seen", json::array()))
        seen.append(str(s));
    QString saidBefore;
    for (const auto &s : h.value("my_talk", json::array()))
        saidBefore += str(s) + QLatin1Char('\n');
    const int talkCount = h.value("talk_count", 0);
    QSet<QString> accessible;
    for (const auto &a : state.value("accessible_agents", json::array()))
        accessible.insert(str(a, "name"));

    std::mt19937_64 rng(request.seed ^ fnv1aHash(me.name) ^ (quint64(h.value("step", 0)) * 0x9E3779B97F4A7C15ull));

    json actions = json::array();
    json newState = {{"goals", state.value("goals", "")},
                     {"attention", state.value("attention", "")},
                     {"emotions", state.value("emotions", "")},
                     {"context", state.value("context", json::array())}};
    auto act = [&](const QString &type, const QString &content, const QString &target) {
        actions.push_back({{"type", type.toStdString()}, {"content", content.toStdString()}, {"target", target.toStdString()}});
    };

    // What to respond to: a question first (the latest), then talk, then anything seen.
    static const QRegularExpression question(QStringLiteral("\\?"));
    const json *focus = nullptr;
    for (auto it = fresh.rbegin(); it != fresh.rend() && !focus; ++it)
        if (str(*it, "type") == QLatin1String("CONVERSATION") && str(*it, "content").contains(question)
            && !accessible.contains(str(*it, "source")))
            focus = &*it;
    if (!focus) {
        std::vector<const json *> talk;
        for (const auto &s : fresh)
            if (str(s, "type") == QLatin1String("CONVERSATION"))
                talk.push_back(&s);
        if (!talk.empty())
            focus = talk[size_t(rng() % talk.size())];
    }
    for (auto it = fresh.rbegin(); it != fresh.rend() && !focus; ++it)
        focus = &*it;

    if (!focus) {
        const QString goals = str(state, "goals");
        if (talkCount == 0 && !goals.isEmpty())
            act(QStringLiteral("THINK"), Tr::tr("Right now what I want is this: %1").arg(lowerFirst(goals)), QString());
        act(QStringLiteral("DONE"), QString(), QString());
        return {{"actions", actions}, {"cognitive_state", newState}};
    }

    const QString type = str(*focus, "type");
    const QString source = str(*focus, "source");
    const QString content = str(*focus, "content");
    const bool fromPeer = accessible.contains(source);
    QSet<QString> people = accessible;
    QStringList everyone(accessible.begin(), accessible.end());
    everyone.append(me.name);
    for (const QString &n : everyone)
        people.insert(firstName(n));
    // Talk among participants is about what the outside voice (moderator, interviewer) raised.
    const QString topicText = fromPeer && !str(h, "topic").isEmpty() ? str(h, "topic") : content;
    QString phrase = topicPhrase(topicText, people);
    if (phrase.isEmpty())
        phrase = topicPhrase(str(h, "topic"), people);
    static const QRegularExpression picked(QStringLiteral("I'd pick ([^.]+)\\."));
    if (content.contains(QRegularExpression(QStringLiteral("\\b(chose|chosen|picked)\\b")))) {
        // Back to one's own earlier choice.
        for (const auto &before : h.value("my_talk", json::array()))
            if (const auto m = picked.match(str(before)); m.hasMatch())
                phrase = m.captured(1);
    }
    if (phrase.isEmpty())
        phrase = Tr::tr("this");
    QSet<QString> topic = stems(content);
    for (const QString &s : seen)
        topic.unite(stems(s));

    int posScore = 0, negScore = 0, beliefScore = 0;
    const QString like = bestMatch(me.likes + me.interests, topic, saidBefore, &posScore, rng);
    const QString dislike = bestMatch(me.dislikes, topic, saidBefore, &negScore, rng);
    const QString belief = bestMatch(me.beliefs, topic, saidBefore, &beliefScore, rng);
    const QString trait = me.traits.isEmpty() ? QString() : me.traits.at(int(rng() % me.traits.size()));
    enum class Stance { Keen, Wary, Unsure } stance;
    if (posScore > negScore)
        stance = Stance::Keen;
    else if (negScore > posScore)
        stance = Stance::Wary;
    else {
        // Nothing in the persona touches the topic: lean on temperament.
        const QString temperament = (me.traits.join(QLatin1Char(' ')) + QLatin1Char(' ') + me.style).toLower();
        const bool doubter = temperament.contains(QLatin1String("scept")) || temperament.contains(QLatin1String("skept"))
                             || temperament.contains(QLatin1String("distrust")) || temperament.contains(QLatin1String("wary"))
                             || temperament.contains(QLatin1String("impatient"));
        const bool curious = temperament.contains(QLatin1String("curious")) || temperament.contains(QLatin1String("optimis"))
                             || temperament.contains(QLatin1String("enthusias")) || temperament.contains(QLatin1String("early"));
        const quint64 roll = rng() % 4;
        stance = roll == 0 ? Stance::Unsure : doubter && !curious ? Stance::Wary : curious && !doubter ? Stance::Keen
                                                                   : (roll % 2 ? Stance::Keen : Stance::Wary);
    }

    // Quiet listening sometimes, once the agent has had its say and nobody asked anything.
    const bool asked = content.contains(question) && !fromPeer;
    if (!asked && talkCount >= 3 && rng() % 3 == 0) {
        act(QStringLiteral("THINK"),
            Tr::tr("%1 has a point about %2. I'll listen for now.").arg(source.isEmpty() ? Tr::tr("That") : firstName(source), phrase),
            QString());
        act(QStringLiteral("DONE"), QString(), QString());
        newState["attention"] = Tr::tr("listening to the others about %1").arg(phrase).toStdString();
        return {{"actions", actions}, {"cognitive_state", newState}};
    }

    // THINK: the private reaction.
    QString thought;
    if (stance == Stance::Wary && !dislike.isEmpty() && negScore > 0)
        thought = Tr::tr("%1... I can already see %2 coming.").arg(sentence(phrase).chopped(1), lowerFirst(dislike));
    else if (stance == Stance::Keen && !like.isEmpty() && posScore > 0)
        thought = Tr::tr("%1 — that connects with something I care about: %2.").arg(sentence(phrase).chopped(1), lowerFirst(like));
    else if (!trait.isEmpty())
        thought = Tr::tr("How do I feel about %1? %2").arg(phrase, sentence(firstPerson(trait)));
    else
        thought = Tr::tr("I need to think about %1 before I answer.").arg(phrase);
    act(QStringLiteral("THINK"), thought, QString());

    // TALK: the answer, in a few sentences.
    const QString style = me.style;
    std::vector<QString> openers;
    if (style.contains(QLatin1String("direct")) || style.contains(QLatin1String("blunt")))
        openers = {Tr::tr("I'll be direct."), Tr::tr("Here's my view."), Tr::tr("Short answer.")};
    else if (style.contains(QLatin1String("formal")) || style.contains(QLatin1String("precise"))
             || style.contains(QLatin1String("careful")) || style.contains(QLatin1String("measured")))
        openers = {Tr::tr("Let me put it carefully."), Tr::tr("I have thought about it."), Tr::tr("A considered answer, then.")};
    else if (style.contains(QLatin1String("humo")) || style.contains(QLatin1String("dry")) || style.contains(QLatin1String("jok")))
        openers = {Tr::tr("Well, well."), Tr::tr("Ha, okay."), Tr::tr("Funny you ask.")};
    else
        openers = {Tr::tr("Honestly?"), Tr::tr("Hmm."), Tr::tr("For me it's simple."), Tr::tr("Let me think out loud.")};

    QStringList candidates;
    for (int attempt = 0; attempt < 4; ++attempt) {
        QStringList parts;
        parts.append(pick(openers, rng));
        const bool choice = content.contains(QRegularExpression(QStringLiteral("\\b(which|choose|pick|prefer|favou?rite)\\b"),
                                                                QRegularExpression::CaseInsensitiveOption))
                            && seen.size() >= 2;
        if (choice) {
            // Score every option seen against likes and dislikes; pick the best.
            QString bestOption, worstOption;
            int best = -1000, worst = 1000;
            QSet<QString> likesSet, dislikesSet;
            for (const QString &l : me.likes + me.interests + me.beliefs)
                likesSet.unite(stems(l));
            for (const QString &d : me.dislikes)
                dislikesSet.unite(stems(d));
            static const QRegularExpression negated(QStringLiteral("\\b(no|never|without|not)\\s+\\w+(\\s+\\w+)?"),
                                                    QRegularExpression::CaseInsensitiveOption);
            for (const QString &option : seen) {
                // "no small print" is a plus for someone who dislikes small print.
                QString plain = option;
                QString negatedText;
                for (auto it = negated.globalMatch(option); it.hasNext();)
                    negatedText += it.next().captured(0) + QLatin1Char(' ');
                plain.remove(negated);
                const int score = overlap(likesSet, plain) * 3 + overlap(dislikesSet, negatedText) * 3
                                  - overlap(dislikesSet, plain) * 4 + int((fnv1aHash(option) ^ fnv1aHash(me.name)) % 3);
                if (score > best) { best = score; bestOption = option; }
                if (score < worst) { worst = score; worstOption = option; }
            }
            parts.append(Tr::tr("I'd pick %1.").arg(label(bestOption)));
            int likeScore = 0, dislikeScore = 0;
            const QString why = bestMatch(me.likes + me.interests + me.dislikes, stems(bestOption), QString(), &likeScore, rng);
            if (likeScore > 0)
                parts.append(me.dislikes.contains(why) ? Tr::tr("It promises no %1, and that matters to me.").arg(lowerFirst(why))
                                                       : Tr::tr("It speaks to me: %1 matters to me.").arg(lowerFirst(why)));
            const QString against = bestMatch(me.dislikes, stems(worstOption), QString(), &dislikeScore, rng);
            if (worstOption != bestOption && dislikeScore > 0)
                parts.append(Tr::tr("%1 lost me: %2.").arg(label(worstOption), lowerFirst(against)));
            else if (worstOption != bestOption)
                parts.append(Tr::tr("%1 did nothing for me.").arg(label(worstOption)));
            newState["goals"] = Tr::tr("Explain why I chose %1").arg(label(bestOption)).toStdString();
        } else {
            static const QRegularExpression yesNo(QStringLiteral("\\byes or no\\b|(^|[.?!]\\s*)(would|will|do|can|are) you\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
            if (asked && content.contains(yesNo))
                parts.append(stance == Stance::Keen ? Tr::tr("Yes.") : stance == Stance::Wary ? Tr::tr("No.") : Tr::tr("Maybe."));
            if (fromPeer && rng() % 2)
                parts.append(stance == Stance::Wary
                                 ? Tr::tr("I hear %1 on %2, but I'm less convinced.").arg(firstName(source), phrase)
                                 : Tr::tr("I'm with %1 on %2.").arg(firstName(source), phrase));
            switch (stance) {
            case Stance::Keen:
                parts.append(pick(std::vector<QString>{Tr::tr("%1 could actually work for me.").arg(sentence(phrase).chopped(1)),
                                                       Tr::tr("I like the sound of %1.").arg(phrase),
                                                       Tr::tr("%1 is something I'd try.").arg(sentence(phrase).chopped(1))},
                                  rng));
                if (!like.isEmpty() && posScore > 0)
                    parts.append(Tr::tr("I care about %1, and this fits.").arg(lowerFirst(like)));
                else if (!trait.isEmpty())
                    parts.append(Tr::tr("It suits me: %1").arg(sentence(lowerFirst(firstPerson(trait)))));
                break;
            case Stance::Wary:
                parts.append(pick(std::vector<QString>{Tr::tr("I'm not sold on %1.").arg(phrase),
                                                       Tr::tr("%1 makes me wary.").arg(sentence(phrase).chopped(1)),
                                                       Tr::tr("I have doubts about %1.").arg(phrase)},
                                  rng));
                if (!dislike.isEmpty() && negScore > 0)
                    parts.append(Tr::tr("%1 — that is exactly what puts me off.").arg(sentence(dislike).chopped(1)));
                else if (!trait.isEmpty())
                    parts.append(Tr::tr("You have to understand, %1").arg(sentence(lowerFirst(firstPerson(trait)))));
                break;
            case Stance::Unsure:
                parts.append(Tr::tr("I'm in two minds about %1.").arg(phrase));
                if (!like.isEmpty() && !dislike.isEmpty() && posScore > 0 && negScore > 0)
                    parts.append(Tr::tr("I like %1, but I can't stand %2.").arg(lowerFirst(like), lowerFirst(dislike)));
                else
                    parts.append(Tr::tr("I would need to know more before I decide."));
                break;
            }
            if (!belief.isEmpty() && (beliefScore > 0 || rng() % 3 == 0))
                parts.append(Tr::tr("I believe %1.").arg(lowerFirst(belief)));
            else if (!me.occupation.isEmpty())
                parts.append(pick(std::vector<QString>{
                                      Tr::tr("As %1, I'd judge it by whether it fits a normal working day.").arg(withArticle(me.occupation)),
                                      Tr::tr("In my work as %1, things like this live or die on trust.").arg(withArticle(me.occupation)),
                                      Tr::tr("Coming from my job as %1, I'd want to see it in practice first.").arg(withArticle(me.occupation))},
                                  rng));
            if (asked && !source.isEmpty() && rng() % 2)
                parts.append(pick(std::vector<QString>{Tr::tr("%1, what would it cost per month, all in?").arg(firstName(source)),
                                                       Tr::tr("Who is it really for, %1?").arg(firstName(source)),
                                                       Tr::tr("Has anyone here actually tried something like it?"),
                                                       Tr::tr("What happens to %1 when things go wrong?").arg(phrase)},
                                  rng));
        }
        const QString speech = parts.join(QLatin1Char(' '));
        bool repeats = false;
        for (const auto &before : h.value("my_talk", json::array()))
            repeats = repeats || jaccardSimilarity(str(before), speech) > 0.5;
        candidates.append(speech);
        if (!repeats)
            break;
    }
    const QString target = type == QLatin1String("CONVERSATION") && !source.isEmpty() ? source : QString();
    act(QStringLiteral("TALK"), candidates.last(), target);

    // Sometimes ask a peer for a word afterwards.
    if (fromPeer && talkCount >= 1 && rng() % 6 == 0)
        act(QStringLiteral("REACH_OUT"), Tr::tr("Could we talk after this? I'd like to hear more about %1.").arg(phrase), source);
    act(QStringLiteral("DONE"), QString(), QString());

    const bool anxious = me.neuroticism.startsWith(QLatin1String("high"));
    switch (stance) {
    case Stance::Keen: newState["emotions"] = (anxious ? Tr::tr("interested, a little nervous") : Tr::tr("interested")).toStdString(); break;
    case Stance::Wary: newState["emotions"] = (anxious ? Tr::tr("uneasy") : Tr::tr("sceptical")).toStdString(); break;
    case Stance::Unsure: newState["emotions"] = Tr::tr("thoughtful").toStdString(); break;
    }
    newState["attention"] = (source.isEmpty() ? Tr::tr("%1").arg(phrase)
                                              : Tr::tr("what %1 said about %2").arg(firstName(source), phrase)).toStdString();
    if (str(state, "goals").isEmpty())
        newState["goals"] = Tr::tr("Give my honest view on %1").arg(phrase).toStdString();
    return {{"actions", actions}, {"cognitive_state", newState}};
}

json condition(const ChatRequest &request)
{
    const QString cond = str(request.hints, "condition");
    QString recent;
    for (const auto &r : request.hints.value("recent", json::array()))
        recent += str(r) + QLatin1Char(' ');
    const QSet<QString> wanted = stems(cond);
    const QSet<QString> present = stems(recent);
    int hits = 0;
    for (const QString &w : wanted)
        hits += present.contains(w) ? 1 : 0;
    const bool holds = !wanted.isEmpty() && hits * 2 >= wanted.size();
    return {{"holds", holds},
            {"reason", Tr::tr("%1 of %2 key words of the condition appear in recent events (offline engine — not a language model)")
                           .arg(hits)
                           .arg(wanted.size())
                           .toStdString()}};
}

} // namespace

QString OfflineEngine::label() const
{
    return Tr::tr("offline engine — not a language model");
}

ChatReply OfflineEngine::reply(const ChatRequest &request)
{
    ChatReply r;
    r.model = modelName();
    json body;
    if (request.purpose == QLatin1String("turn")) {
        body = turn(request);
    } else if (request.purpose == QLatin1String("condition")) {
        body = condition(request);
    } else if (request.purpose == QLatin1String("answer")) {
        body = offlineAnswer(request);
    } else if (request.purpose == QLatin1String("extraction")) {
        body = offlineExtraction(request);
    } else if (request.purpose == QLatin1String("normalisation")) {
        body = offlineNormalisation(request);
    } else {
        r.error = Tr::tr("the offline engine cannot answer \"%1\" requests; configure a language model").arg(request.purpose);
        return r;
    }
    r.ok = true;
    r.content = QString::fromStdString(body.dump());
    int promptChars = 0;
    for (const ChatMessage &m : request.messages)
        promptChars += int(m.content.size());
    r.usage.promptTokens = (promptChars + 3) / 4;
    r.usage.completionTokens = estimateTokens(r.content);
    r.usage.estimated = true;
    return r;
}

void OfflineEngine::chat(const ChatRequest &request, ChatCallback done)
{
    ChatReply r = reply(request);
    QTimer::singleShot(0, this, [done = std::move(done), r = std::move(r)]() mutable { done(std::move(r)); });
}

EmbeddingReply OfflineEngine::embeddings(const QStringList &texts)
{
    EmbeddingReply r;
    r.ok = true;
    for (const QString &t : texts) {
        r.vectors.push_back(hashEmbedding(t));
        r.usage.promptTokens += estimateTokens(t);
    }
    r.usage.estimated = true;
    return r;
}

void OfflineEngine::embed(const QStringList &texts, EmbeddingCallback done)
{
    EmbeddingReply r = embeddings(texts);
    QTimer::singleShot(0, this, [done = std::move(done), r = std::move(r)]() mutable { done(std::move(r)); });
}

} // namespace troupe::llm
