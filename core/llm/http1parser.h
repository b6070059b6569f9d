#pragma once

#include "retrypolicy.h"

#include <QByteArray>
#include <QString>

namespace troupe::llm {

/**
 * Reads one HTTP/1.x response at a time from the bytes of a connection: status line,
 * headers, then a body framed by Content-Length, chunked transfer coding or the end of the
 * connection. Interim 1xx responses are skipped. Sizes are bounded, so a broken or hostile
 * server gives a protocol error, never unbounded memory.
 */
class Http1ResponseParser
{
public:
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 256 * 1024 * 1024;

    /**
     * Takes the next bytes; body bytes are appended to `body`. Returns how many were used:
     * less than `size` only once the response is complete (the rest belong to no request)
     * or on a protocol error (failed()).
     */
    qsizetype feed(const char *data, qsizetype size, QByteArray &body);
    /** The connection closed: whether that ends the response well (a body read to the close). */
    bool closed();

    bool headersDone() const { return m_state >= State::Body; }
    bool done() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    bool receivedAny() const { return m_receivedAny; }
    /** Whether the connection can carry the next request once this response is done. */
    bool keepAlive() const { return m_keepAlive; }
    int status() const { return m_status; }
    const HeaderList &headers() const { return m_headers; }
    const QString &problem() const { return m_problem; }

    /** Ready for the next response on the same connection. */
    void reset() { *this = Http1ResponseParser(); }

private:
    enum class State { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done, Failed };
    /** A whole line (without CRLF) from the buffered header bytes, or false when it has not arrived. */
    bool takeLine(const char *data, qsizetype size, qsizetype &used, QByteArray &line);
    bool statusLine(const QByteArray &line);
    bool headerLine(const QByteArray &line);
    bool headersEnded();
    bool fail(const QString &problem);

    State m_state = State::StatusLine;
    QByteArray m_line;          // a header line cut between two reads
    qsizetype m_headerBytes = 0;
    int m_status = 0;
    bool m_http11 = false;
    bool m_keepAlive = false;
    bool m_chunked = false;
    bool m_untilClose = false;
    qint64 m_remaining = 0;     // of the body or the current chunk
    qint64 m_bodyBytes = 0;
    bool m_receivedAny = false;
    HeaderList m_headers;
    QString m_problem;
};

} // namespace troupe::llm
