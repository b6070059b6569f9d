#include "odtrenderer.h"

#include "pagesetup.h"
#include "textdocumentbuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

Status writeOdt(const ReportDocument &report, const QString &path, const RenderOptions &options)
{
    const QPageLayout layout = reportPageLayout(options.paper.value_or(paperFor(options.locale)));
    TextDocumentSetup setup;
    setup.charts = TextDocumentSetup::Charts::Images;
    setup.widthPt = layout.paintRect(QPageLayout::Point).width();
    std::unique_ptr<QTextDocument> doc = buildTextDocument(report, setup, options);

    // The zip writer closes its device when done, which QSaveFile forbids: write to memory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(doc.get()))
        return Status::failure(Tr::tr("Cannot write %1: the OpenDocument writer failed").arg(path));
    const QByteArray bytes = buffer.data();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace troupe::report
