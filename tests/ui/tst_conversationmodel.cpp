// The conversation model and its filter: batches, step headers, echoes, typing rows,
// filters and search, checked by QAbstractItemModelTester; and 100,000 events.
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace troupe;

namespace {

RunEvent event(qint64 seq, int step, const QString &agent, const QString &kind, const QString &type, const QString &content,
               const QString &source = {}, const QString &target = {})
{
    RunEvent e;
    e.seq = seq;
    e.step = step;
    e.time = QDateTime(QDate(2026, 3, 2), QTime(18, 0)).addSecs(300 * step);
    e.agent = agent;
    e.kind = kind;
    e.type = type;
    e.content = content;
    e.source = source;
    e.target = target;
    return e;
}

/** One step of a two-person focus group: a moderator's question heard by both, two answers. */
RunEvents step(int n, qint64 &seq)
{
    return {event(seq++, n, QStringLiteral("Ann"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Question %1?").arg(n), QStringLiteral("Moderator")),
            event(seq++, n, QStringLiteral("Bo"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Question %1?").arg(n), QStringLiteral("Moderator")),
            event(seq++, n, QStringLiteral("Ann"), QStringLiteral("action"), QStringLiteral("THINK"), QStringLiteral("hmm %1").arg(n)),
            event(seq++, n, QStringLiteral("Ann"), QStringLiteral("action"), QStringLiteral("TALK"), QStringLiteral("Ann answers %1").arg(n), QStringLiteral("Ann"), QStringLiteral("Bo")),
            event(seq++, n, QStringLiteral("Bo"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Ann answers %1").arg(n), QStringLiteral("Ann")),
            event(seq++, n, QStringLiteral("Bo"), QStringLiteral("action"), QStringLiteral("TALK"), QStringLiteral("Bo answers %1").arg(n), QStringLiteral("Bo")),
            event(seq++, n, QStringLiteral("Bo"), QStringLiteral("action"), QStringLiteral("DONE"), {})};
}

} // namespace

class TestConversationModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesHeadersAndEchoes();
    void typingRows();
    void filters();
    void stableColours();
    void hundredThousandEvents();
};

void TestConversationModel::batchesHeadersAndEchoes()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 seq = 1;
    int inserts = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { ++inserts; });
    model.appendEvents(step(1, seq));
    model.appendEvents(step(2, seq));
    QCOMPARE(inserts, 2); // one insertion per batch
    QCOMPARE(model.rowCount(), 2 * (1 + 7));
    QCOMPARE(model.headerRow(1), 0);
    QCOMPARE(model.headerRow(2), 8);
    QCOMPARE(model.headerRow(3), -1);
    QCOMPARE(model.index(0).data(ConversationModel::RowTypeRole).toInt(), int(ConversationModel::RowType::StepHeader));
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("Step 1")));
    // The moderator heard by Bo repeats what Ann heard; Bo hearing Ann repeats her TALK.
    QCOMPARE(model.index(1).data(ConversationModel::EchoRole).toBool(), false);
    QCOMPARE(model.index(2).data(ConversationModel::EchoRole).toBool(), true);
    QCOMPARE(model.index(5).data(ConversationModel::EchoRole).toBool(), true);
    QCOMPARE(model.index(4).data(ConversationModel::TargetRole).toString(), QStringLiteral("Bo"));
    QCOMPARE(model.agents(), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bo")}));
    QCOMPARE(model.event(model.index(4))->content, QStringLiteral("Ann answers 1"));
    QVERIFY(!model.event(model.index(0)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestConversationModel::typingRows()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 seq = 1;
    model.appendEvents(step(1, seq));
    const int base = model.rowCount();
    model.setTyping(QStringLiteral("Ann"), QStringLiteral("I thi"));
    model.setTyping(QStringLiteral("Bo"), QStringLiteral("Well"));
    model.setTyping(QStringLiteral("Ann"), QStringLiteral("I think"));
    QCOMPARE(model.rowCount(), base + 2);
    QCOMPARE(model.index(base).data(ConversationModel::ContentRole).toString(), QStringLiteral("I think"));
    QCOMPARE(model.index(base).data(ConversationModel::RowTypeRole).toInt(), int(ConversationModel::RowType::Typing));
    model.setTyping(QStringLiteral("Bo"), QString());
    QCOMPARE(model.rowCount(), base + 1);
    model.appendEvents(step(2, seq)); // the step's events replace what was streaming
    QCOMPARE(model.rowCount(), base + 8);
    QCOMPARE(model.index(model.rowCount() - 1).data(ConversationModel::RowTypeRole).toInt(), int(ConversationModel::RowType::Event));
}

void TestConversationModel::filters()
{
    ConversationModel model;
    ConversationFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 seq = 1;
    model.appendEvents(step(1, seq));
    // Default: headers, the moderator once, thought, two talks (no echoes, no DONE).
    QCOMPARE(filter.rowCount(), 5);
    filter.setShown(ConversationFilter::Thoughts, false);
    QCOMPARE(filter.rowCount(), 4);
    filter.setHiddenAgents({QStringLiteral("Bo")});
    QCOMPARE(filter.rowCount(), 3); // header, moderator to Ann, Ann's talk
    filter.setHiddenAgents({});
    filter.setShown(ConversationFilter::Echoes, true);
    QCOMPARE(filter.rowCount(), 6);
    filter.setSearch(QStringLiteral("bo answers"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ConversationModel::ContentRole).toString(), QStringLiteral("Bo answers 1"));
    model.appendEvents(step(2, seq)); // filtering keeps up with new batches
    QCOMPARE(filter.rowCount(), 2);
}

void TestConversationModel::stableColours()
{
    QCOMPARE(ConversationModel::colorFor(QStringLiteral("Amara Okafor")), ConversationModel::colorFor(QStringLiteral("Amara Okafor")));
    QVERIFY(ConversationModel::colorFor(QStringLiteral("Amara Okafor")) != ConversationModel::colorFor(QStringLiteral("Kenji Watanabe")));
    QCOMPARE(ConversationModel::initialsOf(QStringLiteral("Sofía Ramírez")), QStringLiteral("SR"));
    QCOMPARE(ConversationModel::initialsOf(QStringLiteral("Moderator")), QStringLiteral("M"));
}

void TestConversationModel::hundredThousandEvents()
{
    ConversationModel model;
    ConversationFilter filter;
    filter.setSourceModel(&model);
    qint64 seq = 1;
    int n = 0;
    while (model.events().size() < 100000)
        model.appendEvents(step(++n, seq));
    QCOMPARE(model.events().size(), qsizetype(7 * n));
    QCOMPARE(model.rowCount(), 8 * n);
    QCOMPARE(model.headerRow(n), 8 * (n - 1));
    QCOMPARE(filter.rowCount(), 5 * n);
    filter.setSearch(QStringLiteral("answers 14285"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearch({});
    filter.setHiddenAgents({QStringLiteral("Ann")});
    QCOMPARE(filter.rowCount(), 2 * n); // the header and Bo's talk (Bo hearing the moderator repeats Ann)
}

QTEST_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
