#include "experiment.h"

#include "factory/seededrandom.h"
#include "study/studyfile.h"

#include <QCoreApplication>

#include <algorithm>

namespace troupe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentPlan)
};
} // namespace

std::vector<ExperimentJob> experimentJobs(const Experiment &experiment)
{
    std::vector<ExperimentJob> jobs;
    for (int r = 1; r <= experiment.replicates; ++r)
        for (const ExperimentArm &arm : experiment.arms)
            jobs.push_back({int(jobs.size()), arm.name, r, experiment.seed + quint64(r - 1)});
    return jobs;
}

Result<Shard> parseShard(const QString &text)
{
    const QStringList parts = text.split(u'/');
    bool okI = false, okN = false;
    const int i = parts.value(0).trimmed().toInt(&okI);
    const int n = parts.value(1).trimmed().toInt(&okN);
    if (parts.size() != 2 || !okI || !okN || n < 1 || i < 0 || i >= n)
        return Result<Shard>::failure(Tr::tr("--shard: expected I/N with 0 <= I < N (as a Slurm array task id or a Kubernetes "
                                             "completion index counts), got \"%1\"").arg(text));
    return Shard{i, n};
}

std::vector<ExperimentJob> shardJobs(const std::vector<ExperimentJob> &jobs, const Shard &shard)
{
    std::vector<ExperimentJob> out;
    for (const ExperimentJob &j : jobs)
        if (j.index % shard.count == shard.index)
            out.push_back(j);
    return out;
}

Result<Study> armStudy(const Experiment &experiment, const ExperimentArm &arm)
{
    using R = Result<Study>;
    nlohmann::ordered_json def = experiment.study.definition;
    for (const StudyMaterial &m : arm.material) {
        nlohmann::ordered_json &list = def["material"];
        if (!list.is_array())
            list = nlohmann::ordered_json::array();
        bool replaced = false;
        for (auto &existing : list)
            if (!m.name.isEmpty() && existing.is_object() && existing.value("name", std::string()) == m.name.toStdString()) {
                existing["text"] = m.text.toStdString();
                replaced = true;
            }
        if (!replaced)
            list.push_back({{"name", m.name.isEmpty() ? std::string("material") : m.name.toStdString()}, {"text", m.text.toStdString()}});
    }
    if (arm.sample) {
        if (!def.contains("population") || !def["population"].is_object())
            return R::failure(Tr::tr("arm \"%1\" sets a sample size, but the study has no population to sample").arg(arm.name));
        def["population"]["sample"] = *arm.sample;
    }
    StudyFile::Outcome o = StudyFile::fromDefinition(def, Tr::tr("arm \"%1\"").arg(arm.name));
    if (!o.study)
        return R::failure(o.diagnostics.isEmpty() ? Tr::tr("arm \"%1\" does not make a study").arg(arm.name) : o.diagnostics.first().toString());
    return *o.study;
}

std::vector<int> assignBalanced(const std::vector<std::map<QString, QString>> &attributes, const QStringList &balance,
                                int arms, quint64 seed)
{
    std::vector<int> out(attributes.size(), 0);
    if (arms <= 0)
        return out;
    // Groups in order of first appearance, so the result does not depend on a hash order.
    std::vector<QString> keys;
    std::map<QString, std::vector<int>> groups;
    for (size_t i = 0; i < attributes.size(); ++i) {
        QStringList parts;
        for (const QString &b : balance) {
            const auto it = attributes[i].find(b);
            parts.append(it == attributes[i].end() ? QString() : it->second);
        }
        const QString key = parts.join(QChar(0x1f));
        if (!groups.count(key))
            keys.push_back(key);
        groups[key].push_back(int(i));
    }
    SeededRandom random(deriveSeed(seed, "between-subjects assignment"));
    int next = 0; // the arm the next respondent goes to: carried across groups so totals stay even
    for (const QString &key : keys) {
        std::vector<int> &members = groups[key];
        random.shuffle(members);
        for (int m : members) {
            out[size_t(m)] = next;
            next = (next + 1) % arms;
        }
    }
    return out;
}

} // namespace troupe
