#include "flowlayout.h"

#include <QWidget>

namespace troupe {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + spacing();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    QList<QPair<QLayoutItem *, QRect>> line;
    auto finishLine = [&] {
        if (!apply || line.isEmpty())
            return;
        // The stretch item takes what is left on its line; everything sits on the line's middle.
        int spare = area.right() + 1 - (line.last().second.right() + 1);
        for (auto &[item, r] : line) {
            if (item->widget() == m_stretch && spare > 0) {
                const int grow = spare;
                spare = 0;
                r.setWidth(r.width() + grow);
                for (auto &[other, o] : line)
                    if (o.left() > r.left())
                        o.translate(grow, 0);
            }
        }
        for (auto &[item, r] : line) {
            r.moveTop(r.top() + (lineHeight - r.height()) / 2);
            item->setGeometry(r);
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize size = item->sizeHint();
        if (item->widget() == m_stretch)
            size.setWidth(std::min(size.width(), std::max(item->minimumSize().width(), 120)));
        size.setWidth(std::min(size.width(), area.width()));
        if (x > area.x() && x + size.width() > area.right() + 1) {
            finishLine();
            x = area.x();
            y += lineHeight + spacing();
            lineHeight = 0;
        }
        line.append({item, QRect(QPoint(x, y), size)});
        x += size.width() + spacing();
        lineHeight = std::max(lineHeight, size.height());
    }
    finishLine();
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

} // namespace troupe
