#include "textinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace troupe {

TextPosition positionAt(const QByteArray &text, qsizetype byteOffset)
{
    TextPosition pos;
    const qsizetype end = std::min(byteOffset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

std::optional<qsizetype> firstInvalidUtf8(const QByteArray &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; cp = c & 0x07; }
        else return i;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return std::nullopt;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextInput)
};
} // namespace

static QString tooLarge(qint64 bytes)
{
    return Tr::tr("file is too large (%1 MB; the limit is %2 MB)")
        .arg(QString::number(double(bytes) / (1024 * 1024), 'f', 1))
        .arg(kMaxInputFileBytes / (1024 * 1024));
}

bool checkUserText(QByteArray &text, const QString &label, Diagnostic *problem)
{
    auto fail = [&](QString message, int line = 0, int column = 0) {
        if (problem)
            *problem = Diagnostic{label, line, column, {}, std::move(message)};
        return false;
    };
    if (text.size() > kMaxInputFileBytes)
        return fail(tooLarge(text.size()));
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.trimmed().isEmpty())
        return fail(Tr::tr("file is empty"));
    if (const auto bad = firstInvalidUtf8(text)) {
        const TextPosition pos = positionAt(text, *bad);
        const QString byte = QString::number(static_cast<unsigned char>(text[*bad]), 16)
                                 .toUpper().rightJustified(2, QLatin1Char('0'));
        return fail(Tr::tr("not valid UTF-8 text (byte 0x%1); save the file as UTF-8").arg(byte),
                    pos.line, pos.column);
    }
    return true;
}

std::optional<QByteArray> readUserTextFile(const QString &path, Diagnostic *problem)
{
    auto fail = [&](QString message) -> std::optional<QByteArray> {
        if (problem)
            *problem = Diagnostic{path, 0, 0, {}, std::move(message)};
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Tr::tr("no such file"));
    if (info.isDir())
        return fail(Tr::tr("is a folder, not a file"));
    // A device or pipe (/dev/stdin, a FIFO) could block forever or never end.
    if (!info.isFile() && !path.startsWith(QLatin1Char(':')))
        return fail(Tr::tr("is not a regular file"));
    if (info.size() > kMaxInputFileBytes)
        return fail(tooLarge(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read the file: %1").arg(file.errorString()));
    QByteArray text = file.read(kMaxInputFileBytes + 1);
    if (!checkUserText(text, path, problem))
        return std::nullopt;
    return text;
}

} // namespace troupe
