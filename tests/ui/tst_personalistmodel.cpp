#include "models/personalistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace troupe;

class TestPersonaListModel : public QObject
{
    Q_OBJECT
private slots:
    void structure();
};

void TestPersonaListModel::structure()
{
    PersonaListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Personas (0)"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries({{1, SpecKind::Agent, QStringLiteral("Ada"), QStringLiteral("36, engineer"), {}, {}},
                      {2, SpecKind::Fragment, QStringLiteral("calm"), QStringLiteral("fragment: style"), QStringLiteral("calm.fragment.json"), {}},
                      {3, SpecKind::Agent, QStringLiteral("Bo"), QStringLiteral("40"), {}, {}}});
    QCOMPARE(reset.count(), 1);
    const QModelIndex agents = model.index(0, 0);
    const QModelIndex fragments = model.index(1, 0);
    QCOMPARE(agents.data().toString(), QStringLiteral("Personas (2)"));
    QCOMPARE(model.rowCount(agents), 2);
    QCOMPARE(model.rowCount(fragments), 1);
    const QModelIndex bo = model.index(1, 1, agents);
    QCOMPARE(bo.data().toString(), QStringLiteral("40"));
    QCOMPARE(bo.parent(), agents);
    QCOMPARE(model.entry(bo.siblingAtColumn(0))->name, QStringLiteral("Bo"));
    QCOMPARE(model.index(0, 0, fragments).data(PersonaListModel::KindRole).toInt(), int(SpecKind::Fragment));
    QVERIFY(model.index(0, 0, fragments).data(Qt::ToolTipRole).toString().contains(QStringLiteral("calm.fragment.json")));
    QVERIFY(!model.entry(agents));
    model.setEntries({});
    QCOMPARE(model.rowCount(agents), 0);
}

QTEST_MAIN(TestPersonaListModel)
#include "tst_personalistmodel.moc"
