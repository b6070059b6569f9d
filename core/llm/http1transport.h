#pragma once

#include "httptransport.h"

#include <QHash>

namespace troupe::llm {

class Http1Connection;

/**
 * Plain HTTP/1.1 over QTcpSocket on the caller's thread, with keep-alive connections reused
 * across requests and no limit of its own on how many are open (the call scheduler sets how
 * many requests are in flight). For http:// servers on this machine or the local network:
 * vLLM, Ollama, LM Studio, llama.cpp. QNetworkAccessManager costs about ten times the CPU per
 * request and opens six connections per manager thread; here a request is one write and its
 * reply one parse. Not for TLS, proxies or redirects: those go through QtHttpTransport.
 *
 * A request sent on a reused connection that the server had already closed (its keep-alive
 * timeout) is sent once more on a new connection, as browsers do, when nothing of a reply
 * had arrived.
 */
class Http1Transport final : public QObject, public HttpTransport
{
    Q_OBJECT
public:
    Http1Transport();
    ~Http1Transport() override;

    HttpCall *send(const QNetworkRequest &request, const QByteArray &body) override;

    /** Connections open, in use or idle (for tests). */
    int openConnections() const;
    int idleConnections() const;

    /** The bytes that send() writes for a request (for tests and the log). */
    static QByteArray requestBytes(const QNetworkRequest &request, const QByteArray &body);

private:
    friend class Http1Connection;
    Http1Connection *open(const QString &key, const QString &host, quint16 port);
    void idle(Http1Connection *c);
    void gone(Http1Connection *c);

    QHash<QString, QList<Http1Connection *>> m_idle; // by host:port, most recently used last
    int m_open = 0;
};

} // namespace troupe::llm
