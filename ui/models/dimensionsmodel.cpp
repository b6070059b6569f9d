#include "dimensionsmodel.h"

#include "commands/dimensioncommands.h"

#include <QUndoStack>

namespace troupe {

DimensionsModel::DimensionsModel(QUndoStack *undo, QObject *parent) : QAbstractTableModel(parent), m_undo(undo) {}

namespace {

std::vector<std::pair<int, int>> rowsOf(const Dimensions &dimensions)
{
    std::vector<std::pair<int, int>> rows;
    for (int d = 0; d < dimensions.size(); ++d) {
        if (dimensions[d].kind == Dimension::Kind::Numeric || dimensions[d].values.isEmpty())
            rows.push_back({d, -1});
        else
            for (int v = 0; v < dimensions[d].values.size(); ++v)
                rows.push_back({d, v});
    }
    return rows;
}

} // namespace

void DimensionsModel::setDimensions(const Dimensions &dimensions)
{
    std::vector<std::pair<int, int>> rows = rowsOf(dimensions);
    if (rows == m_rows && !m_rows.empty()) {
        // Same shape (a weight or a name changed): cells change, rows stay, the selection survives.
        m_dimensions = dimensions;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_dimensions = dimensions;
        m_rows = std::move(rows);
        endResetModel();
    }
    emit dimensionsChanged();
}

void DimensionsModel::edit(const Dimensions &after, const QString &text)
{
    m_undo->push(new SetDimensionsCommand(this, m_dimensions, after, text));
}

std::pair<int, int> DimensionsModel::locate(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : std::pair{-1, -1};
}

void DimensionsModel::addValue(int row)
{
    const auto [d, v] = locate(row);
    if (d < 0 || m_dimensions[d].kind != Dimension::Kind::Categorical)
        return;
    Dimensions after = m_dimensions;
    after[d].values.insert(v + 1, {tr("New value %1").arg(after[d].values.size() + 1), 1});
    edit(after, tr("Add a value to %1").arg(after[d].name));
}

void DimensionsModel::removeRow(int row)
{
    const auto [d, v] = locate(row);
    if (d < 0)
        return;
    Dimensions after = m_dimensions;
    if (v < 0 || after[d].values.size() <= 1)
        after.removeAt(d);
    else
        after[d].values.removeAt(v);
    edit(after, v < 0 ? tr("Remove %1").arg(m_dimensions[d].name) : tr("Remove %1 from %2").arg(m_dimensions[d].values[v].value, m_dimensions[d].name));
}

void DimensionsModel::addDimension(const QString &name)
{
    Dimensions after = m_dimensions;
    Dimension d;
    d.name = name;
    d.values = {{tr("Value 1"), 1}, {tr("Value 2"), 1}};
    after.append(d);
    edit(after, tr("Add dimension %1").arg(name));
}

int DimensionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DimensionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DimensionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [di, vi] = m_rows[size_t(index.row())];
    const Dimension &d = m_dimensions[di];
    if (role == Qt::ToolTipRole)
        return d.description.isEmpty() ? QVariant() : QVariant(d.description);
    if (role == Qt::TextAlignmentRole && index.column() >= WeightColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool first = vi <= 0;
    switch (index.column()) {
    case DimensionColumn:
        return first || role == Qt::EditRole ? d.name : QString();
    case ValueColumn:
        if (vi < 0)
            return d.kind == Dimension::Kind::Numeric ? tr("%1 to %2").arg(d.min).arg(d.max) : tr("(no values)");
        return d.values[vi].value;
    case WeightColumn:
        if (vi < 0)
            return d.kind == Dimension::Kind::Numeric ? Dimension::distributionName(d.distribution) : QString();
        return QString::number(d.values[vi].weight, 'g', 10); // text, so weights of any size edit in a line edit
    case ShareColumn:
        return vi < 0 ? QString() : QStringLiteral("%1%").arg(d.share(d.values[vi].value) * 100, 0, 'f', 1);
    }
    return {};
}

QVariant DimensionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DimensionColumn: return tr("Dimension");
    case ValueColumn: return tr("Value");
    case WeightColumn: return tr("Weight");
    case ShareColumn: return tr("Share");
    }
    return {};
}

Qt::ItemFlags DimensionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const auto [d, v] = m_rows[size_t(index.row())];
    const bool editable = index.column() == DimensionColumn || (v >= 0 && (index.column() == ValueColumn || index.column() == WeightColumn));
    return editable ? f | Qt::ItemIsEditable : f;
}

bool DimensionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto [d, v] = m_rows[size_t(index.row())];
    Dimensions after = m_dimensions;
    QString text;
    switch (index.column()) {
    case DimensionColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == after[d].name)
            return false;
        text = tr("Rename %1 to %2").arg(after[d].name, name);
        after[d].name = name;
        break;
    }
    case ValueColumn: {
        const QString name = value.toString().trimmed();
        if (v < 0 || name.isEmpty() || name == after[d].values[v].value)
            return false;
        text = tr("Rename %1 to %2").arg(after[d].values[v].value, name);
        after[d].values[v].value = name;
        break;
    }
    case WeightColumn: {
        bool ok = false;
        const double w = value.toString().trimmed().remove(QLatin1Char('%')).toDouble(&ok);
        if (v < 0 || !ok || w < 0 || w == after[d].values[v].weight)
            return false;
        text = tr("Set the weight of %1 to %2").arg(after[d].values[v].value).arg(w);
        after[d].values[v].weight = w;
        break;
    }
    default:
        return false;
    }
    // Typing into the same cell again merges into one undo step.
    m_undo->push(new SetDimensionsCommand(this, m_dimensions, after, text, index.row() * ColumnCount + index.column()));
    return true;
}

} // namespace troupe
