// The persona editor as a user drives it: click a field, type, leave it with Tab, Return or
// a click elsewhere, undo and redo with the keyboard, edit lists, Big Five sliders, the
// relationships table and the JSON tab. Each test gets a fresh copy of the example project.
#include "helpers/editorhost.h"
#include "personaeditor.h"
#include "personaform.h"
#include "store/personastore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

using namespace troupe;

namespace {

const QString kAmara = QStringLiteral("Amara Okafor");

} // namespace

class TestPersonaEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typeAgeTabClickUndoRedo();
    void genderTabThenClickElsewhere();
    void returnSavesAndKeepsFocus();
    void listFieldOneItemPerLine();
    void bigFiveSliderByKeyboard();
    void relationshipsTable();
    void undoOfFragmentRebuildsSafely();
    void invalidJsonIsShownNotSaved();
    void removedPersonaClearsEditor();

private:
    QLineEdit *field(const QString &name) const;
    OrderedJson stored(const QString &name = kAmara) const;
    void typeInto(QWidget *w, const QString &text);

    std::unique_ptr<test::EditorHost> m_host;
    PersonaEditor *m_editor = nullptr;
};

void TestPersonaEditor::init()
{
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    m_host = std::make_unique<test::EditorHost>();
    QVERIFY2(m_host->error().isEmpty(), qPrintable(m_host->error()));
    m_editor = new PersonaEditor(m_host->project());
    QVERIFY(m_host->show(m_editor));
    m_editor->showSpec(SpecKind::Agent, kAmara);
    QVERIFY(m_editor->document());
    test::EditorHost::settle();
    QVERIFY(field(QStringLiteral("persona.age"))->isVisible());
}

void TestPersonaEditor::cleanup()
{
    m_host.reset();
    m_editor = nullptr;
}

QLineEdit *TestPersonaEditor::field(const QString &name) const
{
    return qobject_cast<QLineEdit *>(m_editor->form()->fieldWidget(name));
}

OrderedJson TestPersonaEditor::stored(const QString &name) const
{
    auto doc = PersonaStore(*m_host->file()).load(name, SpecKind::Agent);
    return doc ? doc.value().persona() : OrderedJson();
}

void TestPersonaEditor::typeInto(QWidget *w, const QString &text)
{
    test::EditorHost::settle();
    m_editor->tabs()->findChild<QScrollArea *>()->ensureWidgetVisible(w);
    QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(8, w->height() / 2));
    QTRY_VERIFY(w->hasFocus());
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier); // select what is there
    QTest::keyClicks(w, text);
}

void TestPersonaEditor::typeAgeTabClickUndoRedo()
{
    QLineEdit *age = field(QStringLiteral("persona.age"));
    QVERIFY(age);
    QCOMPARE(age->text(), QStringLiteral("34"));
    typeInto(age, QStringLiteral("41"));
    QTest::keyClick(age, Qt::Key_Tab); // the studio crashed here
    QCOMPARE(stored().at("age").get<int>(), 41); // saved, as a number
    QLineEdit *gender = field(QStringLiteral("persona.gender"));
    QVERIFY(gender);
    QTRY_COMPARE(QApplication::focusWidget(), gender); // Tab went on to the next field
    QCOMPARE(field(QStringLiteral("persona.age")), age); // the same widget, updated in place
    QVERIFY(m_editor->jsonEdit()->toPlainText().contains(QStringLiteral("\"age\": 41")));

    QLineEdit *nationality = field(QStringLiteral("persona.nationality"));
    QTest::mouseClick(nationality, Qt::LeftButton);
    QTRY_VERIFY(nationality->hasFocus());
    QTest::keyClick(nationality, Qt::Key_Z, Qt::ControlModifier); // nothing typed here: undo the project
    QCOMPARE(stored().at("age").get<int>(), 34);
    QCOMPARE(field(QStringLiteral("persona.age"))->text(), QStringLiteral("34"));
    QVERIFY(nationality->hasFocus());
    QTest::keyClick(nationality, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored().at("age").get<int>(), 41);
    QCOMPARE(field(QStringLiteral("persona.age"))->text(), QStringLiteral("41"));
    QCOMPARE(m_host->undoStack()->count(), 1);
}

void TestPersonaEditor::genderTabThenClickElsewhere()
{
    QLineEdit *gender = field(QStringLiteral("persona.gender"));
    typeInto(gender, QStringLiteral("Woman"));
    QTest::keyClick(gender, Qt::Key_Tab);
    QCOMPARE(QString::fromStdString(stored().at("gender").get<std::string>()), QStringLiteral("Woman"));
    // Typing in the next field and then clicking a third: saved when the click takes focus.
    QWidget *next = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(next));
    QTest::keyClick(next, Qt::Key_End);
    QTest::keyClicks(next, QStringLiteral(" (dual)"));
    QLineEdit *residence = field(QStringLiteral("persona.residence"));
    QTest::mouseClick(residence, Qt::LeftButton);
    QTRY_VERIFY(residence->hasFocus());
    QCOMPARE(QString::fromStdString(stored().at("nationality").get<std::string>()), QStringLiteral("Nigerian (dual)"));
    // Ctrl+Z in a field with unsaved typing undoes the typing only.
    QTest::keyClick(residence, Qt::Key_End);
    QTest::keyClicks(residence, QStringLiteral("!"));
    QTest::keyClick(residence, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(residence->text(), QStringLiteral("Lagos, Nigeria (Yaba)"));
    QCOMPARE(QString::fromStdString(stored().at("nationality").get<std::string>()), QStringLiteral("Nigerian (dual)"));
}

void TestPersonaEditor::returnSavesAndKeepsFocus()
{
    QLineEdit *title = field(QStringLiteral("persona.occupation.title"));
    QVERIFY(title);
    typeInto(title, QStringLiteral("Pharmacist"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(QString::fromStdString(stored().at("occupation").at("title").get<std::string>()), QStringLiteral("Pharmacist"));
    QVERIFY(title->hasFocus());
    QCOMPARE(field(QStringLiteral("persona.occupation.title")), title);
}

void TestPersonaEditor::listFieldOneItemPerLine()
{
    auto *likes = qobject_cast<QPlainTextEdit *>(m_editor->form()->fieldWidget(QStringLiteral("persona.preferences.likes")));
    QVERIFY(likes);
    QTest::mouseClick(likes->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
    QTRY_VERIFY(likes->hasFocus());
    QTest::keyClick(likes, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(likes, Qt::Key_Return);
    QTest::keyClicks(likes, QStringLiteral("Honest receipts"));
    QTest::keyClick(likes, Qt::Key_Tab); // Tab leaves the list (it does not type a tab)
    const OrderedJson saved = stored().at("preferences").at("likes");
    QCOMPARE(int(saved.size()), 5);
    QCOMPARE(QString::fromStdString(saved.back().get<std::string>()), QStringLiteral("Honest receipts"));
    QVERIFY(!likes->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(int(stored().at("preferences").at("likes").size()), 4);
    QVERIFY(!likes->toPlainText().contains(QStringLiteral("Honest receipts")));
}

void TestPersonaEditor::bigFiveSliderByKeyboard()
{
    auto *slider = qobject_cast<QSlider *>(m_editor->form()->fieldWidget(QStringLiteral("persona.personality.big_five.openness")));
    QVERIFY(slider);
    QCOMPARE(slider->value(), 2);
    m_editor->tabs()->findChild<QScrollArea *>()->ensureWidgetVisible(slider);
    test::EditorHost::settle();
    QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(slider->width() / 2, slider->height() / 2)); // on the handle: no move
    QTRY_VERIFY(slider->hasFocus());
    QTest::keyClick(slider, Qt::Key_Right);
    QTRY_VERIFY(stored().at("personality").at("big_five").at("openness").get<std::string>().rfind("Medium-high.", 0) == 0);
    QVERIFY(QString::fromStdString(stored().at("personality").at("big_five").at("openness").get<std::string>())
                .contains(QStringLiteral("Curious about tools")));
    QTest::keyClick(slider, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(slider->value(), 2);
    QVERIFY(stored().at("personality").at("big_five").at("openness").get<std::string>().rfind("Medium.", 0) == 0);
}

void TestPersonaEditor::relationshipsTable()
{
    m_editor->showSpec(SpecKind::Agent, QStringLiteral("Kenji Watanabe"));
    test::EditorHost::settle();
    QWidget *box = m_editor->form()->fieldWidget(QStringLiteral("persona.relationships"));
    if (!box)
        QSKIP("Kenji has no relationships in this example project");
    auto *table = box->findChild<QTableWidget *>();
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = table->rowCount();
    m_editor->tabs()->findChild<QScrollArea *>()->ensureWidgetVisible(table);
    test::EditorHost::settle();
    const QRect cell = table->visualItemRect(table->item(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QWidget *cellEditor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(cellEditor));
    QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cellEditor, QStringLiteral("Hana"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(QString::fromStdString(stored(QStringLiteral("Kenji Watanabe")).at("relationships")[0].at("name").get<std::string>()),
                 QStringLiteral("Hana"));
    // Remove Row: the table shrinks in place.
    table->setCurrentCell(0, 0);
    auto buttons = box->findChildren<QPushButton *>();
    QPushButton *remove = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == QLatin1String("Remove Row"))
            remove = b;
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(int(stored(QStringLiteral("Kenji Watanabe")).value("relationships", OrderedJson::array()).size()), rows - 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(int(stored(QStringLiteral("Kenji Watanabe")).at("relationships").size()), rows);
}

void TestPersonaEditor::undoOfFragmentRebuildsSafely()
{
    // Applying a fragment adds fields, so undoing it changes the form's fields: the form
    // is rebuilt, after the key event that asked for it, with focus kept on the same field.
    auto *apply = m_editor->findChildren<QToolButton *>().value(0);
    for (QToolButton *b : m_editor->findChildren<QToolButton *>())
        if (b->text() == QLatin1String("Apply Fragment"))
            apply = b;
    QTimer::singleShot(0, this, [apply] {
        QMenu *menu = apply->menu();
        QTRY_VERIFY(menu->isVisible());
        QAction *early = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QLatin1String("early_adopter"))
                early = a;
        QVERIFY(early);
        menu->setActiveAction(early);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    const OrderedJson original = stored();
    QTest::mouseClick(apply, Qt::LeftButton);
    m_host->activateWindow(); // a window manager gives it back when the menu closes; offscreen does not
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
    const OrderedJson withFragment = stored();
    QVERIFY(withFragment != original);
    QCOMPARE(m_host->undoStack()->count(), 1);
    test::EditorHost::settle();
    QLineEdit *age = field(QStringLiteral("persona.age"));
    m_editor->tabs()->findChild<QScrollArea *>()->ensureWidgetVisible(age);
    test::EditorHost::settle();
    QTest::mouseClick(age, Qt::LeftButton);
    QTRY_VERIFY(age->hasFocus());
    QTest::keyClick(age, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_editor->form()->rebuildPending());
    QCOMPARE(m_host->undoStack()->index(), 0);
    QVERIFY(stored() == original);
    QVERIFY(m_editor->form()->persona() == original);
    QLineEdit *newAge = field(QStringLiteral("persona.age"));
    QVERIFY(newAge);
    QTRY_COMPARE(QApplication::focusWidget(), newAge);
    QTest::keyClick(newAge, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_editor->form()->rebuildPending());
    QVERIFY(stored() == withFragment);
}

void TestPersonaEditor::invalidJsonIsShownNotSaved()
{
    const OrderedJson before = stored();
    QTabBar *bar = m_editor->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(m_editor->tabs()->currentIndex(), 1);
    QPlainTextEdit *json = m_editor->jsonEdit();
    QTest::mouseClick(json->viewport(), Qt::LeftButton, {}, QPoint(20, 10));
    QTRY_VERIFY(json->hasFocus());
    QTest::keyClick(json, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(json, QStringLiteral(",,"));
    QTRY_VERIFY(!m_editor->problems().isEmpty());
    QVERIFY(m_editor->problemLabel()->isVisible());
    QVERIFY(!json->extraSelections().isEmpty());
    QVERIFY(stored() == before);
    QTest::keyClick(json, Qt::Key_Backspace);
    QTest::keyClick(json, Qt::Key_Backspace);
    QTRY_VERIFY(m_editor->problems().isEmpty());
    QVERIFY(stored() == before);
}

void TestPersonaEditor::removedPersonaClearsEditor()
{
    // What an undone Duplicate does: the persona shown goes away.
    QSignalSpy closed(m_editor, &PersonaEditor::closed);
    auto doc = PersonaStore(*m_host->file()).load(kAmara, SpecKind::Agent);
    QVERIFY(doc);
    m_host->project()->editSpec(doc.value(), std::nullopt, QStringLiteral("Delete"));
    QCOMPARE(closed.count(), 1);
    QVERIFY(!m_editor->document());
    QVERIFY(!m_editor->isEnabled());
    m_host->undoStack()->undo();
    QVERIFY(!m_editor->document()); // showing it again is the window's choice (it selects it)
}

QTEST_MAIN(TestPersonaEditor)
#include "tst_personaeditor.moc"
