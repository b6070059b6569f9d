#include "talkmatrix.h"

#include "analysis/runreport.h"
#include "models/conversationmodel.h"

#include <QHeaderView>
#include <QResizeEvent>

namespace troupe {

TalkMatrix::TalkMatrix(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setToolTip(tr("How often each speaker (row) talked to each listener (column)"));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setMinimumSectionSize(24);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(false);
}

void TalkMatrix::setSummary(const RunSummary &s)
{
    m_listeners = report::talkListeners(s);
    int top = 1;
    for (const auto &[from, tos] : s.talk)
        for (const auto &[to, n] : tos)
            top = std::max(top, n);
    clear();
    setRowCount(int(s.agents.size()));
    setColumnCount(int(m_listeners.size()));
    for (int c = 0; c < m_listeners.size(); ++c) {
        auto *header = new QTableWidgetItem(report::initialsOf(m_listeners[c]));
        header->setToolTip(m_listeners[c]);
        setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < s.agents.size(); ++r) {
        auto *header = new QTableWidgetItem(s.agents[r]);
        header->setToolTip(s.agents[r]);
        setVerticalHeaderItem(r, header);
        for (int c = 0; c < m_listeners.size(); ++c) {
            const int n = s.talkCount(s.agents[r], m_listeners[c]);
            auto *item = new QTableWidgetItem(n ? QString::number(n) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(tr("%1 → %2: %n time(s)", nullptr, n).arg(s.agents[r], m_listeners[c]));
            QColor shade = ConversationModel::colorFor(s.agents[r]);
            shade.setAlpha(n ? 40 + 200 * n / top : 0);
            item->setBackground(shade);
            setItem(r, c, item);
        }
    }
    fitColumns();
    updateGeometry();
}

void TalkMatrix::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

void TalkMatrix::fitColumns()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    const QFontMetrics header(horizontalHeader()->font());
    const QFontMetrics cells(font());
    QList<int> widths;
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        // Called while the table is being filled, too: items may not exist yet.
        const QTableWidgetItem *h = horizontalHeaderItem(c);
        int w = (h ? header.horizontalAdvance(h->text()) : 0) + 14;
        for (int r = 0; r < rowCount(); ++r)
            if (const QTableWidgetItem *cell = item(r, c))
                w = std::max(w, cells.horizontalAdvance(cell->text()) + 10);
        widths.append(w);
        total += w;
    }
    const int spare = std::max(0, viewport()->width() - total);
    for (int c = 0; c < columns; ++c)
        setColumnWidth(c, widths[c] + spare / columns + (c < spare % columns ? 1 : 0));
}

QSize TalkMatrix::sizeHint() const
{
    // Tall enough for every row as laid out (rows size to their contents).
    const int rows = rowCount() > 0 ? verticalHeader()->length() : verticalHeader()->defaultSectionSize();
    const int h = horizontalHeader()->sizeHint().height() + rows + 2 * frameWidth() + 2;
    return {QTableWidget::sizeHint().width(), std::min(h, 400)};
}

} // namespace troupe
