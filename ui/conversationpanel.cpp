#include "conversationpanel.h"

#include "conversationdelegate.h"
#include "flowlayout.h"
#include "replaybar.h"
#include "runloader.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace troupe {

ConversationPanel::ConversationPanel(QWidget *parent)
    : QWidget(parent), m_model(new ConversationModel(this)), m_filter(new ConversationFilter(this)),
      m_delegate(new ConversationDelegate(this)), m_view(new QListView(this)), m_title(new QLabel(this)),
      m_agents(new QToolButton(this)), m_search(new QLineEdit(this)), m_follow(new QCheckBox(tr("Follow"), this)),
      m_step(new QSpinBox(this)), m_searchTimer(new QTimer(this)), m_replay(nullptr), m_loader(new RunLoader(this)),
      m_flushTimer(new QTimer(this))
{
    m_replay = new ReplayBar(m_model, m_filter, this);
    m_replay->hide();
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100); // the view takes new events at most every 100 ms
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(false);
    m_view->setLayoutMode(QListView::Batched); // long runs lay out in slices; the window stays responsive
    m_view->setBatchSize(300);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Conversation"));
    m_view->setObjectName(QStringLiteral("conversationView"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_agents->setText(tr("Agents"));
    m_agents->setPopupMode(QToolButton::InstantPopup);
    m_agents->setMenu(new QMenu(m_agents));
    m_agents->setToolTip(tr("Show or hide agents"));
    m_search->setPlaceholderText(tr("Search the conversation"));
    m_search->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest event in view"));
    m_step->setPrefix(tr("Step "));
    m_step->setRange(0, 0);
    m_step->setToolTip(tr("Jump to a step"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    m_title->setWordWrap(true);
    m_title->setMinimumWidth(80);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_step);
    top->addWidget(m_follow);
    // The switches wrap onto a second line when the dock is narrow (or the words long).
    auto *filterRow = new QWidget(this);
    auto *filters = new FlowLayout(filterRow);
    filters->addWidget(m_agents);
    filters->addWidget(makeKindButton(tr("Talk"), tr("What the agents say"), ConversationFilter::Talk, true));
    filters->addWidget(makeKindButton(tr("Thoughts"), tr("What the agents think"), ConversationFilter::Thoughts, true));
    filters->addWidget(makeKindButton(tr("Moderator"), tr("What the moderator, an interviewer or another voice from outside says"),
                                      ConversationFilter::Voices, true));
    filters->addWidget(makeKindButton(tr("Heard"), tr("What the agents are shown, told by the scenario or recall"),
                                      ConversationFilter::Stimuli, true));
    filters->addWidget(makeKindButton(tr("Repeats"), tr("Each listener's copy of what several heard"), ConversationFilter::Echoes, false));
    filters->addWidget(makeKindButton(tr("System"), tr("Interventions, errors and notes of the world"), ConversationFilter::System, true));
    filters->addWidget(makeKindButton(tr("State"), tr("Changes of goals, attention and emotions"), ConversationFilter::State, false));
    m_search->setMinimumWidth(120);
    filters->addWidget(m_search);
    filters->setStretchWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_replay);

    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        // At most kMaxBatch events a tick, so a long run never stalls the window for long.
        if (m_pending.size() > kMaxBatch) {
            RunEvents rest = m_pending.mid(kMaxBatch);
            m_pending.resize(kMaxBatch);
            flushPending();
            m_pending = std::move(rest);
            m_flushTimer->start();
            return;
        }
        flushPending();
        if (m_finishing)
            finishLoad();
    });
    connect(m_replay, &ReplayBar::revealed, this, &ConversationPanel::selectSourceRow);
    connect(m_loader, &RunLoader::page, this, [this](qint64, const RunEvents &events, qint64 done, qint64 total) {
        m_pending += events;
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
        m_replay->setLoading(done, total);
    });
    connect(m_loader, &RunLoader::finished, this, [this](qint64 runId, const QString &error) {
        m_pending += m_backlog;
        m_backlog.clear();
        m_loadedRun = runId;
        m_loadError = error;
        m_finishing = true; // announced once the last batch is in the view
        if (m_pending.isEmpty())
            finishLoad();
        else if (!m_flushTimer->isActive())
            m_flushTimer->start();
    });

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_filter->setSearch(m_search->text()); });
    connect(m_model, &ConversationModel::agentsChanged, this, &ConversationPanel::rebuildAgentMenu);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            QTimer::singleShot(0, m_view, &QListView::scrollToBottom);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_step->setRange(0, std::max(0, m_model->lastStep()));
    });
    connect(m_step, &QSpinBox::valueChanged, this, [this](int step) {
        if (m_step->hasFocus())
            jumpToStep(step);
    });
    connect(m_step, &QSpinBox::editingFinished, this, [this] { jumpToStep(m_step->value()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const RunEvent *e = m_model->event(m_filter->mapToSource(current)))
            emit eventSelected(*e);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConversationPanel::showMenu);
    // Scrolling up by hand stops following; back at the bottom, following resumes.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->isSliderDown())
            m_follow->setChecked(value >= bar->maximum() - 4);
    });
}

QToolButton *ConversationPanel::kindButton(int flag) const
{
    return m_kindButtons.value(flag);
}

QToolButton *ConversationPanel::makeKindButton(const QString &text, const QString &tip, int flag, bool on)
{
    auto *b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(tip);
    m_kindButtons.insert(flag, b);
    b->setCheckable(true);
    b->setChecked(on);
    b->setAutoRaise(true);
    b->setObjectName(QStringLiteral("show%1").arg(flag));
    m_filter->setShown(ConversationFilter::Show(flag), on);
    connect(b, &QToolButton::toggled, this, [this, flag](bool checked) {
        m_filter->setShown(ConversationFilter::Show(flag), checked);
    });
    return b;
}

void ConversationPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ConversationPanel::startLive(const QStringList &participants)
{
    clear();
    m_model->setParticipants(participants);
    setLive(true);
}

void ConversationPanel::setLive(bool live)
{
    m_live = live;
    if (!live) {
        flushPending();
        m_replay->refresh();
    }
    m_replay->setVisible(!live && m_model->rowCount() > 0);
}

void ConversationPanel::showStoredRun(const QString &projectPath, qint64 runId, const QStringList &participants)
{
    clear();
    m_model->setParticipants(participants);
    m_live = false;
    m_replay->show();
    m_replay->setLoading(0, 1);
    m_loader->load(projectPath, runId);
}

bool ConversationPanel::isLoading() const
{
    return m_loader->isLoading() || m_finishing;
}

void ConversationPanel::finishLoad()
{
    m_finishing = false;
    m_replay->setLoading(0, 0);
    m_replay->refresh();
    emit loadFinished(m_loadedRun, m_loadError);
}

void ConversationPanel::showEvents(const RunEvents &events)
{
    clear();
    m_model->appendEvents(events);
    m_replay->refresh();
    m_replay->setVisible(!events.isEmpty());
}

void ConversationPanel::appendEvents(const RunEvents &events)
{
    if (m_loader->isLoading()) { // after the stored events, not among them
        m_backlog += events;
        return;
    }
    m_pending += events;
    if (!m_flushTimer->isActive()) {
        flushPending(); // the first batch at once, later ones at most every 100 ms
        m_flushTimer->start();
    }
}

void ConversationPanel::flushPending()
{
    if (m_pending.isEmpty())
        return;
    RunEvents batch;
    batch.swap(m_pending);
    m_model->appendEvents(batch);
    if (!m_live)
        m_replay->refresh();
}

void ConversationPanel::setTyping(const QString &agent, const QString &textSoFar)
{
    flushPending(); // typing rows come after the events before them
    m_model->setTyping(agent, textSoFar);
}

void ConversationPanel::clear()
{
    m_loader->cancel();
    m_flushTimer->stop();
    m_pending.clear();
    m_backlog.clear();
    m_finishing = false;
    m_replay->pause();
    m_replay->setLoading(0, 0);
    m_delegate->clearCache();
    m_model->clear();
    m_step->setRange(0, 0);
    m_replay->refresh();
}

void ConversationPanel::selectSourceRow(int sourceRow)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow));
    if (!proxy.isValid())
        return;
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
}

bool ConversationPanel::jumpToStep(int step)
{
    const int row = m_model->headerRow(step);
    if (row < 0)
        return false;
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(row));
    if (!proxy.isValid()) // headers hidden while searching: the first visible row of that step
        for (int r = 0; r < m_filter->rowCount() && !proxy.isValid(); ++r)
            if (m_filter->index(r, 0).data(ConversationModel::StepRole).toInt() >= step)
                proxy = m_filter->index(r, 0);
    if (!proxy.isValid())
        return false;
    m_follow->setChecked(false);
    m_view->scrollTo(proxy, QAbstractItemView::PositionAtTop);
    return true;
}

bool ConversationPanel::selectEvent(qint64 seq)
{
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        if (i.data(ConversationModel::SeqRole).toLongLong() == seq) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return true;
        }
    }
    return false;
}

void ConversationPanel::setForkOrigin(qint64 parentRunId, int forkStep)
{
    m_delegate->clearCache();
    m_model->setForkOrigin(parentRunId, forkStep);
}

void ConversationPanel::showMenu(const QPoint &pos)
{
    const QModelIndex proxy = m_view->indexAt(pos);
    const RunEvent *e = m_model->event(m_filter->mapToSource(proxy));
    if (!e || !m_forkable)
        return;
    m_view->setCurrentIndex(proxy);
    const int step = e->step;
    QMenu menu(this);
    QAction *fork = menu.addAction(tr("&Fork from Here…"), this, [this, step] { emit forkRequested(step); });
    fork->setToolTip(tr("A new run that repeats steps 1 to %1 of this one, then takes a change").arg(step));
    fork->setObjectName(QStringLiteral("forkFromHere"));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ConversationPanel::rebuildAgentMenu(const QStringList &agents)
{
    QMenu *menu = m_agents->menu();
    menu->clear();
    for (const QString &a : agents) {
        QAction *action = menu->addAction(a);
        action->setCheckable(true);
        action->setChecked(!m_filter->hiddenAgents().contains(a));
        connect(action, &QAction::toggled, this, [this, a](bool on) {
            QSet<QString> hidden = m_filter->hiddenAgents();
            if (on)
                hidden.remove(a);
            else
                hidden.insert(a);
            m_filter->setHiddenAgents(hidden);
        });
    }
    if (!agents.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Show everyone"), this, [this] {
            m_filter->setHiddenAgents({});
            for (QAction *a : m_agents->menu()->actions())
                if (a->isCheckable()) {
                    const QSignalBlocker block(a);
                    a->setChecked(true);
                }
        });
    }
}

} // namespace troupe
