#include "csvreader.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The delimiter the header line suggests: a comma, unless the line has none (outside quotes)
// but has semicolons or tabs.
char detectDelimiter(const QByteArray &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (commas > 0 || (semicolons == 0 && tabs == 0))
        return ',';
    return semicolons >= tabs ? ';' : '\t';
}

// A byte scanner that knows its line and column (characters, not bytes).
class Scanner final
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) {}

    bool atEnd() const { return m_at >= m_text.size(); }
    char peek(qsizetype ahead = 0) const { return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : '\0'; }
    TextPosition position() const { return {m_line, m_column}; }
    qsizetype offset() const { return m_at; }

    void advance()
    {
        const char c = m_text[m_at++];
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            ++m_line;
            m_column = 1;
        } else if (c != '\r' && !isContinuation(c)) {
            ++m_column;
        }
    }
    // At a line break (CRLF, LF or a lone CR): consume it and return true.
    bool takeLineBreak()
    {
        if (peek() == '\r') {
            advance();
            if (peek() == '\n')
                advance();
            return true;
        }
        if (peek() == '\n') {
            advance();
            return true;
        }
        return false;
    }

private:
    const QByteArray &m_text;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

Result<CsvTable> parseCsv(QByteArray text, const QString &label, QChar delimiter)
{
    using R = Result<CsvTable>;
    auto fail = [&](TextPosition at, const QString &message) {
        return R::failure(Diagnostic{label, at.line, at.column, {}, message}.toString());
    };
    Diagnostic problem;
    if (!checkUserText(text, label, &problem))
        return R::failure(problem.toString());

    if (!delimiter.isNull() && (delimiter.unicode() > 0x7F || delimiter == u'"' || delimiter == u'\n' || delimiter == u'\r'))
        return R::failure(Tr::tr("%1: the delimiter must be one ASCII character other than a quote or a line break").arg(label));
    const char sep = delimiter.isNull() ? detectDelimiter(text) : char(delimiter.unicode());

    CsvTable table;
    table.label = label;
    table.delimiter = QLatin1Char(sep);
    Scanner s(text);
    bool haveHeader = false;
    while (!s.atEnd()) {
        if (s.takeLineBreak())
            continue; // an empty line is no record
        CsvRecord record;
        record.line = s.position().line;
        QByteArray field;
        while (true) {
            const TextPosition fieldStart = s.position();
            field.clear();
            if (s.peek() == '"') {
                s.advance();
                while (true) {
                    if (s.atEnd())
                        return fail(fieldStart, Tr::tr("a quoted field is never closed (its closing quote is missing)"));
                    const char c = s.peek();
                    if (c == '"') {
                        if (s.peek(1) == '"') { // a doubled quote is one quote
                            field += '"';
                            s.advance();
                            s.advance();
                            continue;
                        }
                        s.advance();
                        break;
                    }
                    if (c == '\r' && s.peek(1) == '\n') { // keep line breaks inside a field as LF
                        s.advance();
                        continue;
                    }
                    field += c;
                    s.advance();
                }
                const char after = s.peek();
                if (!s.atEnd() && after != sep && after != '\n' && after != '\r')
                    return fail(s.position(), Tr::tr("text after the closing quote of a field; a quote inside "
                                                     "a quoted field must be doubled (\"\")"));
            } else {
                while (!s.atEnd() && s.peek() != sep && s.peek() != '\n' && s.peek() != '\r') {
                    if (s.peek() == '"')
                        return fail(s.position(), Tr::tr("a quote inside an unquoted field; quote the whole "
                                                         "field and double the quote (\"\")"));
                    field += s.peek();
                    s.advance();
                }
            }
            record.fields.append(QString::fromUtf8(field));
            record.positions.push_back(fieldStart);
            if (s.atEnd() || s.takeLineBreak())
                break;
            s.advance(); // the delimiter
        }
        if (!haveHeader) {
            table.header = record.fields;
            table.headerPositions = record.positions;
            haveHeader = true;
            continue;
        }
        if (record.fields.size() != table.header.size()) {
            return fail({record.line, 1},
                        Tr::tr("this record has %1 fields but the header has %2")
                            .arg(record.fields.size()).arg(table.header.size()));
        }
        table.records.push_back(std::move(record));
    }
    if (!haveHeader)
        return R::failure(Diagnostic{label, 0, 0, {}, Tr::tr("file is empty")}.toString());
    return table;
}

Result<CsvTable> readCsvFile(const QString &path, QChar delimiter)
{
    Diagnostic problem;
    const auto text = readUserTextFile(path, &problem);
    if (!text)
        return Result<CsvTable>::failure(problem.toString());
    return parseCsv(*text, path, delimiter);
}

} // namespace troupe
