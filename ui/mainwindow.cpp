#include "mainwindow.h"

#include "personaview.h"
#include "projectexplorer.h"
#include "persona/personaparser.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

namespace troupe {

static const QString kRecentKey = QStringLiteral("recentProjects");

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_explorer(new ProjectExplorer(this)), m_personaView(new PersonaView(this)),
      m_statusProject(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_personaView);
    auto *dock = new QDockWidget(tr("Project"), this);
    dock->setObjectName(QStringLiteral("ProjectDock"));
    dock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {340}, Qt::Horizontal);
    statusBar()->addWidget(m_statusProject, 1);
    createActions();
    connect(m_explorer, &ProjectExplorer::specSelected, this, &MainWindow::showSpec);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                          tr("Troupe projects (*.troupe)"));
        if (!path.isEmpty())
            (void)openProject(path.endsWith(QLatin1String(".troupe")) ? path : path + QStringLiteral(".troupe"), true);
    });
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                          tr("Troupe projects (*.troupe);;All files (*)"));
        if (!path.isEmpty())
            (void)openProject(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Example Project"), this, [this] { (void)openExampleProject(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Persona or Fragment…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Persona or Fragment"), QString(),
            tr("TinyTroupe agents and fragments (*.agent.json *.fragment.json *.json)"));
        if (!files.isEmpty())
            (void)importFiles(files);
    });
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_exportAction = file->addAction(tr("&Export Selected…"), this, [this] {
        if (!m_selected)
            return;
        const QString suffix = m_selected->first == SpecKind::Agent ? QStringLiteral(".agent.json")
                                                                     : QStringLiteral(".fragment.json");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export"), m_selected->second + suffix,
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            (void)exportSelected(path);
    });
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Troupe Studio"), this, [this] {
        QMessageBox::about(this, tr("About Troupe Studio"),
                           tr("<h3>Troupe Studio %1</h3><p>A desktop studio for simulating people with language "
                              "models, compatible with TinyTroupe's files.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::reportError(const QString &text)
{
    statusBar()->showMessage(text, 10000);
    if (m_errorHandler)
        m_errorHandler(text);
    else
        QMessageBox::warning(this, tr("Troupe Studio"), text);
}

Status MainWindow::openProject(const QString &path, bool create)
{
    return adoptProject(create ? ProjectFile::create(path) : ProjectFile::open(path), path);
}

Status MainWindow::openExampleProject()
{
    const QString path = defaultExampleProjectPath();
    return adoptProject(troupe::openExampleProject(path), path);
}

Status MainWindow::adoptProject(Result<std::unique_ptr<ProjectFile>> opened, const QString &path)
{
    if (!opened) {
        reportError(opened.error());
        return Status::failure(opened.error());
    }
    m_project = std::move(opened).value();
    m_selected.reset();
    m_personaView->clear();
    rememberRecent(path);
    refresh();
    return {};
}

Status MainWindow::importFiles(const QStringList &files)
{
    if (!m_project)
        return Status::failure(tr("open or create a project first"));
    QList<PersonaDocument> documents;
    QStringList problems;
    for (const QString &file : files) {
        auto outcome = PersonaParser::parseFile(file);
        if (outcome.document)
            documents << std::move(*outcome.document);
        for (const Diagnostic &d : outcome.diagnostics)
            problems << d.toString();
    }
    if (!problems.isEmpty()) {
        const QString text = tr("Nothing was imported:\n%1").arg(problems.join(u'\n'));
        reportError(text);
        return Status::failure(text);
    }
    PersonaStore store(*m_project);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (auto saved = store.save(documents[i], QFileInfo(files[i]).fileName()); !saved) {
            reportError(saved.error());
            return Status::failure(saved.error());
        }
    }
    refresh();
    if (!documents.isEmpty())
        m_explorer->select(documents.last().kind(), documents.last().name());
    statusBar()->showMessage(tr("Imported %n file(s)", nullptr, int(documents.size())), 5000);
    return {};
}

Status MainWindow::exportSelected(const QString &path)
{
    if (!m_project || !m_selected)
        return Status::failure(tr("select a persona or fragment first"));
    const auto document = PersonaStore(*m_project).load(m_selected->second, m_selected->first);
    if (!document) {
        reportError(document.error());
        return Status::failure(document.error());
    }
    QSaveFile file(path);
    const QByteArray json = document.value().toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        const QString text = tr("Cannot write %1: %2").arg(path, file.errorString());
        reportError(text);
        return Status::failure(text);
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    return {};
}

void MainWindow::refresh()
{
    const auto rows = PersonaStore(*m_project).list();
    if (!rows) {
        reportError(rows.error());
        return;
    }
    m_explorer->setEntries(rows.value());
    updateTitle();
}

void MainWindow::showSpec(SpecKind kind, const QString &name)
{
    const auto document = PersonaStore(*m_project).load(name, kind);
    if (!document) {
        reportError(document.error());
        return;
    }
    m_selected = std::make_pair(kind, name);
    m_personaView->showDocument(document.value());
    m_exportAction->setEnabled(true);
}

void MainWindow::updateTitle()
{
    const bool open = m_project != nullptr;
    setWindowTitle(open ? tr("%1 — Troupe Studio").arg(QFileInfo(m_project->path()).fileName())
                        : tr("Troupe Studio"));
    m_statusProject->setText(open ? m_project->path() : tr("No project open"));
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open && m_selected.has_value());
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, 10));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { (void)openProject(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace troupe
