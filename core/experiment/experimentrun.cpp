#include "experimentrun.h"

#include "session/runengine.h"
#include "store/experimentstore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "study/studyrunner.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace troupe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentRun)
};
} // namespace

ExperimentRun::ExperimentRun(ProjectFile &project, Config config, QObject *parent)
    : QObject(parent), m_project(project), m_config(std::move(config))
{
    qRegisterMetaType<troupe::ExperimentJob>();
    qRegisterMetaType<troupe::AnswerRecord>();
    qRegisterMetaType<troupe::RunStatus>();
}

ExperimentRun::~ExperimentRun()
{
    // A job still going is kept as interrupted (Run again continues it); nothing of it reaches us any more.
    if (m_run) {
        m_run->disconnect(this);
        m_run->engine().shutdown();
    }
}

Status ExperimentRun::checkRunnable(const Experiment &e)
{
    if (e.assignment == Assignment::Between)
        for (const ExperimentArm &arm : e.arms)
            if (arm.sample)
                return Status::failure(Tr::tr("arm \"%1\": a sample size per arm is for within-subjects experiments; between "
                                              "subjects the study's respondents are split between the arms").arg(arm.name));
    return {};
}

Result<std::vector<QStringList>> ExperimentRun::armRespondents(ProjectFile &project, const Experiment &e)
{
    using R = Result<std::vector<QStringList>>;
    std::vector<QStringList> out(e.arms.size());
    if (e.assignment != Assignment::Between)
        return out;
    auto people = studyRespondents(project, e.study);
    if (!people)
        return R::failure(people.error());
    std::vector<std::map<QString, QString>> attributes;
    for (const StudyRespondent &r : people.value()) {
        std::map<QString, QString> a;
        auto add = [&a](const nlohmann::ordered_json &object) {
            if (!object.is_object())
                return;
            for (auto it = object.begin(); it != object.end(); ++it)
                if (it.value().is_string())
                    a[QString::fromStdString(it.key())] = QString::fromStdString(it.value().get<std::string>());
                else if (it.value().is_number() || it.value().is_boolean())
                    a[QString::fromStdString(it.key())] = QString::fromStdString(it.value().dump());
        };
        add(r.persona.persona());
        add(r.attributes); // the sample's dimensions win over persona fields of the same name
        attributes.push_back(std::move(a));
    }
    const std::vector<int> arms = assignBalanced(attributes, e.balance, int(e.arms.size()), e.seed);
    for (size_t i = 0; i < arms.size(); ++i)
        out[size_t(arms[i])].append(people.value()[qsizetype(i)].persona.name());
    for (size_t a = 0; a < out.size(); ++a)
        if (out[a].isEmpty())
            return R::failure(Tr::tr("arm \"%1\" gets nobody: the study has %n respondent(s) for %2 arms", nullptr,
                                     int(people.value().size())).arg(e.arms[a].name).arg(e.arms.size()));
    return out;
}

qint64 ExperimentRun::finishedRun(ProjectFile &project, const QString &experiment, const ExperimentJob &job)
{
    auto runs = StudyStore(project).experimentRuns(experiment);
    if (!runs)
        return 0;
    RunStore store(project);
    for (const StudyRunRecord &r : runs.value())
        if (r.arm == job.arm && r.replicate == job.replicate)
            if (auto info = store.runInfo(r.runId); info && info.value().status == RunStatus::Finished)
                return r.runId;
    return 0;
}

qint64 ExperimentRun::unfinishedRun(const ExperimentJob &job) const
{
    auto runs = StudyStore(m_project).experimentRuns(m_experiment.name);
    if (!runs)
        return 0;
    RunStore store(m_project);
    qint64 latest = 0;
    for (const StudyRunRecord &r : runs.value())
        if (r.arm == job.arm && r.replicate == job.replicate)
            if (auto info = store.runInfo(r.runId); info && runCanResume(info.value().status))
                latest = std::max(latest, r.runId);
    return latest;
}

Status ExperimentRun::start(const Experiment &experiment, const Options &options)
{
    if (m_running)
        return Status::failure(Tr::tr("the experiment \"%1\" is already running").arg(m_experiment.name));
    if (Status s = checkRunnable(experiment); !s)
        return s;
    auto respondents = armRespondents(m_project, experiment);
    if (!respondents)
        return Status::failure(respondents.error());
    m_respondents = std::move(respondents).value();
    if (Status s = ExperimentStore(m_project).saveExperiment(experiment.name, experiment.definition); !s)
        return s;
    m_experiment = experiment;
    m_options = options;
    m_jobs = shardJobs(experimentJobs(experiment), options.shard);
    m_at = -1;
    m_failures = 0;
    m_stopping = false;
    m_running = true;
    QTimer::singleShot(0, this, &ExperimentRun::next);
    return {};
}

void ExperimentRun::stop(const QString &reason)
{
    if (!m_running)
        return;
    m_stopping = true;
    if (m_run)
        m_run->engine().stop(reason); // its ended() ends the experiment
}

void ExperimentRun::next()
{
    if (!m_running)
        return;
    if (m_stopping)
        return end(true);
    const int total = int(m_jobs.size());
    while (++m_at < total) {
        const ExperimentJob &job = m_jobs[size_t(m_at)];
        if (const qint64 done = finishedRun(m_project, m_experiment.name, job)) {
            emit jobSkipped(m_at + 1, total, job, done);
            if (m_stopping)
                return end(true);
            continue;
        }
        return runJob(m_at);
    }
    end(false);
}

void ExperimentRun::runJob(int at)
{
    const ExperimentJob job = m_jobs[size_t(at)];
    const int number = at + 1;
    const int total = int(m_jobs.size());
    const ExperimentArm *arm = m_experiment.arm(job.arm);
    auto study = armStudy(m_experiment, *arm);
    if (!study) {
        m_running = false;
        emit failed(0, study.error());
        return;
    }
    auto *run = new StudyRun(m_project, m_config, this);
    m_run = run;
    connect(run, &StudyRun::answerStored, this, [this, job](const AnswerRecord &a) { emit answerArrived(job, a); });
    connect(run, &StudyRun::ended, this, [this](RunStatus status, const QString &reason) { jobDone(status, reason); });
    connect(run, &StudyRun::failed, this, [this](const QString &error) { jobDone(RunStatus::Failed, error); });
    llm::EndpointFlags flags = m_options.flags;
    if (!arm->model.isEmpty())
        flags.model = arm->model;
    Status started;
    if (const qint64 stopped = unfinishedRun(job)) {
        started = run->resume(stopped, flags);
    } else {
        StudyRun::Options options;
        options.flags = flags;
        options.noCache = m_options.noCache;
        options.experiment = m_experiment.name;
        options.arm = job.arm;
        options.replicate = job.replicate;
        options.seed = job.seed;
        options.name = Tr::tr("%1 · %2 · replicate %3").arg(m_experiment.name, job.arm).arg(job.replicate);
        const size_t armIndex = size_t(arm - m_experiment.arms.data());
        options.respondents = armIndex < m_respondents.size() ? m_respondents[armIndex] : QStringList();
        options.fragments = arm->fragments;
        options.temperature = arm->temperature;
        started = run->start(study.value(), options);
    }
    if (!started) {
        m_running = false;
        m_run = nullptr;
        run->disconnect(this);
        run->deleteLater(); // its engine may be inside a call of ours
        emit failed(number, started.error());
        return;
    }
    emit jobStarted(number, total, job, run->runId());
}

void ExperimentRun::jobDone(RunStatus status, const QString &reason)
{
    if (!m_run || m_at < 0 || m_at >= int(m_jobs.size()))
        return;
    StudyRun *run = m_run;
    const ExperimentJob job = m_jobs[size_t(m_at)];
    const int answered = int(std::count_if(run->answers().begin(), run->answers().end(), [](const AnswerRecord &a) { return a.value.has_value(); }));
    const qint64 runId = run->runId();
    // The run emitted this from inside its engine: it is deleted once that call has returned.
    run->disconnect(this);
    m_run = nullptr;
    run->deleteLater();
    if (status != RunStatus::Finished) {
        ++m_failures;
        if (m_options.stopOnFailure)
            m_stopping = true;
    }
    emit jobEnded(m_at + 1, int(m_jobs.size()), job, runId, status, reason, answered);
    QTimer::singleShot(0, this, &ExperimentRun::next);
}

void ExperimentRun::end(bool stopped)
{
    m_running = false;
    emit finished(m_failures, stopped);
}

} // namespace troupe
