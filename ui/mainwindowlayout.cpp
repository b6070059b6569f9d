// MainWindow's layout: its docks, its size on the screen (never wider than the screen,
// never saved wider), and what it shows, kept when the window is rebuilt in another language.
#include "mainwindow.h"

#include "conversationpanel.h"
#include "inspectorpanel.h"
#include "projectexplorer.h"
#include "resultspanel.h"
#include "runpanel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>

namespace troupe {

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *project = dock(tr("Project"), QStringLiteral("ProjectDock"), m_explorer, Qt::LeftDockWidgetArea);
    QDockWidget *run = dock(tr("Run"), QStringLiteral("RunDock"), m_runPanel, Qt::RightDockWidgetArea);
    QDockWidget *conversation = dock(tr("Conversation"), QStringLiteral("ConversationDock"), m_conversation, Qt::RightDockWidgetArea);
    QDockWidget *inspector = dock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    resizeDocks({project, conversation}, {300, 560}, Qt::Horizontal);
    // At 1440x900 the inspector gets a third of the height: a prompt or a memory list needs
    // more than the six lines it had.
    resizeDocks({run, conversation, inspector}, {110, 420, 330}, Qt::Vertical);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    // The frame is the window manager's; keep the whole window on the screen.
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frame;
    if (width() > room.width() || height() > room.height())
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    const QRect frameRect = frameGeometry();
    if (!available.contains(frameRect.topLeft()) || frameRect.right() > available.right() || frameRect.bottom() > available.bottom())
        move(std::max(available.left(), std::min(x(), available.right() - frameGeometry().width() + 1)),
             std::max(available.top(), std::min(y(), available.bottom() - frameGeometry().height() + 1)));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitToScreen();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    // A window wider than its screen (a layout that could not shrink) is not remembered.
    const QScreen *s = screen();
    if (!s || frameGeometry().width() <= s->availableGeometry().width())
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

MainWindow::ViewState MainWindow::viewState() const
{
    ViewState v;
    if (const ProjectEntry *e = m_explorer->current()) {
        v.valid = true;
        v.kind = e->kind;
        v.name = e->name;
        v.id = e->id;
    }
    v.results = m_centre->currentWidget() == m_resultsPage;
    return v;
}

void MainWindow::restoreView(const ViewState &view)
{
    if (!view.valid)
        return;
    // Selecting the entry shows it as a click would (an editor, or a run's results).
    if (!m_explorer->select(view.kind, view.name, view.id))
        return;
    if (view.results && m_centre->currentWidget() != m_resultsPage)
        showResults();
}

} // namespace troupe
