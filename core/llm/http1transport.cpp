#include "http1transport.h"

#include "http1parser.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace troupe::llm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError: return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError: return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError: return QNetworkReply::TimeoutError;
    default: return QNetworkReply::UnknownNetworkError;
    }
}

QString keyOf(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(80));
}

} // namespace

/** One request on an Http1Connection. */
class Http1Call final : public HttpCall
{
public:
    ~Http1Call() override;
    int status() const override { return m_status; }
    HeaderList headers() const override { return m_headers; }
    QByteArray readAll() override { return std::exchange(m_body, QByteArray()); }
    QNetworkReply::NetworkError error() const override { return m_error; }
    QString errorString() const override { return m_errorString; }
    void abort() override;

private:
    friend class Http1Connection;
    void finish(QNetworkReply::NetworkError error, const QString &text);

    QPointer<Http1Connection> m_connection;
    int m_status = 0;
    HeaderList m_headers;
    QByteArray m_body;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorString;
    bool m_sent = false;
    bool m_finished = false;
};

/** A keep-alive connection to one host and port; carries one request at a time. */
class Http1Connection final : public QObject
{
public:
    Http1Connection(Http1Transport *transport, QString key, QString host, quint16 port)
        : QObject(transport), m_transport(transport), m_key(std::move(key)), m_host(std::move(host)), m_port(port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &Http1Connection::read);
        connect(&m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_call && !m_call->m_sent && m_socket.bytesToWrite() == 0) {
                m_call->m_sent = true;
                emit m_call->sent();
            }
        });
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        connect(&m_socket, &QTcpSocket::disconnected, this, &Http1Connection::ended);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, &Http1Connection::ended);
    }
    ~Http1Connection() override
    {
        m_socket.disconnect(this);
        m_socket.abort();
    }

    const QString &key() const { return m_key; }
    bool usable() const { return m_socket.state() == QAbstractSocket::ConnectedState && !m_dropped; }

    void begin(Http1Call *call, QByteArray bytes, bool reused)
    {
        m_call = call;
        call->m_connection = this;
        m_request = std::move(bytes);
        m_reused = reused;
        m_parser.reset();
        write();
    }

    /** The call is abandoned: the connection cannot carry another request. */
    void drop()
    {
        m_call = nullptr;
        if (m_dropped)
            return;
        m_dropped = true;
        m_socket.disconnect(this);
        m_socket.abort();
        m_transport->gone(this);
        deleteLater();
    }

private:
    void write()
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(m_host, m_port); // written once connected
        m_socket.write(m_request);
    }

    void read()
    {
        const QByteArray bytes = m_socket.readAll();
        if (!m_call) { // a server speaking out of turn: this connection is not to be trusted
            drop();
            return;
        }
        Http1Call *call = m_call;
        const bool hadHeaders = m_parser.headersDone();
        const qsizetype before = call->m_body.size();
        const qsizetype used = m_parser.feed(bytes.constData(), bytes.size(), call->m_body);
        if (m_parser.failed()) {
            fail(QNetworkReply::ProtocolFailure, m_parser.problem());
            return;
        }
        if (!hadHeaders && m_parser.headersDone()) {
            call->m_status = m_parser.status();
            call->m_headers = m_parser.headers();
            if (!call->m_sent) {
                call->m_sent = true;
                emit call->sent();
            }
        }
        if (m_call && call->m_body.size() != before)
            emit call->readyRead(); // the exchange may abort the call from either signal
        if (!m_call || !m_parser.done())
            return;
        m_call = nullptr;
        m_request.clear();
        // Bytes past the reply belong to no request: such a connection is not reused.
        if (m_parser.keepAlive() && used == bytes.size() && usable())
            m_transport->idle(this);
        else
            drop();
        call->finish(QNetworkReply::NoError, QString());
    }

    void ended()
    {
        if (!m_call) {
            if (!m_dropped)
                drop(); // idle, and the server closed it
            return;
        }
        if (m_socket.bytesAvailable() > 0)
            read();
        if (!m_call)
            return;
        if (m_parser.closed()) { // a body that ends with the connection
            Http1Call *call = std::exchange(m_call, nullptr);
            drop();
            call->finish(QNetworkReply::NoError, QString());
            return;
        }
        if (m_reused && !m_parser.receivedAny()) {
            // The server had closed this kept-alive connection: once more on a new one.
            Http1Call *call = std::exchange(m_call, nullptr);
            QByteArray request = std::exchange(m_request, QByteArray());
            Http1Transport *transport = m_transport;
            drop();
            transport->open(m_key, m_host, m_port)->begin(call, std::move(request), false);
            return;
        }
        const QAbstractSocket::SocketError e = m_socket.error();
        if (e == QAbstractSocket::RemoteHostClosedError || e == QAbstractSocket::UnknownSocketError)
            fail(QNetworkReply::RemoteHostClosedError, m_parser.problem());
        else
            fail(networkError(e), m_socket.errorString());
    }

    void fail(QNetworkReply::NetworkError error, const QString &text)
    {
        Http1Call *call = std::exchange(m_call, nullptr);
        drop();
        if (call)
            call->finish(error, text);
    }

    Http1Transport *m_transport;
    QString m_key;
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket{this};
    Http1ResponseParser m_parser;
    QPointer<Http1Call> m_call;
    QByteArray m_request; // kept until the reply, to send once more on a new connection
    bool m_reused = false;
    bool m_dropped = false;
};

Http1Call::~Http1Call()
{
    if (!m_finished && m_connection)
        m_connection->drop();
}

void Http1Call::abort()
{
    if (m_finished)
        return;
    if (m_connection)
        m_connection->drop();
    finish(QNetworkReply::OperationCanceledError, Tr::tr("Operation canceled"));
}

void Http1Call::finish(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connection = nullptr;
    m_error = error;
    m_errorString = text;
    emit finished();
}

Http1Transport::Http1Transport() = default;

Http1Transport::~Http1Transport() = default; // the connections are children and go with this

int Http1Transport::openConnections() const
{
    return m_open;
}

int Http1Transport::idleConnections() const
{
    int n = 0;
    for (const auto &list : m_idle)
        n += int(list.size());
    return n;
}

QByteArray Http1Transport::requestBytes(const QNetworkRequest &request, const QByteArray &body)
{
    const QUrl url = request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port(80) != 80)
        host += ':' + QByteArray::number(url.port());
    QByteArray out;
    out.reserve(body.size() + 512);
    out += (body.isNull() ? "GET " : "POST ") + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) // setHeader()'s ones too
        out += name + ": " + request.rawHeader(name) + "\r\n";
    if (!body.isNull())
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

HttpCall *Http1Transport::send(const QNetworkRequest &request, const QByteArray &body)
{
    auto *call = new Http1Call;
    const QUrl url = request.url();
    const QString key = keyOf(url);
    Http1Connection *c = nullptr;
    auto it = m_idle.find(key);
    while (it != m_idle.end() && !it->isEmpty() && !c) {
        Http1Connection *candidate = it->takeLast();
        if (candidate->usable())
            c = candidate;
        else
            candidate->drop();
        it = m_idle.find(key); // drop() may have changed the table
    }
    const bool reused = c != nullptr;
    if (!c)
        c = open(key, url.host(), quint16(url.port(80)));
    c->begin(call, requestBytes(request, body), reused);
    return call;
}

Http1Connection *Http1Transport::open(const QString &key, const QString &host, quint16 port)
{
    ++m_open;
    return new Http1Connection(this, key, host, port);
}

void Http1Transport::idle(Http1Connection *c)
{
    m_idle[c->key()].append(c);
}

void Http1Transport::gone(Http1Connection *c)
{
    auto it = m_idle.find(c->key());
    if (it != m_idle.end())
        it->removeOne(c);
    --m_open;
}

} // namespace troupe::llm
