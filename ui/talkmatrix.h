#pragma once

#include "analysis/runsummary.h"

#include <QTableWidget>

namespace troupe {

/**
 * Who talked to whom: speakers down the side by full name, listeners across by initials
 * (the full name in the header's tooltip), so that 5-8 people fit the panel's width
 * without scrolling and no header breaks inside a word. Cells are shaded by count in the
 * speaker's colour.
 */
class TalkMatrix final : public QTableWidget
{
    Q_OBJECT
public:
    explicit TalkMatrix(QWidget *parent = nullptr);

    void setSummary(const RunSummary &summary);
    /** The listeners in column order (full names). */
    const QStringList &listeners() const { return m_listeners; }

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Each column as wide as its header and cells need, the room left shared out evenly. */
    void fitColumns();

    QStringList m_listeners;
};

} // namespace troupe
