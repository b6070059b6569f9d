#include "talkdialog.h"

#include "conversationdelegate.h"
#include "models/conversationmodel.h"
#include "session/chatsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace troupe {

TalkDialog::TalkDialog(const PersonaDocument &persona, const llm::EndpointFlags &endpoint, QWidget *parent)
    : QDialog(parent), m_chat(new ChatSession(persona, endpoint, this)), m_model(new ConversationModel(this)),
      m_view(new QListView(this)), m_input(new QLineEdit(this)), m_send(new QPushButton(tr("Ask"), this)),
      m_status(new QLabel(this)), m_name(persona.name())
{
    setWindowTitle(tr("Talk to %1").arg(persona.name()));
    resize(620, 640);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ConversationDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_input->setPlaceholderText(tr("Ask %1 something…").arg(persona.name()));
    m_status->setWordWrap(true);
    m_send->setDefault(true);
    m_send->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_send, &QPushButton::clicked, this, &TalkDialog::send);
    connect(m_input, &QLineEdit::returnPressed, this, &TalkDialog::send);
    connect(m_chat, &ChatSession::ready, this, [this] {
        m_send->setEnabled(true);
        m_status->setText(tr("Answers come from %1. Nothing here is saved in the project's runs.").arg(m_chat->engineLabel()));
    });
    connect(m_chat, &ChatSession::typing, this, [this](const QString &text) { m_model->setTyping(m_name, text); });
    connect(m_chat, &ChatSession::answered, this, [this](const RunEvents &actions) {
        RunEvents shown = actions;
        for (RunEvent &e : shown) {
            e.seq = m_seq++;
            e.step = m_turn;
        }
        m_model->appendEvents(shown);
        m_view->scrollToBottom();
        m_send->setEnabled(true);
        m_input->setFocus();
        emit answered();
    });
    connect(m_chat, &ChatSession::failed, this, [this](const QString &error) {
        m_model->clearTyping();
        m_status->setText(tr("No answer: %1").arg(error));
        m_send->setEnabled(true);
    });
    m_status->setText(tr("Getting ready…"));
    m_chat->start();
}

TalkDialog::~TalkDialog() = default;

void TalkDialog::send()
{
    const QString question = m_input->text().trimmed();
    if (question.isEmpty() || m_chat->busy() || !m_send->isEnabled())
        return;
    ++m_turn;
    RunEvent asked;
    asked.seq = m_seq++;
    asked.step = m_turn;
    asked.time = QDateTime::currentDateTime();
    asked.agent = m_name;
    asked.kind = QStringLiteral("stimulus");
    asked.type = QStringLiteral("CONVERSATION");
    asked.source = tr("You");
    asked.content = question;
    m_model->appendEvents({asked});
    m_input->clear();
    m_send->setEnabled(false);
    m_chat->ask(question, tr("You"));
}

} // namespace troupe
