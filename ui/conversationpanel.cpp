#include "conversationpanel.h"

#include "conversationdelegate.h"
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
      m_step(new QSpinBox(this)), m_searchTimer(new QTimer(this))
{
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

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_step);
    top->addWidget(m_follow);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_agents);
    filters->addWidget(kindButton(tr("Talk"), ConversationFilter::Talk, true));
    filters->addWidget(kindButton(tr("Thoughts"), ConversationFilter::Thoughts, true));
    filters->addWidget(kindButton(tr("Heard"), ConversationFilter::Stimuli, true));
    filters->addWidget(kindButton(tr("Repeats"), ConversationFilter::Echoes, false));
    filters->addWidget(kindButton(tr("System"), ConversationFilter::System, true));
    filters->addWidget(kindButton(tr("State"), ConversationFilter::State, false));
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

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
    // Scrolling up by hand stops following; back at the bottom, following resumes.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->isSliderDown())
            m_follow->setChecked(value >= bar->maximum() - 4);
    });
}

QToolButton *ConversationPanel::kindButton(const QString &text, int flag, bool on)
{
    auto *b = new QToolButton(this);
    b->setText(text);
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

void ConversationPanel::showEvents(const RunEvents &events)
{
    clear();
    m_model->appendEvents(events);
}

void ConversationPanel::appendEvents(const RunEvents &events)
{
    m_model->appendEvents(events);
}

void ConversationPanel::setTyping(const QString &agent, const QString &textSoFar)
{
    m_model->setTyping(agent, textSoFar);
}

void ConversationPanel::clear()
{
    m_delegate->clearCache();
    m_model->clear();
    m_step->setRange(0, 0);
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
