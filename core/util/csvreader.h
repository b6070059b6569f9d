#pragma once

#include "textinput.h"
#include "util/result.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

namespace troupe {

/** One record of a CSV file. */
struct CsvRecord
{
    int line = 0;                          // 1-based line where the record starts
    QStringList fields;
    std::vector<TextPosition> positions;   // where each field starts (line, column in characters)
};

/** A parsed CSV file: the first record is the header. */
struct CsvTable
{
    QString label;                         // the file as the user named it, for messages
    QChar delimiter = u',';
    QStringList header;
    std::vector<TextPosition> headerPositions;
    std::vector<CsvRecord> records;        // the records after the header
};

/**
 * Parses CSV text as RFC 4180 describes it: fields separated by the delimiter, records by
 * CRLF or LF (a lone CR too); a field may be quoted, and then holds delimiters, line breaks
 * and doubled quotes. A UTF-8 byte-order mark is dropped; the text must be UTF-8 and at most
 * kMaxInputFileBytes (as every user file). Lines that are completely empty are skipped.
 *
 * `delimiter` 0 means: a comma, unless the header line has no comma outside quotes but has
 * semicolons or tabs (spreadsheets in some locales export those).
 *
 * Errors say file:line:column and what is wrong: a quote inside an unquoted field, text
 * after a closing quote, a quoted field never closed (at its opening quote), a record whose
 * number of fields differs from the header's.
 */
Result<CsvTable> parseCsv(QByteArray text, const QString &label, QChar delimiter = QChar());

/** Reads and parses a CSV file (size, emptiness and UTF-8 checked as readUserTextFile does). */
Result<CsvTable> readCsvFile(const QString &path, QChar delimiter = QChar());

} // namespace troupe
