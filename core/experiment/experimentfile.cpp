#include "experiment.h"

#include "persona/personaparser.h"
#include "study/studyfile.h"
#include "util/jsonlocator.h"
#include "util/jsonreader.h"
#include "util/textinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentFile)
};

using OJson = nlohmann::ordered_json;
using Path = std::vector<std::string>;

QString qs(const OJson &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QString fieldOf(const Path &path)
{
    QString out;
    for (const std::string &p : path) {
        const bool index = !p.empty() && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (index)
            out += QStringLiteral("[%1]").arg(QString::fromStdString(p));
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromStdString(p);
    }
    return out;
}

struct Problems
{
    const QByteArray &text;
    QString label;
    Diagnostics list;

    void add(const Path &path, const QString &message)
    {
        const TextPosition pos = positionAt(text, locateJsonValue(text, path));
        list.append({label, pos.line, pos.column, fieldOf(path), message});
    }
};

void checkKeys(const OJson &object, const Path &at, const QStringList &allowed, const QString &what, Problems &problems)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(QString::fromStdString(it.key()))) {
            Path p = at;
            p.push_back(it.key());
            problems.add(p, Tr::tr("unknown key in %1; expected one of: %2").arg(what, allowed.join(QStringLiteral(", "))));
        }
}

std::optional<Study> resolveStudy(const OJson &entry, const QString &baseDir, Problems &problems)
{
    StudyFile::Outcome loaded;
    if (entry.is_string()) {
        const QString written = qs(entry);
        const QString local = QDir(baseDir).filePath(written);
        if (QFileInfo(local).isFile())
            loaded = StudyFile::loadFile(local);
        else if (StudyFile::bundledNames().contains(written))
            loaded = StudyFile::loadFile(written);
        else {
            problems.add({"study"}, Tr::tr("there is no study file \"%1\" next to the experiment and no bundled study of that "
                                           "name (bundled: %2)").arg(written, StudyFile::bundledNames().join(QStringLiteral(", "))));
            return std::nullopt;
        }
    } else {
        loaded = StudyFile::load(QByteArray::fromStdString(entry.dump(2)), problems.label + QStringLiteral(" (study)"), baseDir);
    }
    if (!loaded.study) {
        for (const Diagnostic &d : loaded.diagnostics)
            problems.add({"study"}, d.toString());
        return std::nullopt;
    }
    return loaded.study;
}

} // namespace

const ExperimentArm *Experiment::arm(const QString &name) const
{
    for (const ExperimentArm &a : arms)
        if (a.name == name)
            return &a;
    return nullptr;
}

QStringList ExperimentFile::bundledNames()
{
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/experiments")).entryList({QStringLiteral("*.experiment.json")}, QDir::Files, QDir::Name))
        out.append(f.chopped(int(qstrlen(".experiment.json"))));
    return out;
}

ExperimentFile::Outcome ExperimentFile::loadFile(const QString &pathOrBundledName)
{
    QString path = pathOrBundledName;
    if (!QFileInfo::exists(path) && bundledNames().contains(path))
        path = QStringLiteral(":/experiments/%1.experiment.json").arg(path);
    Diagnostic problem;
    const std::optional<QByteArray> text = readUserTextFile(path, &problem);
    if (!text)
        return {std::nullopt, {problem}};
    return load(*text, pathOrBundledName, QFileInfo(path).absolutePath());
}

ExperimentFile::Outcome ExperimentFile::fromDefinition(const OJson &definition, const QString &label)
{
    return load(QByteArray::fromStdString(definition.dump(2)), label, QDir::currentPath());
}

ExperimentFile::Outcome ExperimentFile::load(QByteArray text, const QString &label, const QString &baseDir)
{
    JsonReadOutcome read = readJson(text, label, builtinSchema(QStringLiteral(":/schemas/experiment.schema.json")));
    if (!read.document)
        return {std::nullopt, read.diagnostics};
    const OJson doc = *read.document;
    Problems problems{text, label, {}};
    checkKeys(doc, {}, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("study"), QStringLiteral("arms"),
                        QStringLiteral("assignment"), QStringLiteral("balance"), QStringLiteral("replicates"), QStringLiteral("seed")},
              Tr::tr("an experiment"), problems);
    Experiment e;
    e.name = qs(doc.at("name"));
    e.description = qs(doc.value("description", OJson()));
    e.assignment = qs(doc.value("assignment", OJson("within"))) == QLatin1String("between") ? Assignment::Between : Assignment::Within;
    for (const auto &b : doc.value("balance", OJson::array()))
        e.balance.append(qs(b));
    if (!e.balance.isEmpty() && e.assignment == Assignment::Within)
        problems.add({"balance"}, Tr::tr("\"balance\" is for between-subjects assignment; within subjects every respondent is in every arm"));
    e.replicates = doc.value("replicates", 1);
    e.seed = doc.value("seed", quint64(1));

    OJson definition = doc;
    if (auto study = resolveStudy(doc.at("study"), baseDir, problems)) {
        e.study = *study;
        definition["study"] = study->definition;
    }

    const OJson &arms = doc.at("arms");
    QSet<QString> seen;
    for (size_t i = 0; i < arms.size(); ++i) {
        const std::string at = std::to_string(i);
        const OJson &a = arms[i];
        checkKeys(a, {"arms", at}, {QStringLiteral("name"), QStringLiteral("material"), QStringLiteral("fragments"),
                                    QStringLiteral("model"), QStringLiteral("temperature"), QStringLiteral("sample")},
                  Tr::tr("an arm"), problems);
        ExperimentArm arm;
        arm.name = qs(a.at("name"));
        if (seen.contains(arm.name))
            problems.add({"arms", at, "name"}, Tr::tr("another arm is already called \"%1\"").arg(arm.name));
        seen.insert(arm.name);
        const OJson material = a.value("material", OJson::array());
        for (size_t m = 0; m < material.size(); ++m) {
            checkKeys(material[m], {"arms", at, "material", std::to_string(m)}, {QStringLiteral("name"), QStringLiteral("text")},
                      Tr::tr("material"), problems);
            arm.material.append({qs(material[m].value("name", OJson())), qs(material[m].value("text", OJson()))});
        }
        const OJson fragments = a.value("fragments", OJson::array());
        for (size_t f = 0; f < fragments.size(); ++f) {
            const Path where = {"arms", at, "fragments", std::to_string(f)};
            PersonaParser::Outcome parsed;
            if (fragments[f].is_string()) {
                const QString path = QDir(baseDir).filePath(qs(fragments[f]));
                if (!QFileInfo(path).isFile()) {
                    problems.add(where, Tr::tr("there is no fragment file \"%1\" next to the experiment").arg(qs(fragments[f])));
                    continue;
                }
                parsed = PersonaParser::parseFile(path);
            } else {
                parsed = PersonaParser::parse(QByteArray::fromStdString(fragments[f].dump()), fieldOf(where), QStringLiteral("fragment"));
            }
            if (!parsed.document) {
                for (const Diagnostic &d : parsed.diagnostics)
                    problems.add(where, d.toString());
                continue;
            }
            if (parsed.document->kind() != SpecKind::Fragment) {
                problems.add(where, Tr::tr("this is an agent, not a fragment"));
                continue;
            }
            arm.fragments.push_back(parsed.document->document());
            definition["arms"][i]["fragments"][f] = parsed.document->document();
        }
        arm.model = qs(a.value("model", OJson()));
        if (a.contains("temperature"))
            arm.temperature = a.at("temperature").get<double>();
        if (a.contains("sample"))
            arm.sample = a.at("sample").get<int>();
        e.arms.push_back(std::move(arm));
    }
    if (!problems.list.isEmpty())
        return {std::nullopt, problems.list};
    e.definition = definition;
    return {std::move(e), {}};
}

} // namespace troupe
