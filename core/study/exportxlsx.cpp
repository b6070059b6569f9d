#include "export.h"
#include "exportlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultExport)
};

constexpr qsizetype kMaxCellBytes = 32767; // Excel's limit for one cell's text

/** UTF-8 for a cell, cut at a character boundary when it is longer than a cell holds. */
QByteArray cellText(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.size() <= kMaxCellBytes)
        return b;
    qsizetype end = kMaxCellBytes;
    while (end > 0 && (static_cast<unsigned char>(b[end]) & 0xC0) == 0x80)
        --end;
    return b.left(end);
}

/** Owns the workbook; closing writes the file and reports the first error of any call. */
class Book final
{
public:
    explicit Book(const QString &path) : m_book(workbook_new(QFile::encodeName(path).constData())) {}
    ~Book()
    {
        if (m_book)
            workbook_close(m_book);
    }
    lxw_workbook *get() const { return m_book; }
    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = e;
    }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return m_error != LXW_NO_ERROR ? m_error : e;
    }

private:
    lxw_workbook *m_book;
    lxw_error m_error = LXW_NO_ERROR;
};

void writeText(Book &book, lxw_worksheet *sheet, int row, int col, const QString &text, lxw_format *format = nullptr)
{
    if (text.isEmpty() && !format)
        return; // an empty cell, not an empty string
    book.check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cellText(text).constData(), format));
}

void writeData(Book &book, lxw_worksheet *sheet, const ResultTable &table, const std::vector<WideColumn> &columns, lxw_format *bold)
{
    for (size_t c = 0; c < columns.size(); ++c)
        writeText(book, sheet, 0, int(c), columns[c].name, bold);
    for (int row = 0; row < int(table.respondents().size()); ++row) {
        for (size_t c = 0; c < columns.size(); ++c) {
            const WideCell cell = wideCell(table, columns[c], row);
            if (columns[c].numeric && cell.number)
                book.check(worksheet_write_number(sheet, lxw_row_t(row + 1), lxw_col_t(c), *cell.number, nullptr));
            else
                writeText(book, sheet, row + 1, int(c), cell.text);
        }
    }
    worksheet_freeze_panes(sheet, 1, 2);
    if (!columns.empty())
        book.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.respondents().size()), lxw_col_t(columns.size() - 1)));
    for (size_t c = 0; c < columns.size(); ++c) {
        const bool text = columns[c].kind == WideColumn::Kind::Why || columns[c].kind == WideColumn::Kind::Missing
                       || (columns[c].kind == WideColumn::Kind::Value && !columns[c].numeric && !columns[c].coded);
        book.check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), text ? 40 : 14, nullptr));
    }
}

void writeCodebook(Book &book, lxw_worksheet *sheet, const std::vector<WideColumn> &columns, lxw_format *bold, lxw_format *wrap)
{
    const QStringList header = {Tr::tr("variable"), Tr::tr("question text"), Tr::tr("type"), Tr::tr("value labels")};
    for (int c = 0; c < header.size(); ++c)
        writeText(book, sheet, 0, c, header[c], bold);
    for (size_t i = 0; i < columns.size(); ++i) {
        const int row = int(i) + 1;
        writeText(book, sheet, row, 0, columns[i].name);
        writeText(book, sheet, row, 1, columns[i].label, wrap);
        writeText(book, sheet, row, 2, columns[i].type);
        writeText(book, sheet, row, 3, valueLabelText(columns[i]), wrap);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    book.check(worksheet_set_column(sheet, 0, 0, 22, nullptr));
    book.check(worksheet_set_column(sheet, 1, 1, 60, nullptr));
    book.check(worksheet_set_column(sheet, 2, 2, 16, nullptr));
    book.check(worksheet_set_column(sheet, 3, 3, 60, nullptr));
}

} // namespace

Status writeXlsx(const ResultTable &table, const QString &path)
{
    const std::vector<WideColumn> columns = wideColumns(table);
    if (columns.size() > LXW_COL_MAX || table.respondents().size() + 1 > LXW_ROW_MAX)
        return Status::failure(Tr::tr("the results do not fit in one Excel sheet (%1 rows, %2 columns)")
                                   .arg(table.respondents().size()).arg(columns.size()));
    const QString scratch = scratchPathBeside(path);
    lxw_error error = LXW_NO_ERROR;
    {
        Book book(scratch);
        if (!book.get())
            return Status::failure(Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
        const QByteArray title = cellText(table.studyName());
        lxw_doc_properties properties = {};
        properties.title = const_cast<char *>(title.constData());
        book.check(workbook_set_properties(book.get(), &properties));
        lxw_format *bold = workbook_add_format(book.get());
        format_set_bold(bold);
        lxw_format *wrap = workbook_add_format(book.get());
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
        writeData(book, workbook_add_worksheet(book.get(), "Data"), table, columns, bold);
        writeCodebook(book, workbook_add_worksheet(book.get(), "Codebook"), columns, bold, wrap);
        error = book.close();
    }
    if (error != LXW_NO_ERROR) {
        QFile::remove(scratch);
        return Status::failure(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error))));
    }
    return moveIntoPlace(scratch, path);
}

} // namespace troupe
