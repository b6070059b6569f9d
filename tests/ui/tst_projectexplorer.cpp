// The project explorer keeps long populations closed unless the user opened them, so the
// groups below them stay in sight; what the user opened stays open when the tree is rebuilt.
#include "models/projecttreemodel.h"
#include "projectexplorer.h"

#include <QApplication>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QWindow>
#include <QtTest>

using namespace troupe;

namespace {

ProjectEntry population(const QString &name, int people)
{
    ProjectEntry p{ProjectEntry::Kind::Population, name, {}, {}, 1, {}};
    for (int i = 0; i < people; ++i)
        p.children.append({ProjectEntry::Kind::Persona, QStringLiteral("%1 person %2").arg(name).arg(i), {}, {}, 0, {}});
    return p;
}

QList<ProjectEntry> entries()
{
    return {population(QStringLiteral("US adults"), 50), population(QStringLiteral("pilot"), 3),
            {ProjectEntry::Kind::Experiment, QStringLiteral("gazpacho price"), {}, {}, 0, {}}};
}

} // namespace

class TestProjectExplorer : public QObject
{
    Q_OBJECT
private slots:
    void longPopulationsStayClosedUntilOpened();
    void aForkOffersWhatARunOffers();

private:
    /** Right-clicks `index` as the platform delivers it and returns the menu's items (then closes it). */
    static QStringList menuAt(ProjectExplorer &explorer, const QModelIndex &index);
};

QStringList TestProjectExplorer::menuAt(ProjectExplorer &explorer, const QModelIndex &index)
{
    QStringList offered;
    QTimer::singleShot(200, [&offered] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions())
                if (!a->isSeparator())
                    offered << a->text();
            menu->close();
        }
    });
    QTreeView *view = explorer.view();
    view->scrollTo(index);
    const QPoint at = view->viewport()->mapTo(&explorer, view->visualRect(index).center());
    QTest::mouseClick(explorer.windowHandle(), Qt::RightButton, {}, at);
    QTest::qWaitFor([&offered] { return !offered.isEmpty(); }, 3000);
    return offered;
}

void TestProjectExplorer::aForkOffersWhatARunOffers()
{
    ProjectEntry run{ProjectEntry::Kind::Run, QStringLiteral("#1 Focus group"), {}, {}, 1, {}};
    ProjectEntry fork{ProjectEntry::Kind::Run, QStringLiteral("#2 fork at step 2"), {}, {}, 2, {}};
    fork.parentId = 1;
    fork.resumable = true;
    run.children.append(fork);
    ProjectEntry experiment{ProjectEntry::Kind::Experiment, QStringLiteral("gazpacho price"), {}, {}, 0, {}};
    experiment.children.append({ProjectEntry::Kind::Run, QStringLiteral("#3 control · replicate 1"), {}, {}, 3, {}});
    ProjectExplorer explorer;
    explorer.resize(400, 500);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    explorer.setEntries({run, experiment});
    ProjectTreeModel *model = explorer.model();

    const QStringList forkMenu = menuAt(explorer, model->find(ProjectEntry::Kind::Run, {}, 2));
    QVERIFY2(forkMenu.contains(QStringLiteral("Resume")) && forkMenu.contains(QStringLiteral("Fork…")) && forkMenu.contains(QStringLiteral("Extract Results…")),
             qPrintable(forkMenu.join(u'|')));
    // A run of an experiment is continued with its experiment: it only offers Delete.
    const QStringList jobMenu = menuAt(explorer, model->find(ProjectEntry::Kind::Run, {}, 3));
    QCOMPARE(jobMenu, QStringList{QStringLiteral("Delete")});
}

void TestProjectExplorer::longPopulationsStayClosedUntilOpened()
{
    ProjectExplorer explorer;
    explorer.resize(300, 600);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    explorer.setEntries(entries());
    QTreeView *view = explorer.view();
    ProjectTreeModel *model = explorer.model();
    const auto row = [&](const QString &name) { return model->find(ProjectEntry::Kind::Population, name); };
    QVERIFY(!view->isExpanded(row(QStringLiteral("US adults"))));
    QVERIFY(view->isExpanded(row(QStringLiteral("pilot"))));
    QVERIFY(view->isExpanded(model->index(int(ProjectEntry::Kind::Experiment), 0)));

    // Opened with the keyboard, it stays open when the tree is rebuilt; closed, it stays closed.
    view->setFocus();
    view->setCurrentIndex(row(QStringLiteral("US adults")));
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->isExpanded(row(QStringLiteral("US adults"))));
    explorer.setEntries(entries());
    QVERIFY(view->isExpanded(row(QStringLiteral("US adults"))));
    QCOMPARE(explorer.current()->name, QStringLiteral("US adults"));
    view->setCurrentIndex(row(QStringLiteral("US adults")));
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(!view->isExpanded(row(QStringLiteral("US adults"))));
    explorer.setEntries(entries());
    QVERIFY(!view->isExpanded(row(QStringLiteral("US adults"))));

    // A person selected inside a closed population is shown: its population opens.
    QVERIFY(explorer.select(ProjectEntry::Kind::Persona, QStringLiteral("US adults person 7")));
    QVERIFY(view->isExpanded(row(QStringLiteral("US adults"))));
    QCOMPARE(explorer.current()->name, QStringLiteral("US adults person 7"));
}

QTEST_MAIN(TestProjectExplorer)
#include "tst_projectexplorer.moc"
