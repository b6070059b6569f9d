#pragma once

#include <QLayout>
#include <QList>

namespace troupe {

/**
 * Lays widgets out left to right and wraps them onto the next line when the width runs
 * out, so a row of buttons never makes its panel (or the window) wider than the screen:
 * in Russian the conversation's filter buttons alone were wider than their dock.
 */
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    /** The item given every width left on its line (the search box). */
    void setStretchWidget(QWidget *widget) { m_stretch = widget; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    QWidget *m_stretch = nullptr;
};

} // namespace troupe
