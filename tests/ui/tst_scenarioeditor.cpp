// The scenario editor as a user drives it at the width it gets at 1440x900: typing in the
// fields and leaving them with Tab, the agents and relations tables, the script and
// interventions tables (kind from a list, text in the box below), the Advanced JSON kept in
// sync, problems marked on their rows, and undo and redo from the keyboard.
#include "helpers/editorhost.h"
#include "committextedit.h"
#include "relationsgraph.h"
#include "scenarioeditor.h"
#include "scripteditor.h"
#include "store/scenariostore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace troupe;

namespace {

const QString kFocus = QStringLiteral("Focus group: Roundup, a savings app");

QPushButton *buttonNamed(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>())
        if (b->text() == text && b->isVisible())
            return b;
    return nullptr;
}

} // namespace

class TestScenarioEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fitsTheCentrePane();
    void stepsTypedTabbedAndUndone();
    void descriptionLeavesWithTab();
    void everyoneAndRelationsByMouse();
    void scriptCellEditAndUndo();
    void scriptKindFromTheList();
    void addEventAndTypeItsText();
    void interventionConditionAndEffects();
    void advancedJsonInSync();
    void problemsMarkTheirRows();

private:
    OrderedJson stored() const;
    void reveal(QWidget *w);
    void clickInto(QWidget *w);
    void editCell(QTableWidget *table, int row, int column, const QString &text);
    void showTab(int index);

    std::unique_ptr<test::EditorHost> m_host;
    ScenarioEditor *m_editor = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestScenarioEditor::init()
{
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    m_host = std::make_unique<test::EditorHost>();
    QVERIFY2(m_host->error().isEmpty(), qPrintable(m_host->error()));
    m_editor = new ScenarioEditor(m_host->project());
    m_host->resize(560, 860); // the centre pane at 1440x900, between the explorer and the conversation
    QVERIFY(m_host->show(m_editor));
    m_editor->showScenario(kFocus);
    QVERIFY(m_editor->design());
    test::EditorHost::settle();
    for (QAbstractItemModel *model : {m_editor->agentsTable()->model(), m_editor->relationsTable()->model(),
                                      m_editor->scriptEditor()->eventsTable()->model(),
                                      m_editor->scriptEditor()->interventionsTable()->model(),
                                      m_editor->scriptEditor()->effectsTable()->model()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestScenarioEditor::cleanup()
{
    m_testers.clear();
    m_host.reset();
    m_editor = nullptr;
}

OrderedJson TestScenarioEditor::stored() const
{
    auto design = ScenarioStore(*m_host->file()).load(kFocus);
    return design ? design.value() : OrderedJson();
}

void TestScenarioEditor::reveal(QWidget *w)
{
    m_editor->findChild<QScrollArea *>()->ensureWidgetVisible(w, 10, 40);
    test::EditorHost::settle();
}

void TestScenarioEditor::clickInto(QWidget *w)
{
    reveal(w);
    QWidget *target = w;
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        target = text->viewport();
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(12, target->height() / 2));
    QTRY_VERIFY(w->hasFocus());
}

void TestScenarioEditor::editCell(QTableWidget *table, int row, int column, const QString &text)
{
    reveal(table);
    const QPoint at = table->visualRect(table->model()->index(row, column)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    test::EditorHost::settle(); // the table commits a cell after the key event
}

void TestScenarioEditor::showTab(int index)
{
    QTabBar *bar = m_editor->scriptEditor()->tabs()->tabBar();
    reveal(bar);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(m_editor->scriptEditor()->tabs()->currentIndex(), index);
    test::EditorHost::settle();
}

void TestScenarioEditor::fitsTheCentrePane()
{
    auto *scroll = m_editor->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    const int width = scroll->viewport()->width();
    QVERIFY2(scroll->widget()->width() <= width, qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(width)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_editor->seedBox(), m_editor->descriptionEdit(), m_editor->budgetBox(),
                                                       m_editor->stepsBox(), m_editor->modelEdit(), m_editor->scriptEditor()}) {
        const QRect r(w->mapTo(scroll->widget(), QPoint(0, 0)), w->size());
        QVERIFY2(r.left() >= 0 && r.right() < width, qPrintable(QStringLiteral("%1 at %2..%3, pane %4")
                                                                 .arg(QLatin1String(w->metaObject()->className())).arg(r.left()).arg(r.right()).arg(width)));
        QVERIFY(w->width() >= 60); // visible, not squeezed to nothing
    }
}

void TestScenarioEditor::stepsTypedTabbedAndUndone()
{
    QSpinBox *steps = m_editor->stepsBox();
    clickInto(steps);
    QTest::keyClick(steps, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(steps, QStringLiteral("3"));
    QTest::keyClick(steps, Qt::Key_Tab);
    QCOMPARE(stored().at("world").at("steps").get<int>(), 3);
    QWidget *next = QApplication::focusWidget();
    QCOMPARE(next, m_editor->seedBox()); // Tab moves down the form
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().at("world").at("steps").get<int>(), 6);
    QCOMPARE(steps->value(), 6);
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored().at("world").at("steps").get<int>(), 3);
    QCOMPARE(steps->value(), 3);
}

void TestScenarioEditor::descriptionLeavesWithTab()
{
    QPlainTextEdit *description = m_editor->descriptionEdit();
    clickInto(description);
    QTest::keyClick(description, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(description, QStringLiteral(" Evening session."));
    QTest::keyClick(description, Qt::Key_Tab);
    QVERIFY(!description->hasFocus());
    QVERIFY(QString::fromStdString(stored().at("description").get<std::string>()).endsWith(QStringLiteral("Evening session.")));
}

void TestScenarioEditor::everyoneAndRelationsByMouse()
{
    QCheckBox *everyone = m_editor->everyoneBox();
    reveal(everyone);
    QTest::mouseClick(everyone, Qt::LeftButton, {}, QPoint(8, everyone->height() / 2));
    QVERIFY(!stored().at("everyone_accessible").get<bool>());
    QCOMPARE(m_editor->graph()->edgeCount(), 0);
    QPushButton *add = buttonNamed(m_editor, QStringLiteral("Add Relation"));
    QVERIFY(add);
    reveal(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QWidget *cellEditor = QApplication::focusWidget(); // the new row's names cell is open
    QVERIFY(qobject_cast<QLineEdit *>(cellEditor));
    QTest::keyClicks(cellEditor, QStringLiteral("Amara Okafor, Rahul Desai"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    test::EditorHost::settle(); // the table commits a cell after the key event
    QVERIFY(stored().contains("relations"));
    QCOMPARE(int(stored().at("relations").size()), 1);
    QCOMPARE(m_editor->graph()->edgeCount(), 1);
    QTest::keyClick(m_editor->relationsTable(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!stored().contains("relations"));
}

void TestScenarioEditor::scriptCellEditAndUndo()
{
    QTableWidget *events = m_editor->scriptEditor()->eventsTable();
    QCOMPARE(events->rowCount(), 4);
    editCell(events, 1, 4, QStringLiteral("Welcome. What do you think of Roundup?"));
    QCOMPARE(QString::fromStdString(stored().at("script")[1].at("content").get<std::string>()),
             QStringLiteral("Welcome. What do you think of Roundup?"));
    QCOMPARE(QString::fromStdString(stored().at("script")[1].at("source").get<std::string>()), QStringLiteral("Moderator")); // the rest kept
    QVERIFY(m_editor->scriptEditor()->jsonEdit()->toPlainText().contains(QStringLiteral("Welcome. What do you think")));
    editCell(events, 1, 0, QStringLiteral("two")); // not a step number: the old one stays
    QCOMPARE(stored().at("script")[1].at("step").get<int>(), 1);
    QTRY_COMPARE(events->item(1, 0)->text(), QStringLiteral("1"));
    QTest::keyClick(events, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(QString::fromStdString(stored().at("script")[1].at("content").get<std::string>()).startsWith(QStringLiteral("Thanks for joining")));
    QVERIFY(events->item(1, 4)->text().startsWith(QStringLiteral("Thanks for joining")));
}

void TestScenarioEditor::scriptKindFromTheList()
{
    QTableWidget *events = m_editor->scriptEditor()->eventsTable();
    reveal(events);
    const QPoint at = events->visualRect(events->model()->index(2, 1)).center();
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(events->viewport(), Qt::LeftButton, {}, at);
    auto *box = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(box);
    QCOMPARE(box->currentText(), QStringLiteral("Broadcast"));
    QTest::keyClick(box, Qt::Key_Down); // Say
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(QString::fromStdString(stored().at("script")[2].at("do").get<std::string>()), QStringLiteral("say"));
    QCOMPARE(events->item(2, 1)->text(), QStringLiteral("Say"));
}

void TestScenarioEditor::addEventAndTypeItsText()
{
    ScriptEditor *script = m_editor->scriptEditor();
    QPushButton *add = buttonNamed(script, QStringLiteral("Add Event"));
    QVERIFY(add);
    reveal(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(script->eventsTable()->rowCount(), 5);
    QCOMPARE(int(stored().at("script").size()), 5);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // close the cell editor it opened
    CommitTextEdit *text = script->eventText();
    clickInto(text);
    QTest::keyClicks(text, QStringLiteral("Thank you all, that is the end of the session."));
    QTest::keyClick(text, Qt::Key_Tab);
    QCOMPARE(QString::fromStdString(stored().at("script")[4].at("content").get<std::string>()),
             QStringLiteral("Thank you all, that is the end of the session."));
    QCOMPARE(script->eventsTable()->item(4, 4)->text(), QStringLiteral("Thank you all, that is the end of the session."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(int(stored().at("script").size()), 4);
    QCOMPARE(script->eventsTable()->rowCount(), 4);
}

void TestScenarioEditor::interventionConditionAndEffects()
{
    showTab(1);
    ScriptEditor *script = m_editor->scriptEditor();
    QTableWidget *interventions = script->interventionsTable();
    QCOMPARE(interventions->rowCount(), 2);
    editCell(interventions, 0, 3, QStringLiteral("price"));
    QCOMPARE(QString::fromStdString(stored().at("interventions")[0].at("when").at("mentioned").get<std::string>()), QStringLiteral("price"));
    // The effects table follows the selected intervention.
    reveal(interventions);
    QTest::mouseClick(interventions->viewport(), Qt::LeftButton, {}, interventions->visualRect(interventions->model()->index(1, 0)).center());
    QTRY_VERIFY(script->effectText()->toPlainText().startsWith(QStringLiteral("About data")));
    QPushButton *addEffect = buttonNamed(script, QStringLiteral("Add Effect"));
    reveal(addEffect);
    QTest::mouseClick(addEffect, Qt::LeftButton);
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(cellEditor));
    QTest::keyClicks(cellEditor, QStringLiteral("Your data stays yours."));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    test::EditorHost::settle();
    const OrderedJson effects = stored().at("interventions")[1].at("effects");
    QCOMPARE(int(effects.size()), 2);
    QCOMPARE(QString::fromStdString(effects[1].at("content").get<std::string>()), QStringLiteral("Your data stays yours."));
    // Once, a check box.
    const QRect once = interventions->visualRect(interventions->model()->index(1, 2));
    QTest::mouseClick(interventions->viewport(), Qt::LeftButton, {}, once.center());
    QTest::keyClick(interventions, Qt::Key_Space);
    QTRY_VERIFY(!stored().at("interventions")[1].value("once", true));
}

void TestScenarioEditor::advancedJsonInSync()
{
    showTab(2);
    ScriptEditor *script = m_editor->scriptEditor();
    QPlainTextEdit *json = script->jsonEdit();
    clickInto(json);
    QTextCursor c = json->textCursor();
    const int at = json->toPlainText().indexOf(QStringLiteral("Last question"));
    QVERIFY(at > 0);
    c.setPosition(at);
    json->setTextCursor(c); // where the user clicked
    QTest::keyClicks(json, QStringLiteral("Finally: "));
    QTRY_VERIFY(QString::fromStdString(stored().at("script")[3].at("content").get<std::string>()).startsWith(QStringLiteral("Finally: Last")));
    QVERIFY(script->eventsTable()->item(3, 4)->text().startsWith(QStringLiteral("Finally: ")));
    QTest::keyClick(json, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(json, QStringLiteral("oops"));
    QTRY_VERIFY(script->jsonInvalid());
    QVERIFY(script->problemLabel()->isVisible());
    QCOMPARE(script->eventsTable()->rowCount(), 4); // the last valid script stays
    QVERIFY(QString::fromStdString(stored().at("script")[3].at("content").get<std::string>()).startsWith(QStringLiteral("Finally: Last")));

    // Anything typed there is checked, never thrown on: a list of numbers is refused...
    QTest::keyClick(json, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(json, QStringLiteral("{\"script\": [1, 2]}"));
    QTRY_VERIFY(script->problemLabel()->text().contains(QStringLiteral("script[0]")));
    QCOMPARE(script->eventsTable()->rowCount(), 4);
    // ...and objects with every field of the wrong type are shown and saved as they are.
    QTest::keyClick(json, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(json, QStringLiteral("{\"script\": [{\"step\": \"x\", \"do\": 5, \"to\": 7}], "
                                          "\"interventions\": [{\"once\": \"yes\", \"when\": \"later\", \"effects\": 3}]}"));
    QTRY_COMPARE(script->eventsTable()->rowCount(), 1);
    QVERIFY(!script->jsonInvalid());
    QCOMPARE(script->interventionsTable()->rowCount(), 1);
    QTRY_VERIFY(!m_editor->problems().isEmpty()); // the scenario says what is wrong with them
    QCOMPARE(stored().at("script")[0].at("step").get<std::string>(), std::string("x"));
}

void TestScenarioEditor::problemsMarkTheirRows()
{
    QTableWidget *events = m_editor->scriptEditor()->eventsTable();
    editCell(events, 1, 3, QStringLiteral("Nobody Atall"));
    QTRY_VERIFY(m_editor->problemLabel()->text().contains(QStringLiteral("script[1].to")));
    QCOMPARE(events->item(1, 0)->background().color(), QColor(255, 205, 210));
    QCOMPARE(events->item(0, 0)->background().style(), Qt::NoBrush);
    QTest::keyClick(events, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_editor->problemLabel()->text().contains(QStringLiteral("script[1]")));
    QCOMPARE(events->item(1, 0)->background().style(), Qt::NoBrush);
}

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
