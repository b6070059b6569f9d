#pragma once

// Reading reports back in tests: PDF pages, sizes and text with font sizes (poppler-cpp),
// entries of zip files such as ODT (minizip).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>
#include <unzip.h>

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace troupe::test {

struct PdfWord
{
    QString text;
    double size = 0;   // font size, points
    QRectF box;        // points, from the page's top left
};

struct PdfPage
{
    QSizeF size;       // points
    QString text;
    QList<PdfWord> words;
};

inline QString fromUstring(const poppler::ustring &u)
{
    const std::vector<char> bytes = u.to_utf8();
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

/** Every page of a PDF, or nothing when it does not open. */
inline QList<PdfPage> readPdf(const QString &path)
{
    QList<PdfPage> pages;
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.toStdString()));
    if (!doc || doc->is_locked())
        return pages;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        PdfPage p;
        const poppler::rectf r = page->page_rect(poppler::media_box);
        p.size = QSizeF(r.width(), r.height());
        p.text = fromUstring(page->text()).simplified();
        for (const poppler::text_box &box : page->text_list(poppler::page::text_list_include_font)) {
            const poppler::rectf b = box.bbox();
            p.words.append({fromUstring(box.text()), box.get_font_size(), QRectF(b.x(), b.y(), b.width(), b.height())});
        }
        pages.append(p);
    }
    return pages;
}

/** The bytes of one entry of a zip file (an ODT's content.xml), or null when absent. */
inline QByteArray zipEntry(const QString &zip, const QString &name)
{
    unzFile file = unzOpen64(zip.toLocal8Bit().constData());
    if (!file)
        return {};
    QByteArray out;
    if (unzLocateFile(file, name.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(file) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(file, buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
        unzCloseCurrentFile(file);
        if (out.isNull())
            out = QByteArray(""); // present but empty
    }
    unzClose(file);
    return out;
}

/** The names of a zip file's entries. */
inline QStringList zipEntries(const QString &zip)
{
    QStringList out;
    unzFile file = unzOpen64(zip.toLocal8Bit().constData());
    if (!file)
        return out;
    for (int rc = unzGoToFirstFile(file); rc == UNZ_OK; rc = unzGoToNextFile(file)) {
        char name[1024];
        if (unzGetCurrentFileInfo64(file, nullptr, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
            out.append(QString::fromUtf8(name));
    }
    unzClose(file);
    return out;
}

} // namespace troupe::test
