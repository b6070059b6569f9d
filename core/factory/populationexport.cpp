#include "populationexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PopulationExport)
};

QString cell(const QString &s)
{
    if (s.contains(QLatin1Char('"')) || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString field(const nlohmann::ordered_json &persona, const char *key)
{
    if (!persona.contains(key))
        return {};
    const auto &v = persona.at(key);
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_object() && v.contains("title") && v.at("title").is_string())
        return QString::fromStdString(v.at("title").get<std::string>());
    return QString::fromStdString(v.dump());
}

} // namespace

QString personFileStem(const QString &name)
{
    QString stem = name.normalized(QString::NormalizationForm_KD).toLower();
    stem.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    stem.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    return stem.isEmpty() ? QStringLiteral("person") : stem;
}

Result<int> exportAgents(const QList<std::pair<int, PersonaDocument>> &people, const QString &dir)
{
    using R = Result<int>;
    if (!QDir().mkpath(dir))
        return R::failure(Tr::tr("cannot create %1").arg(dir));
    QSet<QString> used;
    int n = 0;
    for (const auto &[index, doc] : people) {
        QString stem = personFileStem(doc.name());
        for (int k = 2; used.contains(stem); ++k)
            stem = personFileStem(doc.name()) + QStringLiteral("_%1").arg(k);
        used.insert(stem);
        QSaveFile f(QDir(dir).filePath(stem + QStringLiteral(".agent.json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(doc.toJson()) < 0 || !f.commit())
            return R::failure(Tr::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
        ++n;
    }
    return n;
}

Result<int> exportCsv(const SamplingPlan &plan, const QList<std::pair<int, PersonaDocument>> &people,
                      const QMap<int, QString> &bios, const QString &path)
{
    using R = Result<int>;
    QStringList header{QStringLiteral("sample")};
    for (const Dimension &d : plan.dimensions())
        header << d.name;
    header << QStringLiteral("name") << QStringLiteral("age") << QStringLiteral("gender") << QStringLiteral("nationality")
           << QStringLiteral("residence") << QStringLiteral("education") << QStringLiteral("occupation") << QStringLiteral("bio");
    QStringList lines;
    QStringList h;
    for (const QString &c : header)
        h << cell(c);
    lines << h.join(QLatin1Char(','));
    for (const auto &[index, doc] : people) {
        QStringList row{QString::number(index + 1)};
        const auto &attrs = plan.samples().at(size_t(index)).attributes;
        for (const Dimension &d : plan.dimensions())
            row << cell(attrs.contains(d.name.toStdString()) ? attributeText(attrs.at(d.name.toStdString())) : QString());
        const auto &p = doc.persona();
        for (const char *k : {"name", "age", "gender", "nationality", "residence", "education", "occupation"})
            row << cell(field(p, k));
        row << cell(bios.value(index));
        lines << row.join(QLatin1Char(','));
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n") < 0 || !f.commit())
        return R::failure(Tr::tr("cannot write %1: %2").arg(path, f.errorString()));
    return int(people.size());
}

} // namespace troupe
