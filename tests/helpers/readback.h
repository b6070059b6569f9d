#pragma once

// Readers that tests use to check exports by reading them back: CSV by parsing it (RFC 4180),
// XLSX by unzipping it and reading the sheet XML and shared strings, SAV with libreadstat.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace troupe::test {

/** Records of RFC 4180 text; `problem` is set when the text breaks the format. */
QList<QStringList> parseCsv(const QByteArray &text, QString *problem = nullptr);

/** The cells of one sheet of an XLSX file: "B3" -> text or number (as the XML has it). */
struct XlsxSheet
{
    struct Cell
    {
        QString text;
        bool number = false;
    };
    QMap<QString, Cell> cells;
    int rows = 0;
    int columns = 0;
    QString at(int row, int column) const; // 0-based
    bool isNumber(int row, int column) const;
};

/** Reads sheet `index` (1-based, as xl/worksheets/sheetN.xml); nullopt with `problem` set when it cannot. */
std::optional<XlsxSheet> readXlsxSheet(const QString &path, int index, QString *problem);
/** The names of the workbook's sheets, in order. */
QStringList xlsxSheetNames(const QString &path, QString *problem);
/** One file of the zip, whole. */
std::optional<QByteArray> readZipEntry(const QString &path, const QString &entry, QString *problem);

/** What libreadstat reads back from a .sav file. */
struct SavFile
{
    struct Variable
    {
        QString name;
        QString label;
        bool string = false;
        int measure = 0; // readstat_measure_t
        QString labelSet;
        QList<double> missingValues;
    };
    QList<Variable> variables;
    // values[row][column]: a number, text, or nullopt for system-missing
    struct Value
    {
        std::optional<double> number;
        QString text;
        bool systemMissing = false;
        bool userMissing = false;
    };
    QList<QList<Value>> rows;
    QMap<QString, QMap<double, QString>> valueLabels; // label set -> code -> label
    QString fileLabel;
    int column(const QString &name) const;
    QMap<double, QString> labelsOf(const QString &variable) const;
};

std::optional<SavFile> readSav(const QString &path, QString *problem);

} // namespace troupe::test
