// The conversation model and its filter: batches, step headers, echoes, typing rows,
// filters and search, checked by QAbstractItemModelTester; and 100,000 events.
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"

#include <QAbstractItemModelTester>

#include <array>
#include <cmath>
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
    void broadcastIsOneRowToEveryone();
    void worldEventsAreNotAgents();
    void heardOffKeepsTheModerator();
    void paletteNeighboursDiffer();
    void revealLimitInsertsAndRemoves();
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

void TestConversationModel::broadcastIsOneRowToEveryone()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParticipants({QStringLiteral("Ann"), QStringLiteral("Bo")});
    qint64 seq = 1;
    model.appendEvents(step(1, seq));
    const QModelIndex first = model.index(1);
    QCOMPARE(first.data(ConversationModel::ListenersRole).toStringList(), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bo")}));
    QVERIFY(first.data(ConversationModel::EveryoneRole).toBool());
    QCOMPARE(ConversationModel::Origin(first.data(ConversationModel::OriginRole).toInt()), ConversationModel::Origin::OutsideVoice);
    QVERIFY(model.index(2).data(ConversationModel::EchoRole).toBool());
    // Heard by one of three: not "everyone".
    ConversationModel three;
    three.setParticipants({QStringLiteral("Ann"), QStringLiteral("Bo"), QStringLiteral("Cy")});
    seq = 1;
    three.appendEvents(step(1, seq));
    QVERIFY(!three.index(1).data(ConversationModel::EveryoneRole).toBool());
    // A listener arriving in a later batch of the same step updates the first row.
    ConversationModel split;
    split.setParticipants({QStringLiteral("Ann"), QStringLiteral("Bo")});
    RunEvents batch = step(1, seq);
    int changed = 0;
    connect(&split, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &tl) { changed += tl.row() == 1; });
    split.appendEvents(batch.mid(0, 1));
    QVERIFY(!split.index(1).data(ConversationModel::EveryoneRole).toBool());
    split.appendEvents(batch.mid(1));
    QCOMPARE(changed, 1);
    QVERIFY(split.index(1).data(ConversationModel::EveryoneRole).toBool());
}

void TestConversationModel::worldEventsAreNotAgents()
{
    ConversationModel model;
    model.setParticipants({QStringLiteral("Ann"), QStringLiteral("Bo")});
    model.appendEvents({::event(1, 1, QStringLiteral("Ann"), QStringLiteral("stimulus"), QStringLiteral("INTERNAL_GOAL_FORMULATION"), QStringLiteral("Be honest.")),
                        ::event(2, 1, QStringLiteral("Bo"), QStringLiteral("stimulus"), QStringLiteral("INTERNAL_GOAL_FORMULATION"), QStringLiteral("Be honest.")),
                        ::event(3, 1, QStringLiteral("Ann"), QStringLiteral("action"), QStringLiteral("TALK"), QStringLiteral("Hi"), QStringLiteral("Ann"))});
    const QModelIndex goal = model.index(1);
    QCOMPARE(ConversationModel::Origin(goal.data(ConversationModel::OriginRole).toInt()), ConversationModel::Origin::World);
    QVERIFY(goal.data(ConversationModel::InitialsRole).toString().isEmpty()); // not Ann's avatar
    QVERIFY(goal.data(ConversationModel::ColorRole).value<QColor>() != model.colorOf(QStringLiteral("Ann")));
    QVERIFY(goal.data(ConversationModel::EveryoneRole).toBool());
    QCOMPARE(model.index(3).data(ConversationModel::ColorRole).value<QColor>(), ConversationModel::paletteColor(0));
    QCOMPARE(model.colorOf(QStringLiteral("Bo")), ConversationModel::paletteColor(1)); // by place in the run, not by name
}

void TestConversationModel::heardOffKeepsTheModerator()
{
    ConversationModel model;
    ConversationFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setParticipants({QStringLiteral("Ann"), QStringLiteral("Bo")});
    qint64 seq = 1;
    model.appendEvents(step(1, seq));
    filter.setShown(ConversationFilter::Stimuli, false);
    QCOMPARE(filter.rowCount(), 5); // header, the moderator, thought, two talks
    QCOMPARE(filter.index(1, 0).data(ConversationModel::SourceRole).toString(), QStringLiteral("Moderator"));
    filter.setShown(ConversationFilter::Voices, false);
    QCOMPARE(filter.rowCount(), 4);
}

namespace {
double deltaE(const QColor &a, const QColor &b)
{
    auto lab = [](const QColor &c) {
        auto lin = [](double u) { return u <= 0.04045 ? u / 12.92 : std::pow((u + 0.055) / 1.055, 2.4); };
        const double r = lin(c.redF()), g = lin(c.greenF()), bl = lin(c.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047, y = 0.2126 * r + 0.7152 * g + 0.0722 * bl,
                     z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
} // namespace

void TestConversationModel::paletteNeighboursDiffer()
{
    // Neighbours (the order agents get colours in) differ clearly; any two of the first six too.
    QCOMPARE(ConversationModel::paletteSize(), 12);
    for (int i = 0; i + 1 < ConversationModel::paletteSize(); ++i)
        QVERIFY2(deltaE(ConversationModel::paletteColor(i), ConversationModel::paletteColor(i + 1)) > 30, qPrintable(QString::number(i)));
    for (int i = 0; i < 6; ++i)
        for (int j = i + 1; j < 6; ++j)
            QVERIFY2(deltaE(ConversationModel::paletteColor(i), ConversationModel::paletteColor(j)) > 30,
                     qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
}

void TestConversationModel::revealLimitInsertsAndRemoves()
{
    ConversationModel model;
    ConversationFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 seq = 1;
    model.appendEvents(step(1, seq));
    model.appendEvents(step(2, seq));
    QCOMPARE(filter.rowCount(), 10);
    int resets = 0;
    connect(&filter, &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    filter.setRevealLimit(model.headerRow(2)); // step 1 only
    QCOMPARE(filter.rowCount(), 5);
    filter.setRevealLimit(0);
    QCOMPARE(filter.rowCount(), 0);
    filter.setRevealLimit(model.headerRow(2) + 2); // step 1, the next header and the moderator
    QCOMPARE(filter.rowCount(), 7);
    filter.setShown(ConversationFilter::Thoughts, false); // filters keep the limit
    QCOMPARE(filter.rowCount(), 6);
    filter.setRevealLimit(-1);
    QCOMPARE(filter.rowCount(), 8);
    QCOMPARE(resets, 1); // only the filter change reset
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
    QCOMPARE(filter.rowCount(), 3 * n); // the header, the moderator (Bo heard it too) and Bo's talk
}

QTEST_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
