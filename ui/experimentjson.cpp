#include "experimentjson.h"

#include "store/projectfile.h"
#include "store/studystore.h"
#include "study/studyfile.h"

namespace troupe::experimentjson {

QStringList bundledStudies()
{
    return StudyFile::bundledNames();
}

QStringList projectStudies(ProjectFile *project)
{
    QStringList out;
    if (!project)
        return out;
    if (auto stored = StudyStore(*project).studies())
        for (const StoredStudyInfo &s : stored.value())
            out.append(s.name);
    return out;
}

OrderedJson editable(const OrderedJson &definition, ProjectFile *project)
{
    OrderedJson out = definition;
    if (!definition.contains("study") || !definition.at("study").is_object())
        return out;
    const OrderedJson &study = definition.at("study");
    for (const QString &name : bundledStudies()) {
        const StudyFile::Outcome bundled = StudyFile::loadFile(name);
        if (bundled.study && bundled.study->definition == study) {
            out["study"] = name.toStdString();
            return out;
        }
    }
    if (project)
        for (const QString &name : projectStudies(project))
            if (auto stored = StudyStore(*project).study(name); stored && stored.value() == study) {
                out["study"] = name.toStdString();
                return out;
            }
    return out;
}

ExperimentFile::Outcome resolve(const QByteArray &text, const QString &label, ProjectFile *project)
{
    // A project's study is put inline; anything else is read as it was written, so the
    // problems point at the text the user typed.
    const OrderedJson doc = OrderedJson::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (project && doc.is_object() && doc.contains("study") && doc.at("study").is_string()) {
        const QString name = QString::fromStdString(doc.at("study").get<std::string>());
        if (!bundledStudies().contains(name)) {
            if (auto stored = StudyStore(*project).study(name); stored && !stored.value().is_null()) {
                OrderedJson inlined = doc;
                inlined["study"] = stored.value();
                return ExperimentFile::load(QByteArray::fromStdString(inlined.dump(4)), label, QString());
            }
        }
    }
    return ExperimentFile::load(text, label, QString());
}

OrderedJson fresh(const QString &name)
{
    const QStringList studies = bundledStudies();
    OrderedJson e;
    e["name"] = name.toStdString();
    e["study"] = studies.isEmpty() ? std::string() : studies.first().toStdString();
    e["arms"] = OrderedJson::array({OrderedJson{{"name", "control"}}, OrderedJson{{"name", "variant"}}});
    e["assignment"] = "within";
    e["replicates"] = 1;
    e["seed"] = 1;
    return e;
}

} // namespace troupe::experimentjson
