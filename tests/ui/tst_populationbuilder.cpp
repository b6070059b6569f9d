// The Population Builder driven like a user: the project explorer's menu opens it, the
// description is picked with the keyboard, dimensions come from the offline engine, a
// weight is typed into the table and undone with Ctrl+Z, the plan is drawn and its quotas
// add up, Generate fills the tree as people arrive and the Profile tab charts them; Cancel
// against the fake server with latency; errors for empty input and zero weights; and a
// seeded monkey test of random clicks and keys on the builder.
#include "fakellmserver.h"
#include "conversationpanel.h"
#include "mainwindow.h"
#include "models/conversationmodel.h"
#include "projectcontroller.h"
#include "runpanel.h"
#include "scenarioeditor.h"
#include "models/dimensionsmodel.h"
#include "models/projecttreemodel.h"
#include "populationbuilder.h"
#include "populationprofileview.h"
#include "projectexplorer.h"
#include "studiosettings.h"
#include "store/populationstore.h"
#include "store/projectfile.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace troupe;

class TestPopulationBuilder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void buildsGeneratesAndProfilesOffline();
    void cancelStopsAGenerationOverHttp();
    void badInputIsReported();
    void monkey();

private:
    /** Opens the builder from the explorer's context menu on the Populations group, with the keyboard. */
    void openFromExplorer();
    void pickSource(const QString &title);
    void click(QWidget *w) { QTest::mouseClick(w, Qt::LeftButton); }
    QModelIndex populationRow(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester, m_dimensionsTester;
    QStringList m_errors;
    PopulationBuilder *m_builder = nullptr;
};

void TestPopulationBuilder::init()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setErrorHandler([this](const QString &text) { m_errors << text; });
    m_window->setDialogHook([](QDialog *d) { d->deleteLater(); });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    static int n = 0;
    QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("p%1.troupe").arg(++n)), true).ok());
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_window->explorer()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_builder = m_window->populationBuilder();
    m_dimensionsTester = std::make_unique<QAbstractItemModelTester>(m_builder->dimensionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPopulationBuilder::cleanup()
{
    m_dimensionsTester.reset();
    m_treeTester.reset();
    m_window.reset();
    ModelSettings{}.save();
}

void TestPopulationBuilder::openFromExplorer()
{
    QTreeView *tree = m_window->explorer()->view();
    const QModelIndex group = m_window->explorer()->model()->index(int(ProjectEntry::Kind::Population), 0);
    const QRect r = tree->visualRect(group);
    // The context menu is modal: pick its first item ("New Population…") with the keyboard once it shows.
    QTimer::singleShot(200, this, [] {
        if (QWidget *menu = QApplication::activePopupWidget()) {
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        }
    });
    QMetaObject::invokeMethod(tree, [tree, r] {
        emit tree->customContextMenuRequested(r.center()); // what a right click on the row sends
    }, Qt::QueuedConnection);
    QTRY_COMPARE(m_window->centre()->currentWidget(), static_cast<QWidget *>(m_builder));
}

void TestPopulationBuilder::pickSource(const QString &title)
{
    QComboBox *box = m_builder->sourceBox();
    box->setFocus();
    for (int guard = 0; box->currentText() != title && guard < 10; ++guard)
        QTest::keyClick(box, box->findText(title) > box->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentText(), title);
}

QModelIndex TestPopulationBuilder::populationRow(const QString &name) const
{
    return m_window->explorer()->model()->find(ProjectEntry::Kind::Population, name);
}

void TestPopulationBuilder::buildsGeneratesAndProfilesOffline()
{
    openFromExplorer();
    pickSource(QStringLiteral("United States: adults 18 and over"));
    QCOMPARE(m_builder->nameEdit()->text(), QStringLiteral("us_adults"));
    click(m_builder->dimensionsButton());
    DimensionsModel *dims = m_builder->dimensionsModel();
    QTRY_VERIFY(dims->rowCount() > 10);
    QCOMPARE(dims->dimensions().at(1).name, QStringLiteral("Age"));

    // Type a new weight for the first age band, then undo and redo it with the keyboard.
    QTableView *view = m_builder->dimensionsView();
    int row = 0;
    while (dims->locate(row).first != 1)
        ++row;
    const QModelIndex weight = dims->index(row, DimensionsModel::WeightColumn);
    view->scrollTo(weight);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(weight).center());
    QTest::keyClick(view, Qt::Key_F2); // edit: the text comes selected
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("40"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(dims->dimensions().at(1).values.at(0).weight, 40.0);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dims->dimensions().at(1).values.at(0).weight, 11.7);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dims->dimensions().at(1).values.at(0).weight, 40.0);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);

    // 12 people, then the plan and its quotas.
    QSpinBox *count = m_builder->countBox();
    count->setFocus();
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(count, QStringLiteral("12"));
    QTest::keyClick(count, Qt::Key_Tab);
    QCOMPARE(count->value(), 12);
    click(m_builder->planButton());
    QVERIFY(m_builder->plan());
    QCOMPARE(m_builder->plan()->size(), 12);
    auto *quotas = qobject_cast<QStandardItemModel *>(m_builder->quotaView()->model());
    int ageTotal = 0;
    for (int r = 0; r < quotas->rowCount(); ++r)
        if (quotas->item(r, 0)->text() == QLatin1String("Age"))
            ageTotal += quotas->item(r, 4)->text().toInt();
    QCOMPARE(ageTotal, 12);
    QVERIFY(m_builder->estimateLabel()->text().contains(QStringLiteral("offline engine")));

    click(m_builder->generateButton());
    QTRY_VERIFY(populationRow(QStringLiteral("us_adults")).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->explorer()->model()->rowCount(populationRow(QStringLiteral("us_adults"))), 12, 20000);
    QTRY_VERIFY(m_builder->statusLabel()->text().contains(QStringLiteral("12 of 12 people generated")));
    QCOMPARE(m_builder->progressBar()->value(), 12);

    // The Profile tab: requested against generated, charted.
    m_builder->tabs()->setCurrentWidget(m_builder->profileView());
    PopulationProfileView *profile = m_builder->profileView();
    QCOMPARE(profile->populationBox()->currentText(), QStringLiteral("us_adults"));
    QVERIFY(profile->table()->rowCount() > 20);
    QVERIFY(!profile->sharesChart()->chart()->series().isEmpty());
    QVERIFY(!profile->agesChart()->chart()->series().isEmpty());
    QCOMPARE(static_cast<QBarSeries *>(profile->bigFiveChart()->chart()->series().first())->count(), 3);
    // A person in the tree opens like any persona.
    const QModelIndex first = m_window->explorer()->model()->index(0, 0, populationRow(QStringLiteral("us_adults")));
    QTreeView *tree = m_window->explorer()->view();
    tree->scrollTo(first);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(first).center());
    QVERIFY(m_window->centre()->currentWidget() != m_builder);
    QVERIFY(m_errors.isEmpty());

    // A scenario of the project takes five of them and runs.
    const QString name = QStringLiteral("Tasting with five US adults");
    m_window->controller()->editScenario(std::nullopt, OrderedJson::parse(R"({"name": "Tasting with five US adults", "world": {"steps": 1},
        "agents": [{"population": "us_adults", "sample": 5, "seed": 1}], "everyone_accessible": true,
        "script": [{"step": 1, "do": "broadcast", "source": "Moderator", "content": "Would you buy bottled gazpacho?"}]})"), QStringLiteral("add"));
    const QModelIndex scenario = m_window->explorer()->model()->find(ProjectEntry::Kind::Scenario, name);
    QVERIFY(scenario.isValid());
    tree->scrollTo(scenario);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(scenario).center());
    QTRY_COMPARE(m_window->centre()->currentWidget(), static_cast<QWidget *>(m_window->scenarioEditor()));
    QCOMPARE(m_window->scenarioEditor()->agentsTable()->item(0, 0)->text(), QStringLiteral("population: us_adults (5, seed 1)"));
    QTest::mouseClick(m_window->runPanel()->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->state() == RunSession::State::Finished, 30000);
    QSet<QString> speakers;
    for (const RunEvent &e : m_window->conversation()->model()->events())
        if (e.type == QLatin1String("TALK"))
            speakers.insert(e.agent);
    QCOMPARE(speakers.size(), 5);
    const auto members = PopulationStore(*m_window->project()).people(QStringLiteral("us_adults")).value();
    for (const QString &speaker : speakers)
        QVERIFY(std::any_of(members.begin(), members.end(), [&](const PersonaDocument &p) { return p.name() == speaker; }));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestPopulationBuilder::cancelStopsAGenerationOverHttp()
{
    testing::FakeLlmServer server;
    QVERIFY(server.listen());
    server.setLatency(200);
    ModelSettings s;
    s.provider = QStringLiteral("vllm");
    s.baseUrl = server.baseUrl().toString();
    s.model = QStringLiteral("fake-model");
    s.concurrency = 2;
    s.save();
    openFromExplorer();
    pickSource(QStringLiteral("Context in words"));
    m_builder->findChild<QPlainTextEdit *>()->setFocus();
    QTest::keyClicks(m_builder->findChild<QPlainTextEdit *>(), QStringLiteral("Night-shift nurses in Leeds"));
    m_builder->nameEdit()->setFocus();
    QTest::keyClicks(m_builder->nameEdit(), QStringLiteral("nurses"));
    click(m_builder->dimensionsButton());
    QTRY_VERIFY_WITH_TIMEOUT(m_builder->dimensionsModel()->rowCount() > 0, 10000);
    m_builder->countBox()->setFocus();
    QTest::keyClick(m_builder->countBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_builder->countBox(), QStringLiteral("40"));
    click(m_builder->planButton());
    click(m_builder->generateButton());
    QTRY_VERIFY_WITH_TIMEOUT(m_builder->progressBar()->value() >= 2, 10000);
    QVERIFY(m_builder->cancelButton()->isEnabled());
    click(m_builder->cancelButton());
    QTRY_VERIFY_WITH_TIMEOUT(m_builder->statusLabel()->text().contains(QStringLiteral("not started (cancelled)")), 10000);
    auto info = PopulationStore(*m_window->project()).list().value();
    QCOMPARE(info.size(), 1);
    QVERIFY(info.first().generated >= 2 && info.first().generated < 40);
    QVERIFY(server.count(QStringLiteral("/chat/completions")) < 41);
}

void TestPopulationBuilder::badInputIsReported()
{
    openFromExplorer();
    pickSource(QStringLiteral("Context in words"));
    click(m_builder->dimensionsButton());
    QVERIFY(m_builder->statusLabel()->text().contains(QStringLiteral("Type who the population is")));
    pickSource(QStringLiteral("Japan: adults aged 65 and over"));
    click(m_builder->dimensionsButton());
    DimensionsModel *dims = m_builder->dimensionsModel();
    QTRY_VERIFY(dims->rowCount() > 0);
    // Zero every weight of the first categorical dimension: the plan refuses, naming it.
    const int d = dims->locate(0).first;
    const QString name = dims->dimensions().at(d).name;
    QTableView *view = m_builder->dimensionsView();
    for (int row = 0; row < dims->rowCount() && dims->locate(row).first == d; ++row) {
        const QModelIndex weight = dims->index(row, DimensionsModel::WeightColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(weight).center());
        QTest::keyClick(view, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    click(m_builder->planButton());
    QVERIFY2(m_builder->statusLabel()->text().contains(QStringLiteral("&quot;%1&quot; has no value with a positive weight").arg(name)),
             qPrintable(m_builder->statusLabel()->text()));
    QVERIFY(!m_builder->generateButton()->isEnabled());
}

void TestPopulationBuilder::monkey()
{
    // Random clicks and keys over the builder's own widgets, seeded so a failure replays.
    openFromExplorer();
    pickSource(QStringLiteral("Lagos, Nigeria: young urban professionals (22-40)"));
    click(m_builder->dimensionsButton());
    QTRY_VERIFY(m_builder->dimensionsModel()->rowCount() > 0);
    QRandomGenerator random(20261201);
    QList<QPushButton *> all = m_builder->findChildren<QPushButton *>();
    all.removeOne(m_builder->generateButton()); // generating is tested above; here the design must survive anything
    all.removeIf([](QPushButton *b) { return b->text().startsWith(QStringLiteral("Open File")); }); // a modal file dialog
    const Qt::Key keys[] = {Qt::Key_0, Qt::Key_5, Qt::Key_Return, Qt::Key_Tab, Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_Escape,
                            Qt::Key_Up, Qt::Key_Down, Qt::Key_F2, Qt::Key_A};
    QTableView *view = m_builder->dimensionsView();
    for (int i = 0; i < 400; ++i) {
        switch (random.bounded(4)) {
        case 0: {
            QPushButton *b = all.at(int(random.bounded(quint32(all.size()))));
            if (b->isVisible() && b->isEnabled())
                click(b);
            break;
        }
        case 1: {
            const QPoint p(int(random.bounded(quint32(std::max(1, view->viewport()->width())))),
                           int(random.bounded(quint32(std::max(1, view->viewport()->height())))));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
            break;
        }
        case 2: {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : view;
            QTest::keyClick(target, keys[random.bounded(quint32(std::size(keys)))]);
            break;
        }
        case 3:
            QTest::keyClick(view, Qt::Key_Z, random.bounded(2) ? Qt::ControlModifier : Qt::ControlModifier | Qt::ShiftModifier);
            break;
        }
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        QCoreApplication::processEvents();
    }
    // Still consistent: every row maps to a dimension, and the design can still be planned or says why not.
    DimensionsModel *dims = m_builder->dimensionsModel();
    for (int r = 0; r < dims->rowCount(); ++r)
        QVERIFY(dims->locate(r).first >= 0);
}

QTEST_MAIN(TestPopulationBuilder)
#include "tst_populationbuilder.moc"
