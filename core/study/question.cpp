#include "question.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Question)
};

using OJson = nlohmann::ordered_json;

constexpr int kMaxIdLength = 40;
constexpr int kMaxOptions = 50;
constexpr int kMaxScalePoints = 101; // 0..100 rating scales are the widest in common use

QString qs(const OJson &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

/** Keys each type may use besides the common ones. */
QStringList typeKeys(QuestionType t)
{
    switch (t) {
    case QuestionType::Likert: return {QStringLiteral("scale"), QStringLiteral("ssr"), QStringLiteral("anchors")};
    case QuestionType::Choice:
    case QuestionType::Ranking: return {QStringLiteral("options")};
    case QuestionType::Multi: return {QStringLiteral("options"), QStringLiteral("min"), QStringLiteral("max")};
    case QuestionType::Numeric:
        return {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("unit"), QStringLiteral("integer")};
    case QuestionType::Open:
    case QuestionType::YesNo: break;
    }
    return {};
}

const QStringList &commonKeys()
{
    static const QStringList keys = {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text"),
                                     QStringLiteral("ask_at"), QStringLiteral("follow_up")};
    return keys;
}

/** A scale point written as a JSON object key: "1", "-2"; nullopt for anything else. */
std::optional<int> pointKey(const std::string &key)
{
    static const QRegularExpression re(QStringLiteral("^-?(0|[1-9][0-9]{0,5})$"));
    const QString k = QString::fromStdString(key);
    if (!re.match(k).hasMatch())
        return std::nullopt;
    return k.toInt();
}

struct Reader
{
    std::vector<FieldProblem> &problems;

    void add(std::vector<std::string> path, QString message) { problems.push_back({std::move(path), std::move(message)}); }

    std::optional<QString> text(const OJson &o, const char *key, bool required)
    {
        const auto it = o.find(key);
        if (it == o.end()) {
            if (required)
                add({key}, Tr::tr("required field is missing"));
            return std::nullopt;
        }
        if (!it->is_string()) {
            add({key}, Tr::tr("expected text"));
            return std::nullopt;
        }
        const QString s = qs(*it);
        if (s.trimmed().isEmpty()) {
            add({key}, Tr::tr("must not be empty"));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const std::vector<std::string> &path, const OJson &v)
    {
        if (!v.is_number()) {
            add(path, Tr::tr("expected a number"));
            return std::nullopt;
        }
        return v.get<double>();
    }

    std::optional<int> wholeNumber(const std::vector<std::string> &path, const OJson &v)
    {
        if (!v.is_number_integer() && !(v.is_number_float() && std::floor(v.get<double>()) == v.get<double>())) {
            add(path, Tr::tr("expected a whole number"));
            return std::nullopt;
        }
        const double d = v.get<double>();
        if (std::abs(d) > 1e6) {
            add(path, Tr::tr("%1 is out of range (at most 1000000 either way)").arg(d));
            return std::nullopt;
        }
        return int(d);
    }
};

void parseScale(const OJson &scale, Question &q, Reader &r)
{
    if (!scale.is_object()) {
        r.add({"scale"}, Tr::tr("expected an object like {\"min\": 1, \"max\": 5}"));
        return;
    }
    std::optional<int> lo, hi;
    for (const char *key : {"min", "max"}) {
        if (!scale.contains(key))
            r.add({"scale", key}, Tr::tr("required field is missing"));
        else
            (key[1] == 'i' ? lo : hi) = r.wholeNumber({"scale", key}, scale.at(key));
    }
    for (auto it = scale.begin(); it != scale.end(); ++it)
        if (it.key() != "min" && it.key() != "max" && it.key() != "labels")
            r.add({"scale", it.key()}, Tr::tr("unknown key; a scale has \"min\", \"max\" and \"labels\""));
    if (!lo || !hi)
        return;
    if (*lo >= *hi) {
        r.add({"scale", "max"}, Tr::tr("the scale's max (%1) must be greater than its min (%2)").arg(*hi).arg(*lo));
        return;
    }
    if (*hi - *lo + 1 > kMaxScalePoints) {
        r.add({"scale", "max"}, Tr::tr("a scale has at most %1 points; this one has %2").arg(kMaxScalePoints).arg(*hi - *lo + 1));
        return;
    }
    q.scaleMin = *lo;
    q.scaleMax = *hi;
    const auto labels = scale.find("labels");
    if (labels == scale.end())
        return;
    if (!labels->is_object()) {
        r.add({"scale", "labels"}, Tr::tr("expected an object of scale points and labels, like {\"1\": \"never\"}"));
        return;
    }
    for (auto it = labels->begin(); it != labels->end(); ++it) {
        const std::vector<std::string> path = {"scale", "labels", it.key()};
        const auto point = pointKey(it.key());
        if (!point) {
            r.add(path, Tr::tr("\"%1\" is not a scale point; use a whole number from %2 to %3")
                            .arg(QString::fromStdString(it.key())).arg(q.scaleMin).arg(q.scaleMax));
            continue;
        }
        if (*point < q.scaleMin || *point > q.scaleMax) {
            r.add(path, Tr::tr("%1 is outside the scale (%2 to %3)").arg(*point).arg(q.scaleMin).arg(q.scaleMax));
            continue;
        }
        if (!it->is_string() || qs(*it).trimmed().isEmpty()) {
            r.add(path, Tr::tr("expected the label's text"));
            continue;
        }
        q.labels[*point] = qs(*it);
    }
}

void parseAnchors(const OJson &anchors, Question &q, Reader &r)
{
    if (!anchors.is_object()) {
        r.add({"anchors"}, Tr::tr("expected an object of scale points and anchor statements, like {\"1\": [\"...\"]}"));
        return;
    }
    for (auto it = anchors.begin(); it != anchors.end(); ++it) {
        const std::vector<std::string> path = {"anchors", it.key()};
        const auto point = pointKey(it.key());
        if (!point || *point < q.scaleMin || *point > q.scaleMax) {
            r.add(path, Tr::tr("\"%1\" is not a point of the scale (%2 to %3)")
                            .arg(QString::fromStdString(it.key())).arg(q.scaleMin).arg(q.scaleMax));
            continue;
        }
        QStringList statements;
        if (it->is_string()) {
            statements.append(qs(*it));
        } else if (it->is_array()) {
            for (size_t i = 0; i < it->size(); ++i) {
                if (!(*it)[i].is_string())
                    r.add({"anchors", it.key(), std::to_string(i)}, Tr::tr("expected text"));
                else
                    statements.append(qs((*it)[i]));
            }
        } else {
            r.add(path, Tr::tr("expected a statement or a list of statements"));
            continue;
        }
        if (statements.isEmpty() || std::any_of(statements.begin(), statements.end(), [](const QString &s) { return s.trimmed().isEmpty(); })) {
            r.add(path, Tr::tr("anchor statements must not be empty"));
            continue;
        }
        q.anchors[*point] = statements;
    }
    for (int p = q.scaleMin; p <= q.scaleMax; ++p)
        if (!q.anchors.count(p) && !anchors.contains(std::to_string(p))) {
            r.add({"anchors"}, Tr::tr("scale point %1 has no anchor statement; give one for every point from %2 to %3")
                                   .arg(p).arg(q.scaleMin).arg(q.scaleMax));
            break;
        }
}

void parseOptions(const OJson &object, Question &q, Reader &r)
{
    const auto options = object.find("options");
    if (options == object.end()) {
        r.add({"options"}, Tr::tr("required field is missing"));
        return;
    }
    if (!options->is_array()) {
        r.add({"options"}, Tr::tr("expected a list of options"));
        return;
    }
    const int needed = q.type == QuestionType::Multi ? 1 : 2;
    if (int(options->size()) < needed) {
        r.add({"options"}, q.type == QuestionType::Ranking ? Tr::tr("a ranking needs at least 2 options")
                           : needed == 1 ? Tr::tr("the list of options is empty")
                                         : Tr::tr("a choice needs at least 2 options"));
        return;
    }
    if (options->size() > size_t(kMaxOptions)) {
        r.add({"options"}, Tr::tr("at most %1 options; this question has %2").arg(kMaxOptions).arg(options->size()));
        return;
    }
    QHash<QString, size_t> seen; // folded case: "Yes" and "yes" would confuse respondents and readers
    for (size_t i = 0; i < options->size(); ++i) {
        const OJson &o = (*options)[i];
        const std::vector<std::string> path = {"options", std::to_string(i)};
        if (!o.is_string()) {
            r.add(path, Tr::tr("expected text"));
            continue;
        }
        const QString text = qs(o);
        if (text.trimmed().isEmpty()) {
            r.add(path, Tr::tr("an option must not be empty"));
            continue;
        }
        const QString folded = text.trimmed().toCaseFolded();
        if (seen.contains(folded)) {
            r.add(path, Tr::tr("\"%1\" repeats options[%2]; options must be unique").arg(text).arg(seen.value(folded)));
            continue;
        }
        seen.insert(folded, i);
        q.options.append(text);
    }
}

void parseMultiCounts(const OJson &object, Question &q, Reader &r)
{
    q.minCount = 1;
    q.maxCount = int(q.options.size());
    std::optional<int> lo, hi;
    if (object.contains("min"))
        lo = r.wholeNumber({"min"}, object.at("min"));
    if (object.contains("max"))
        hi = r.wholeNumber({"max"}, object.at("max"));
    const int n = int(q.options.size());
    if (lo && (*lo < 0 || *lo > n)) {
        r.add({"min"}, Tr::tr("min is %1 but the question has %2 options; use 0 to %2").arg(*lo).arg(n));
        return;
    }
    if (hi && (*hi < 1 || *hi > n)) {
        r.add({"max"}, Tr::tr("max is %1 but the question has %2 options; use 1 to %2").arg(*hi).arg(n));
        return;
    }
    if (lo)
        q.minCount = *lo;
    if (hi)
        q.maxCount = *hi;
    if (q.minCount > q.maxCount)
        r.add({lo && hi ? "max" : hi ? "max" : "min"}, Tr::tr("min (%1) is greater than max (%2)").arg(q.minCount).arg(q.maxCount));
}

void parseNumeric(const OJson &object, Question &q, Reader &r)
{
    if (object.contains("integer")) {
        if (!object.at("integer").is_boolean())
            r.add({"integer"}, Tr::tr("expected true or false"));
        else
            q.integer = object.at("integer").get<bool>();
    }
    if (object.contains("min"))
        q.minimum = r.number({"min"}, object.at("min"));
    if (object.contains("max"))
        q.maximum = r.number({"max"}, object.at("max"));
    if (q.minimum && q.maximum && *q.minimum > *q.maximum)
        r.add({"max"}, Tr::tr("max (%1) is less than min (%2)").arg(*q.maximum).arg(*q.minimum));
    if (q.integer && q.minimum && q.maximum && std::ceil(*q.minimum) > std::floor(*q.maximum))
        r.add({"max"}, Tr::tr("no whole number lies between min and max"));
    if (object.contains("unit")) {
        if (!object.at("unit").is_string())
            r.add({"unit"}, Tr::tr("expected text"));
        else
            q.unit = qs(object.at("unit"));
    }
}

void parseAskAt(const OJson &v, Question &q, Reader &r)
{
    if (v.is_string() && v.get<std::string>() == "end") {
        q.askAtEnd = true;
        return;
    }
    const auto step = v.is_number() ? r.wholeNumber({"ask_at"}, v) : std::nullopt;
    if (!v.is_number())
        r.add({"ask_at"}, Tr::tr("expected \"end\" or a step number"));
    else if (step && *step < 1)
        r.add({"ask_at"}, Tr::tr("steps count from 1"));
    else if (step)
        q.askAtStep = *step;
}

void parseFollowUp(const OJson &v, Question &q, Reader &r)
{
    FollowUp f;
    if (v.is_string()) {
        f.text = qs(v);
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            if (it.key() != "text" && it.key() != "mentioned")
                r.add({"follow_up", it.key()}, Tr::tr("unknown key; a follow-up has \"text\" and \"mentioned\""));
        f.text = qs(v.value("text", OJson()));
        if (v.contains("mentioned")) {
            f.mentioned = qs(v.at("mentioned"));
            if (f.mentioned.trimmed().isEmpty())
                r.add({"follow_up", "mentioned"}, Tr::tr("expected the phrase that triggers the follow-up"));
        }
    } else {
        r.add({"follow_up"}, Tr::tr("expected the follow-up's text, or {\"text\", \"mentioned\"}"));
        return;
    }
    if (f.text.trimmed().isEmpty()) {
        r.add(v.is_object() ? std::vector<std::string>{"follow_up", "text"} : std::vector<std::string>{"follow_up"},
              Tr::tr("the follow-up needs its text"));
        return;
    }
    q.followUp = f;
}

} // namespace

nlohmann::ordered_json jsonNumber(double v)
{
    // 0 rather than 0.0: whole numbers read as the user wrote them in files and goldens.
    if (std::floor(v) == v && std::abs(v) < 9007199254740992.0)
        return qint64(v);
    return v;
}

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Likert: return QStringLiteral("likert");
    case QuestionType::Open: return QStringLiteral("open");
    case QuestionType::Choice: return QStringLiteral("choice");
    case QuestionType::Multi: return QStringLiteral("multi");
    case QuestionType::Ranking: return QStringLiteral("ranking");
    case QuestionType::Numeric: return QStringLiteral("numeric");
    case QuestionType::YesNo: return QStringLiteral("yes_no");
    }
    return {};
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    for (QuestionType t : {QuestionType::Likert, QuestionType::Open, QuestionType::Choice, QuestionType::Multi,
                           QuestionType::Ranking, QuestionType::Numeric, QuestionType::YesNo})
        if (questionTypeName(t) == name)
            return t;
    return std::nullopt;
}

int Question::pointCount() const
{
    switch (type) {
    case QuestionType::Likert: return scaleMax - scaleMin + 1;
    case QuestionType::Choice:
    case QuestionType::Multi:
    case QuestionType::Ranking: return int(options.size());
    case QuestionType::YesNo: return 2;
    default: return 0;
    }
}

QString Question::labelOf(int point) const
{
    const auto it = labels.find(point);
    return it == labels.end() ? QString() : it->second;
}

std::optional<Question> Question::parse(const OJson &object, std::vector<FieldProblem> &problems)
{
    const size_t before = problems.size();
    Reader r{problems};
    if (!object.is_object()) {
        r.add({}, Tr::tr("expected a question object"));
        return std::nullopt;
    }
    Question q;
    if (const auto id = r.text(object, "id", true)) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
        if (!re.match(*id).hasMatch())
            r.add({"id"}, Tr::tr("\"%1\" is not an identifier: start with a letter, then letters, digits or _").arg(*id));
        else if (id->size() > kMaxIdLength)
            r.add({"id"}, Tr::tr("at most %1 characters; it names columns in exports").arg(kMaxIdLength));
        else
            q.id = *id;
    }
    if (const auto text = r.text(object, "text", true))
        q.text = *text;
    const auto typeName = r.text(object, "type", true);
    if (!typeName)
        return std::nullopt;
    const auto type = questionTypeFromName(*typeName);
    if (!type) {
        r.add({"type"}, Tr::tr("expected one of: likert, open, choice, multi, ranking, numeric, yes_no"));
        return std::nullopt;
    }
    q.type = *type;

    const QStringList allowed = commonKeys() + typeKeys(q.type);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!allowed.contains(key))
            r.add({it.key()}, Tr::tr("\"%1\" is not used by %2 questions").arg(key, *typeName));
    }

    switch (q.type) {
    case QuestionType::Likert:
        if (!object.contains("scale"))
            r.add({"scale"}, Tr::tr("a likert question needs a scale, like {\"min\": 1, \"max\": 5}"));
        else
            parseScale(object.at("scale"), q, r);
        if (object.contains("ssr")) {
            if (!object.at("ssr").is_boolean())
                r.add({"ssr"}, Tr::tr("expected true or false"));
            else
                q.ssr = object.at("ssr").get<bool>();
        }
        if (object.contains("anchors") && problems.size() == before) {
            if (!q.ssr)
                r.add({"anchors"}, Tr::tr("anchors are used for semantic similarity rating: add \"ssr\": true"));
            else
                parseAnchors(object.at("anchors"), q, r);
        }
        break;
    case QuestionType::Choice:
    case QuestionType::Ranking:
        parseOptions(object, q, r);
        break;
    case QuestionType::Multi:
        parseOptions(object, q, r);
        if (!q.options.isEmpty())
            parseMultiCounts(object, q, r);
        break;
    case QuestionType::Numeric:
        parseNumeric(object, q, r);
        break;
    case QuestionType::Open:
    case QuestionType::YesNo:
        break;
    }
    if (object.contains("ask_at"))
        parseAskAt(object.at("ask_at"), q, r);
    if (object.contains("follow_up"))
        parseFollowUp(object.at("follow_up"), q, r);
    if (problems.size() != before)
        return std::nullopt;
    return q;
}

OJson Question::toJson() const
{
    OJson o;
    o["id"] = id.toStdString();
    o["type"] = questionTypeName(type).toStdString();
    o["text"] = text.toStdString();
    auto strings = [](const QStringList &list) {
        OJson a = OJson::array();
        for (const QString &s : list)
            a.push_back(s.toStdString());
        return a;
    };
    switch (type) {
    case QuestionType::Likert: {
        OJson scale = {{"min", scaleMin}, {"max", scaleMax}};
        if (!labels.empty()) {
            OJson l = OJson::object();
            for (const auto &[point, label] : labels)
                l[std::to_string(point)] = label.toStdString();
            scale["labels"] = l;
        }
        o["scale"] = scale;
        if (ssr)
            o["ssr"] = true;
        if (!anchors.empty()) {
            OJson a = OJson::object();
            for (const auto &[point, statements] : anchors)
                a[std::to_string(point)] = strings(statements);
            o["anchors"] = a;
        }
        break;
    }
    case QuestionType::Multi:
        o["options"] = strings(options);
        o["min"] = minCount;
        o["max"] = maxCount;
        break;
    case QuestionType::Choice:
    case QuestionType::Ranking:
        o["options"] = strings(options);
        break;
    case QuestionType::Numeric:
        if (minimum)
            o["min"] = jsonNumber(*minimum);
        if (maximum)
            o["max"] = jsonNumber(*maximum);
        if (!unit.isEmpty())
            o["unit"] = unit.toStdString();
        if (integer)
            o["integer"] = true;
        break;
    case QuestionType::Open:
    case QuestionType::YesNo:
        break;
    }
    if (askAtEnd)
        o["ask_at"] = "end";
    else if (askAtStep)
        o["ask_at"] = *askAtStep;
    if (followUp) {
        if (followUp->mentioned.isEmpty())
            o["follow_up"] = followUp->text.toStdString();
        else
            o["follow_up"] = {{"text", followUp->text.toStdString()}, {"mentioned", followUp->mentioned.toStdString()}};
    }
    return o;
}

} // namespace troupe
