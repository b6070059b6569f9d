#include "studyfile.h"

#include "factory/populationdescription.h"
#include "util/jsonlocator.h"
#include "util/jsonreader.h"
#include "util/textinput.h"
#include "world/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

using OJson = nlohmann::ordered_json;
using Path = std::vector<std::string>;

constexpr int kMaxSample = 1000000;
constexpr int kMaxStep = 1000000;

QString qs(const OJson &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

/** "questions[0].scale.labels.7": indices for arrays, keys for objects (as the document has them). */
QString fieldOf(const Path &path, const OJson *doc)
{
    QString field;
    const OJson *node = doc;
    for (const std::string &p : path) {
        const bool digits = !p.empty() && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool index = node ? node->is_array() : digits;
        field += index ? QStringLiteral("[%1]").arg(QString::fromStdString(p))
                       : (field.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromStdString(p);
        if (node && node->is_object() && node->contains(p))
            node = &node->at(p);
        else if (node && node->is_array() && digits && std::stoull(p) < node->size())
            node = &node->at(std::stoull(p));
        else
            node = nullptr;
    }
    return field;
}

/** "agents[2].spec" back to {"agents", "2", "spec"}, to place an inline scenario's problems. */
Path pathOf(const QString &field)
{
    Path out;
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    for (auto it = part.globalMatch(field); it.hasNext();) {
        const auto m = it.next();
        out.push_back((m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toStdString());
    }
    return out;
}

Path join(Path base, const Path &more)
{
    base.insert(base.end(), more.begin(), more.end());
    return base;
}

/** Collects problems with their place in the study text. */
struct Problems
{
    const QByteArray &text;
    QString label;
    Diagnostics list;
    const OJson *document = nullptr; // as read, to tell indices from keys

    void add(const Path &path, const QString &message)
    {
        const TextPosition pos = positionAt(text, locateJsonValue(text, path));
        list.append({label, pos.line, pos.column, fieldOf(path, document), message});
    }
};

const QStringList &studyKeys()
{
    static const QStringList keys = {
        QStringLiteral("name"),     QStringLiteral("description"), QStringLiteral("mode"),
        QStringLiteral("instructions"), QStringLiteral("scenario"), QStringLiteral("scenario_source"),
        QStringLiteral("population"), QStringLiteral("material"),  QStringLiteral("ask_at"),
        QStringLiteral("interviewer"), QStringLiteral("questions")};
    return keys;
}

void checkKeys(const OJson &object, const Path &at, const QStringList &allowed, const QString &what, Problems &problems)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(QString::fromStdString(it.key())))
            problems.add(join(at, {it.key()}), Tr::tr("unknown key in %1; expected one of: %2").arg(what, allowed.join(QStringLiteral(", "))));
}

/** A file next to the study, or a bundled resource of that name; empty when neither exists. */
QString findFile(const QString &written, const QString &baseDir, const QString &bundledPattern)
{
    const QString local = QDir(baseDir).filePath(written);
    if (QFileInfo(local).isFile())
        return local;
    const QString bundled = bundledPattern.arg(written);
    if (!written.contains(u'/') && !written.contains(u'\\') && QFileInfo::exists(bundled))
        return bundled;
    return {};
}

void resolveScenario(OJson &doc, Study &study, const QString &baseDir, Problems &problems)
{
    // A copy: adding keys to an ordered_json object moves its values.
    const OJson entry = doc["scenario"];
    Scenario::Outcome loaded;
    if (entry.is_string()) {
        const QString written = qs(entry);
        const QString path = findFile(written, baseDir, QStringLiteral(":/scenarios/%1.scenario.json"));
        if (path.isEmpty()) {
            problems.add({"scenario"}, Tr::tr("there is no scenario file \"%1\" next to the study and no bundled scenario of "
                                              "that name (bundled: %2)").arg(written, Scenario::bundledNames().join(QStringLiteral(", "))));
            return;
        }
        loaded = Scenario::loadFile(path.startsWith(u':') ? written : path);
        if (!loaded.resolved) {
            problems.list += loaded.diagnostics; // they name the scenario file itself
            problems.add({"scenario"}, Tr::tr("the scenario \"%1\" could not be read (see above)").arg(written));
            return;
        }
        study.scenarioSource = written;
        doc["scenario_source"] = written.toStdString();
    } else {
        const QString inner = problems.label + QStringLiteral(" (scenario)");
        loaded = Scenario::load(QByteArray::fromStdString(entry.dump()), inner, baseDir);
        if (!loaded.resolved) {
            for (const Diagnostic &d : loaded.diagnostics) {
                if (d.file == inner)
                    problems.add(join({"scenario"}, pathOf(d.field)), d.message);
                else
                    problems.list.append(d); // a persona or fragment file the scenario names
            }
            return;
        }
        study.scenarioSource = qs(doc.value("scenario_source", OJson()));
    }
    doc["scenario"] = *loaded.resolved;
    study.scenario = *loaded.resolved;
}

void resolvePopulation(OJson &doc, Study &study, const QString &baseDir, Problems &problems)
{
    OJson &p = doc["population"];
    checkKeys(p, {"population"},
              {QStringLiteral("name"), QStringLiteral("sample"), QStringLiteral("seed"), QStringLiteral("description"),
               QStringLiteral("description_source"), QStringLiteral("extra")},
              Tr::tr("the population"), problems);
    StudyPopulation pop;
    pop.name = qs(p["name"]);
    if (p.contains("sample")) {
        if (p["sample"].get<double>() < 1)
            problems.add({"population", "sample"}, Tr::tr("the sample needs at least 1 person"));
        else if (p["sample"].get<double>() > kMaxSample)
            problems.add({"population", "sample"}, Tr::tr("at most %1 people").arg(kMaxSample));
        else
            pop.sample = p["sample"].get<int>();
    }
    if (p.contains("seed")) {
        if (!p["seed"].is_number_unsigned() && p["seed"].get<qint64>() < 0)
            problems.add({"population", "seed"}, Tr::tr("a seed is a whole number from 0"));
        else
            pop.seed = p["seed"].get<quint64>();
    }
    pop.extra = qs(p.value("extra", OJson()));
    if (p.contains("description")) {
        const OJson entry = p["description"]; // a copy, as above
        PopulationOutcome read;
        if (entry.is_string()) {
            const QString written = qs(entry);
            const QString path = findFile(written, baseDir, QStringLiteral(":/examples/populations/%1.json"));
            if (path.isEmpty()) {
                problems.add({"population", "description"},
                             Tr::tr("there is no population description file \"%1\" next to the study and no bundled "
                                    "description of that name (bundled: %2)")
                                 .arg(written, StudyFile::bundledPopulationNames().join(QStringLiteral(", "))));
                return;
            }
            read = parsePopulationFile(path);
            pop.descriptionSource = written;
            p["description_source"] = written.toStdString();
        } else {
            const QString inner = problems.label + QStringLiteral(" (population.description)");
            read = parsePopulation(QByteArray::fromStdString(entry.dump()), inner);
            pop.descriptionSource = qs(p.value("description_source", OJson()));
            for (Diagnostic &d : read.diagnostics)
                if (d.file == inner) {
                    problems.add(join({"population", "description"}, pathOf(d.field)), d.message);
                    d.file.clear();
                }
            read.diagnostics.removeIf([](const Diagnostic &d) { return d.file.isEmpty(); });
        }
        if (!read.description) {
            problems.list += read.diagnostics;
            if (entry.is_string())
                problems.add({"population", "description"}, Tr::tr("the population description could not be read (see above)"));
            return;
        }
        p["description"] = read.description->document();
        pop.description = read.description->document();
    }
    study.population = pop;
}

void readMaterial(const OJson &doc, Study &study, Problems &problems)
{
    QHash<QString, size_t> seen;
    const OJson &material = doc.at("material");
    for (size_t i = 0; i < material.size(); ++i) {
        const Path at = {"material", std::to_string(i)};
        checkKeys(material[i], at, {QStringLiteral("name"), QStringLiteral("text")}, Tr::tr("material"), problems);
        const StudyMaterial m{qs(material[i].at("name")), qs(material[i].at("text"))};
        if (seen.contains(m.name))
            problems.add(join(at, {"name"}), Tr::tr("\"%1\" is already the name of material[%2]").arg(m.name).arg(seen.value(m.name)));
        else if (m.text.trimmed().isEmpty())
            problems.add(join(at, {"text"}), Tr::tr("must not be empty"));
        seen.insert(m.name, i);
        study.material.append(m);
    }
}

void readQuestions(const OJson &doc, Study &study, Problems &problems)
{
    QHash<QString, size_t> ids;
    const OJson &questions = doc.at("questions");
    for (size_t i = 0; i < questions.size(); ++i) {
        const Path at = {"questions", std::to_string(i)};
        std::vector<FieldProblem> found;
        auto q = Question::parse(questions[i], found);
        for (const FieldProblem &f : found)
            problems.add(join(at, f.path), f.message);
        if (!q)
            continue;
        if (ids.contains(q->id)) {
            problems.add(join(at, {"id"}), Tr::tr("\"%1\" is already the id of questions[%2]; ids must be unique").arg(q->id).arg(ids.value(q->id)));
            continue;
        }
        ids.insert(q->id, i);
        study.questions.append(*q);
    }
}

void checkMode(const OJson &doc, Study &study, Problems &problems)
{
    const bool discussion = study.mode == StudyMode::Discussion, interview = study.mode == StudyMode::Interview;
    if (!doc.contains("scenario") && !doc.contains("population"))
        problems.add({}, Tr::tr("a study needs respondents: give \"scenario\" or \"population\""));
    if (discussion && !doc.contains("scenario"))
        problems.add({"mode"}, Tr::tr("a discussion needs a \"scenario\" for the group to talk in"));

    const int steps = study.scenario ? Scenario::steps(*study.scenario) : 0;
    auto checkStep = [&](const Path &at, std::optional<int> step) {
        if (step && study.scenario && *step > steps)
            problems.add(at, Tr::tr("step %1 is after the scenario's last step (%2)").arg(*step).arg(steps));
    };
    if (doc.contains("ask_at")) {
        const OJson &a = doc.at("ask_at");
        if (!discussion)
            problems.add({"ask_at"}, Tr::tr("\"ask_at\" is for discussions; a %1 asks its questions in turn").arg(studyModeName(study.mode)));
        else if (a.is_number() && a.get<double>() < 1)
            problems.add({"ask_at"}, Tr::tr("steps count from 1"));
        else if (a.is_number() && a.get<double>() > kMaxStep)
            problems.add({"ask_at"}, Tr::tr("at most step %1").arg(kMaxStep));
        else if (a.is_number()) {
            study.askAtStep = a.get<int>();
            checkStep({"ask_at"}, study.askAtStep);
        }
    }
    for (qsizetype i = 0; i < study.questions.size(); ++i) {
        const Question &q = study.questions[i];
        const Path at = {"questions", std::to_string(i)};
        if ((q.askAtStep || q.askAtEnd) && !discussion)
            problems.add(join(at, {"ask_at"}), Tr::tr("\"ask_at\" is for discussions"));
        else
            checkStep(join(at, {"ask_at"}), q.askAtStep);
        if (q.followUp && !interview)
            problems.add(join(at, {"follow_up"}), Tr::tr("follow-ups are asked in interviews; this study is a %1").arg(studyModeName(study.mode)));
    }
    if (doc.contains("interviewer")) {
        if (!interview) {
            problems.add({"interviewer"}, Tr::tr("\"interviewer\" is for interviews; this study is a %1").arg(studyModeName(study.mode)));
        } else if (doc.at("interviewer").is_string()) {
            study.interviewer = qs(doc.at("interviewer"));
        } else {
            const OJson &iv = doc.at("interviewer");
            checkKeys(iv, {"interviewer"}, {QStringLiteral("name"), QStringLiteral("intro")}, Tr::tr("the interviewer"), problems);
            study.interviewer = qs(iv.at("name"));
            study.interviewerIntro = qs(iv.value("intro", OJson()));
        }
    }
}

} // namespace

QStringList StudyFile::bundledNames()
{
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/studies")).entryList({QStringLiteral("*.study.json")}, QDir::Files, QDir::Name))
        out.append(f.chopped(int(qstrlen(".study.json"))));
    return out;
}

QStringList StudyFile::bundledPopulationNames()
{
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/examples/populations")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.append(f.chopped(5));
    return out;
}

StudyFile::Outcome StudyFile::loadFile(const QString &pathOrBundledName)
{
    QString path = pathOrBundledName;
    if (!QFileInfo::exists(path) && bundledNames().contains(path))
        path = QStringLiteral(":/studies/%1.study.json").arg(path);
    Diagnostic problem;
    const std::optional<QByteArray> text = readUserTextFile(path, &problem);
    if (!text)
        return {std::nullopt, {problem}};
    return load(*text, pathOrBundledName, QFileInfo(path).absolutePath());
}

StudyFile::Outcome StudyFile::fromDefinition(const OJson &definition, const QString &label)
{
    return load(QByteArray::fromStdString(definition.dump(2)), label, QDir::currentPath());
}

StudyFile::Outcome StudyFile::load(QByteArray text, const QString &label, const QString &baseDir)
{
    JsonReadOutcome read = readJson(text, label, builtinSchema(QStringLiteral(":/schemas/study.schema.json")));
    if (!read.document)
        return {std::nullopt, read.diagnostics};
    const OJson original = *read.document;
    OJson doc = std::move(*read.document);
    Problems problems{text, label, {}, &original};
    checkKeys(doc, {}, studyKeys(), Tr::tr("a study"), problems);

    Study study;
    study.name = qs(doc.at("name"));
    study.description = qs(doc.value("description", OJson()));
    study.instructions = qs(doc.value("instructions", OJson()));
    const QString mode = qs(doc.at("mode"));
    study.mode = mode == QLatin1String("interview") ? StudyMode::Interview
               : mode == QLatin1String("discussion") ? StudyMode::Discussion
                                                     : StudyMode::Survey;
    if (doc.contains("scenario"))
        resolveScenario(doc, study, baseDir, problems);
    if (doc.contains("population"))
        resolvePopulation(doc, study, baseDir, problems);
    if (doc.contains("material"))
        readMaterial(doc, study, problems);
    readQuestions(doc, study, problems);
    checkMode(doc, study, problems);
    if (!problems.list.isEmpty())
        return {std::nullopt, problems.list};
    study.definition = std::move(doc);
    return {std::move(study), {}};
}

} // namespace troupe
