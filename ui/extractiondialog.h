#pragma once

#include "llm/endpoint.h"
#include "store/studystore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace troupe {

class ExtractionRunner;

/**
 * Extracts fields from a stored run again, with an objective of the user's, without running
 * the simulation again (`troupe results extract` in the studio): the objective, the fields
 * with hints in a small table, every agent or the whole world (or one agent), Run. The
 * extraction runs off the window's thread; its results are stored in the project as the CLI
 * stores them and shown one row per agent, with the events each cites as links that open
 * them in the conversation. Earlier extractions of the run can be shown again.
 */
class ExtractionDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Run
    {
        qint64 runId = 0;
        QString name;
        QStringList agents;
        QString projectPath;
    };
    ExtractionDialog(const Run &run, const QList<ExtractionRecord> &stored, const llm::EndpointFlags &flags,
                     QWidget *parent = nullptr);

    /** Starts the extraction the form describes; false (with the reason shown) when the form is not complete. */
    bool start();
    bool isRunning() const;

    QLineEdit *objectiveBox() const { return m_objective; }
    QTableWidget *fieldsTable() const { return m_fields; }
    QPushButton *addFieldButton() const { return m_addField; }
    QPushButton *removeFieldButton() const { return m_removeField; }
    QComboBox *scopeBox() const { return m_scope; }
    QPushButton *runButton() const { return m_runButton; }
    QComboBox *earlierBox() const { return m_earlier; }
    QTableWidget *resultsTable() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /** A cited event was clicked: show event `seq` of the run in the conversation. */
    void eventRequested(qint64 runId, qint64 seq);
    /** An extraction was stored (the run's cost has grown by its calls). */
    void extracted(qint64 runId);

private:
    struct Group
    {
        QString objective;
        nlohmann::json fields;
        QList<ExtractionRecord> records; // the latest of each agent
        qint64 newest = 0;
    };
    void addField(const QString &name = {}, const QString &hint = {});
    void rebuildEarlier();
    void showGroup(int index);
    void showRecords(const QString &objective, const nlohmann::json &fields, const QList<ExtractionRecord> &records);
    void setBusy(bool busy);
    void addStored(const QList<ExtractionRecord> &records);

    Run m_run;
    llm::EndpointFlags m_flags;
    QList<Group> m_groups; // newest first
    QLineEdit *m_objective;
    QTableWidget *m_fields;
    QPushButton *m_addField;
    QPushButton *m_removeField;
    QComboBox *m_scope;
    QPushButton *m_runButton;
    QProgressBar *m_busy;
    QComboBox *m_earlier;
    QTableWidget *m_results;
    QLabel *m_status;
    ExtractionRunner *m_runner;
};

} // namespace troupe
