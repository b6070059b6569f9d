#include "exportlayout.h"

#include "answer.h"
#include "export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultExport)
};

using Kind = WideColumn::Kind;
using Measure = WideColumn::Measure;

QString numberText(double v)
{
    return QString::fromStdString(nlohmann::json(jsonNumber(v)).dump());
}

QString attributeText(const nlohmann::json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}

bool numericAttribute(const ResultTable &table, const QString &name)
{
    bool any = false;
    for (const Respondent &r : table.respondents()) {
        const nlohmann::json *v = r.attribute(name);
        if (!v || v->is_null())
            continue;
        if (!v->is_number())
            return false;
        any = true;
    }
    return any;
}

bool hasSsr(const ResultTable &table, int question)
{
    if (table.questions()[question].ssr)
        return true;
    for (int row = 0; row < int(table.respondents().size()); ++row)
        if (table.answer(row, question).ssr)
            return true;
    return false;
}

void addQuestionColumns(const ResultTable &table, int qi, std::vector<WideColumn> &out)
{
    const Question &q = table.questions()[qi];
    WideColumn value;
    value.kind = Kind::Value;
    value.name = q.id;
    value.label = q.text;
    value.type = questionTypeName(q.type);
    value.question = qi;
    switch (q.type) {
    case QuestionType::Likert:
        value.numeric = true;
        value.measure = Measure::Ordinal;
        for (const auto &[point, label] : q.labels)
            value.valueLabels.emplace_back(point, label);
        break;
    case QuestionType::Numeric:
        value.numeric = true;
        value.measure = Measure::Scale;
        break;
    case QuestionType::Choice:
        value.coded = true;
        for (int k = 0; k < q.options.size(); ++k)
            value.valueLabels.emplace_back(k + 1, q.options[k]);
        break;
    case QuestionType::YesNo:
        value.coded = true;
        value.valueLabels = {{1, QStringLiteral("yes")}, {0, QStringLiteral("no")}};
        break;
    default: break; // open, multi, ranking: text
    }
    out.push_back(value);

    for (int k = 0; q.type == QuestionType::Multi && k < q.options.size(); ++k) {
        WideColumn c;
        c.kind = Kind::OptionChosen;
        c.name = QStringLiteral("%1_%2").arg(q.id).arg(k + 1);
        c.label = QStringLiteral("%1: %2").arg(q.id, q.options[k]);
        c.type = QStringLiteral("multi option");
        c.question = qi;
        c.option = k;
        c.numeric = true;
        c.valueLabels = {{0, Tr::tr("not chosen")}, {1, Tr::tr("chosen")}};
        out.push_back(c);
    }
    for (int k = 0; q.type == QuestionType::Ranking && k < q.options.size(); ++k) {
        WideColumn c;
        c.kind = Kind::OptionRank;
        c.name = QStringLiteral("%1_rank_%2").arg(q.id).arg(k + 1);
        c.label = QStringLiteral("%1: rank of %2").arg(q.id, q.options[k]);
        c.type = QStringLiteral("ranking rank");
        c.question = qi;
        c.option = k;
        c.numeric = true;
        c.measure = Measure::Ordinal;
        c.valueLabels = {{1, Tr::tr("most preferred")}, {double(q.options.size()), Tr::tr("least preferred")}};
        out.push_back(c);
    }
    if (q.type == QuestionType::Likert && hasSsr(table, qi)) {
        WideColumn c;
        c.kind = Kind::SsrMean;
        c.name = q.id + QStringLiteral("_ssr");
        c.label = QStringLiteral("%1: mean of the semantic similarity rating").arg(q.id);
        c.type = QStringLiteral("ssr mean");
        c.question = qi;
        c.numeric = true;
        c.measure = Measure::Scale;
        out.push_back(c);
    }
    WideColumn why;
    why.kind = Kind::Why;
    why.name = q.id + QStringLiteral("_why");
    why.label = QStringLiteral("%1: justification").arg(q.id);
    why.type = QStringLiteral("justification");
    why.question = qi;
    out.push_back(why);
    WideColumn missing;
    missing.kind = Kind::Missing;
    missing.name = q.id + QStringLiteral("_missing");
    missing.label = QStringLiteral("%1: why the answer is missing").arg(q.id);
    missing.type = QStringLiteral("missing reason");
    missing.question = qi;
    out.push_back(missing);
}

} // namespace

std::vector<WideColumn> wideColumns(const ResultTable &table)
{
    std::vector<WideColumn> out;
    auto fixed = [&](Kind kind, const QString &name, const QString &label, bool numeric) {
        WideColumn c;
        c.kind = kind;
        c.name = name;
        c.label = label;
        c.type = QStringLiteral("respondent");
        c.numeric = numeric;
        out.push_back(c);
    };
    fixed(Kind::Run, QStringLiteral("run"), Tr::tr("run"), true);
    fixed(Kind::Agent, QStringLiteral("agent"), Tr::tr("respondent (agent name)"), false);
    if (table.hasArms()) {
        fixed(Kind::Arm, QStringLiteral("arm"), Tr::tr("experiment arm"), false);
        fixed(Kind::Replicate, QStringLiteral("replicate"), Tr::tr("replicate"), true);
    }
    for (const QString &name : table.attributeNames()) {
        WideColumn c;
        c.kind = Kind::Attribute;
        c.name = name;
        c.label = name;
        c.type = QStringLiteral("attribute");
        c.attribute = name;
        c.numeric = numericAttribute(table, name);
        c.measure = c.numeric ? Measure::Scale : Measure::Nominal;
        out.push_back(c);
    }
    for (int qi = 0; qi < int(table.questions().size()); ++qi)
        addQuestionColumns(table, qi, out);
    // A population dimension may share a name with a question's column.
    QStringList names;
    for (const WideColumn &c : out)
        names.append(c.name);
    names = uniqueNames(names);
    for (size_t i = 0; i < out.size(); ++i)
        out[i].name = names[qsizetype(i)];
    return out;
}

QStringList uniqueNames(const QStringList &names)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &name : names) {
        QString n = name;
        for (int k = 2; seen.contains(n.toCaseFolded()); ++k)
            n = QStringLiteral("%1_%2").arg(name).arg(k);
        seen.insert(n.toCaseFolded());
        out.append(n);
    }
    return out;
}

WideCell wideCell(const ResultTable &table, const WideColumn &column, int row)
{
    const Respondent &r = table.respondents()[row];
    WideCell cell;
    switch (column.kind) {
    case Kind::Run:
        cell.number = double(r.runId);
        cell.text = QString::number(r.runId);
        return cell;
    case Kind::Agent:
        cell.text = r.agent;
        return cell;
    case Kind::Arm:
        cell.text = r.arm;
        return cell;
    case Kind::Replicate:
        if (r.replicate) {
            cell.number = *r.replicate;
            cell.text = QString::number(*r.replicate);
        }
        return cell;
    case Kind::Attribute:
        if (const nlohmann::json *v = r.attribute(column.attribute)) {
            cell.text = attributeText(*v);
            if (v->is_number())
                cell.number = v->get<double>();
        }
        return cell;
    default: break;
    }

    const Question &q = table.questions()[column.question];
    const ResultAnswer &a = table.answer(row, column.question);
    cell.state = a.state;
    switch (column.kind) {
    case Kind::Why:
        cell.text = a.justification;
        return cell;
    case Kind::Missing:
        cell.text = a.state == ResultAnswer::State::NotAsked ? QString::fromLatin1(kNotAskedReason)
                  : a.state == ResultAnswer::State::Missing  ? a.missingReason
                                                             : QString();
        return cell;
    case Kind::SsrMean:
        if (const auto m = a.ssrMean(q)) {
            cell.number = *m;
            cell.text = numberText(*m);
        }
        return cell;
    default: break;
    }
    if (!a.answered())
        return cell;
    if (column.kind == Kind::OptionChosen) {
        cell.number = chose(q, a.value, column.option) ? 1 : 0;
        cell.text = numberText(*cell.number);
    } else if (column.kind == Kind::OptionRank) {
        if (const int rank = rankOf(q, a.value, column.option); rank > 0) {
            cell.number = rank;
            cell.text = QString::number(rank);
        }
    } else {
        cell.text = answerText(q, a.value);
        cell.number = answerCode(q, a.value);
    }
    return cell;
}

QString valueLabelText(const WideColumn &column, bool codes)
{
    QStringList parts;
    for (const auto &[code, label] : column.valueLabels)
        parts.append(column.coded && !codes ? label : QStringLiteral("%1 = %2").arg(numberText(code), label));
    return parts.join(QStringLiteral("; "));
}

Status saveBytes(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        return Status::failure(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString scratchPathBeside(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.part").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

Status moveIntoPlace(const QString &scratch, const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(scratch);
        return Status::failure(Tr::tr("cannot replace %1").arg(QDir::toNativeSeparators(path)));
    }
    if (!QFile::rename(scratch, path)) {
        QFile::remove(scratch);
        return Status::failure(Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace troupe
