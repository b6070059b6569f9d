// The plain HTTP/1.1 transport: its response parser byte by byte (lengths, chunks, interim
// replies, replies ending with the connection, and what it refuses), and the transport over
// real sockets: keep-alive reuse, a kept-alive connection the server had closed, a server
// that closes mid-reply, and abort.
#include "fakellmserver.h"
#include "llm/http1parser.h"
#include "llm/http1transport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace troupe::llm;
using troupe::testing::FakeLlmServer;

namespace {

struct Parsed
{
    bool done = false;
    bool failed = false;
    int status = 0;
    QByteArray body;
    HeaderList headers;
    bool keepAlive = false;
    QString problem;
};

/** Feeds `bytes` in pieces of `piece` bytes (0: at once), then closes when `close`. */
Parsed parse(const QByteArray &bytes, qsizetype piece = 0, bool close = false)
{
    Http1ResponseParser p;
    Parsed out;
    for (qsizetype at = 0; at < bytes.size() && !p.done() && !p.failed();) {
        const qsizetype n = piece > 0 ? std::min(piece, bytes.size() - at) : bytes.size() - at;
        at += p.feed(bytes.constData() + at, n, out.body) == n ? n : bytes.size();
    }
    if (close && !p.done() && !p.failed())
        p.closed();
    out.done = p.done();
    out.failed = p.failed();
    out.status = p.status();
    out.headers = p.headers();
    out.keepAlive = p.keepAlive();
    out.problem = p.problem();
    return out;
}

/**
 * Answers each request on a connection with `reply`; after `perConnection` replies, meets
 * the next request with a close and no word. `closeAfterReply`: closes right after writing.
 */
class TinyServer : public QObject
{
public:
    TinyServer(QByteArray reply, int perConnection, bool closeAfterReply = false)
        : m_reply(std::move(reply)), m_perConnection(perConnection), m_closeAfterReply(closeAfterReply)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                auto served = std::make_shared<int>(0);
                connect(s, &QTcpSocket::readyRead, this, [this, s, served] {
                    const QByteArray got = s->readAll();
                    if (!got.contains("\r\n\r\n"))
                        return;
                    if (*served >= m_perConnection) { // as a server whose keep-alive ran out
                        s->close();
                        return;
                    }
                    ++*served;
                    ++requests;
                    s->write(m_reply);
                    if (m_closeAfterReply)
                        s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/x").arg(m_server.serverPort())); }
    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_server;
    QByteArray m_reply;
    int m_perConnection;
    bool m_closeAfterReply;
};

struct Got
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Got sendAndWait(Http1Transport &t, const QUrl &url, const QByteArray &body = "{}")
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<HttpCall> call(t.send(r, body));
    Got got;
    QObject::connect(call.get(), &HttpCall::readyRead, call.get(), [&] { got.body += call->readAll(); });
    QSignalSpy finished(call.get(), &HttpCall::finished);
    if (!finished.wait(5000))
        got.error = QNetworkReply::TimeoutError;
    got.body += call->readAll();
    got.status = call->status();
    if (got.error == QNetworkReply::NoError)
        got.error = call->error();
    return got;
}

const QByteArray okReply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}";

} // namespace

class TestHttp1 : public QObject
{
    Q_OBJECT
private slots:
    void contentLengthAtAnySplit();
    void chunkedAtAnySplit();
    void interimReplyIsSkipped();
    void bodyUntilClose();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void closedBeforeTheEnd();
    void requestBytesCarryTheHeaders();

    void connectionsAreReused();
    void staleConnectionIsRetriedOnce();
    void serverClosingMidReplyIsAnError();
    void refusedConnection();
    void abortEndsTheCall();
    void fakeServerChatAndStream();
};

void TestHttp1::contentLengthAtAnySplit()
{
    for (qsizetype piece : {0, 1, 2, 7, 64}) {
        const Parsed p = parse(okReply, piece);
        QVERIFY2(p.done, qPrintable(p.problem));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.body, QByteArray("{\"ok\":true}"));
        QVERIFY(p.keepAlive);
        QCOMPARE(p.headers.size(), 2);
        QCOMPARE(p.headers[0].first, QByteArray("Content-Type"));
    }
}

void TestHttp1::chunkedAtAnySplit()
{
    const QByteArray reply = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/event-stream\r\n\r\n"
                             "6\r\ndata: \r\nB;ext=1\r\n{\"a\":1}\n\n\r\n\r\n0\r\nX-Trailer: t\r\n\r\n";
    for (qsizetype piece = 0; piece < 20; ++piece) {
        const Parsed p = parse(reply, piece);
        QVERIFY2(p.done, qPrintable(p.problem));
        QCOMPARE(p.body, QByteArray("data: {\"a\":1}\n\n\r\n"));
    }
}

void TestHttp1::interimReplyIsSkipped()
{
    const Parsed p = parse("HTTP/1.1 100 Continue\r\n\r\n" + okReply, 3);
    QVERIFY(p.done);
    QCOMPARE(p.status, 200);
    QCOMPARE(p.body, QByteArray("{\"ok\":true}"));
}

void TestHttp1::bodyUntilClose()
{
    const QByteArray reply = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it";
    const Parsed open = parse(reply);
    QVERIFY(!open.done); // more may come
    const Parsed p = parse(reply, 4, true);
    QVERIFY(p.done);
    QVERIFY(!p.keepAlive);
    QCOMPARE(p.body, QByteArray("all of it"));
    const Parsed close = parse("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
    QVERIFY(close.done);
    QVERIFY(!close.keepAlive);
}

void TestHttp1::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
    QTest::newRow("http/2 preface") << QByteArray("HTTP/2 200\r\n\r\n");
    QTest::newRow("status letters") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n");
    QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk too long") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
    QTest::newRow("huge chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\n");
    QTest::newRow("chunk size of 20 digits") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n14000000000000000000\r\n");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n");
    QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n");
    QTest::newRow("endless header") << QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(70 * 1024, 'a'));
}

void TestHttp1::refusesWhatItCannotRead()
{
    QFETCH(QByteArray, reply);
    for (qsizetype piece : {0, 1, 5}) {
        const Parsed p = parse(reply, piece);
        QVERIFY2(p.failed, qPrintable(QStringLiteral("piece %1").arg(piece)));
        QVERIFY(!p.problem.isEmpty());
    }
}

void TestHttp1::closedBeforeTheEnd()
{
    const Parsed p = parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", 0, true);
    QVERIFY(p.failed);
    QVERIFY2(p.problem.contains(QLatin1String("before its reply was complete")), qPrintable(p.problem));
    const Parsed none = parse(QByteArray(), 0, true);
    QVERIFY(none.failed);
    QVERIFY2(none.problem.contains(QLatin1String("without replying")), qPrintable(none.problem));
}

void TestHttp1::requestBytesCarryTheHeaders()
{
    QNetworkRequest r(QUrl(QStringLiteral("http://localhost:8000/v1/chat/completions?api-version=1")));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("TroupeStudio/1"));
    r.setRawHeader("Authorization", "Bearer k");
    QCOMPARE(Http1Transport::requestBytes(r, "{}"),
             QByteArray("POST /v1/chat/completions?api-version=1 HTTP/1.1\r\nHost: localhost:8000\r\nContent-Type: application/json\r\n"
                        "User-Agent: TroupeStudio/1\r\nAuthorization: Bearer k\r\nContent-Length: 2\r\n\r\n{}"));
    QNetworkRequest get(QUrl(QStringLiteral("http://[::1]/v1/models")));
    QCOMPARE(Http1Transport::requestBytes(get, QByteArray()), QByteArray("GET /v1/models HTTP/1.1\r\nHost: [::1]\r\n\r\n"));
}

void TestHttp1::connectionsAreReused()
{
    TinyServer server(okReply, 100);
    Http1Transport t;
    for (int i = 0; i < 5; ++i) {
        const Got g = sendAndWait(t, server.url());
        QCOMPARE(g.error, QNetworkReply::NoError);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.body, QByteArray("{\"ok\":true}"));
    }
    QCOMPARE(server.connections, 1);
    QCOMPARE(t.openConnections(), 1);
    QCOMPARE(t.idleConnections(), 1);
}

void TestHttp1::staleConnectionIsRetriedOnce()
{
    // Each connection carries one reply; the next request on it is met by a close, as from
    // a server whose keep-alive timeout ran out just as the request went out.
    TinyServer server(okReply, 1);
    Http1Transport t;
    for (int i = 0; i < 3; ++i) {
        const Got g = sendAndWait(t, server.url());
        QCOMPARE(g.error, QNetworkReply::NoError);
        QCOMPARE(g.body, QByteArray("{\"ok\":true}"));
    }
    QCOMPARE(server.requests, 3);
    QVERIFY(server.connections >= 3);
}

void TestHttp1::serverClosingMidReplyIsAnError()
{
    TinyServer server("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this", 100, true);
    Http1Transport t;
    const Got g = sendAndWait(t, server.url());
    QCOMPARE(g.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(g.status, 200);
    QCOMPARE(t.openConnections(), 0);
    // A new connection closed without a word is not sent again: that is the server's answer.
    TinyServer silent(okReply, 0);
    const Got none = sendAndWait(t, silent.url());
    QCOMPARE(none.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(silent.connections, 1);
}

void TestHttp1::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        port = probe.serverPort();
    }
    Http1Transport t;
    const Got g = sendAndWait(t, QUrl(QStringLiteral("http://127.0.0.1:%1/v1/x").arg(port)));
    QCOMPARE(g.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(t.openConnections(), 0);
}

void TestHttp1::abortEndsTheCall()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    FakeLlmServer::Response hang;
    hang.hang = true;
    server.enqueue(QStringLiteral("/chat/completions"), hang);
    Http1Transport t;
    QNetworkRequest r(QUrl(server.baseUrl().toString() + QStringLiteral("/chat/completions")));
    std::unique_ptr<HttpCall> call(t.send(r, "{}"));
    QSignalSpy finished(call.get(), &HttpCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    call->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(t.openConnections(), 0);
    call->abort(); // twice is harmless
    QCOMPARE(finished.size(), 1);
    // Deleting a call in flight closes its connection too.
    server.enqueue(QStringLiteral("/chat/completions"), hang);
    call.reset(t.send(r, "{}"));
    QTRY_COMPARE(server.requests().size(), 2);
    call.reset();
    QCOMPARE(t.openConnections(), 0);
}

void TestHttp1::fakeServerChatAndStream()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    server.enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"x\": 1}")));
    server.enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chatStream(QStringLiteral("{\"x\": 2}"), 3));
    Http1Transport t;
    const QUrl url(server.baseUrl().toString() + QStringLiteral("/chat/completions"));
    const Got whole = sendAndWait(t, url);
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.body.contains("chat.completion"));
    const Got streamed = sendAndWait(t, url);
    QCOMPARE(streamed.status, 200);
    QVERIFY(streamed.body.startsWith("data: "));
    QVERIFY(streamed.body.endsWith("data: [DONE]\n\n"));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests()[1].headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(t.openConnections(), 1); // the chunked reply left the connection reusable
}

QTEST_GUILESS_MAIN(TestHttp1)
#include "tst_http1.moc"
