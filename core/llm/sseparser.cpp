#include "sseparser.h"

#include <algorithm>

namespace troupe::llm {

QList<QByteArray> SseParser::feed(const QByteArray &bytes)
{
    QList<QByteArray> out;
    // What is left from earlier reads holds no newline: search only the new bytes, so a long
    // line arriving in small pieces costs linear time, not quadratic.
    const qsizetype searched = m_buffer.size();
    m_buffer += bytes;
    qsizetype from = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', std::max(from, searched));
        if (nl < 0)
            break;
        QByteArray l = m_buffer.mid(from, nl - from);
        if (l.endsWith('\r'))
            l.chop(1);
        line(std::move(l), out);
        from = nl + 1;
    }
    m_buffer.remove(0, from);
    return out;
}

QList<QByteArray> SseParser::finish()
{
    QList<QByteArray> out;
    if (!m_buffer.isEmpty()) {
        QByteArray rest = m_buffer;
        m_buffer.clear();
        if (rest.endsWith('\r'))
            rest.chop(1);
        line(std::move(rest), out);
    }
    line(QByteArray(), out);
    return out;
}

void SseParser::line(QByteArray l, QList<QByteArray> &out)
{
    if (l.isEmpty()) { // end of event
        if (m_hasData)
            out.append(m_data);
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (l.startsWith(':'))
        return; // comment / keep-alive
    if (!l.startsWith("data:"))
        return; // event:, id:, retry: carry nothing we use
    QByteArray value = l.mid(5);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (m_hasData)
        m_data += '\n';
    m_data += value;
    m_hasData = true;
}

} // namespace troupe::llm
