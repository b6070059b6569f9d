#pragma once

// A seeded random user for GUI tests: Tab and Shift+Tab, typing (letters, digits, JSON
// punctuation, new lines), clicks and double clicks on random visible widgets, Return,
// Escape, arrows, Ctrl+Z and Ctrl+Shift+Z, with the event loop turning between them as it
// does between a person's keystrokes. Menus and lists that pop up are answered (an item or
// Escape) so nothing waits for a human. The same seed gives the same events.

#include <QAbstractItemView>
#include <QApplication>
#include <QMenu>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace troupe::test {

struct MonkeyCounts
{
    int tabs = 0;
    int typed = 0;
    int clicks = 0;
    int undos = 0;
    int redos = 0;
    int keys = 0;
    int popups = 0;
};

class Monkey final
{
public:
    Monkey(QWidget *root, quint32 seed) : m_root(root), m_rng(seed) {}

    /** Sends `events` random events to the widgets under `root`. */
    MonkeyCounts run(int events)
    {
        // Popups run nested event loops (QMenu::exec); a timer answers them from inside.
        QTimer answer;
        answer.setInterval(5);
        QObject::connect(&answer, &QTimer::timeout, [this] { answerPopup(); });
        answer.start();
        for (int i = 0; i < events; ++i) {
            step();
            QCoreApplication::processEvents();
            if (i % 50 == 0)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        answer.stop();
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        QCoreApplication::processEvents();
        return m_counts;
    }

private:
    QWidget *target() const
    {
        QWidget *f = QApplication::focusWidget();
        return f && (f == m_root || m_root->isAncestorOf(f)) ? f : m_root;
    }

    QString randomText()
    {
        static const QString pool = QStringLiteral("abcdefghij klmnop ÄéЖ0123456789,.;:-\"{}[]\r");
        QString out;
        const int n = 1 + int(m_rng.bounded(8));
        for (int i = 0; i < n; ++i)
            out += pool[int(m_rng.bounded(quint32(pool.size())))];
        return out;
    }

    void step()
    {
        const quint32 roll = m_rng.bounded(100u);
        if (roll < 22) {
            const bool back = m_rng.bounded(3u) == 0;
            QTest::keyClick(target(), Qt::Key_Tab, back ? Qt::ShiftModifier : Qt::NoModifier);
            ++m_counts.tabs;
        } else if (roll < 45) {
            for (const QChar c : randomText()) {
                QWidget *w = target();
                if (c.unicode() < 128)
                    QTest::keyClick(w, char(c.unicode()));
                else // beyond ASCII there is no key code, only text: how an input method delivers it
                    QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
            ++m_counts.typed;
        } else if (roll < 70) {
            click();
        } else if (roll < 80) {
            QTest::keyClick(target(), Qt::Key_Z, Qt::ControlModifier);
            ++m_counts.undos;
        } else if (roll < 88) {
            QTest::keyClick(target(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            ++m_counts.redos;
        } else {
            static const Qt::Key keys[] = {Qt::Key_Return, Qt::Key_Escape, Qt::Key_Up, Qt::Key_Down, Qt::Key_Left,
                                           Qt::Key_Right, Qt::Key_Space, Qt::Key_Backspace, Qt::Key_Delete, Qt::Key_Home, Qt::Key_End};
            QTest::keyClick(target(), keys[m_rng.bounded(quint32(std::size(keys)))]);
            ++m_counts.keys;
        }
    }

    void click()
    {
        QList<QWidget *> candidates;
        for (QWidget *w : m_root->findChildren<QWidget *>())
            if (w->isVisible() && w->isEnabled() && w->width() > 2 && w->height() > 2 && !qobject_cast<QMenu *>(w))
                candidates.append(w);
        if (candidates.isEmpty())
            return;
        QWidget *w = candidates[int(m_rng.bounded(quint32(candidates.size())))];
        const QPoint at(int(m_rng.bounded(quint32(w->width()))), int(m_rng.bounded(quint32(w->height()))));
        if (m_rng.bounded(5u) == 0)
            QTest::mouseDClick(w, Qt::LeftButton, {}, at);
        else
            QTest::mouseClick(w, Qt::LeftButton, {}, at);
        ++m_counts.clicks;
    }

    void answerPopup()
    {
        QWidget *popup = QApplication::activePopupWidget();
        if (!popup)
            return;
        ++m_counts.popups;
        if (m_rng.bounded(2u) == 0) {
            QTest::keyClick(popup, Qt::Key_Escape);
        } else {
            QWidget *keys = popup;
            if (auto *view = popup->findChild<QAbstractItemView *>())
                keys = view; // a combo box's list
            const int down = 1 + int(m_rng.bounded(4u));
            for (int i = 0; i < down; ++i)
                QTest::keyClick(keys, Qt::Key_Down);
            QTest::keyClick(keys, Qt::Key_Return);
        }
        if (QApplication::activePopupWidget() == popup)
            popup->close();
    }

    QWidget *m_root;
    QRandomGenerator m_rng;
    MonkeyCounts m_counts;
};

} // namespace troupe::test
