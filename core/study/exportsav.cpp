#include "export.h"
#include "exportlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <readstat.h>

#include <cmath>
#include <memory>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultExport)
};

// User-missing codes: an answer that stayed invalid after its repair, and a question never
// asked. They are declared missing and labelled, so SPSS leaves them out of statistics but
// shows why; a column whose valid range contains them uses system-missing instead.
constexpr double kNoValidAnswer = -99;
constexpr double kNotAsked = -98;

constexpr qsizetype kMaxNameBytes = 64;
constexpr qsizetype kMaxVariableLabelBytes = 255;
constexpr qsizetype kMaxValueLabelBytes = 120;
constexpr qsizetype kMaxStringBytes = 32767;

QByteArray cut(const QString &s, qsizetype limit)
{
    QByteArray b = s.toUtf8();
    if (b.size() <= limit)
        return b;
    qsizetype end = limit;
    while (end > 0 && (static_cast<unsigned char>(b[end]) & 0xC0) == 0x80)
        --end;
    return b.left(end);
}

/** SPSS variable names: a letter first, then letters, digits, _ . @ # $; at most 64 bytes; no keywords. */
QStringList spssNames(const std::vector<WideColumn> &columns)
{
    static const QSet<QString> reserved = {QStringLiteral("ALL"), QStringLiteral("AND"), QStringLiteral("BY"),
                                           QStringLiteral("EQ"),  QStringLiteral("GE"),  QStringLiteral("GT"),
                                           QStringLiteral("LE"),  QStringLiteral("LT"),  QStringLiteral("NE"),
                                           QStringLiteral("NOT"), QStringLiteral("OR"),  QStringLiteral("TO"),
                                           QStringLiteral("WITH")};
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_.@#$]+"));
    QStringList names;
    for (const WideColumn &c : columns) {
        QString n = c.name;
        n.replace(bad, QStringLiteral("_"));
        while (n.endsWith(u'.') || n.endsWith(u'_'))
            n.chop(1);
        if (n.isEmpty() || !n.at(0).isLetter())
            n.prepend(QStringLiteral("v_"));
        if (reserved.contains(n.toUpper()))
            n += u'_';
        names.append(QString::fromLatin1(n.toLatin1().left(kMaxNameBytes - 4)));
    }
    return uniqueNames(names);
}

/**
 * libreadstat 1.1.8 (Debian 12) names the 255-byte segments of a text longer than 255 bytes
 * after the first five letters of the variable's short name plus a digit, without checking
 * them against other names, and then cannot read its own file when two names meet (its
 * issues #241 and #260, fixed upstream in 2025). Its short names are the first eight bytes
 * upper-cased, or V<n>_A when that is taken. A long text variable whose segment names would
 * meet another name is renamed s<k>_<name>; the label keeps saying what it is.
 */
void avoidSegmentClashes(QStringList &names, const std::vector<qsizetype> &widths)
{
    auto segmentNames = [](const QString &shortName, qsizetype width) {
        QStringList out;
        const int segments = width > 255 ? int((width + 251) / 252) : 1;
        const QString stem = shortName.left(5);
        for (int k = 1; k < segments; ++k) {
            const int digit = k % 36;
            out.append(stem + QChar(digit < 10 ? u'0' + digit : u'A' + digit - 10));
        }
        return out;
    };
    for (int attempt = 0; attempt < 64; ++attempt) {
        QStringList shortNames;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString s = names[i].left(8).toUpper();
            shortNames.append(shortNames.contains(s) ? QStringLiteral("V%1_A").arg(i + 1) : s);
        }
        QSet<QString> taken(shortNames.begin(), shortNames.end());
        qsizetype clash = -1;
        for (qsizetype i = 0; i < names.size() && clash < 0; ++i) {
            for (const QString &g : segmentNames(shortNames[i], widths[size_t(i)])) {
                if (taken.contains(g)) {
                    clash = i;
                    break;
                }
                taken.insert(g);
            }
        }
        if (clash < 0)
            return;
        names[clash] = QStringLiteral("s%1_%2").arg(attempt + 1).arg(names[clash]).left(kMaxNameBytes - 4);
    }
}

/** Reads the file's dictionary back: libreadstat must be able to open what it wrote, with our names. */
Status checkReadable(const QString &path, const QStringList &names)
{
    struct Seen
    {
        QStringList names;
    } seen;
    std::unique_ptr<readstat_parser_t, void (*)(readstat_parser_t *)> parser(readstat_parser_init(), readstat_parser_free);
    readstat_set_variable_handler(parser.get(), [](int, readstat_variable_t *v, const char *, void *ctx) {
        static_cast<Seen *>(ctx)->names.append(QString::fromUtf8(readstat_variable_get_name(v)));
        return int(READSTAT_HANDLER_OK);
    });
    readstat_set_value_handler(parser.get(), [](int, readstat_variable_t *, readstat_value_t, void *) { return int(READSTAT_HANDLER_OK); });
    const readstat_error_t error = readstat_parse_sav(parser.get(), QFile::encodeName(path).constData(), &seen);
    if (error != READSTAT_OK)
        return Status::failure(Tr::tr("the SPSS file cannot be read back: %1").arg(QString::fromUtf8(readstat_error_message(error))));
    if (seen.names != names)
        return Status::failure(Tr::tr("the SPSS file reads back with other variables than were written"));
    return {};
}

bool missingCodesFit(const ResultTable &table, const WideColumn &c)
{
    if (c.kind == WideColumn::Kind::Value && c.question >= 0) {
        const Question &q = table.questions()[c.question];
        if (q.type == QuestionType::Likert)
            return q.scaleMin > kNoValidAnswer;
        if (q.type == QuestionType::Numeric)
            return q.minimum && *q.minimum > kNoValidAnswer;
    }
    return c.kind == WideColumn::Kind::Value || c.kind == WideColumn::Kind::OptionChosen || c.kind == WideColumn::Kind::OptionRank;
}

readstat_measure_t measureOf(const WideColumn &c)
{
    if (!c.numeric && !c.coded)
        return READSTAT_MEASURE_NOMINAL;
    switch (c.measure) {
    case WideColumn::Measure::Ordinal: return READSTAT_MEASURE_ORDINAL;
    case WideColumn::Measure::Scale: return READSTAT_MEASURE_SCALE;
    case WideColumn::Measure::Nominal: break;
    }
    return READSTAT_MEASURE_NOMINAL;
}

ssize_t writeBytes(const void *data, size_t length, void *ctx)
{
    auto *file = static_cast<QFile *>(ctx);
    return ssize_t(file->write(static_cast<const char *>(data), qint64(length)));
}

struct Variable
{
    readstat_variable_t *handle = nullptr;
    bool number = false;
    bool missingCodes = false;
};

} // namespace

Status writeSav(const ResultTable &table, const QString &path)
{
    const std::vector<WideColumn> columns = wideColumns(table);
    QStringList names = spssNames(columns);
    const int rows = int(table.respondents().size());

    // Cells first: string widths must be known before the header is written.
    std::vector<std::vector<WideCell>> cells(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        cells[c].reserve(size_t(rows));
        for (int row = 0; row < rows; ++row)
            cells[c].push_back(wideCell(table, columns[c], row));
    }

    std::vector<qsizetype> widths(columns.size(), 0);
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].numeric || columns[c].coded)
            continue;
        widths[c] = 1;
        for (const WideCell &cell : cells[c])
            widths[c] = std::max(widths[c], std::min(cell.text.toUtf8().size(), kMaxStringBytes));
    }
    avoidSegmentClashes(names, widths);

    std::unique_ptr<readstat_writer_t, void (*)(readstat_writer_t *)> writer(readstat_writer_init(), readstat_writer_free);
    readstat_set_data_writer(writer.get(), writeBytes);
    const QByteArray fileLabel = cut(table.studyName(), 64);
    readstat_writer_set_file_label(writer.get(), fileLabel.constData());
    readstat_writer_set_compression(writer.get(), READSTAT_COMPRESS_ROWS);

    std::vector<Variable> vars(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        const WideColumn &col = columns[c];
        Variable &v = vars[c];
        v.number = col.numeric || col.coded;
        const QByteArray name = names[qsizetype(c)].toLatin1();
        v.handle = v.number ? readstat_add_variable(writer.get(), name.constData(), READSTAT_TYPE_DOUBLE, 0)
                            : readstat_add_variable(writer.get(), name.constData(), READSTAT_TYPE_STRING, size_t(widths[c]));
        readstat_variable_set_label(v.handle, cut(col.label, kMaxVariableLabelBytes).constData());
        readstat_variable_set_measure(v.handle, measureOf(col));
        v.missingCodes = v.number && missingCodesFit(table, col);
        if (v.number && (!col.valueLabels.empty() || v.missingCodes)) {
            readstat_label_set_t *labels = readstat_add_label_set(writer.get(), READSTAT_TYPE_DOUBLE, QByteArray(QByteArrayLiteral("labels_") + name).constData());
            for (const auto &[code, text] : col.valueLabels)
                readstat_label_double_value(labels, code, cut(text, kMaxValueLabelBytes).constData());
            if (v.missingCodes) {
                readstat_label_double_value(labels, kNoValidAnswer, cut(Tr::tr("no valid answer"), kMaxValueLabelBytes).constData());
                readstat_label_double_value(labels, kNotAsked, cut(Tr::tr("not asked"), kMaxValueLabelBytes).constData());
            }
            readstat_variable_set_label_set(v.handle, labels);
        }
        if (v.missingCodes) {
            readstat_variable_add_missing_double_value(v.handle, kNoValidAnswer);
            readstat_variable_add_missing_double_value(v.handle, kNotAsked);
        }
    }

    const QString scratch = scratchPathBeside(path);
    QFile file(scratch);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    readstat_error_t error = readstat_begin_writing_sav(writer.get(), &file, rows);
    for (int row = 0; error == READSTAT_OK && row < rows; ++row) {
        error = readstat_begin_row(writer.get());
        for (size_t c = 0; error == READSTAT_OK && c < columns.size(); ++c) {
            const WideCell &cell = cells[c][size_t(row)];
            const Variable &v = vars[c];
            if (!v.number) {
                error = readstat_insert_string_value(writer.get(), v.handle, cut(cell.text, kMaxStringBytes).constData());
            } else if (cell.number && std::isfinite(*cell.number)) {
                error = readstat_insert_double_value(writer.get(), v.handle, *cell.number);
            } else if (v.missingCodes && cell.state != ResultAnswer::State::Answered) {
                error = readstat_insert_double_value(writer.get(), v.handle,
                                                     cell.state == ResultAnswer::State::NotAsked ? kNotAsked : kNoValidAnswer);
            } else {
                error = readstat_insert_missing_value(writer.get(), v.handle);
            }
        }
        if (error == READSTAT_OK)
            error = readstat_end_row(writer.get());
    }
    if (error == READSTAT_OK)
        error = readstat_end_writing(writer.get());
    const bool flushed = file.flush() && file.error() == QFile::NoError;
    file.close();
    if (error != READSTAT_OK || !flushed) {
        QFile::remove(scratch);
        return Status::failure(Tr::tr("cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path),
                                        error != READSTAT_OK ? QString::fromUtf8(readstat_error_message(error)) : file.errorString()));
    }
    if (Status readable = checkReadable(scratch, names); !readable) {
        QFile::remove(scratch);
        return Status::failure(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), readable.error()));
    }
    return moveIntoPlace(scratch, path);
}

} // namespace troupe
