#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace troupe {

/**
 * Builds RFC 4180 CSV: fields with a comma, a double quote, CR or LF are quoted and their
 * quotes doubled; records end with CRLF. UTF-8 without a byte-order mark.
 */
class CsvWriter final
{
public:
    void field(const QString &value);
    void endRecord();
    void record(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
    bool m_first = true;
};

} // namespace troupe
