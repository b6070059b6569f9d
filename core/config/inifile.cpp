#include "inifile.h"

#include "util/textinput.h"

#include <QCoreApplication>

namespace troupe {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IniFile)
};

/** The value with an unquoted trailing comment removed; false when a quote is not closed. */
bool cleanValue(QString raw, QString *value)
{
    raw = raw.trimmed();
    if (raw.startsWith(u'"') || raw.startsWith(u'\'')) {
        const QChar quote = raw.front();
        const qsizetype close = raw.indexOf(quote, 1);
        if (close < 0)
            return false;
        const QString rest = raw.mid(close + 1).trimmed();
        if (!rest.isEmpty() && !rest.startsWith(u';') && !rest.startsWith(u'#'))
            return false; // text after the closing quote
        *value = raw.mid(1, close - 1);
        return true;
    }
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if ((raw[i] == u';' || raw[i] == u'#') && raw[i - 1].isSpace()) {
            raw.truncate(i);
            break;
        }
    }
    *value = raw.trimmed();
    return true;
}

} // namespace

IniParse parseIni(QByteArray text, const QString &label)
{
    IniParse out;
    auto problem = [&](int line, const QString &field, const QString &message) {
        out.problems.append(Diagnostic{label, line, 0, field, message});
    };
    if (text.size() > kMaxInputFileBytes) {
        problem(0, {}, Tr::tr("file is too large (the limit is %1 MB)").arg(kMaxInputFileBytes / (1024 * 1024)));
        return out;
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (const auto bad = firstInvalidUtf8(text)) {
        const TextPosition pos = positionAt(text, *bad);
        out.problems.append(Diagnostic{label, pos.line, pos.column, {}, Tr::tr("not valid UTF-8 text; save the file as UTF-8")});
        return out;
    }

    QString section;
    int sectionLine = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n + 1);
        const QString line = QString::fromUtf8(lines[n]).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype close = line.indexOf(u']');
            const QString rest = close < 0 ? QString() : line.mid(close + 1).trimmed();
            if (close < 0 || (!rest.isEmpty() && !rest.startsWith(u';') && !rest.startsWith(u'#'))) {
                problem(lineNo, {}, Tr::tr("expected a section header like [OpenAI], found \"%1\"").arg(line.left(80)));
                continue;
            }
            section = line.mid(1, close - 1).trimmed();
            sectionLine = lineNo;
            if (section.isEmpty())
                problem(lineNo, {}, Tr::tr("a section needs a name, like [OpenAI]"));
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            problem(lineNo, {}, Tr::tr("expected KEY=value, found \"%1\"").arg(line.left(80)));
            continue;
        }
        IniEntry e;
        e.section = section;
        e.key = line.left(eq).trimmed();
        e.line = lineNo;
        e.sectionLine = sectionLine;
        if (section.isEmpty()) {
            problem(lineNo, e.key, Tr::tr("the key is outside any [section]"));
            continue;
        }
        if (!cleanValue(line.mid(eq + 1), &e.value)) {
            problem(lineNo, QStringLiteral("[%1] %2").arg(section, e.key), Tr::tr("a quoted value must end with its closing quote"));
            continue;
        }
        out.entries.append(std::move(e));
    }
    return out;
}

} // namespace troupe
