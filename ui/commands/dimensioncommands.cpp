#include "dimensioncommands.h"

#include "models/dimensionsmodel.h"

namespace troupe {

SetDimensionsCommand::SetDimensionsCommand(DimensionsModel *model, Dimensions before, Dimensions after, const QString &text, int mergeKey)
    : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey)
{
}

void SetDimensionsCommand::undo()
{
    if (m_model)
        m_model->setDimensions(m_before);
}

void SetDimensionsCommand::redo()
{
    if (m_model)
        m_model->setDimensions(m_after);
}

bool SetDimensionsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetDimensionsCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_model != m_model)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace troupe
