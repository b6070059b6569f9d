#pragma once

#include "world/runevent.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QTimer;
class QToolButton;

namespace troupe {

class ConversationDelegate;
class ConversationFilter;
class ConversationModel;

/** The live conversation: every event of the run as it happens, with filters and search. */
class ConversationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPanel(QWidget *parent = nullptr);

    ConversationModel *model() const { return m_model; }
    ConversationFilter *filter() const { return m_filter; }
    QListView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *followTail() const { return m_follow; }
    QToolButton *agentsButton() const { return m_agents; }

    void setTitle(const QString &title);
    /** Shows a stored run's events, replacing what was shown. */
    void showEvents(const RunEvents &events);
    void appendEvents(const RunEvents &events);
    void setTyping(const QString &agent, const QString &textSoFar);
    void clear();
    /** Scrolls to the start of `step`; false when the step is not in the view. */
    bool jumpToStep(int step);
    /** Selects the event with this sequence number (and announces it). */
    bool selectEvent(qint64 seq);

Q_SIGNALS:
    void eventSelected(const troupe::RunEvent &event);

private:
    void rebuildAgentMenu(const QStringList &agents);
    QToolButton *kindButton(const QString &text, int flag, bool on);

    ConversationModel *m_model;
    ConversationFilter *m_filter;
    ConversationDelegate *m_delegate;
    QListView *m_view;
    QLabel *m_title;
    QToolButton *m_agents;
    QLineEdit *m_search;
    QCheckBox *m_follow;
    QSpinBox *m_step;
    QTimer *m_searchTimer;
};

} // namespace troupe
