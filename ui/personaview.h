#pragma once

#include "persona/personadocument.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace troupe {

/** Read-only view of one agent or fragment: a readable overview and its exact JSON. */
class PersonaView final : public QWidget
{
    Q_OBJECT
public:
    explicit PersonaView(QWidget *parent = nullptr);

    void showDocument(const PersonaDocument &document);
    void clear();

    /** The overview as HTML, built from every persona field (unknown ones included). */
    static QString overviewHtml(const PersonaDocument &document);

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *overview() const { return m_overview; }
    QPlainTextEdit *json() const { return m_json; }

private:
    QLabel *m_title;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QPlainTextEdit *m_json;
};

} // namespace troupe
