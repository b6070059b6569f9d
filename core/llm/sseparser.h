#pragma once

#include <QByteArray>
#include <QList>

namespace troupe::llm {

/**
 * Server-sent events, as chat completions stream them: feed bytes as they arrive, take the
 * `data:` payload of every complete event. Handles \n and \r\n, multi-line data, comments
 * (": keep-alive") and events split across reads.
 */
class SseParser final
{
public:
    /** The data of each event completed by `bytes`. "[DONE]" is returned like any other. */
    QList<QByteArray> feed(const QByteArray &bytes);
    /** Data of a last event the server did not terminate with a blank line. */
    QList<QByteArray> finish();

private:
    void line(QByteArray line, QList<QByteArray> &out);
    QByteArray m_buffer;
    QByteArray m_data;
    bool m_hasData = false;
};

} // namespace troupe::llm
