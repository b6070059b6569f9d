#pragma once

#include "factory/personfactory.h"
#include "llm/endpoint.h"

#include <QObject>
#include <QThread>

namespace troupe {

class PopulationWorker;

/**
 * Runs the person factory off the window's thread: a worker object on its own QThread with
 * its own connection to the project file and its own model stack (provider, cache, limits),
 * as runs do. The window sees it only through queued signals; Cancel is a queued call, and
 * closing waits for the thread after cancelling what is in flight.
 */
class PopulationRunner final : public QObject
{
    Q_OBJECT
public:
    explicit PopulationRunner(QObject *parent = nullptr);
    ~PopulationRunner() override;

    void requestDimensions(const PopulationInput &input, const llm::EndpointFlags &flags);
    void generate(const QString &projectPath, qint64 populationId, const PopulationInput &input, const SamplingPlan &plan,
                  const QList<int> &indices, const llm::EndpointFlags &flags, double budgetUsd);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void dimensionsReady(const troupe::Dimensions &dimensions);
    void dimensionsFailed(const QString &problem);
    void personStored(int index, const QString &name);
    void personFailed(int index, const QString &problem);
    void progress(int done, int total);
    void finished(const troupe::GenerationSummary &summary);
    void failed(const QString &problem);

private:
    QThread m_thread;
    PopulationWorker *m_worker;
    bool m_busy = false;
};

} // namespace troupe
