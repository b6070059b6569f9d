#include "readback.h"

#include <QFile>
#include <QXmlStreamReader>

#include <readstat.h>
#include <unzip.h>

namespace troupe::test {

QList<QStringList> parseCsv(const QByteArray &bytes, QString *problem)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    auto fail = [&](const QString &why) {
        if (problem && problem->isEmpty())
            *problem = why;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < text.size() && text[i + 1] != u',' && text[i + 1] != u'\r')
                        fail(QStringLiteral("text after a closing quote at %1").arg(i));
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (fieldStarted)
                fail(QStringLiteral("a quote inside an unquoted field at %1").arg(i));
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                fail(QStringLiteral("a CR without LF at %1").arg(i));
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            fail(QStringLiteral("a bare LF at %1").arg(i));
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        fail(QStringLiteral("an unterminated quote"));
    if (!record.isEmpty() || !field.isEmpty())
        fail(QStringLiteral("the last record does not end with CRLF"));
    return records;
}

std::optional<QByteArray> readZipEntry(const QString &path, const QString &entry, QString *problem)
{
    unzFile zip = unzOpen(QFile::encodeName(path).constData());
    if (!zip) {
        *problem = QStringLiteral("%1 is not a zip file").arg(path);
        return std::nullopt;
    }
    std::optional<QByteArray> out;
    if (unzLocateFile(zip, entry.toUtf8().constData(), 1) != UNZ_OK) {
        *problem = QStringLiteral("%1 has no %2").arg(path, entry);
    } else if (unzOpenCurrentFile(zip) != UNZ_OK) {
        *problem = QStringLiteral("cannot open %1 in %2").arg(entry, path);
    } else {
        QByteArray data;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        if (n < 0 || unzCloseCurrentFile(zip) != UNZ_OK)
            *problem = QStringLiteral("%1 in %2 is damaged (CRC or data)").arg(entry, path);
        else
            out = data;
    }
    unzClose(zip);
    return out;
}

namespace {

int columnIndex(const QString &ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.toLatin1() - 'A' + 1);
    }
    return col - 1;
}

int rowIndex(const QString &ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter())
        ++i;
    return ref.mid(i).toInt() - 1;
}

QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

} // namespace

QString XlsxSheet::at(int row, int column) const
{
    return cells.value(cellName(row, column)).text;
}

bool XlsxSheet::isNumber(int row, int column) const
{
    return cells.value(cellName(row, column)).number;
}

std::optional<XlsxSheet> readXlsxSheet(const QString &path, int index, QString *problem)
{
    QStringList shared;
    if (const auto strings = readZipEntry(path, QStringLiteral("xl/sharedStrings.xml"), problem)) {
        QXmlStreamReader xml(*strings);
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared.append(current);
                inSi = false;
            }
        }
        if (xml.hasError()) {
            *problem = QStringLiteral("sharedStrings.xml: %1").arg(xml.errorString());
            return std::nullopt;
        }
    }
    problem->clear();
    const auto sheetXml = readZipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index), problem);
    if (!sheetXml)
        return std::nullopt;
    XlsxSheet sheet;
    QXmlStreamReader xml(*sheetXml);
    QString ref, type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            const QString v = xml.readElementText();
            XlsxSheet::Cell cell;
            if (type == QLatin1String("s")) {
                const int k = v.toInt();
                if (k < 0 || k >= shared.size()) {
                    *problem = QStringLiteral("cell %1 names shared string %2 of %3").arg(ref).arg(k).arg(shared.size());
                    return std::nullopt;
                }
                cell.text = shared[k];
            } else {
                cell.text = v;
                cell.number = type.isEmpty() || type == QLatin1String("n");
            }
            sheet.cells.insert(ref, cell);
            sheet.rows = std::max(sheet.rows, rowIndex(ref) + 1);
            sheet.columns = std::max(sheet.columns, columnIndex(ref) + 1);
        }
    }
    if (xml.hasError()) {
        *problem = QStringLiteral("sheet%1.xml: %2").arg(index).arg(xml.errorString());
        return std::nullopt;
    }
    return sheet;
}

QStringList xlsxSheetNames(const QString &path, QString *problem)
{
    QStringList out;
    const auto book = readZipEntry(path, QStringLiteral("xl/workbook.xml"), problem);
    if (!book)
        return out;
    QXmlStreamReader xml(*book);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
            out.append(xml.attributes().value(QLatin1String("name")).toString());
    }
    return out;
}

int SavFile::column(const QString &name) const
{
    for (qsizetype i = 0; i < variables.size(); ++i)
        if (variables[i].name == name)
            return int(i);
    return -1;
}

QMap<double, QString> SavFile::labelsOf(const QString &variable) const
{
    const int c = column(variable);
    return c < 0 ? QMap<double, QString>() : valueLabels.value(variables[c].labelSet);
}

namespace {

double numberOf(readstat_value_t value)
{
    switch (readstat_value_type(value)) {
    case READSTAT_TYPE_INT8: return readstat_int8_value(value);
    case READSTAT_TYPE_INT16: return readstat_int16_value(value);
    case READSTAT_TYPE_INT32: return readstat_int32_value(value);
    case READSTAT_TYPE_FLOAT: return readstat_float_value(value);
    default: return readstat_double_value(value);
    }
}

int onMetadata(readstat_metadata_t *metadata, void *ctx)
{
    auto *sav = static_cast<SavFile *>(ctx);
    sav->fileLabel = QString::fromUtf8(readstat_get_file_label(metadata));
    const int rows = readstat_get_row_count(metadata);
    for (int i = 0; i < rows; ++i)
        sav->rows.append(QList<SavFile::Value>());
    return READSTAT_HANDLER_OK;
}

int onVariable(int, readstat_variable_t *variable, const char *labels, void *ctx)
{
    auto *sav = static_cast<SavFile *>(ctx);
    SavFile::Variable v;
    v.name = QString::fromUtf8(readstat_variable_get_name(variable));
    v.label = QString::fromUtf8(readstat_variable_get_label(variable));
    v.string = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_STRING;
    v.measure = readstat_variable_get_measure(variable);
    v.labelSet = labels ? QString::fromUtf8(labels) : QString();
    for (int i = 0; i < readstat_variable_get_missing_ranges_count(variable); ++i)
        v.missingValues.append(numberOf(readstat_variable_get_missing_range_lo(variable, i)));
    sav->variables.append(v);
    return READSTAT_HANDLER_OK;
}

int onValue(int row, readstat_variable_t *variable, readstat_value_t value, void *ctx)
{
    auto *sav = static_cast<SavFile *>(ctx);
    while (sav->rows.size() <= row)
        sav->rows.append(QList<SavFile::Value>());
    SavFile::Value v;
    v.systemMissing = readstat_value_is_system_missing(value);
    v.userMissing = readstat_value_is_defined_missing(value, variable);
    if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING)
        v.text = QString::fromUtf8(readstat_string_value(value) ? readstat_string_value(value) : "");
    else if (!v.systemMissing)
        v.number = numberOf(value);
    sav->rows[row].append(v);
    return READSTAT_HANDLER_OK;
}

int onValueLabel(const char *set, readstat_value_t value, const char *label, void *ctx)
{
    auto *sav = static_cast<SavFile *>(ctx);
    sav->valueLabels[QString::fromUtf8(set)].insert(numberOf(value), QString::fromUtf8(label));
    return READSTAT_HANDLER_OK;
}

} // namespace

std::optional<SavFile> readSav(const QString &path, QString *problem)
{
    SavFile sav;
    readstat_parser_t *parser = readstat_parser_init();
    readstat_set_metadata_handler(parser, onMetadata);
    readstat_set_variable_handler(parser, onVariable);
    readstat_set_value_handler(parser, onValue);
    readstat_set_value_label_handler(parser, onValueLabel);
    const readstat_error_t error = readstat_parse_sav(parser, QFile::encodeName(path).constData(), &sav);
    readstat_parser_free(parser);
    if (error != READSTAT_OK) {
        *problem = QStringLiteral("readstat cannot read %1: %2").arg(path, QString::fromUtf8(readstat_error_message(error)));
        return std::nullopt;
    }
    return sav;
}

} // namespace troupe::test
