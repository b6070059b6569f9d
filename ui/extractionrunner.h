#pragma once

#include "llm/endpoint.h"
#include "store/studystore.h"
#include "study/extraction.h"

#include <QObject>
#include <QThread>

namespace troupe {

class ExtractionWorker;

/** What to extract from a stored run. */
struct ExtractionAsk
{
    QString projectPath;
    qint64 runId = 0;
    QString objective;
    QList<ExtractionField> fields;
    QString agent;          // only this agent (empty: every agent)
    bool wholeWorld = false;
    llm::EndpointFlags flags;
};

/**
 * Runs an extraction of a stored run off the window's thread, as `troupe results extract`
 * does: its own connection to the project, its own model stack; the results and the calls'
 * cost are stored in the project (the cost with the run's). The window sees it only
 * through queued signals; closing waits for the calls in flight to be cancelled.
 */
class ExtractionRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ExtractionRunner(QObject *parent = nullptr);
    ~ExtractionRunner() override;

    void start(const ExtractionAsk &ask);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /** The stored results (with their ids), what failed ("Ada: why"), and what the calls cost. */
    void finished(const QList<troupe::ExtractionRecord> &records, const QStringList &problems, const QString &cost);
    void failed(const QString &problem);

private:
    QThread m_thread;
    ExtractionWorker *m_worker;
    bool m_busy = false;
};

} // namespace troupe
