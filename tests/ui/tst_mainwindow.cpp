// Drives the real main window offscreen: example project, selection, import, export.
#include "mainwindow.h"
#include "models/personalistmodel.h"
#include "personaview.h"
#include "projectexplorer.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/projectfile.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace troupe;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensExampleProject();
    void selectingShowsPersona();
    void invalidImportChangesNothing();
    void importAndExport();
    void refusesNonProjectAndKeepsCurrent();

private:
    QStringList m_errors;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and example project go to a test location
    QFile::remove(defaultExampleProjectPath());
    m_window = std::make_unique<MainWindow>();
    m_window->setErrorHandler([this](const QString &text) { m_errors << text; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::opensExampleProject()
{
    QVERIFY(m_window->openExampleProject().ok());
    PersonaListModel *model = m_window->explorer()->model();
    QCOMPARE(model->rowCount(model->index(0, 0)), 6);
    QCOMPARE(model->rowCount(model->index(1, 0)), 4);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("example.troupe")));
    QVERIFY(m_errors.isEmpty());
}

void TestMainWindow::selectingShowsPersona()
{
    QTreeView *view = m_window->explorer()->view();
    PersonaListModel *model = m_window->explorer()->model();
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    QVERIFY(first.isValid());
    view->scrollTo(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QCOMPARE(view->currentIndex(), first);
    PersonaView *pv = m_window->personaView();
    QVERIFY(pv->tabs()->isEnabled());
    QVERIFY(pv->json()->toPlainText().contains(QStringLiteral("\"name\": \"Amara Okafor\"")));
    QVERIFY(pv->overview()->toPlainText().contains(QStringLiteral("Community pharmacist")));
}

void TestMainWindow::invalidImportChangesNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.agent.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"TinyPerson","persona":{"name":"X","age":"old"}})");
    f.close();
    m_errors.clear();
    QVERIFY(!m_window->importFiles({bad}).ok());
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(bad + QStringLiteral(":1:50: persona.age: expected a number, found text")),
             qPrintable(m_errors.first()));
    QCOMPARE(PersonaStore(*m_window->project()).list(SpecKind::Agent).value().size(), 6);
}

void TestMainWindow::importAndExport()
{
    const QString file = QStringLiteral(TROUPE_SOURCE_DIR "/resources/examples/personas/kenji_watanabe.agent.json");
    const QString path = m_dir.filePath(QStringLiteral("new.troupe"));
    QVERIFY(m_window->openProject(path, true).ok());
    QCOMPARE(PersonaStore(*m_window->project()).list().value().size(), 0);
    QVERIFY(m_window->importFiles({file}).ok());
    // The imported persona is selected and shown.
    QVERIFY(m_window->personaView()->json()->toPlainText().contains(QStringLiteral("Kenji Watanabe")));
    const QString out = m_dir.filePath(QStringLiteral("kenji.agent.json"));
    QVERIFY(m_window->exportSelected(out).ok());
    QFile a(file), b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(nlohmann::ordered_json::parse(b.readAll().toStdString()).dump(),
             nlohmann::ordered_json::parse(a.readAll().toStdString()).dump());
    // Screenshot for people reading CI artefacts; also proves the window paints.
    QVERIFY(!m_window->grab().isNull());
}

void TestMainWindow::refusesNonProjectAndKeepsCurrent()
{
    const QString current = m_window->project()->path();
    const QString junk = m_dir.filePath(QStringLiteral("junk.troupe"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    m_errors.clear();
    QVERIFY(!m_window->openProject(junk).ok());
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("is not a Troupe Studio project")));
    QCOMPARE(m_window->project()->path(), current);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
