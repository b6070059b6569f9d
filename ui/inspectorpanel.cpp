#include "inspectorpanel.h"

#include "models/episodicmodel.h"
#include "analysis/turnexplanation.h"
#include "agent/agent.h"
#include "config/config.h"
#include "llm/hashembedding.h"
#include "memory/semanticmemory.h"
#include "store/runstore.h"
#include "util/jsonvalue.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace troupe {

namespace {

QString jsonText(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key))
        return {};
    const auto &v = j.at(key);
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array()) {
        QStringList parts;
        for (const auto &item : v)
            parts.append(item.is_object() ? QString::fromStdString(item.value("name", std::string()))
                                          : item.is_string() ? QString::fromStdString(item.get<std::string>())
                                                             : QString::fromStdString(item.dump()));
        return parts.join(QStringLiteral("; "));
    }
    return QString::fromStdString(v.dump());
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    return t;
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_tabs(new QTabWidget(this)), m_episodic(new EpisodicModel(this)),
      m_episodicView(new QListView(this)), m_windowNote(new QLabel(this)), m_query(new QLineEdit(this)),
      m_hits(table({tr("Search"), tr("Similarity"), tr("Kind"), tr("Step"), tr("Engram"), tr("In the prompt")}, this)),
      m_semanticNote(new QLabel(this)),
      m_states(table({tr("Step"), tr("Note"), tr("Goals"), tr("Attention"), tr("Emotions"), tr("Context"), tr("Can reach")}, this)),
      m_calls(new QComboBox(this)), m_call(new QTextBrowser(this)), m_soon(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(150);
    connect(m_soon, &QTimer::timeout, this, [this] { inspect(m_soonRun, m_soonAgent, m_soonStep); });
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true); // a long hint must not widen the dock
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    m_episodicView->setModel(m_episodic);
    m_episodicView->setWordWrap(true);
    m_episodicView->setAlternatingRowColors(true);
    m_windowNote->setWordWrap(true);
    auto *episodicPage = new QWidget(this);
    auto *el = new QVBoxLayout(episodicPage);
    el->addWidget(m_windowNote);
    el->addWidget(m_episodicView, 1);

    m_query->setPlaceholderText(tr("What does this agent remember about…"));
    m_query->setClearButtonEnabled(true);
    auto *go = new QPushButton(tr("Search"), this);
    auto *semanticPage = new QWidget(this);
    auto *sl = new QVBoxLayout(semanticPage);
    auto *row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(go);
    sl->addLayout(row);
    sl->addWidget(m_semanticNote);
    sl->addWidget(m_hits, 1);
    m_semanticNote->setWordWrap(true);
    connect(go, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });

    auto *callPage = new QWidget(this);
    auto *cl = new QVBoxLayout(callPage);
    cl->addWidget(m_calls);
    cl->addWidget(m_call, 1);
    connect(m_calls, &QComboBox::currentIndexChanged, this, &InspectorPanel::showCall);

    if (auto config = Config::load()) // read once: the prompt window is config.ini's
        m_settings = AgentSettings::fromConfig(config.value());
    m_tabs->addTab(callPage, tr("Model Call"));
    m_tabs->addTab(episodicPage, tr("Episodic Memory"));
    m_tabs->addTab(semanticPage, tr("Semantic Memory"));
    m_tabs->addTab(m_states, tr("Cognitive State"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    clear();
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::setProject(ProjectFile *project)
{
    m_project = project;
    clear();
}

void InspectorPanel::clear()
{
    m_runId = 0;
    m_agent.clear();
    m_step = 0;
    m_header->setText(tr("Select an event in the conversation to see why the agent did it."));
    m_episodic->clear();
    m_windowNote->clear();
    m_hits->setRowCount(0);
    m_semanticNote->clear();
    m_states->setRowCount(0);
    m_calls->clear();
    m_call->clear();
    m_semantic.reset();
    m_callRecords.clear();
}

void InspectorPanel::inspectSoon(qint64 runId, const QString &agent, int step)
{
    m_soonRun = runId;
    m_soonAgent = agent;
    m_soonStep = step;
    m_soon->start();
}

void InspectorPanel::inspect(qint64 runId, const QString &agent, int step)
{
    m_soon->stop();
    if (!m_project || agent.isEmpty())
        return;
    clear();
    m_runId = runId;
    m_agent = agent;
    m_step = step;
    m_header->setText(tr("%1 at step %2").arg(agent).arg(step));
    RunStore store(*m_project);
    if (auto info = store.runInfo(runId))
        m_provider = jsonString(info.value().config, "provider");
    const AgentSettings &settings = m_settings;

    // The calls of the whole run: consolidation calls tell which engrams existed at the step.
    std::vector<LlmCallRecord> allCalls;
    if (auto calls = store.calls(runId, agent, -1))
        allCalls = std::move(calls).value();
    for (const LlmCallRecord &c : allCalls)
        if (c.step == step)
            m_callRecords.push_back(c);
    nlohmann::json turnRequest;
    for (const LlmCallRecord &c : m_callRecords)
        if (c.purpose == QLatin1String("turn") && turnRequest.is_null())
            turnRequest = c.request; // the first attempt: a repair adds the rejected reply after the memory

    Agent scratch(PersonaDocument(SpecKind::Agent, OrderedJson{{"type", "TinyPerson"}, {"persona", {{"name", agent.toStdString()}}}}, agent));
    auto memories = store.memories(runId);
    Status s = memories ? Status() : Status::failure(memories.error());
    if (memories) {
        const RunStore::AgentMemories &m = memories.value()[agent];
        s = scratch.restore(OrderedJson::object(), m.episodic, m.semantic);
    }
    if (!s) {
        m_windowNote->setText(s.error());
    } else {
        // Episodic memory as it was when the turn's call was made.
        std::vector<MemoryItem> items;
        for (const MemoryItem &item : scratch.episodic().items())
            if (item.step <= step)
                items.push_back(item);
        const auto at = turnexplanation::episodicAtCall(items, step, turnRequest, settings);
        const qsizetype total = qsizetype(items.size());
        m_episodic->setItems(std::move(items), at.known, settings.fixedPrefixLength, settings.lookbackLength, settings.maxContentLength);
        QString note = turnRequest.is_null()
            ? tr("%1 made no model call at step %2. It remembered %3 items before the step's actions; the %4 marked ● "
                 "would be in its prompt window.").arg(agent).arg(step).arg(at.known).arg(m_episodic->inWindowCount())
            : tr("%1 items remembered when the turn was sent; the %2 marked ● were in its prompt (the first %3 and the last %4), "
                 "the rest were left out.").arg(at.known).arg(m_episodic->inWindowCount()).arg(settings.fixedPrefixLength).arg(settings.lookbackLength);
        if (total > at.known)
            note += u' ' + tr("The %n marked ○ came after the call (the reply and what was heard later in the step).", nullptr, int(total - at.known));
        if (!turnRequest.is_null() && !at.exact)
            note += u' ' + tr("(Estimated: the stored prompt does not show this memory.)");
        m_windowNote->setText(note);
        if (at.known > 0)
            m_episodicView->scrollTo(m_episodic->index(int(at.known) - 1), QAbstractItemView::PositionAtCenter);

        // Semantic memory: what the turn's memory search retrieved.
        RunEvents stimuli;
        if (auto heard = store.events(runId, agent, QStringLiteral("stimulus")))
            for (const RunEvent &e : heard.value())
                if (e.step == step)
                    stimuli.append(e);
        const auto retrieval = turnexplanation::retrievalForTurn(scratch.semantic(), allCalls, step, turnRequest, stimuli, settings);
        m_semantic = std::make_unique<SemanticMemory>();
        for (qsizetype i = 0; i < retrieval.engramsAtCall; ++i) {
            const float *v = scratch.semantic().vector(i);
            m_semantic->add(scratch.semantic().engram(i), std::vector<float>(v, v + scratch.semantic().dimensions()));
        }
        if (retrieval.searched) {
            for (const auto &h : retrieval.hits)
                addHit(h.contextual ? tr("before the turn") : tr("RECALL: %1").arg(h.query), QString::number(double(h.score), 'f', 3),
                       m_semantic->engram(h.engram), h.confirmed ? tr("yes") : tr("not found"));
            m_semanticNote->setText(tr("%n engram(s) retrieved for this turn from the %1 it had.", nullptr, int(retrieval.hits.size()))
                                        .arg(retrieval.engramsAtCall));
        } else {
            for (qsizetype i = m_semantic->size() - 1; i >= 0; --i)
                addHit(QString(), QString(), m_semantic->engram(i), QString());
            m_semanticNote->setText(retrieval.note + u' '
                                    + (m_semantic->size() > 0 ? tr("The %n engram(s) it had are listed, newest first; search them above.", nullptr,
                                                                  int(m_semantic->size()))
                                                              : QString()));
        }
        m_hits->resizeRowsToContents();
    }

    // Cognitive state at every step up to this one, saying why a step has no change.
    const auto states = store.events(runId, agent, QStringLiteral("state"));
    const auto actions = store.events(runId, agent, QStringLiteral("action"));
    showStates(states ? states.value() : RunEvents(), actions ? actions.value() : RunEvents());

    // The calls behind the agent's turn at this step.
    {
        const QSignalBlocker block(m_calls);
        for (const LlmCallRecord &c : m_callRecords)
            m_calls->addItem(tr("%1 · %2 · %3").arg(c.purpose, c.model.isEmpty() ? c.provider : c.model, c.status()));
        if (m_callRecords.empty())
            m_call->setPlainText(tr("No model call by %1 at step %2.").arg(agent).arg(step));
    }
    if (!m_callRecords.empty()) {
        // The turn (not a consolidation call) is what explains an action.
        int turn = 0;
        for (int i = 0; i < int(m_callRecords.size()); ++i)
            if (m_callRecords[size_t(i)].purpose == QLatin1String("turn"))
                turn = i;
        m_calls->setCurrentIndex(turn);
        showCall(turn);
    }
}

void InspectorPanel::showStates(const RunEvents &states, const RunEvents &actions)
{
    QSet<int> acted;
    for (const RunEvent &a : actions)
        acted.insert(a.step);
    QHash<int, const RunEvent *> byStep;
    for (const RunEvent &e : states)
        byStep.insert(e.step, &e);
    const RunEvent *last = nullptr;
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int k = 1; k <= m_step; ++k) {
        const RunEvent *e = byStep.value(k);
        QString note;
        if (e)
            note = tr("changed");
        else if (acted.contains(k))
            note = tr("no change at this step");
        else
            note = tr("the agent did not act at this step");
        if (e)
            last = e;
        const RunEvent *shown = e ? e : last;
        const QStringList cells = {QString::number(k), note,
                                   shown ? jsonText(shown->payload, "goals") : QString(), shown ? jsonText(shown->payload, "attention") : QString(),
                                   shown ? jsonText(shown->payload, "emotions") : QString(), shown ? jsonText(shown->payload, "context") : QString(),
                                   shown ? jsonText(shown->payload, "accessible_agents") : QString()};
        const int r = m_states->rowCount();
        m_states->insertRow(r);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!e && c >= 2) { // carried over from the last change
                item->setForeground(muted);
                item->setToolTip(tr("As at the last change"));
            }
            m_states->setItem(r, c, item);
        }
    }
    m_states->resizeRowsToContents();
    m_states->scrollToBottom();
}

void InspectorPanel::addHit(const QString &search, const QString &score, const Engram &e, const QString &given)
{
    const int r = m_hits->rowCount();
    m_hits->insertRow(r);
    const QStringList cells = {search, score, e.kind, QString::number(e.step), e.text, given};
    for (int c = 0; c < cells.size(); ++c)
        m_hits->setItem(r, c, new QTableWidgetItem(cells[c]));
}

void InspectorPanel::showCall(int index)
{
    if (index < 0 || index >= int(m_callRecords.size()))
        return;
    const LlmCallRecord &c = m_callRecords[size_t(index)];
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&](const QString &k, const QString &v) { html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(esc(k), esc(v)); };
    row(tr("Purpose"), c.purpose);
    row(tr("Engine"), c.provider + (c.model.isEmpty() ? QString() : QStringLiteral(" · ") + c.model));
    row(tr("Status"), c.status() + (c.error.isEmpty() ? QString() : QStringLiteral(": ") + c.error));
    row(tr("From the cache"), c.fromCache ? tr("yes (no cost, no network)") : tr("no"));
    row(tr("Tokens"), tr("%1 prompt (%2 cached), %3 completion%4")
                          .arg(c.promptTokens)
                          .arg(c.cachedTokens)
                          .arg(c.completionTokens)
                          .arg(c.provider == QLatin1String("offline") ? tr(", estimated") : QString()));
    row(tr("Latency"), tr("%1 ms over %2 attempt(s)").arg(c.latencyMs).arg(c.attempts));
    row(tr("Cost"), c.provider == QLatin1String("offline") ? tr("none (offline engine)")
                    : c.cost                              ? QStringLiteral("$%1").arg(QString::number(*c.cost, 'f', 5))
                                                          : tr("no price known"));
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Prompt sent"));
    for (const auto &m : jsonArray(c.request, "messages")) {
        html += QStringLiteral("<p><b>%1</b></p><pre style=\"white-space: pre-wrap\">%2</pre>")
                    .arg(esc(jsonString(m, "role")), esc(jsonString(m, "content")));
    }
    html += QStringLiteral("<h3>%1</h3><pre style=\"white-space: pre-wrap\">%2</pre>").arg(tr("Raw reply"), esc(c.response));
    m_call->setHtml(html);
}

void InspectorPanel::search(const QString &query)
{
    m_hits->setRowCount(0);
    if (!m_semantic || query.trimmed().isEmpty() || m_semantic->size() == 0)
        return;
    if (m_provider != QLatin1String("offline")) {
        // The run's vectors come from its embedding model; a query must use the same one.
        m_semanticNote->setText(tr("This run's engrams were embedded by %1; ranking shows them by word overlap instead.").arg(m_provider));
    }
    std::vector<float> q = llm::hashEmbedding(query, m_semantic->dimensions());
    std::vector<SemanticMemory::Hit> hits;
    if (m_provider == QLatin1String("offline")) {
        hits = m_semantic->retrieve(q, 20);
    } else {
        SemanticMemory words;
        for (qsizetype i = 0; i < m_semantic->size(); ++i)
            words.add(m_semantic->engram(i), llm::hashEmbedding(m_semantic->engram(i).text, 256));
        q = llm::hashEmbedding(query, 256);
        hits = words.retrieve(q, 20);
    }
    for (const auto &h : hits)
        addHit(query.trimmed(), QString::number(double(h.score), 'f', 3), m_semantic->engram(h.index), QString());
    m_hits->resizeRowsToContents();
}

} // namespace troupe
