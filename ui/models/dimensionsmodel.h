#pragma once

#include "factory/dimension.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace troupe {

/**
 * The dimensions of a population being designed, one row per categorical value (a numeric
 * dimension is one row: its range and distribution). Edits never change the data in
 * setData: they push a SetDimensionsCommand on the undo stack, whose redo and undo call
 * setDimensions, so views get proper change notifications both ways.
 */
class DimensionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DimensionColumn, ValueColumn, WeightColumn, ShareColumn, ColumnCount };

    DimensionsModel(QUndoStack *undo, QObject *parent = nullptr);

    const Dimensions &dimensions() const { return m_dimensions; }
    /** Replaces everything (what the undo commands call). */
    void setDimensions(const Dimensions &dimensions);
    /** Pushes an edit that makes the dimensions `after`. */
    void edit(const Dimensions &after, const QString &text);

    /** The dimension and value index of a row (value -1 for a numeric dimension). */
    std::pair<int, int> locate(int row) const;
    void addValue(int row);
    void removeRow(int row);
    void addDimension(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void dimensionsChanged();

private:
    QUndoStack *m_undo;
    Dimensions m_dimensions;
    std::vector<std::pair<int, int>> m_rows;
};

} // namespace troupe
