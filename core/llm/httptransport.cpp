#include "httptransport.h"

#include "http1transport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>

namespace troupe::llm {

HttpTransport::~HttpTransport() = default;

namespace {

constexpr int connectionsPerManager = 6;

/** A QNetworkReply as an HttpCall. */
class QnamCall final : public HttpCall
{
public:
    QnamCall(QNetworkReply *reply, std::function<void()> released) : m_reply(reply), m_released(std::move(released))
    {
        connect(reply, &QNetworkReply::requestSent, this, &HttpCall::sent);
        connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::sent);
        connect(reply, &QNetworkReply::readyRead, this, &HttpCall::readyRead);
        connect(reply, &QNetworkReply::finished, this, [this] {
            release();
            emit finished();
        });
    }
    ~QnamCall() override
    {
        release();
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }
    int status() const override { return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0; }
    HeaderList headers() const override { return m_reply ? m_reply->rawHeaderPairs() : HeaderList(); }
    QByteArray readAll() override { return m_reply && m_reply->isOpen() ? m_reply->readAll() : QByteArray(); }
    QNetworkReply::NetworkError error() const override { return m_reply ? m_reply->error() : QNetworkReply::OperationCanceledError; }
    QString errorString() const override { return m_reply ? m_reply->errorString() : QString(); }
    void abort() override
    {
        if (m_reply)
            m_reply->abort();
    }

private:
    void release()
    {
        if (m_released)
            std::exchange(m_released, nullptr)();
    }
    QPointer<QNetworkReply> m_reply;
    std::function<void()> m_released;
};

} // namespace

QtHttpTransport::QtHttpTransport(int concurrency)
{
    const int managers = std::clamp((concurrency + connectionsPerManager - 1) / connectionsPerManager, 1, 64);
    for (int i = 0; i < managers; ++i) {
        auto *nam = new QNetworkAccessManager(this);
        nam->setAutoDeleteReplies(false);
        m_managers.append(nam);
        m_busy.append(0);
    }
}

HttpCall *QtHttpTransport::send(const QNetworkRequest &request, const QByteArray &body)
{
    // The manager with the fewest calls in flight: round robin let a slow manager queue
    // requests past its six connections while others sat idle (a 64-wide step ran ~25 wide).
    const auto least = std::min_element(m_busy.begin(), m_busy.end());
    const qsizetype i = least - m_busy.begin();
    QNetworkAccessManager *nam = m_managers[i];
    ++m_busy[i];
    QNetworkReply *reply = body.isNull() ? nam->get(request) : nam->post(request, body);
    QPointer<QtHttpTransport> self(this);
    return new QnamCall(reply, [self, i] {
        if (self)
            --self->m_busy[i];
    });
}

std::unique_ptr<HttpTransport> makeTransport(const QUrl &base, int concurrency, bool lean)
{
    const bool proxied = QNetworkProxy::applicationProxy().type() != QNetworkProxy::NoProxy
                         && QNetworkProxy::applicationProxy().type() != QNetworkProxy::DefaultProxy;
    if (lean && base.scheme() == QLatin1String("http") && !proxied)
        return std::make_unique<Http1Transport>();
    return std::make_unique<QtHttpTransport>(concurrency);
}

} // namespace troupe::llm
