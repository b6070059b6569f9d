#pragma once

#include "analysis/reportdocument.h"
#include "renderoptions.h"
#include "util/result.h"

namespace troupe::report {

struct HtmlOptions
{
    bool standalone = true; // a whole page with its style sheet; false: the body's content only
    bool charts = true;     // charts as embedded PNG images (data URIs); false: left out
};

/**
 * `report` as HTML: self-contained (charts embedded as PNG data URIs, no outside files),
 * tables with header cells and column alignment. The markup is kept to what QTextBrowser
 * also shows well, so the studio can display a fragment of it.
 */
QString reportHtml(const ReportDocument &report, const RenderOptions &options = {}, const HtmlOptions &html = {});
Status writeHtml(const ReportDocument &report, const QString &path, const RenderOptions &options = {});

} // namespace troupe::report
