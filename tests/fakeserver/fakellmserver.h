#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>

class QTcpSocket;

namespace troupe::testing {

/**
 * An OpenAI-compatible HTTP/1.1 server in the calling thread, for tests and the gateway
 * benchmark. Answers POST /v1/chat/completions (whole or streamed as server-sent events with
 * chunked transfer encoding, as OpenAI does), POST /v1/embeddings and GET /v1/models, with
 * the headers real servers send. Tests script replies per path; without a script it answers
 * by itself: a valid agent turn, a condition verdict, population dimensions, a person
 * fitting the sample its prompt requires, an extraction citing the prompt's events, labels
 * for numbered open answers, or {"ok": true} for probes.
 */
class FakeLlmServer final : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 200;
        Headers headers;
        QByteArray body;              // used when `chunks` is empty
        QList<QByteArray> sseData;    // streamed: each becomes "data: ...\n\n"; [DONE] appended
        int delayMs = 0;              // before the status line
        int chunkDelayMs = 0;         // between streamed events
        bool hang = false;            // never answer (for timeouts)
        bool drop = false;            // close the connection without answering
        QByteArray contentType = "application/json";
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        nlohmann::json json; // parsed body, null when not JSON
    };

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    /** http://127.0.0.1:PORT/v1 */
    QUrl baseUrl() const;

    /** The next request whose path ends with `pathSuffix` gets `response` (FIFO per suffix). */
    void enqueue(const QString &pathSuffix, Response response);
    /** Delay of automatic answers. */
    void setLatency(int ms) { m_latencyMs = ms; }
    /** Automatic answers reject response_format json_schema with a 400, as older servers do. */
    void setRejectJsonSchema(bool on) { m_rejectJsonSchema = on; }
    /**
     * Automatic answers depend on the SHA-256 of the whole request body and nothing else (not
     * on how many requests came before): the same request always gets the same reply, and a
     * request that differs by one byte gets another. What exact-resume tests need.
     */
    void setHashReplies(bool on) { m_hashReplies = on; }
    /** The first `count` automatic answers are this HTTP error (a server still loading its model). */
    void failFirst(int count, int status = 503) { m_failFirst = count, m_failStatus = status; }
    /** Only these API keys are accepted ("Bearer k" or api-key: k); empty: any or none. */
    void setRequiredKey(const QByteArray &key) { m_key = key; }

    /** Called with every request as it arrives, before it is answered. */
    void setObserver(std::function<void(const Request &)> observer) { m_observer = std::move(observer); }
    /** Silenced: requests are received (and observed) but never answered, as by a dead peer. */
    void setSilenced(bool on) { m_silenced = on; }

    const QList<Request> &requests() const { return m_requests; }
    int count(const QString &pathSuffix) const;
    void clearRequests() { m_requests.clear(); }
    /** Off: requests are answered and forgotten (the program, which may serve millions). */
    void setKeepRequests(bool keep) { m_keepRequests = keep; }

    // Ready-made replies.
    static Response chat(const QString &content, int promptTokens = 20, int completionTokens = 10, const QString &finish = QStringLiteral("stop"));
    static Response chatStream(const QString &content, int pieces = 4, bool withUsage = true);
    static Response error(int status, const QString &message, const QString &type = QStringLiteral("server_error"),
                          const QString &code = {}, Headers headers = {});
    /** The automatic answer to a request body. */
    Response automatic(const Request &request) const;
    /** SHA-256 (hex) of a request body: what hash replies depend on. */
    static QByteArray bodyHash(const QByteArray &body);

private:
    struct Connection;
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);
    void send(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QHash<QString, std::deque<Response>> m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    bool m_keepRequests = true;
    int m_latencyMs = 0;
    bool m_rejectJsonSchema = false;
    bool m_hashReplies = false;
    int m_failFirst = 0;
    int m_failStatus = 503;
    QByteArray m_key;
    quint64 m_served = 0;
    std::function<void(const Request &)> m_observer;
    bool m_silenced = false;
};

} // namespace troupe::testing
