// The Real Data tab driven with clicks and keys: the bundled offline gazpacho study against
// the real bottled gazpacho survey gives `troupe validate empirical`'s KS, chi-square and
// Wasserstein figures; malformed CSVs give their error with the line and crash nothing;
// ranking and multi-value columns are compared as core compares them; the mapping comes back
// when the run is shown again.
#include "helpers/studyfixture.h"

#include "empiricalpanel.h"
#include "experiment/empiricalcheck.h"
#include "intervalchart.h"
#include "testnames.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using Json = nlohmann::json;

namespace {

const QString kCsv = QStringLiteral(TROUPE_SHARED_DIR "/fixtures/tinytroupe/empirical/bottled_gazpacho.csv");

struct Cli
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Cli runTroupe(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TROUPE_CLI_PATH), args);
    p.waitForFinished(180000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

/** Picks an item of a combo box the way a user does: focus, then type its first letters. */
void typeInto(QComboBox *box, const QString &text)
{
    // Letters typed within the keyboard interval extend the last search: start a new one.
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    box->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(box, text);
}

} // namespace

class TestEmpiricalPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fixturePath; // the study fixture: vote, pick, features (multi), order (ranking)
    qint64 m_fixtureRun = 0;

    static void waitSubject(EmpiricalPanel &panel)
    {
        QSignalSpy loaded(&panel, &EmpiricalPanel::subjectLoaded);
        QVERIFY(loaded.wait(20000));
        QVERIFY2(loaded.first().at(0).toString().isEmpty(), qPrintable(loaded.first().at(0).toString()));
    }

    static void typePath(EmpiricalPanel &panel, const QString &path)
    {
        QSignalSpy loaded(&panel, &EmpiricalPanel::csvLoaded);
        panel.pathEdit()->setFocus(Qt::TabFocusReason);
        panel.pathEdit()->selectAll();
        QTest::keyClicks(panel.pathEdit(), path);
        QTest::keyClick(panel.pathEdit(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
    }

    static QString clickCompare(EmpiricalPanel &panel)
    {
        QSignalSpy done(&panel, &EmpiricalPanel::compared);
        if (!panel.compareButton()->isEnabled())
            return QStringLiteral("Compare is disabled");
        QTest::mouseClick(panel.compareButton(), Qt::LeftButton);
        if (!panel.isBusy() && done.isEmpty())
            return QStringLiteral("Compare did not start");
        if (!done.wait(60000))
            return QStringLiteral("Compare did not finish");
        return done.first().at(0).toString();
    }

    static int columnOf(const QTableWidget *t, const QString &header)
    {
        for (int c = 0; c < t->columnCount(); ++c)
            if (t->horizontalHeaderItem(c)->text() == header)
                return c;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixturePath = m_dir.filePath(QStringLiteral("fixture.troupe"));
        auto project = ProjectFile::create(m_fixturePath);
        QVERIFY2(project, qPrintable(project.error()));
        const test::StudyFixtureRun run = test::writeStudyRun(*project.value());
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        m_fixtureRun = run.runId;
    }

    void gazpachoAgainstTheRealSurvey()
    {
        if (!QFileInfo::exists(kCsv))
            QSKIP("the TinyTroupe fixtures are not next to the checkout (../shared)");
        const QString project = m_dir.filePath(QStringLiteral("gazpacho.troupe"));
        const Cli study = runTroupe({ QStringLiteral("study"), QStringLiteral("run"),
            QStringLiteral("bottled_gazpacho"), QStringLiteral("--project"), project });
        QVERIFY2(study.code == 0, study.err.constData());
        const Cli cli = runTroupe({ QStringLiteral("validate"), QStringLiteral("empirical"), QStringLiteral("last"),
            QStringLiteral("--project"), project, QStringLiteral("--csv"), kCsv, QStringLiteral("--column"),
            QStringLiteral("Vote"), QStringLiteral("--question"), QStringLiteral("vote"), QStringLiteral("--json") });
        QVERIFY2(cli.code == 0, cli.err.constData());
        const Json j = Json::parse(cli.out.toStdString());
        std::map<std::string, Json> tests;
        for (const Json &t : j.at("tests"))
            tests[t.at("name").get<std::string>()] = t;
        QVERIFY(tests.count("ks_2samp") && tests.count("chi_square") && tests.count("wasserstein"));
        // The known figure of the offline study of 50 US adults: D = 0.220 (11 of 50), whose
        // exact two-sided p for 50 against 50 is 0.179 (the Kolmogorov limit at 1.1 gives 0.178).
        QCOMPARE(j.at("n_sim").get<int>(), 50);
        QCOMPARE(QString::number(tests["ks_2samp"].at("statistic").get<double>(), 'f', 3), QStringLiteral("0.220"));
        QVERIFY(std::abs(tests["ks_2samp"].at("p").get<double>() - 0.179) < 0.001);

        EmpiricalPanel panel;
        panel.resize(1200, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSubject(project, QStringLiteral("last"), QStringLiteral("the last run"));
        waitSubject(panel);
        QVERIFY(!panel.compareButton()->isEnabled()); // no CSV yet
        typePath(panel, kCsv);
        QVERIFY(panel.errorLabel()->isHidden());
        QVERIFY2(panel.columnsLabel()->text().contains(QLatin1String("Gender Identity")),
            qPrintable(panel.columnsLabel()->text()));
        QCOMPARE(panel.matchTable()->rowCount(), 7);
        // Map Vote → vote with the keyboard (away from the guess first, then back).
        typeInto(panel.columnBox(), QStringLiteral("Resp"));
        QCOMPARE(panel.columnBox()->currentText(), QStringLiteral("Responder #"));
        typeInto(panel.columnBox(), QStringLiteral("Vote"));
        QCOMPARE(panel.columnBox()->currentText(), QStringLiteral("Vote"));
        typeInto(panel.questionBox(), QStringLiteral("vote"));
        QCOMPARE(panel.questionBox()->currentData().toString(), QStringLiteral("vote"));
        const QString error = clickCompare(panel);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QTableWidget *t = panel.resultsTable();
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("All respondents"));
        QCOMPARE(t->item(0, columnOf(t, QStringLiteral("n simulated")))->text(), QStringLiteral("50"));
        QCOMPARE(t->item(0, columnOf(t, QStringLiteral("n real")))->text(), QString::number(j.at("n_real").get<int>()));
        const int ksD = columnOf(t, QStringLiteral("KS D")), ksP = columnOf(t, QStringLiteral("KS p"));
        QCOMPARE(t->item(0, ksD)->text(), QStringLiteral("0.220"));
        QVERIFY(near(t->item(0, ksD)->data(Qt::UserRole).toDouble(), tests["ks_2samp"].at("statistic").get<double>()));
        QVERIFY(near(t->item(0, ksP)->data(Qt::UserRole).toDouble(), tests["ks_2samp"].at("p").get<double>()));
        QCOMPARE(t->item(0, ksP)->text(), pValueText(tests["ks_2samp"].at("p").get<double>()));
        const int chi = columnOf(t, QStringLiteral("χ²")), chiP = columnOf(t, QStringLiteral("χ² p"));
        QVERIFY(
            near(t->item(0, chi)->data(Qt::UserRole).toDouble(), tests["chi_square"].at("statistic").get<double>()));
        QVERIFY(near(t->item(0, chiP)->data(Qt::UserRole).toDouble(), tests["chi_square"].at("p").get<double>()));
        QCOMPARE(t->item(0, columnOf(t, QStringLiteral("df")))->text(),
            QString::number(tests["chi_square"].at("df").get<double>(), 'f', 0));
        const int wass = columnOf(t, QStringLiteral("Wasserstein"));
        QVERIFY(
            near(t->item(0, wass)->data(Qt::UserRole).toDouble(), tests["wasserstein"].at("statistic").get<double>()));
        const int diff = columnOf(t, QStringLiteral("Mean diff. (sim − real)"));
        QVERIFY(near(
            t->item(0, diff)->data(Qt::UserRole).toDouble(), j.at("mean_difference").at("estimate").get<double>()));

        // The chart: the real and the simulated share of each vote, 1 to 5, with intervals.
        const IntervalChartData &d = panel.chart()->data();
        QCOMPARE(d.series, QStringList({ QStringLiteral("real"), QStringLiteral("simulated") }));
        QCOMPARE(d.groups,
            QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                QStringLiteral("5") }));
        double realTotal = 0, simTotal = 0;
        for (const auto &row : d.cells) {
            QVERIFY(row[0].hasInterval() && row[1].hasInterval());
            realTotal += row[0].value;
            simTotal += row[1].value;
        }
        QVERIFY(near(realTotal, 1) && near(simTotal, 1));

        // Subgroups: Age Range → the respondents' age, picked in the table's combo by keyboard.
        QComboBox *ageBox = nullptr;
        for (int row = 0; row < panel.matchTable()->rowCount(); ++row)
            if (panel.matchTable()->item(row, 0)->text() == QLatin1String("Age Range"))
                ageBox = qobject_cast<QComboBox *>(panel.matchTable()->cellWidget(row, 1));
        QVERIFY(ageBox);
        typeInto(ageBox, QStringLiteral("(not"));
        QCOMPARE(ageBox->currentIndex(), 0);
        typeInto(ageBox, QStringLiteral("age"));
        const QString age = ageBox->currentData().toString();
        QCOMPARE(age.toLower(), QStringLiteral("age"));
        QVERIFY(clickCompare(panel).isEmpty());
        const Cli sub = runTroupe({ QStringLiteral("validate"), QStringLiteral("empirical"), QStringLiteral("last"),
            QStringLiteral("--project"), project, QStringLiteral("--csv"), kCsv, QStringLiteral("--column"),
            QStringLiteral("Vote"), QStringLiteral("--question"), QStringLiteral("vote"), QStringLiteral("--match"),
            QStringLiteral("Age Range=") + age, QStringLiteral("--json") });
        QVERIFY2(sub.code == 0, sub.err.constData());
        const Json sj = Json::parse(sub.out.toStdString());
        QCOMPARE(t->rowCount(), 1 + int(sj.at("subgroups").size()));
        for (size_t i = 0; i < sj.at("subgroups").size(); ++i) {
            const Json &g = sj.at("subgroups")[i];
            const int row = int(i) + 1;
            QVERIFY(t->item(row, 0)->text().startsWith(
                QStringLiteral("Age Range = %1").arg(QString::fromStdString(g.at("value").get<std::string>()))));
            QCOMPARE(t->item(row, 1)->text(), QString::number(g.at("n_sim").get<int>()));
            QCOMPARE(t->item(row, 2)->text(), QString::number(g.at("n_real").get<int>()));
        }
    }

    void gazpachoExperimentPooled()
    {
        // The bundled experiment's six runs pooled (300 simulated answers against 50 real):
        // the known figure KS D = 0.220, p = 0.028, as validate empirical gives it.
        if (!QFileInfo::exists(kCsv))
            QSKIP("the TinyTroupe fixtures are not next to the checkout (../shared)");
        const QString project = m_dir.filePath(QStringLiteral("experiment.troupe"));
        const Cli run = runTroupe({ QStringLiteral("experiment"), QStringLiteral("run"),
            QStringLiteral("gazpacho_price"), QStringLiteral("--project"), project });
        QVERIFY2(run.code == 0, run.err.constData());
        const QString name = QStringLiteral("gazpacho price");
        const Cli cli = runTroupe({ QStringLiteral("validate"), QStringLiteral("empirical"), name,
            QStringLiteral("--project"), project, QStringLiteral("--csv"), kCsv, QStringLiteral("--column"),
            QStringLiteral("Vote"), QStringLiteral("--question"), QStringLiteral("vote"), QStringLiteral("--json") });
        QVERIFY2(cli.code == 0, cli.err.constData());
        const Json j = Json::parse(cli.out.toStdString());
        QCOMPARE(j.at("n_sim").get<int>(), 300);
        Json ks;
        for (const Json &t : j.at("tests"))
            if (t.at("name") == "ks_2samp")
                ks = t;
        QVERIFY(std::abs(ks.at("p").get<double>() - 0.028) < 0.001);

        EmpiricalPanel panel;
        panel.show();
        panel.setSubject(project, name, name);
        waitSubject(panel);
        typePath(panel, kCsv);
        typeInto(panel.questionBox(), QStringLiteral("vote"));
        const QString error = clickCompare(panel);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTableWidget *t = panel.resultsTable();
        QCOMPARE(t->item(0, columnOf(t, QStringLiteral("n simulated")))->text(), QStringLiteral("300"));
        QCOMPARE(t->item(0, columnOf(t, QStringLiteral("KS D")))->text(), QStringLiteral("0.220"));
        QCOMPARE(t->item(0, columnOf(t, QStringLiteral("KS p")))->text(), QStringLiteral("0.0279"));
        QVERIFY(near(
            t->item(0, columnOf(t, QStringLiteral("KS p")))->data(Qt::UserRole).toDouble(), ks.at("p").get<double>()));
    }

    void malformedCsvShowsItsLine()
    {
        EmpiricalPanel panel;
        panel.show();
        panel.setSubject(m_fixturePath, QString::number(m_fixtureRun), QStringLiteral("the fixture"));
        waitSubject(panel);
        const QString unclosed = writeFile(m_dir, QStringLiteral("unclosed.csv"), "Vote,Age\n4,30\n\"5,40\n");
        typePath(panel, unclosed);
        QVERIFY(panel.errorLabel()->isVisible());
        QVERIFY2(panel.errorLabel()->text().contains(QLatin1String("unclosed.csv:3")),
            qPrintable(panel.errorLabel()->text()));
        QVERIFY(!panel.compareButton()->isEnabled());
        QCOMPARE(panel.columnBox()->count(), 0);
        const QString wide = writeFile(m_dir, QStringLiteral("wide.csv"), "Vote,Age\n4,30\n5,40,extra\n");
        typePath(panel, wide);
        QVERIFY2(
            panel.errorLabel()->text().contains(QLatin1String("wide.csv:3")), qPrintable(panel.errorLabel()->text()));
        typePath(panel, m_dir.filePath(QStringLiteral("absent.csv")));
        QVERIFY(panel.errorLabel()->text().contains(QLatin1String("absent.csv")));
        const QString empty = writeFile(m_dir, QStringLiteral("empty.csv"), "");
        typePath(panel, empty);
        QVERIFY(panel.errorLabel()->isVisible());
        // A readable file whose column is not numbers: core's error, shown, nothing else changes.
        const QString words = writeFile(m_dir, QStringLiteral("words.csv"), "Vote,Age\nyes,30\nno,40\n");
        typePath(panel, words);
        QVERIFY(panel.errorLabel()->isHidden());
        typeInto(panel.kindBox(), QStringLiteral("numeric"));
        typeInto(panel.questionBox(), QStringLiteral("vote"));
        const QString error = clickCompare(panel);
        QVERIFY(!error.isEmpty());
        QVERIFY(panel.errorLabel()->isVisible());
        QVERIFY2(panel.errorLabel()->text().contains(QLatin1String("Vote")), qPrintable(panel.errorLabel()->text()));
        QCOMPARE(panel.resultsTable()->rowCount(), 0);
        // Tab through every control: nothing crashes on focus changes.
        panel.pathEdit()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &panel, Qt::Key_Tab);
    }

    void rankingAndMultiColumns()
    {
        const QString csv = writeFile(m_dir, QStringLiteral("ads.csv"),
            "Id,Order,Features,Age\n1,A-B-C,price; taste,25\n2,B-A-C,taste,31\n3,A-C-B,health; price,45\n"
            "4,C-B-A,taste; health,52\n");
        auto project = ProjectFile::open(m_fixturePath);
        QVERIFY(project);
        EmpiricalCheck core;
        core.which = QString::number(m_fixtureRun);
        core.csvPath = csv;

        EmpiricalPanel panel;
        panel.show();
        panel.setSubject(m_fixturePath, QString::number(m_fixtureRun), QStringLiteral("the fixture"));
        waitSubject(panel);
        panel.setOpenPathHook([&] { return csv; });
        QSignalSpy loaded(&panel, &EmpiricalPanel::csvLoaded);
        QTest::mouseClick(panel.browseButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel.pathEdit()->text(), csv);

        // A ranking by its first choice: a category, compared by chi-square.
        typeInto(panel.columnBox(), QStringLiteral("Order"));
        typeInto(panel.questionBox(), QStringLiteral("order"));
        typeInto(panel.kindBox(), QStringLiteral("ranking"));
        QVERIFY(panel.optionBox()->isEnabled());
        QCOMPARE(panel.optionBox()->currentText(), QStringLiteral("(first choice)"));
        QString error = clickCompare(panel);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        core.column = QStringLiteral("Order");
        core.questionId = QStringLiteral("order");
        core.kind = SurveyValueKind::Ranking;
        auto first = runEmpiricalCheck(*project.value(), core);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first.value().scale, Scale::Categorical);
        QTableWidget *t = panel.resultsTable();
        QCOMPARE(t->item(0, 1)->text(), QString::number(first.value().overall.nSim));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("3"));
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("4"));
        const stats::TestResult *chi = first.value().overall.test(QStringLiteral("chi_square"));
        QVERIFY(chi);
        QVERIFY(near(t->item(0, columnOf(t, QStringLiteral("χ²")))->data(Qt::UserRole).toDouble(), chi->statistic));
        QVERIFY(panel.chart()->data().groups.contains(QStringLiteral("A")));

        // The position of item B: a number per respondent, compared by KS and Wasserstein.
        panel.optionBox()->setFocus(Qt::TabFocusReason);
        panel.optionBox()->lineEdit()->selectAll();
        QTest::keyClicks(panel.optionBox()->lineEdit(), QStringLiteral("B"));
        QCOMPARE(panel.currentCheck().option, QStringLiteral("B"));
        error = clickCompare(panel);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        core.option = QStringLiteral("B");
        auto position = runEmpiricalCheck(*project.value(), core);
        QVERIFY2(position, qPrintable(position.error()));
        QCOMPARE(position.value().scale, Scale::Numeric);
        const stats::TestResult *ks = position.value().overall.test(QStringLiteral("ks_2samp"));
        QVERIFY(ks);
        QVERIFY(near(t->item(0, columnOf(t, QStringLiteral("KS D")))->data(Qt::UserRole).toDouble(), ks->statistic));
        QVERIFY(near(t->item(0, columnOf(t, QStringLiteral("Mean diff. (sim − real)")))->data(Qt::UserRole).toDouble(),
            position.value().overall.meanDifference->estimate));
        // Ann 2, Bo 1, Cy 3 against 2, 1, 3, 2: simulated 2.0, real 2.0.
        QVERIFY(near(position.value().overall.meanDifference->estimate, 0.0));

        // A multi-value column needs its option; then mentions of it are compared.
        typeInto(panel.columnBox(), QStringLiteral("Features"));
        typeInto(panel.questionBox(), QStringLiteral("features"));
        typeInto(panel.kindBox(), QStringLiteral("multi"));
        panel.optionBox()->lineEdit()->clear();
        error = clickCompare(panel);
        QVERIFY2(error.contains(QLatin1String("option")),
            qPrintable(error + QStringLiteral(" / option: ") + panel.currentCheck().option));
        QVERIFY(panel.errorLabel()->isVisible());
        panel.optionBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(panel.optionBox()->lineEdit(), QStringLiteral("taste"));
        error = clickCompare(panel);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(panel.errorLabel()->isHidden());
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("4")); // Ann, Bo, Cy and Di chose features
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("4"));
        const IntervalChartData &d = panel.chart()->data();
        const qsizetype yes = d.groups.indexOf(QStringLiteral("yes"));
        QVERIFY(yes >= 0);
        QVERIFY(near(d.cells[size_t(yes)][0].value, 0.75)); // real: 3 of 4 name taste
        QVERIFY(near(d.cells[size_t(yes)][1].value, 0.5)); // simulated: Bo and Cy
    }

    void mappingComesBack()
    {
        const QString csv
            = writeFile(m_dir, QStringLiteral("votes.csv"), "Score,Age Band\n4,18-39\n2,40+\n5,18-39\n3,40+\n");
        const QString which = QString::number(m_fixtureRun);
        {
            EmpiricalPanel panel;
            panel.show();
            panel.setSubject(m_fixturePath, which, QStringLiteral("the fixture"));
            waitSubject(panel);
            typePath(panel, csv);
            typeInto(panel.columnBox(), QStringLiteral("Score"));
            typeInto(panel.questionBox(), QStringLiteral("vote"));
            auto *box = qobject_cast<QComboBox *>(panel.matchTable()->cellWidget(1, 1));
            QVERIFY(box);
            typeInto(box, QStringLiteral("age"));
            QCOMPARE(box->currentData().toString(), QStringLiteral("age"));
            QCOMPARE(panel.matchTable()->item(1, 0)->checkState(), Qt::Checked);
            const QString error = clickCompare(panel);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(panel.resultsTable()->rowCount(), 3); // all, 18-39, 40+
        }
        EmpiricalPanel again;
        again.show();
        QSignalSpy loaded(&again, &EmpiricalPanel::csvLoaded);
        again.setSubject(m_fixturePath, which, QStringLiteral("the fixture"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(again.pathEdit()->text(), csv);
        QCOMPARE(again.columnBox()->currentText(), QStringLiteral("Score"));
        QCOMPARE(again.questionBox()->currentData().toString(), QStringLiteral("vote"));
        const EmpiricalCheck check = again.currentCheck();
        // And the comparison is shown again without a click.
        QTRY_COMPARE_WITH_TIMEOUT(again.resultsTable()->rowCount(), 3, 20000);
        QCOMPARE(check.matches.size(), size_t(1));
        QCOMPARE(check.matches.front().realColumn, QStringLiteral("Age Band"));
        QCOMPARE(check.matches.front().simAttribute, QStringLiteral("age"));
    }
};

QTEST_MAIN(TestEmpiricalPanel)
#include "tst_empiricalpanel.moc"
