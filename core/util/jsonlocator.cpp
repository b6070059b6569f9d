#include "jsonlocator.h"

#include <cctype>

namespace troupe {
namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_s(text.constData()), m_n(text.size()) {}

    qsizetype locate(const std::vector<std::string> &path)
    {
        skipWs();
        return find(path, 0);
    }

private:
    qsizetype find(const std::vector<std::string> &path, size_t depth)
    {
        const qsizetype start = m_i;
        if (depth == path.size() || m_i >= m_n)
            return start;
        const char open = m_s[m_i];
        if (open != '{' && open != '[')
            return start;
        ++m_i;
        const bool isObject = open == '{';
        long index = 0;
        skipWs();
        while (m_i < m_n && m_s[m_i] != (isObject ? '}' : ']')) {
            bool match;
            if (isObject) {
                match = readString() == path[depth];
                skipWs();
                if (m_i < m_n && m_s[m_i] == ':')
                    ++m_i;
                skipWs();
            } else {
                match = std::to_string(index++) == path[depth];
            }
            if (match)
                return find(path, depth + 1);
            skipValue();
            skipWs();
            if (m_i < m_n && m_s[m_i] == ',')
                ++m_i;
            skipWs();
        }
        return start;
    }

    void skipWs()
    {
        while (m_i < m_n && std::isspace(static_cast<unsigned char>(m_s[m_i])))
            ++m_i;
    }

    // Reads a string at the cursor, decoding the simple escapes; \u escapes are kept raw,
    // which only means such keys are not matched (the caller then points at the parent).
    std::string readString()
    {
        std::string out;
        if (m_i >= m_n || m_s[m_i] != '"')
            return out;
        ++m_i;
        while (m_i < m_n && m_s[m_i] != '"') {
            if (m_s[m_i] == '\\' && m_i + 1 < m_n) {
                const char e = m_s[++m_i];
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': out += "\\u"; break;
                default: out += e; break;
                }
            } else {
                out += m_s[m_i];
            }
            ++m_i;
        }
        ++m_i; // closing quote
        return out;
    }

    void skipValue()
    {
        if (m_i >= m_n)
            return;
        if (m_s[m_i] == '"') {
            readString();
            return;
        }
        if (m_s[m_i] == '{' || m_s[m_i] == '[') {
            int depth = 0;
            while (m_i < m_n) {
                const char c = m_s[m_i];
                if (c == '"') {
                    readString();
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0) {
                    ++m_i;
                    return;
                }
                ++m_i;
            }
            return;
        }
        while (m_i < m_n && m_s[m_i] != ',' && m_s[m_i] != '}' && m_s[m_i] != ']'
               && !std::isspace(static_cast<unsigned char>(m_s[m_i])))
            ++m_i;
    }

    const char *m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
};

} // namespace

qsizetype locateJsonValue(const QByteArray &text, const std::vector<std::string> &path)
{
    return Scanner(text).locate(path);
}

} // namespace troupe
