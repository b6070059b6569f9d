#pragma once

#include "persona/personadocument.h"
#include "llm/endpoint.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace troupe {

class ChatSession;
class ConversationModel;

/** "Talk to this persona": a one-to-one interview that never touches the project's runs. */
class TalkDialog final : public QDialog
{
    Q_OBJECT
public:
    TalkDialog(const PersonaDocument &persona, const llm::EndpointFlags &endpoint, QWidget *parent = nullptr);
    ~TalkDialog() override;

    QLineEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_send; }
    ConversationModel *transcript() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    void send();

Q_SIGNALS:
    void answered();

private:
    ChatSession *m_chat;
    ConversationModel *m_model;
    QListView *m_view;
    QLineEdit *m_input;
    QPushButton *m_send;
    QLabel *m_status;
    qint64 m_seq = 1;
    int m_turn = 0;
    QString m_name;
};

} // namespace troupe
