#pragma once

#include "analysis/reportdocument.h"
#include "renderoptions.h"

#include <memory>

class QTextDocument;
class QPaintDevice;

namespace troupe::report {

class ChartObject;

/** What a QTextDocument is built for: vector charts (PDF) or chart images (ODT). */
struct TextDocumentSetup
{
    enum class Charts { Objects, Images };
    Charts charts = Charts::Images;
    QPaintDevice *device = nullptr; // the layout's device (the PDF writer); null: the screen's 96 dpi
    double widthPt = 482;           // the text column (A4 less 2 × 20 mm)
    double heightPt = 0;            // > 0: paginated at this page body height
};

/** Block property: a heading (or caption) that must start on the page its next block starts. */
constexpr int kKeepWithNext = 0x100000 + 2;

/**
 * A ReportDocument as a QTextDocument with real tables (header rows repeat on every page),
 * type in points from the style, and charts as vector objects or images at print resolution.
 * `charts` receives the chart objects; it must outlive any painting of the document.
 */
std::unique_ptr<QTextDocument> buildTextDocument(const ReportDocument &report, const TextDocumentSetup &setup,
                                                 const RenderOptions &options, ChartObject *charts = nullptr);

/**
 * Moves every keep-with-next block whose next block starts on a later page to that page
 * (a heading never ends a page). The document must be paginated.
 */
void keepWithNext(QTextDocument &document);

} // namespace troupe::report
