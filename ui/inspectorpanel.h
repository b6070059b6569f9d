#pragma once

#include "agent/agentsettings.h"
#include "world/runevent.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace troupe {

class EpisodicModel;
class ProjectFile;
class SemanticMemory;
struct Engram;

/**
 * Why an agent said what it said, at the moment of a selected event: its episodic memory
 * as it was when the turn's call was made, with the prompt window marked; the engrams its
 * memory search retrieved for that turn (and a search of its own); its cognitive state at
 * every step, saying why a step has no change; and the exact model calls of that step
 * (prompt, raw reply, tokens, latency, cost, cache).
 */
class InspectorPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void setProject(ProjectFile *project);
    /** Inspects `agent` of run `runId` as it was at `step`. */
    void inspect(qint64 runId, const QString &agent, int step);
    /** The same a moment later, once the selection rests (a replay moves it several times a second). */
    void inspectSoon(qint64 runId, const QString &agent, int step);
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    EpisodicModel *episodic() const { return m_episodic; }
    QLineEdit *queryBox() const { return m_query; }
    QTableWidget *semanticHits() const { return m_hits; }
    QLabel *semanticNote() const { return m_semanticNote; }
    QLabel *episodicNote() const { return m_windowNote; }
    QTableWidget *stateTable() const { return m_states; }
    QTextBrowser *callView() const { return m_call; }
    QComboBox *callChooser() const { return m_calls; }
    const QString &agent() const { return m_agent; }
    int step() const { return m_step; }
    /** Ranks the agent's engrams (those it had at the step) against `query`. */
    void search(const QString &query);

private:
    void showCall(int index);
    void showStates(const RunEvents &states, const RunEvents &actions);
    void addHit(const QString &search, const QString &score, const Engram &e, const QString &given);

    ProjectFile *m_project = nullptr;
    qint64 m_runId = 0;
    QString m_agent;
    int m_step = 0;
    QString m_provider;
    QLabel *m_header;
    QTabWidget *m_tabs;
    EpisodicModel *m_episodic;
    QListView *m_episodicView;
    QLabel *m_windowNote;
    QLineEdit *m_query;
    QTableWidget *m_hits;
    QLabel *m_semanticNote;
    QTableWidget *m_states;
    QComboBox *m_calls;
    QTextBrowser *m_call;
    AgentSettings m_settings;
    std::unique_ptr<SemanticMemory> m_semantic;
    std::vector<LlmCallRecord> m_callRecords;
    QTimer *m_soon;
    qint64 m_soonRun = 0;
    QString m_soonAgent;
    int m_soonStep = 0;
};

} // namespace troupe
