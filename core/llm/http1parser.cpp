#include "http1parser.h"

#include <QCoreApplication>

#include <cstring>

namespace troupe::llm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

constexpr int maxHeaders = 256;

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &t : list.split(','))
        if (t.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

bool Http1ResponseParser::fail(const QString &problem)
{
    m_state = State::Failed;
    m_problem = problem;
    return false;
}

bool Http1ResponseParser::takeLine(const char *data, qsizetype size, qsizetype &used, QByteArray &line)
{
    const char *from = data + used;
    const auto *nl = static_cast<const char *>(std::memchr(from, '\n', size_t(size - used)));
    const qsizetype take = nl ? qsizetype(nl - from) : size - used;
    if (m_line.size() + take > maxHeaderBytes)
        return fail(Tr::tr("the server sent a header line longer than %1 KB").arg(maxHeaderBytes / 1024));
    if (!nl) {
        m_line.append(from, take);
        used = size;
        return false;
    }
    line = m_line.isEmpty() ? QByteArray(from, take) : m_line + QByteArray(from, take);
    m_line.clear();
    used += take + 1;
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_state == State::StatusLine || m_state == State::Headers || m_state == State::Trailers) {
        m_headerBytes += line.size() + 2;
        if (m_headerBytes > maxHeaderBytes)
            return fail(Tr::tr("the server sent more than %1 KB of headers").arg(maxHeaderBytes / 1024));
    }
    return true;
}

bool Http1ResponseParser::statusLine(const QByteArray &line)
{
    if (line.isEmpty())
        return true; // a stray line end before the response
    const bool v11 = line.startsWith("HTTP/1.1 "), v10 = line.startsWith("HTTP/1.0 ");
    const QByteArray code = line.mid(9, 3);
    bool ok = code.size() == 3 && (line.size() == 12 || line.at(12) == ' ');
    for (char c : code)
        ok = ok && c >= '0' && c <= '9';
    if (!(v11 || v10) || !ok)
        return fail(Tr::tr("the server's reply does not begin with an HTTP/1.x status line"));
    m_http11 = v11;
    m_status = code.toInt();
    m_state = State::Headers;
    return true;
}

bool Http1ResponseParser::headerLine(const QByteArray &line)
{
    if (line.isEmpty())
        return headersEnded();
    if (line.front() == ' ' || line.front() == '\t') { // an obsolete folded continuation
        if (m_headers.isEmpty())
            return fail(Tr::tr("the server's headers begin with a continuation line"));
        m_headers.last().second += ' ' + line.trimmed();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
    if (name.isEmpty() || name.contains(' ') || name.contains('\t'))
        return fail(Tr::tr("the server sent a malformed header line"));
    if (m_headers.size() >= maxHeaders)
        return fail(Tr::tr("the server sent more than %1 headers").arg(maxHeaders));
    m_headers.append({name, line.mid(colon + 1).trimmed()});
    return true;
}

bool Http1ResponseParser::headersEnded()
{
    if (m_status >= 100 && m_status < 200) {
        if (m_status == 101)
            return fail(Tr::tr("the server switched protocols"));
        m_headers.clear(); // an interim reply (100 Continue): the real one follows
        m_headerBytes = 0;
        m_state = State::StatusLine;
        return true;
    }
    QByteArray connection, coding;
    QList<QByteArray> lengths;
    for (const auto &[name, value] : m_headers) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0)
            connection += (connection.isEmpty() ? "" : ",") + value;
        else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            coding += (coding.isEmpty() ? "" : ",") + value;
        else if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            lengths.append(value);
    }
    m_keepAlive = m_http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    if (!coding.isEmpty()) {
        if (coding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(Tr::tr("the server used a transfer coding this client does not read: %1").arg(QString::fromLatin1(coding.left(80))));
        m_chunked = true;
        m_state = State::ChunkSize;
        return true;
    }
    if (!lengths.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray &v : lengths) {
            bool ok = !v.isEmpty();
            for (char c : v)
                ok = ok && c >= '0' && c <= '9';
            const qint64 n = ok && v.size() <= 12 ? v.toLongLong() : -1;
            if (n < 0 || (length >= 0 && n != length))
                return fail(Tr::tr("the server sent an invalid Content-Length"));
            length = n;
        }
        if (length > maxBodyBytes)
            return fail(Tr::tr("the server's reply is larger than %1 MB").arg(maxBodyBytes / (1024 * 1024)));
        m_remaining = length;
        m_state = length == 0 ? State::Done : State::Body;
        return true;
    }
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    m_untilClose = true; // no length given: the body ends with the connection
    m_keepAlive = false;
    m_state = State::Body;
    return true;
}

qsizetype Http1ResponseParser::feed(const char *data, qsizetype size, QByteArray &body)
{
    qsizetype used = 0;
    if (size > 0)
        m_receivedAny = true;
    while (used < size) {
        switch (m_state) {
        case State::Done:
        case State::Failed:
            return used;
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = m_untilClose ? size - used : qsizetype(std::min<qint64>(m_remaining, size - used));
            if (m_bodyBytes + n > maxBodyBytes) {
                fail(Tr::tr("the server's reply is larger than %1 MB").arg(maxBodyBytes / (1024 * 1024)));
                return used;
            }
            body.append(data + used, n);
            m_bodyBytes += n;
            used += n;
            if (m_untilClose)
                break;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_chunked ? State::ChunkEnd : State::Done;
            break;
        }
        default: {
            QByteArray line;
            if (!takeLine(data, size, used, line))
                return used;
            bool ok = true;
            switch (m_state) {
            case State::StatusLine: ok = statusLine(line); break;
            case State::Headers: ok = headerLine(line); break;
            case State::ChunkSize: {
                const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
                const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
                bool valid = !hex.isEmpty() && hex.size() <= 15;
                qint64 n = 0;
                for (char c : valid ? hex : QByteArray()) { // at most 15 digits: no overflow
                    const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                    valid = valid && d >= 0;
                    n = n * 16 + std::max(d, 0);
                }
                if (!valid)
                    ok = fail(Tr::tr("the server sent a malformed chunk size"));
                else if (m_bodyBytes + n > maxBodyBytes)
                    ok = fail(Tr::tr("the server's reply is larger than %1 MB").arg(maxBodyBytes / (1024 * 1024)));
                else if (n == 0)
                    m_state = State::Trailers;
                else
                    m_remaining = n, m_state = State::ChunkData;
                break;
            }
            case State::ChunkEnd:
                if (!line.isEmpty())
                    ok = fail(Tr::tr("a chunk of the server's reply is longer than it said"));
                else
                    m_state = State::ChunkSize;
                break;
            case State::Trailers:
                if (line.isEmpty())
                    m_state = State::Done;
                break;
            default: break;
            }
            if (!ok)
                return used;
        }
        }
    }
    return used;
}

bool Http1ResponseParser::closed()
{
    if (m_state == State::Body && m_untilClose)
        m_state = State::Done;
    if (m_state == State::Done)
        return true;
    if (m_state != State::Failed)
        fail(m_receivedAny ? Tr::tr("the server closed the connection before its reply was complete")
                           : Tr::tr("the server closed the connection without replying"));
    return false;
}

} // namespace troupe::llm
