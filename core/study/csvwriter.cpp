#include "csvwriter.h"

namespace troupe {

void CsvWriter::field(const QString &value)
{
    if (!m_first)
        m_data += ',';
    m_first = false;
    const QByteArray utf8 = value.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!quote) {
        m_data += utf8;
        return;
    }
    m_data += '"';
    for (char c : utf8) {
        if (c == '"')
            m_data += '"';
        m_data += c;
    }
    m_data += '"';
}

void CsvWriter::endRecord()
{
    m_data += "\r\n";
    m_first = true;
}

void CsvWriter::record(const QStringList &fields)
{
    for (const QString &f : fields)
        field(f);
    endRecord();
}

} // namespace troupe
