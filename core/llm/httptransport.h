#pragma once

#include "retrypolicy.h"

#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace troupe::llm {

/** One request on its way, whichever transport carries it. Deleting it aborts it. */
class HttpCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /** The HTTP status; 0 until the status line has arrived. */
    virtual int status() const = 0;
    virtual HeaderList headers() const = 0;
    /** Body bytes that arrived since the last call. */
    virtual QByteArray readAll() = 0;
    virtual QNetworkReply::NetworkError error() const = 0;
    virtual QString errorString() const = 0;
    /** Stops it; finished() follows with OperationCanceledError. */
    virtual void abort() = 0;

signals:
    /** The request went out, or the reply began: the connection is there. */
    void sent();
    void readyRead();
    void finished();
};

/** Where HttpExchange sends its requests. */
class HttpTransport
{
public:
    virtual ~HttpTransport();
    /** POSTs `body`, or GETs when it is null. The caller owns the call. */
    virtual HttpCall *send(const QNetworkRequest &request, const QByteArray &body) = 0;
};

/**
 * QNetworkAccessManager: HTTPS (with HTTP/2 where the server offers it), proxies and
 * redirects. A manager opens at most six connections per host over HTTP/1.1, each manager
 * with its own thread, so there are enough managers for the concurrency asked for.
 */
class QtHttpTransport final : public QObject, public HttpTransport
{
    Q_OBJECT
public:
    explicit QtHttpTransport(int concurrency);
    HttpCall *send(const QNetworkRequest &request, const QByteArray &body) override;

private:
    QList<QNetworkAccessManager *> m_managers;
    QList<int> m_busy; // calls in flight per manager
};

/**
 * The transport for a server: Http1Transport for plain http:// (local servers, where many
 * agents at high concurrency meet QNetworkAccessManager's per-request cost) unless `lean`
 * is off or a proxy is set; QtHttpTransport otherwise.
 */
std::unique_ptr<HttpTransport> makeTransport(const QUrl &base, int concurrency, bool lean);

} // namespace troupe::llm
