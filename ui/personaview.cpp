#include "personaview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace troupe {
namespace {

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString label(const std::string &key)
{
    QString text = QString::fromStdString(key);
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text.toHtmlEscaped();
}

QString renderValue(const OrderedJson &v)
{
    if (v.is_string())
        return esc(v.get<std::string>());
    if (v.is_primitive())
        return esc(v.dump());
    QString html;
    if (v.is_array()) {
        html += QStringLiteral("<ul>");
        for (const auto &item : v)
            html += QStringLiteral("<li>") + renderValue(item) + QStringLiteral("</li>");
        return html + QStringLiteral("</ul>");
    }
    html += QStringLiteral("<ul>");
    for (const auto &[key, value] : v.items())
        html += QStringLiteral("<li><b>") + label(key) + QStringLiteral(":</b> ") + renderValue(value) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

PersonaView::PersonaView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_overview(new QTextBrowser(this)), m_json(new QPlainTextEdit(this))
{
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_json, tr("JSON"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    clear();
}

void PersonaView::clear()
{
    m_title->setText(tr("<h2>No persona selected</h2><p>Choose a persona or fragment in the project explorer, "
                        "or import one with <i>File › Import Persona or Fragment…</i></p>"));
    m_overview->clear();
    m_json->clear();
    m_tabs->setEnabled(false);
}

QString PersonaView::overviewHtml(const PersonaDocument &document)
{
    // Short facts first as a table, then every structured or long field under its heading.
    QString facts;
    QString sections;
    for (const auto &[key, value] : document.persona().items()) {
        if (key == "name")
            continue;
        const bool shortFact = value.is_primitive() && (!value.is_string() || value.get<std::string>().size() <= 60);
        if (shortFact)
            facts += QStringLiteral("<tr><td><b>") + label(key) + QStringLiteral("</b>&nbsp;&nbsp;</td><td>")
                     + renderValue(value) + QStringLiteral("</td></tr>");
        else
            sections += QStringLiteral("<h3>") + label(key) + QStringLiteral("</h3>")
                        + (value.is_structured() ? renderValue(value)
                                                 : QStringLiteral("<p>") + renderValue(value) + QStringLiteral("</p>"));
    }
    return (facts.isEmpty() ? QString() : QStringLiteral("<table>") + facts + QStringLiteral("</table>")) + sections;
}

void PersonaView::showDocument(const PersonaDocument &document)
{
    const QString kind = document.kind() == SpecKind::Agent ? tr("Persona") : tr("Fragment");
    m_title->setText(QStringLiteral("<h2>%1</h2><p>%2 · %3</p>")
                         .arg(document.name().toHtmlEscaped(), kind, document.summary().toHtmlEscaped()));
    m_overview->setHtml(overviewHtml(document));
    m_json->setPlainText(QString::fromUtf8(document.toJson()));
    m_tabs->setEnabled(true);
}

} // namespace troupe
