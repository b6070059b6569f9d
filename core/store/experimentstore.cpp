#include "experimentstore.h"

#include "studystore.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace troupe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentStore)
};
} // namespace

Status ExperimentStore::write(const QString &name, const nlohmann::ordered_json &definition, const std::function<Status()> &mayReplace)
{
    if (name.trimmed().isEmpty())
        return Status::failure(Tr::tr("an experiment needs a name"));
    return m_project.transaction([&]() -> Status {
        auto stored = experiment(name);
        if (!stored)
            return Status::failure(stored.error());
        if (!stored.value().is_null()) {
            if (stored.value() == definition)
                return {};
            if (!mayReplace)
                return Status::failure(Tr::tr("the project already holds an experiment \"%1\" with another definition; give this one "
                                              "another name, or use another project").arg(name));
            if (const Status allowed = mayReplace(); !allowed)
                return allowed;
        }
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO experiments (name, definition, created_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition"));
        q.addBindValue(name);
        q.addBindValue(QString::fromStdString(definition.dump()));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return Status::failure(Tr::tr("cannot save experiment \"%1\": %2").arg(name, q.lastError().text()));
        return {};
    });
}

Status ExperimentStore::saveExperiment(const QString &name, const nlohmann::ordered_json &definition)
{
    return write(name, definition, {});
}

Result<nlohmann::ordered_json> ExperimentStore::experiment(const QString &name) const
{
    using R = Result<nlohmann::ordered_json>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT definition FROM experiments WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return R::failure(Tr::tr("cannot read experiment \"%1\": %2").arg(name, q.lastError().text()));
    if (!q.next())
        return nlohmann::ordered_json();
    return parseStoredOrderedJson(q.value(0).toString(), Tr::tr("experiments row \"%1\", definition").arg(name));
}

Result<QStringList> ExperimentStore::names() const
{
    using R = Result<QStringList>;
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT name FROM experiments ORDER BY name")))
        return R::failure(Tr::tr("cannot list experiments: %1").arg(q.lastError().text()));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Status ExperimentStore::replaceExperiment(const QString &name, const nlohmann::ordered_json &definition)
{
    // A definition its runs were made from stays as it is.
    return write(name, definition, [&]() -> Status {
        auto runs = StudyStore(m_project).experimentRuns(name);
        if (!runs)
            return Status::failure(runs.error());
        if (!runs.value().isEmpty())
            return Status::failure(Tr::tr("the experiment \"%1\" has %n run(s), made from its definition as it is; "
                                          "save the changes as a new experiment", nullptr, int(runs.value().size())).arg(name));
        return {};
    });
}

Status ExperimentStore::removeExperiment(const QString &name)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("DELETE FROM experiments WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::failure(Tr::tr("cannot delete experiment \"%1\": %2").arg(name, q.lastError().text()));
    return {};
}

} // namespace troupe
