#pragma once

#include "factory/dimension.h"

#include <QPointer>
#include <QUndoCommand>

namespace troupe {

class DimensionsModel;

/**
 * One edit of a population's dimensions (a weight, a value, a new or removed row): the
 * lists before and after, so undo and redo are exact. Consecutive edits of the same cell
 * merge into one step.
 */
class SetDimensionsCommand final : public QUndoCommand
{
public:
    SetDimensionsCommand(DimensionsModel *model, Dimensions before, Dimensions after, const QString &text, int mergeKey = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey < 0 ? -1 : 0x44494d; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<DimensionsModel> m_model;
    Dimensions m_before, m_after;
    int m_mergeKey;
};

} // namespace troupe
