#include "studystore.h"

#include "projectfile.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyStore)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime stamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString text(const nlohmann::json &j)
{
    return QString::fromStdString(j.dump());
}

QString text(const nlohmann::ordered_json &j)
{
    return QString::fromStdString(j.dump());
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

template<typename T>
QVariant nullable(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

/** Parses a JSON column; a damaged one is an error that names the row. */
template<typename J>
bool parse(const QVariant &column, J &out, QString *problem, const QString &what)
{
    if (column.isNull()) {
        out = J();
        return true;
    }
    out = J::parse(column.toString().toStdString(), nullptr, false);
    if (out.is_discarded()) {
        *problem = Tr::tr("%1 is damaged in the project (not JSON)").arg(what);
        return false;
    }
    return true;
}

Status exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return Status::failure(Tr::tr("cannot %1: %2").arg(what, sqlError(q)));
    return {};
}

Result<StudyRunRecord> readStudyRun(QSqlQuery &q)
{
    StudyRunRecord r;
    r.runId = q.value(0).toLongLong();
    r.studyName = q.value(1).toString();
    QString problem;
    if (!parse(q.value(2), r.definition, &problem, Tr::tr("the study of run %1").arg(r.runId)))
        return Result<StudyRunRecord>::failure(problem);
    r.experiment = q.value(3).toString();
    r.arm = q.value(4).toString();
    if (!q.value(5).isNull())
        r.replicate = q.value(5).toInt();
    r.createdAt = stamp(q.value(6));
    return r;
}

const QString kStudyRunColumns = QStringLiteral("run_id, study_name, definition, experiment, arm, replicate, created_at");

Result<QList<StudyRunRecord>> studyRunsWhere(ProjectFile &project, const QString &column, const QString &value)
{
    using R = Result<QList<StudyRunRecord>>;
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral("SELECT %1 FROM study_runs WHERE %2 = ? ORDER BY run_id").arg(kStudyRunColumns, column));
    q.addBindValue(value);
    if (!q.exec())
        return R::failure(Tr::tr("cannot read the runs of \"%1\": %2").arg(value, sqlError(q)));
    QList<StudyRunRecord> out;
    while (q.next()) {
        auto r = readStudyRun(q);
        if (!r)
            return R::failure(r.error());
        out.append(std::move(r).value());
    }
    return out;
}

const QString kAnswerColumns = QStringLiteral(
    "run_id, agent, question_id, type, value, justification, event_seq, missing_reason, arm, replicate, ssr, created_at");

Result<QList<AnswerRecord>> readAnswers(QSqlQuery &q)
{
    using R = Result<QList<AnswerRecord>>;
    QList<AnswerRecord> out;
    while (q.next()) {
        AnswerRecord a;
        a.runId = q.value(0).toLongLong();
        a.agent = q.value(1).toString();
        a.questionId = q.value(2).toString();
        a.type = q.value(3).toString();
        const QString what = Tr::tr("the answer of %1 to %2 in run %3").arg(a.agent, a.questionId).arg(a.runId);
        QString problem;
        nlohmann::json value, ssr;
        if (!parse(q.value(4), value, &problem, what) || !parse(q.value(10), ssr, &problem, what))
            return R::failure(problem);
        if (!q.value(4).isNull())
            a.value = std::move(value);
        if (!q.value(10).isNull())
            a.ssr = std::move(ssr);
        a.justification = q.value(5).toString();
        if (!q.value(6).isNull())
            a.eventSeq = q.value(6).toLongLong();
        a.missingReason = q.value(7).toString();
        a.arm = q.value(8).toString();
        if (!q.value(9).isNull())
            a.replicate = q.value(9).toInt();
        a.createdAt = stamp(q.value(11));
        out.append(std::move(a));
    }
    return out;
}

} // namespace

Status StudyStore::saveStudy(const QString &name, const nlohmann::ordered_json &definition)
{
    if (name.trimmed().isEmpty())
        return Status::failure(Tr::tr("a study needs a name"));
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO studies (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at"));
        const QString t = now();
        q.addBindValue(name);
        q.addBindValue(text(definition));
        q.addBindValue(t);
        q.addBindValue(t);
        return exec(q, Tr::tr("save study \"%1\"").arg(name));
    });
}

Result<nlohmann::ordered_json> StudyStore::study(const QString &name) const
{
    using R = Result<nlohmann::ordered_json>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT definition FROM studies WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return R::failure(Tr::tr("cannot read study \"%1\": %2").arg(name, sqlError(q)));
    if (!q.next())
        return R::failure(Tr::tr("there is no study called \"%1\" in this project").arg(name));
    nlohmann::ordered_json out;
    QString problem;
    if (!parse(q.value(0), out, &problem, Tr::tr("study \"%1\"").arg(name)))
        return R::failure(problem);
    return out;
}

Result<QList<StoredStudyInfo>> StudyStore::studies() const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT id, name, updated_at FROM studies ORDER BY name COLLATE NOCASE")))
        return Result<QList<StoredStudyInfo>>::failure(Tr::tr("cannot list studies: %1").arg(sqlError(q)));
    QList<StoredStudyInfo> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), stamp(q.value(2))});
    return out;
}

Status StudyStore::removeStudy(const QString &name)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM studies WHERE name = ?"));
        q.addBindValue(name);
        return exec(q, Tr::tr("delete study \"%1\"").arg(name));
    });
}

Status StudyStore::saveStudyRun(const StudyRunRecord &run)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO study_runs (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kStudyRunColumns));
        q.addBindValue(run.runId);
        q.addBindValue(run.studyName);
        q.addBindValue(text(run.definition));
        q.addBindValue(nullable(run.experiment));
        q.addBindValue(nullable(run.arm));
        q.addBindValue(nullable(run.replicate));
        q.addBindValue(run.createdAt.isValid() ? run.createdAt.toUTC().toString(Qt::ISODateWithMs) : now());
        return exec(q, Tr::tr("record run %1 as a run of \"%2\"").arg(run.runId).arg(run.studyName));
    });
}

Result<StudyRunRecord> StudyStore::studyRun(qint64 runId) const
{
    using R = Result<StudyRunRecord>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT %1 FROM study_runs WHERE run_id = ?").arg(kStudyRunColumns));
    q.addBindValue(runId);
    if (!q.exec())
        return R::failure(Tr::tr("cannot read run %1: %2").arg(runId).arg(sqlError(q)));
    if (!q.next())
        return R::failure(Tr::tr("run %1 is not a run of a study").arg(runId));
    return readStudyRun(q);
}

Result<QList<StudyRunRecord>> StudyStore::studyRuns(const QString &studyName) const
{
    return studyRunsWhere(m_project, QStringLiteral("study_name"), studyName);
}

Result<QList<StudyRunRecord>> StudyStore::experimentRuns(const QString &experiment) const
{
    return studyRunsWhere(m_project, QStringLiteral("experiment"), experiment);
}

Status StudyStore::saveRespondents(qint64 runId, const QList<RespondentRecord> &respondents)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery first(m_project.database());
        first.prepare(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM study_respondents WHERE run_id = ?"));
        first.addBindValue(runId);
        if (Status s = exec(first, Tr::tr("read the respondents of run %1").arg(runId)); !s)
            return s;
        int position = first.next() ? first.value(0).toInt() : 0;
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO study_respondents (run_id, agent, position, persona, attributes, arm) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(run_id, agent) DO UPDATE SET "
                                 "persona = excluded.persona, attributes = excluded.attributes, arm = excluded.arm"));
        for (const RespondentRecord &r : respondents) {
            q.addBindValue(runId);
            q.addBindValue(r.agent);
            q.addBindValue(position++);
            q.addBindValue(text(r.persona));
            q.addBindValue(r.attributes.is_null() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text(r.attributes)));
            q.addBindValue(nullable(r.arm));
            if (Status s = exec(q, Tr::tr("store respondent %1 of run %2").arg(r.agent).arg(runId)); !s)
                return s;
        }
        return {};
    });
}

Result<QList<RespondentRecord>> StudyStore::respondents(qint64 runId) const
{
    using R = Result<QList<RespondentRecord>>;
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent, persona, attributes, arm FROM study_respondents WHERE run_id = ? ORDER BY position"));
    q.addBindValue(runId);
    if (!q.exec())
        return R::failure(Tr::tr("cannot read the respondents of run %1: %2").arg(runId).arg(sqlError(q)));
    QList<RespondentRecord> out;
    while (q.next()) {
        RespondentRecord r;
        r.agent = q.value(0).toString();
        QString problem;
        const QString what = Tr::tr("respondent %1 of run %2").arg(r.agent).arg(runId);
        if (!parse(q.value(1), r.persona, &problem, what) || !parse(q.value(2), r.attributes, &problem, what))
            return R::failure(problem);
        r.arm = q.value(3).toString();
        out.append(std::move(r));
    }
    return out;
}

Status StudyStore::saveAnswers(const QList<AnswerRecord> &answers)
{
    for (const AnswerRecord &a : answers)
        if (a.value.has_value() == !a.missingReason.isEmpty())
            return Status::failure(a.value ? Tr::tr("the answer of %1 to %2 has both a value and a missing reason").arg(a.agent, a.questionId)
                                           : Tr::tr("the answer of %1 to %2 has no value and no reason why it is missing").arg(a.agent, a.questionId));
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO answers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAnswerColumns));
        const QString t = now();
        for (const AnswerRecord &a : answers) {
            q.addBindValue(a.runId);
            q.addBindValue(a.agent);
            q.addBindValue(a.questionId);
            q.addBindValue(a.type);
            q.addBindValue(a.value ? QVariant(text(*a.value)) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(a.justification);
            q.addBindValue(nullable(a.eventSeq));
            q.addBindValue(nullable(a.missingReason));
            q.addBindValue(nullable(a.arm));
            q.addBindValue(nullable(a.replicate));
            q.addBindValue(a.ssr ? QVariant(text(*a.ssr)) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(a.createdAt.isValid() ? a.createdAt.toUTC().toString(Qt::ISODateWithMs) : t);
            if (Status s = exec(q, Tr::tr("store the answer of %1 to %2").arg(a.agent, a.questionId)); !s)
                return s;
        }
        return {};
    });
}

Result<QList<AnswerRecord>> StudyStore::answers(qint64 runId) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM answers WHERE run_id = ? ORDER BY id").arg(kAnswerColumns));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QList<AnswerRecord>>::failure(Tr::tr("cannot read the answers of run %1: %2").arg(runId).arg(sqlError(q)));
    return readAnswers(q);
}

Result<QList<AnswerRecord>> StudyStore::answers(qint64 runId, const QString &questionId) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM answers WHERE run_id = ? AND question_id = ? ORDER BY id").arg(kAnswerColumns));
    q.addBindValue(runId);
    q.addBindValue(questionId);
    if (!q.exec())
        return Result<QList<AnswerRecord>>::failure(Tr::tr("cannot read the answers of run %1: %2").arg(runId).arg(sqlError(q)));
    return readAnswers(q);
}

Result<qint64> StudyStore::saveExtraction(const ExtractionRecord &e)
{
    qint64 id = 0;
    const Status s = m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO extractions (run_id, objective, fields, agent, result, cited_seqs, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        nlohmann::json cited = nlohmann::json::array();
        for (qint64 seq : e.citedSeqs)
            cited.push_back(seq);
        q.addBindValue(e.runId);
        q.addBindValue(e.objective);
        q.addBindValue(text(e.fields));
        q.addBindValue(nullable(e.agent));
        q.addBindValue(text(e.result));
        q.addBindValue(text(cited));
        q.addBindValue(e.createdAt.isValid() ? e.createdAt.toUTC().toString(Qt::ISODateWithMs) : now());
        if (Status st = exec(q, Tr::tr("store the extraction")); !st)
            return st;
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<QList<ExtractionRecord>> StudyStore::extractions(qint64 runId) const
{
    using R = Result<QList<ExtractionRecord>>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT id, objective, fields, agent, result, cited_seqs, created_at FROM extractions "
                             "WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return R::failure(Tr::tr("cannot read the extractions of run %1: %2").arg(runId).arg(sqlError(q)));
    QList<ExtractionRecord> out;
    while (q.next()) {
        ExtractionRecord e;
        e.id = q.value(0).toLongLong();
        e.runId = runId;
        e.objective = q.value(1).toString();
        e.agent = q.value(3).toString();
        QString problem;
        nlohmann::json cited;
        const QString what = Tr::tr("extraction %1").arg(e.id);
        if (!parse(q.value(2), e.fields, &problem, what) || !parse(q.value(4), e.result, &problem, what)
            || !parse(q.value(5), cited, &problem, what))
            return R::failure(problem);
        for (const auto &seq : cited)
            if (seq.is_number_integer())
                e.citedSeqs.append(seq.get<qint64>());
        e.createdAt = stamp(q.value(6));
        out.append(std::move(e));
    }
    return out;
}

Status StudyStore::saveLabels(qint64 runId, const QString &questionId, const QList<AnswerLabelRecord> &labels)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM answer_labels WHERE run_id = ? AND question_id = ?"));
        q.addBindValue(runId);
        q.addBindValue(questionId);
        if (Status s = exec(q, Tr::tr("replace the labels of %1").arg(questionId)); !s)
            return s;
        q.prepare(QStringLiteral("INSERT INTO answer_labels (run_id, question_id, label, answers, method, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        const QString t = now();
        for (const AnswerLabelRecord &l : labels) {
            nlohmann::json agents = nlohmann::json::array();
            for (const QString &a : l.agents)
                agents.push_back(a.toStdString());
            q.addBindValue(runId);
            q.addBindValue(questionId);
            q.addBindValue(l.label);
            q.addBindValue(text(agents));
            q.addBindValue(nullable(l.method));
            q.addBindValue(t);
            if (Status s = exec(q, Tr::tr("store the label \"%1\"").arg(l.label)); !s)
                return s;
        }
        return {};
    });
}

Result<QList<AnswerLabelRecord>> StudyStore::labels(qint64 runId, const QString &questionId) const
{
    using R = Result<QList<AnswerLabelRecord>>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT label, answers, method FROM answer_labels WHERE run_id = ? AND question_id = ? ORDER BY id"));
    q.addBindValue(runId);
    q.addBindValue(questionId);
    if (!q.exec())
        return R::failure(Tr::tr("cannot read the labels of %1: %2").arg(questionId, sqlError(q)));
    QList<AnswerLabelRecord> out;
    while (q.next()) {
        AnswerLabelRecord l;
        l.label = q.value(0).toString();
        nlohmann::json agents;
        QString problem;
        if (!parse(q.value(1), agents, &problem, Tr::tr("label \"%1\"").arg(l.label)))
            return R::failure(problem);
        for (const auto &a : agents)
            if (a.is_string())
                l.agents.append(QString::fromStdString(a.get<std::string>()));
        l.method = q.value(2).toString();
        out.append(std::move(l));
    }
    return out;
}

} // namespace troupe
