// Study summaries against figures worked out by hand (and Wilson intervals as published):
// counts and shares, top-2 box, the t interval of the mean, multi shares, mean rank and
// Borda, numeric histograms, open-answer labels, missing reasons and crosstabs by a persona
// attribute (age in ranges) and a population dimension.
#include "helpers/studyfixture.h"

#include "study/studysummary.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;

class TestStudySummary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    StudySummary summary()
    {
        auto p = ProjectFile::create(m_dir.filePath(QStringLiteral("s%1.troupe").arg(++m_files)));
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        const auto run = test::writeStudyRun(*p.value());
        if (!run.error.isEmpty())
            qFatal("%s", qPrintable(run.error));
        auto s = summarizeStudyRun(StudyStore(*p.value()), run.runId);
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return s.value();
    }

    static QList<int> counts(const QuestionSummary &q)
    {
        QList<int> out;
        for (const CategoryCount &c : q.categories)
            out.append(c.count);
        return out;
    }

private slots:
    void likertCountsTopTwoBoxAndMean()
    {
        const StudySummary s = summary();
        QCOMPARE(s.respondents, 6);
        const QuestionSummary *q = s.question(QStringLiteral("vote"));
        QVERIFY(q);
        QCOMPARE(q->answered, 5);
        QCOMPARE(q->missing, 1);
        QCOMPARE(counts(*q), (QList<int>{0, 1, 0, 2, 2}));
        QCOMPARE(q->categories.first().label, QStringLiteral("1 would never buy"));
        QCOMPARE(q->categories[3].label, QStringLiteral("4"));
        QCOMPARE(q->categories[4].share.estimate, 0.4);
        // Values 5 4 4 2 5: mean 4, sd sqrt(1.5), t(0.975, 4) = 2.776445.
        QCOMPARE(q->values.n, 5);
        QCOMPARE(q->values.mean, 4.0);
        QVERIFY(qAbs(q->values.sd - 1.2247449) < 1e-6);
        QVERIFY(qAbs(q->values.ci.lo - 2.4792784) < 1e-5);
        QVERIFY(qAbs(q->values.ci.hi - 5.5207216) < 1e-5);
        // Top-2 box 4/5; Wilson 95%: 0.3755 to 0.9638.
        QVERIFY(q->topTwoBox);
        QCOMPARE(q->topTwoBox->successes, 4);
        QVERIFY(qAbs(q->topTwoBox->ci.lo - 0.3755) < 1e-4);
        QVERIFY(qAbs(q->topTwoBox->ci.hi - 0.9638) < 1e-4);
    }

    void missingAnswersKeepTheirReasons()
    {
        const StudySummary s = summary();
        const QuestionSummary *q = s.question(QStringLiteral("vote"));
        QCOMPARE(q->missingReasons.size(), 1);
        QCOMPARE(q->missingReasons.first().second, 1);
        QVERIFY(q->missingReasons.first().first.contains(QStringLiteral("found text")));
        QCOMPARE(q->missingAnswers.first().agent, QStringLiteral("Di"));
        QCOMPARE(q->missingAnswers.first().eventSeq, std::optional<qint64>(4));
        const QuestionSummary *pick = s.question(QStringLiteral("pick"));
        QCOMPARE(pick->notAsked, 1);
        QCOMPARE(pick->missing, 0);
    }

    void choiceAndYesNoCounts()
    {
        const StudySummary s = summary();
        const QuestionSummary *pick = s.question(QStringLiteral("pick"));
        QCOMPARE(counts(*pick), (QList<int>{2, 1, 2}));
        QCOMPARE(pick->categories[1].share.estimate, 0.2);
        QVERIFY(!pick->topTwoBox);
        const QuestionSummary *buy = s.question(QStringLiteral("buy"));
        QCOMPARE(counts(*buy), (QList<int>{2, 1}));
        QCOMPARE(buy->categories.first().label, QStringLiteral("yes"));
    }

    void multiSharesAreOfRespondents()
    {
        const StudySummary s = summary();
        const QuestionSummary *q = s.question(QStringLiteral("features"));
        QCOMPARE(q->answered, 4);
        QCOMPARE(counts(*q), (QList<int>{2, 2, 2}));
        QCOMPARE(q->categories.first().share.estimate, 0.5);
    }

    void rankingMeanRankAndBorda()
    {
        const StudySummary s = summary();
        const QuestionSummary *q = s.question(QStringLiteral("order"));
        QCOMPARE(q->ranking.size(), 3);
        // A B C / B A C / A C B: mean ranks 4/3, 2, 8/3; Borda (2 for first) 5, 3, 1.
        QVERIFY(qAbs(q->ranking[0].meanRank - 4.0 / 3) < 1e-12);
        QCOMPARE(q->ranking[1].meanRank, 2.0);
        QVERIFY(qAbs(q->ranking[2].meanRank - 8.0 / 3) < 1e-12);
        QCOMPARE(q->ranking[0].borda, 5);
        QCOMPARE(q->ranking[1].borda, 3);
        QCOMPARE(q->ranking[2].borda, 1);
        QCOMPARE(q->ranking[0].firstChoices, 2);
    }

    void numericHistogramMeanMedian()
    {
        const StudySummary s = summary();
        const QuestionSummary *q = s.question(QStringLiteral("price"));
        QCOMPARE(q->values.mean, 25.0);
        QCOMPARE(q->values.median, 25.0);
        // Four values: Sturges gives 3 bins; round edges 10 20 30 40, the last bin closed.
        QCOMPARE(q->binEdges, (QList<double>{10, 20, 30, 40}));
        QCOMPARE(counts(*q), (QList<int>{1, 1, 2}));
        QCOMPARE(q->categories.first().label, QStringLiteral("10–20"));
    }

    void openLabelsWithCountsAndQuotes()
    {
        const StudySummary s = summary();
        const QuestionSummary *q = s.question(QStringLiteral("why"));
        QVERIFY(q->labelled);
        QCOMPARE(q->labelMethod, QStringLiteral("keywords"));
        QCOMPARE(counts(*q), (QList<int>{3, 3}));
        QCOMPARE(q->quotes.size(), 6);
        QCOMPARE(q->quotes.first().text, QStringLiteral("Fresh and quick"));
        QCOMPARE(q->quotes.first().eventSeq, std::optional<qint64>(7));
        // Other types quote the justification.
        QCOMPARE(s.question(QStringLiteral("vote"))->quotes.first().text, QStringLiteral("I love cold soup in summer"));
    }

    void openWithoutLabelsHasNoCategories()
    {
        const StudySummary whySummary = summary();
        ResultTable t(QStringLiteral("x"), {whySummary.question(QStringLiteral("why"))->question});
        t.addRespondent(Respondent{1, QStringLiteral("Ann"), {}, {}, {}});
        ResultAnswer a;
        a.state = ResultAnswer::State::Answered;
        a.value = "fine";
        t.setAnswer(0, 0, a);
        const QuestionSummary q = summarizeQuestion(t, 0);
        QVERIFY(!q.labelled);
        QVERIFY(q.categories.isEmpty());
        QCOMPARE(q.answered, 1);
    }

    void ageIsBinned()
    {
        QCOMPARE(attributeGroup(QStringLiteral("age"), 17), QStringLiteral("<18"));
        QCOMPARE(attributeGroup(QStringLiteral("age"), 18), QStringLiteral("18–24"));
        QCOMPARE(attributeGroup(QStringLiteral("age"), 34), QStringLiteral("25–34"));
        QCOMPARE(attributeGroup(QStringLiteral("age"), 64.5), QStringLiteral("55–64"));
        QCOMPARE(attributeGroup(QStringLiteral("age"), 65), QStringLiteral("65+"));
        QCOMPARE(attributeGroup(QStringLiteral("age"), "40s"), QStringLiteral("40s"));
        QCOMPARE(attributeGroup(QStringLiteral("gender"), "Female"), QStringLiteral("Female"));
    }

    void crosstabByAge()
    {
        const StudySummary s = summary();
        QVERIFY(s.attributes.contains(QStringLiteral("age")));
        QVERIFY(s.attributes.contains(QStringLiteral("region")));
        auto t = studyCrosstab(s, QStringLiteral("vote"), QStringLiteral("age"));
        QVERIFY2(t, qPrintable(t.error()));
        // Di (70) has no vote, so 65+ is not a row.
        QCOMPARE(t.value().groups, (QStringList{QStringLiteral("18–24"), QStringLiteral("25–34"), QStringLiteral("45–54")}));
        QCOMPARE(t.value().categories.size(), 5);
        QCOMPARE(t.value().counts[0], (std::vector<int>{0, 0, 0, 0, 1}));
        QCOMPARE(t.value().counts[1], (std::vector<int>{0, 0, 0, 2, 0}));
        QCOMPARE(t.value().counts[2], (std::vector<int>{0, 1, 0, 0, 1}));
        QCOMPARE(t.value().groupTotals, (std::vector<int>{1, 2, 2}));
    }

    void crosstabByDimensionAndOpenLabels()
    {
        const StudySummary s = summary();
        auto t = studyCrosstab(s, QStringLiteral("why"), QStringLiteral("region"));
        QVERIFY2(t, qPrintable(t.error()));
        QCOMPARE(t.value().groups, (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
        // North: Ann, Bo, Cy (fresh, odd, fresh); South: Di, Ed, Flo (odd, odd, fresh).
        QCOMPARE(t.value().counts[0], (std::vector<int>{2, 1}));
        QCOMPARE(t.value().counts[1], (std::vector<int>{1, 2}));
        auto multi = studyCrosstab(s, QStringLiteral("features"), QStringLiteral("gender"));
        QVERIFY(multi);
        // Female: Ann (price, health), Cy (taste, health); Male: Bo (taste), Di (price).
        QCOMPARE(multi.value().groups, (QStringList{QStringLiteral("Female"), QStringLiteral("Male")}));
        QCOMPARE(multi.value().counts[0], (std::vector<int>{1, 1, 2}));
        QCOMPARE(multi.value().groupTotals, (std::vector<int>{2, 2}));
    }

    void crosstabRefusesUnknownNames()
    {
        const StudySummary s = summary();
        QVERIFY(!studyCrosstab(s, QStringLiteral("nope"), QStringLiteral("age")));
        auto t = studyCrosstab(s, QStringLiteral("vote"), QStringLiteral("shoe size"));
        QVERIFY(!t);
        QVERIFY(t.error().contains(QStringLiteral("shoe size")));
    }

    void notAStudyRunFails()
    {
        auto p = ProjectFile::create(m_dir.filePath(QStringLiteral("plain.troupe")));
        QVERIFY(p);
        RunStore::NewRun nr;
        nr.name = QStringLiteral("plain");
        nr.scenario = nlohmann::ordered_json::object();
        auto id = RunStore(*p.value()).createRun(nr);
        QVERIFY(id);
        QVERIFY(!summarizeStudyRun(StudyStore(*p.value()), id.value()));
    }
};

QTEST_GUILESS_MAIN(TestStudySummary)
#include "tst_studysummary.moc"
