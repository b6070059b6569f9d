#include "surveycsv.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SurveyCsv)
};

QString located(const QString &file, TextPosition at, const QString &message)
{
    return Diagnostic{file, at.line, at.column, {}, message}.toString();
}

QString quotedShort(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > 40)
        t = t.left(37) + QStringLiteral("...");
    return u'"' + t + u'"';
}

/** The header index of `name`: exact, else trimmed and case-insensitive; -1 absent, -2 ambiguous. */
int findColumn(const QStringList &header, const QString &name)
{
    auto search = [&](auto &&same) {
        int found = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (same(header[i])) {
                if (found >= 0)
                    return -2;
                found = i;
            }
        }
        return found;
    };
    const int exact = search([&](const QString &h) { return h == name; });
    if (exact != -1)
        return exact;
    return search([&](const QString &h) { return h.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
}

QString columnProblem(const CsvTable &table, const QString &name, int index)
{
    const TextPosition headerLine{1, 1};
    if (index == -2)
        return located(table.label, headerLine, Tr::tr("the header has more than one column called %1").arg(quotedShort(name)));
    QStringList names;
    for (const QString &h : table.header)
        names << quotedShort(h);
    return located(table.label, headerLine,
                   Tr::tr("there is no column called %1; the columns are %2").arg(quotedShort(name), names.join(QStringLiteral(", "))));
}

QString detectRankingSeparator(const CsvTable &table, int column)
{
    bool comma = false;
    for (const CsvRecord &r : table.records) {
        const QString &cell = r.fields[column];
        if (cell.contains(u'>'))
            return QStringLiteral(">");
        comma = comma || cell.contains(u',');
    }
    return comma ? QStringLiteral(",") : QStringLiteral("-");
}

void tally(SurveyData &data, SurveyAnswer &answer, const QString &reason)
{
    answer.missing = true;
    answer.missingReason = reason;
    for (MissingTally &t : data.missing) {
        if (t.reason == reason) {
            ++t.count;
            if (t.lines.size() < MissingTally::kMaxListedLines)
                t.lines << answer.line;
            return;
        }
    }
    data.missing.push_back({reason, 1, {answer.line}});
}

// Splits a ranking or multi-value cell. Returns the problem, if any, as a missing reason.
QString splitItems(const QString &cell, const QString &separator, bool ranking, QStringList *items)
{
    const QStringList parts = cell.split(separator);
    QSet<QString> seen;
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty()) {
            if (ranking)
                return Tr::tr("ranking has an empty item");
            continue; // "a;;b" and a trailing separator are harmless in a list
        }
        const QString key = item.toCaseFolded();
        if (seen.contains(key)) {
            if (ranking)
                return Tr::tr("ranking repeats an item");
            continue;
        }
        seen.insert(key);
        items->append(item);
    }
    if (items->isEmpty())
        return Tr::tr("empty");
    return {};
}

} // namespace

QString surveyValueKindName(SurveyValueKind kind)
{
    switch (kind) {
    case SurveyValueKind::Numeric: return QStringLiteral("numeric");
    case SurveyValueKind::Choice: return QStringLiteral("choice");
    case SurveyValueKind::Ranking: return QStringLiteral("ranking");
    case SurveyValueKind::Multi: return QStringLiteral("multi");
    }
    return {};
}

std::optional<SurveyValueKind> surveyValueKindFromName(const QString &name)
{
    for (SurveyValueKind k : {SurveyValueKind::Numeric, SurveyValueKind::Choice, SurveyValueKind::Ranking, SurveyValueKind::Multi}) {
        if (name.trimmed().compare(surveyValueKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

Result<SurveyData> mapSurvey(const CsvTable &table, const SurveyMapping &mapping)
{
    using R = Result<SurveyData>;
    const int column = findColumn(table.header, mapping.question.column);
    if (column < 0)
        return R::failure(columnProblem(table, mapping.question.column, column));
    std::vector<int> attributeColumns;
    SurveyData data;
    data.source = table.label;
    for (const QString &name : mapping.attributes) {
        const int index = findColumn(table.header, name);
        if (index < 0)
            return R::failure(columnProblem(table, name, index));
        attributeColumns.push_back(index);
        data.attributeColumns << table.header[index];
    }
    if (table.records.empty())
        return R::failure(located(table.label, {1, 1}, Tr::tr("the file has a header but no records")));

    data.question = mapping.question;
    data.question.column = table.header[column];
    if (data.question.questionId.isEmpty())
        data.question.questionId = data.question.column;
    const SurveyValueKind kind = mapping.question.kind;
    if (kind == SurveyValueKind::Ranking && data.question.separator.isEmpty())
        data.question.separator = detectRankingSeparator(table, column);
    if (kind == SurveyValueKind::Multi && data.question.separator.isEmpty())
        data.question.separator = QStringLiteral(";");
    QSet<QString> markers;
    for (const QString &m : mapping.missingMarkers)
        markers.insert(m.trimmed().toCaseFolded());

    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator); // "4,500" is not silently 4500
    const CsvRecord *firstUnreadable = nullptr;
    for (const CsvRecord &record : table.records) {
        SurveyAnswer a;
        a.line = record.line;
        a.raw = record.fields[column];
        for (std::size_t k = 0; k < attributeColumns.size(); ++k) {
            const QString value = record.fields[attributeColumns[k]].trimmed();
            a.attributes[mapping.attributes[qsizetype(k)]] = value;
            if (value.isEmpty())
                ++data.emptyAttributes[mapping.attributes[qsizetype(k)]];
        }
        const QString cell = a.raw.trimmed();
        if (cell.isEmpty()) {
            tally(data, a, Tr::tr("empty"));
        } else if (markers.contains(cell.toCaseFolded())) {
            tally(data, a, Tr::tr("marked as missing (%1)").arg(quotedShort(cell)));
        } else {
            switch (kind) {
            case SurveyValueKind::Numeric: {
                bool ok = false;
                const double v = c.toDouble(cell, &ok);
                if (ok && std::isfinite(v)) {
                    a.number = v;
                } else {
                    tally(data, a, Tr::tr("not a number"));
                    if (!firstUnreadable)
                        firstUnreadable = &record;
                }
                break;
            }
            case SurveyValueKind::Choice:
                a.choice = cell;
                break;
            case SurveyValueKind::Ranking:
            case SurveyValueKind::Multi: {
                const QString problem = splitItems(cell, data.question.separator, kind == SurveyValueKind::Ranking, &a.items);
                if (!problem.isEmpty()) {
                    a.items.clear();
                    tally(data, a, problem);
                    if (!firstUnreadable)
                        firstUnreadable = &record;
                }
                break;
            }
            }
        }
        data.answers.push_back(std::move(a));
    }
    if (data.answered() == 0 && firstUnreadable) {
        // Not one cell reads as the kind asked for: most likely the wrong column or kind.
        return R::failure(located(table.label, firstUnreadable->positions[std::size_t(column)],
                                  Tr::tr("column %1 has no %2 values (this cell is %3)")
                                      .arg(quotedShort(data.question.column), surveyValueKindName(kind),
                                           quotedShort(firstUnreadable->fields[column]))));
    }
    return data;
}

Result<SurveyData> readSurveyCsv(const QString &path, const SurveyMapping &mapping)
{
    auto table = readCsvFile(path);
    if (!table)
        return Result<SurveyData>::failure(table.error());
    return mapSurvey(table.value(), mapping);
}

// ---- SurveyData -----------------------------------------------------------------------

int SurveyData::answered() const
{
    int n = 0;
    for (const SurveyAnswer &a : answers)
        n += a.missing ? 0 : 1;
    return n;
}

int SurveyData::missingCount() const { return int(answers.size()) - answered(); }

std::vector<double> SurveyData::numbers() const
{
    std::vector<double> v;
    for (const SurveyAnswer &a : answers) {
        if (!a.missing && question.kind == SurveyValueKind::Numeric)
            v.push_back(a.number);
    }
    return v;
}

QStringList SurveyData::choices() const
{
    QStringList v;
    for (const SurveyAnswer &a : answers) {
        if (!a.missing && question.kind == SurveyValueKind::Choice)
            v << a.choice;
    }
    return v;
}

QStringList SurveyData::categories() const
{
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const QString &value) {
        const QString key = value.toCaseFolded();
        if (!seen.contains(key)) {
            seen.insert(key);
            out << value;
        }
    };
    for (const SurveyAnswer &a : answers) {
        if (a.missing)
            continue;
        if (question.kind == SurveyValueKind::Choice)
            add(a.choice);
        for (const QString &item : a.items)
            add(item);
    }
    return out;
}

std::vector<Observation> SurveyData::observations() const
{
    std::vector<Observation> out;
    if (question.kind != SurveyValueKind::Numeric && question.kind != SurveyValueKind::Choice)
        return out;
    for (const SurveyAnswer &a : answers) {
        if (a.missing)
            continue;
        Observation o;
        o.number = a.number;
        o.category = a.choice;
        o.attributes = a.attributes;
        out.push_back(std::move(o));
    }
    return out;
}

std::vector<Observation> SurveyData::rankPositions(const QString &item) const
{
    std::vector<Observation> out;
    for (const SurveyAnswer &a : answers) {
        if (a.missing || question.kind != SurveyValueKind::Ranking)
            continue;
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            if (a.items[i].compare(item, Qt::CaseInsensitive) == 0) {
                out.push_back({double(i + 1), {}, a.attributes});
                break;
            }
        }
    }
    return out;
}

std::vector<Observation> SurveyData::topChoices() const
{
    std::vector<Observation> out;
    for (const SurveyAnswer &a : answers) {
        if (!a.missing && question.kind == SurveyValueKind::Ranking && !a.items.isEmpty())
            out.push_back({stats::kNaN, a.items.front(), a.attributes});
    }
    return out;
}

std::vector<Observation> SurveyData::mentions(const QString &option) const
{
    std::vector<Observation> out;
    for (const SurveyAnswer &a : answers) {
        if (a.missing || question.kind != SurveyValueKind::Multi)
            continue;
        const bool chosen = a.items.contains(option, Qt::CaseInsensitive);
        out.push_back({stats::kNaN, chosen ? QStringLiteral("yes") : QStringLiteral("no"), a.attributes});
    }
    return out;
}

} // namespace troupe
