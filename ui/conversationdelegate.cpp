#include "conversationdelegate.h"

#include "models/conversationmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace troupe {

namespace {

constexpr int kMargin = 6;
constexpr int kAvatar = 28;
constexpr int kPad = 7;

QFont italic(QFont f)
{
    f.setItalic(true);
    return f;
}

QFont bold(QFont f)
{
    f.setBold(true);
    return f;
}

/** "Amara Okafor", "Amara Okafor and Kenji Watanabe", "Amara Okafor, Kenji Watanabe and Sofía Ramírez". */
QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return ConversationDelegate::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

/** A pale tint of `colour` for a bubble: most of the base colour, a little of the speaker's. */
QColor tint(const QColor &colour, const QColor &base, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + colour.redF() * amount),
                            float(base.greenF() * (1 - amount) + colour.greenF() * amount),
                            float(base.blueF() * (1 - amount) + colour.blueF() * amount));
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

ConversationDelegate::Style ConversationDelegate::styleOf(const QModelIndex &index) const
{
    const auto type = ConversationModel::RowType(index.data(ConversationModel::RowTypeRole).toInt());
    if (type == ConversationModel::RowType::StepHeader)
        return Style::Header;
    if (type == ConversationModel::RowType::Typing)
        return Style::Typing;
    const QString kind = index.data(ConversationModel::KindRole).toString();
    const QString what = index.data(ConversationModel::TypeRole).toString();
    if (kind == QLatin1String("action"))
        return what == QLatin1String("THINK") ? Style::Thought : Style::Bubble;
    if (kind == QLatin1String("answer"))
        return Style::Answer;
    if (kind == QLatin1String("stimulus"))
        return Style::Voice;
    if (kind == QLatin1String("error") || kind == QLatin1String("intervention") || kind == QLatin1String("world"))
        return Style::Banner;
    return Style::Muted;
}

QString ConversationDelegate::titleOf(const QModelIndex &index, Style style) const
{
    const QString agent = index.data(ConversationModel::AgentRole).toString();
    const QString target = index.data(ConversationModel::TargetRole).toString();
    const QString what = index.data(ConversationModel::TypeRole).toString();
    switch (style) {
    case Style::Bubble:
        if (what == QLatin1String("TALK"))
            return target.isEmpty() ? tr("%1 to everyone").arg(agent) : tr("%1 → %2").arg(agent, target);
        return target.isEmpty() ? QStringLiteral("%1 · %2").arg(agent, what) : QStringLiteral("%1 · %2 → %3").arg(agent, what, target);
    case Style::Answer:
        return target.isEmpty() ? tr("%1 answers").arg(agent) : tr("%1 answers %2").arg(agent, target);
    case Style::Voice: {
        // One row stands for everyone who heard it (the rest are repeats, hidden by default).
        const QString source = index.data(ConversationModel::SourceRole).toString();
        const bool echo = index.data(ConversationModel::EchoRole).toBool();
        const QStringList listeners = index.data(ConversationModel::ListenersRole).toStringList();
        const bool everyone = !echo && index.data(ConversationModel::EveryoneRole).toBool();
        const QString to = echo || listeners.size() <= 1 ? agent : joinNames(listeners);
        const auto origin = ConversationModel::Origin(index.data(ConversationModel::OriginRole).toInt());
        if (origin == ConversationModel::Origin::World) {
            if (what == QLatin1String("INTERNAL_GOAL_FORMULATION"))
                return everyone ? tr("The scenario gives everyone a goal") : tr("The scenario gives %1 a goal").arg(to);
            if (what == QLatin1String("LOCATION"))
                return everyone ? tr("The situation changes for everyone") : tr("The situation changes for %1").arg(to);
            if (what == QLatin1String("VISUAL"))
                return everyone ? tr("Everyone sees") : tr("%1 sees").arg(to);
            if (what == QLatin1String("THOUGHT"))
                return everyone ? tr("A thought for everyone") : tr("A thought comes to %1").arg(to);
            return everyone ? tr("The scenario, to everyone") : tr("The scenario, to %1").arg(to);
        }
        if (what == QLatin1String("VISUAL"))
            return everyone ? tr("%1 shows everyone").arg(source) : tr("%1 shows %2").arg(source, to);
        if (what == QLatin1String("CONVERSATION"))
            return everyone ? tr("%1 to everyone").arg(source) : tr("%1 to %2").arg(source, to);
        return everyone ? tr("%1 (%2) to everyone").arg(source, what.toLower()) : tr("%1 (%2) to %3").arg(source, what.toLower(), to);
    }
    case Style::Banner: {
        const QString kind = index.data(ConversationModel::KindRole).toString();
        if (kind == QLatin1String("error"))
            return what == QLatin1String("paused") ? tr("Run paused") : tr("Error (%1)").arg(what);
        if (kind == QLatin1String("intervention"))
            return tr("Intervention: %1").arg(what);
        return tr("World");
    }
    case Style::Typing:
        return tr("%1 is typing…").arg(agent);
    default:
        return {};
    }
}

QString ConversationDelegate::textOf(const QModelIndex &index, Style style) const
{
    if (style == Style::Header)
        return index.data(Qt::DisplayRole).toString();
    const QString content = index.data(ConversationModel::ContentRole).toString();
    const QString agent = index.data(ConversationModel::AgentRole).toString();
    if (style == Style::Thought)
        return tr("%1 thinks: %2").arg(agent, content);
    if (style == Style::Answer) {
        // The question's id and the typed value as the answer reads: "vote: 4 — because …".
        const QString question = index.data(ConversationModel::TypeRole).toString();
        const QString missing = index.data(ConversationModel::MissingReasonRole).toString();
        const QString line = QStringLiteral("%1: %2").arg(question, content);
        return missing.isEmpty() ? line : tr("%1 (%2)").arg(line, missing);
    }
    if (style == Style::Muted) {
        const QString kind = index.data(ConversationModel::KindRole).toString();
        return kind == QLatin1String("state") ? tr("%1 — %2").arg(agent, content) : tr("%1 (note): %2").arg(agent, content);
    }
    return content;
}

ConversationDelegate::Layout ConversationDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                           Style style) const
{
    Layout l;
    const QRect r = option.rect;
    const QFontMetrics fm(option.font);
    const QFontMetrics fb(bold(option.font));
    const QString text = textOf(index, style);
    if (style == Style::Header) {
        // A fork's first own step starts under a divider that says where it came from.
        const QString divider = index.data(ConversationModel::ForkDividerRole).toString();
        const int dividerHeight = divider.isEmpty() ? 0
            : fb.boundingRect(QRect(0, 0, std::max(80, r.width() - 4 * kMargin), 10000), Qt::TextWordWrap | Qt::AlignCenter, divider).height() + 2 * kMargin;
        l.title = QRect(r.left(), r.top(), r.width(), dividerHeight);
        l.text = QRect(r.left(), r.top() + dividerHeight, r.width(), fm.height() + 2 * kMargin);
        return l;
    }
    const bool withAvatar = style == Style::Bubble || style == Style::Answer || style == Style::Voice || style == Style::Typing;
    const int indent = withAvatar ? kMargin + kAvatar + kMargin : kMargin + kAvatar / 2;
    const int width = std::max(80, r.width() - indent - kMargin - 2 * kPad);
    const QFontMetrics &tm = style == Style::Thought || style == Style::Typing ? QFontMetrics(italic(option.font)) : fm;
    const QRect textBox = tm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    const bool titled = style == Style::Bubble || style == Style::Answer || style == Style::Voice || style == Style::Banner
                        || style == Style::Typing;
    const int titleHeight = titled ? fb.height() + 2 : 0;
    const int bubbleWidth = std::min(width, std::max(textBox.width(), titled ? fb.horizontalAdvance(titleOf(index, style)) : 0));
    l.bubble = QRect(r.left() + indent, r.top() + kMargin / 2, bubbleWidth + 2 * kPad, titleHeight + textBox.height() + 2 * kPad);
    if (style == Style::Banner)
        l.bubble.setWidth(width + 2 * kPad);
    l.title = QRect(l.bubble.left() + kPad, l.bubble.top() + kPad, bubbleWidth, titleHeight);
    l.text = QRect(l.bubble.left() + kPad, l.title.bottom() + 1, width, textBox.height());
    if (withAvatar)
        l.avatar = QRect(r.left() + kMargin, l.bubble.top(), kAvatar, kAvatar);
    return l;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 600;
    const qint64 seq = index.data(ConversationModel::SeqRole).toLongLong();
    const Style style = styleOf(index);
    const bool cacheable = seq > 0 && style != Style::Typing;
    if (cacheable) {
        const auto it = m_heights.constFind(seq);
        if (it != m_heights.cend() && it->first == width)
            return {width, it->second};
    }
    QStyleOptionViewItem o = option;
    o.rect = QRect(0, 0, width, 0);
    const Layout l = layoutFor(o, index, style);
    const int height = style == Style::Header ? l.text.bottom() + 1 : std::max(l.bubble.bottom(), l.avatar.bottom()) + kMargin / 2 + 1;
    if (cacheable)
        m_heights.insert(seq, {width, height});
    return {width, height};
}

void ConversationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const Style style = styleOf(index);
    const Layout l = layoutFor(option, index, style);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor colour = index.data(ConversationModel::ColorRole).value<QColor>();
    const QString text = textOf(index, style);
    if (style != Style::Header && index.data(ConversationModel::InheritedRole).toBool())
        p->setOpacity(0.6); // a fork's copy of its parent's steps: there, but not the fork's own

    if (style == Style::Header) {
        if (!l.title.isEmpty()) {
            const QColor fork(0x6a, 0x1b, 0x9a);
            const QRect band = l.title.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
            QColor fill = fork;
            fill.setAlpha(28);
            p->fillRect(band, fill);
            p->setPen(QPen(fork, 2));
            p->drawLine(band.topLeft(), band.topRight());
            p->setFont(bold(option.font));
            p->drawText(band.adjusted(kMargin, 0, -kMargin, 0), Qt::AlignCenter | Qt::TextWordWrap,
                        index.data(ConversationModel::ForkDividerRole).toString());
        }
        p->setPen(pal.color(QPalette::PlaceholderText));
        QFont f = bold(option.font);
        p->setFont(f);
        const int tw = QFontMetrics(f).horizontalAdvance(text) + 16;
        const int mid = l.text.center().y();
        const int cx = l.text.center().x();
        p->drawLine(l.text.left() + kMargin, mid, cx - tw / 2, mid);
        p->drawLine(cx + tw / 2, mid, l.text.right() - kMargin, mid);
        p->drawText(l.text, Qt::AlignCenter, text);
        p->restore();
        return;
    }
    if (style == Style::Thought || style == Style::Muted) {
        if (selected)
            p->fillRect(option.rect, pal.color(QPalette::Highlight).lighter(170));
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->setFont(style == Style::Thought ? italic(option.font) : option.font);
        p->drawText(l.text.adjusted(-kPad, -l.title.height(), 0, 0).translated(0, 0), Qt::TextWordWrap, text);
        p->restore();
        return;
    }
    if (!l.avatar.isNull()) {
        const QString initials = index.data(ConversationModel::InitialsRole).toString();
        if (initials.isEmpty()) { // the world itself: a ring, never a person's face
            p->setPen(QPen(pal.color(QPalette::Mid), 2));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(l.avatar.adjusted(2, 2, -2, -2));
            p->setBrush(pal.color(QPalette::Mid));
            p->setPen(Qt::NoPen);
            p->drawEllipse(QRectF(l.avatar).center(), 3.5, 3.5);
        } else {
            p->setPen(Qt::NoPen);
            p->setBrush(colour);
            p->drawEllipse(l.avatar);
            p->setPen(qGray(colour.rgb()) > 165 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white)); // readable on yellow too
            p->setFont(bold(option.font));
            p->drawText(l.avatar, Qt::AlignCenter, initials);
        }
    }
    QColor fill = pal.color(QPalette::Base);
    QColor border = colour;
    if (style == Style::Bubble || style == Style::Answer) {
        const bool dark = pal.color(QPalette::Base).lightness() < 128;
        fill = tint(colour, pal.color(QPalette::Base), dark ? 0.35 : 0.16); // a pale tint of the speaker's colour
    } else if (style == Style::Voice) {
        fill = pal.color(QPalette::AlternateBase);
        border = pal.color(QPalette::Mid);
    } else if (style == Style::Banner) {
        const QString kind = index.data(ConversationModel::KindRole).toString();
        border = kind == QLatin1String("error") ? QColor(0xe6, 0x51, 0x00) : kind == QLatin1String("intervention") ? QColor(0x15, 0x65, 0xc0) : pal.color(QPalette::Mid);
        fill = border.lighter(kind == QLatin1String("world") ? 100 : 190);
        fill.setAlpha(kind == QLatin1String("world") ? 30 : 90);
    }
    QPainterPath path;
    path.addRoundedRect(l.bubble, 8, 8);
    p->fillPath(path, fill);
    QPen pen(selected ? pal.color(QPalette::Highlight) : border, selected ? 2.5 : 1.0);
    if (style == Style::Typing)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush); // the avatar's brush would fill the bubble over its tint
    p->drawPath(path);
    p->setPen(pal.color(QPalette::Text));
    p->setFont(bold(option.font));
    p->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(p->font()).elidedText(titleOf(index, style), Qt::ElideRight, l.title.width()));
    p->setFont(style == Style::Typing ? italic(option.font) : option.font);
    p->drawText(l.text, Qt::TextWordWrap, text);
    p->restore();
}

} // namespace troupe
