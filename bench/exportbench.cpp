// troupe-export-bench [RESPONDENTS]: builds a study result table of RESPONDENTS (default
// 1,000) respondents x 7 questions (one of each type, every respondent with persona
// attributes and a justification per answer, 3% of answers missing) and times each export
// format, best of three runs, printing one line per format. The target is under 2 s each.
#include "study/export.h"
#include "study/resulttable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace troupe;
using Json = nlohmann::json;

namespace {

Question question(const char *json)
{
    std::vector<FieldProblem> problems;
    return *Question::parse(nlohmann::ordered_json::parse(json), problems);
}

ResultTable buildTable(int respondents)
{
    const QList<Question> qs = {
        question(R"({"id": "vote", "type": "likert", "text": "If you saw this at your supermarket, how likely would you be to buy it?", "scale": {"min": 1, "max": 5, "labels": {"1": "certainly not", "5": "certainly"}}, "ssr": true})"),
        question(R"({"id": "why", "type": "open", "text": "What is the main reason for your answer?"})"),
        question(R"({"id": "pick", "type": "choice", "text": "Which ad would you click?", "options": ["A", "B", "C", "D", "E"]})"),
        question(R"({"id": "features", "type": "multi", "text": "Which matter to you?", "options": ["Spare parts", "Warranty", "Quiet", "App", "Price", "Design"], "min": 1, "max": 3})"),
        question(R"({"id": "order", "type": "ranking", "text": "Rank the ads", "options": ["A", "B", "C", "D", "E"]})"),
        question(R"({"id": "price", "type": "numeric", "text": "Most you would pay?", "min": 0, "max": 300, "unit": "USD"})"),
        question(R"({"id": "buy", "type": "yes_no", "text": "Would you consider buying it next year?"})")};
    ResultTable t(QStringLiteral("Export benchmark"), qs);
    QRandomGenerator rng(42);
    const QStringList genders = {QStringLiteral("Female"), QStringLiteral("Male"), QStringLiteral("Non-binary")};
    const QStringList states = {QStringLiteral("Ohio, USA"), QStringLiteral("Texas, USA"), QStringLiteral("Oregon, USA"), QStringLiteral("Maine, USA")};
    const QString reason = QStringLiteral("Because it fits how I shop on a weekday, and \"cold soup\" is not something my family would try, though the price seems fair.");
    for (int i = 0; i < respondents; ++i) {
        Json persona = {{"name", QStringLiteral("Person %1").arg(i).toStdString()},
                        {"age", 18 + int(rng.bounded(70))},
                        {"gender", genders[int(rng.bounded(3))].toStdString()},
                        {"nationality", "American"},
                        {"residence", states[int(rng.bounded(4))].toStdString()},
                        {"occupation", {{"title", "Nurse"}}},
                        {"education", "Some college"}};
        const int row = t.addRespondent({1, QStringLiteral("Person %1").arg(i), {}, std::nullopt,
                                         Respondent::attributesOf(persona, Json{{"political affiliation", "Independent"}})});
        for (int q = 0; q < qs.size(); ++q) {
            ResultAnswer a;
            a.eventSeq = i * 10 + q;
            a.justification = reason;
            if (rng.bounded(100) < 3) {
                a.state = ResultAnswer::State::Missing;
                a.missingReason = QStringLiteral("value: expected a whole number from 1 to 5, found text \"4\"");
                t.setAnswer(row, q, a);
                continue;
            }
            a.state = ResultAnswer::State::Answered;
            switch (qs[q].type) {
            case QuestionType::Likert:
                a.value = 1 + int(rng.bounded(5));
                a.ssr = Json::array({0.1, 0.2, 0.3, 0.3, 0.1});
                break;
            case QuestionType::Open: a.value = reason.toStdString(); break;
            case QuestionType::Choice: a.value = qs[q].options[int(rng.bounded(5))].toStdString(); break;
            case QuestionType::Multi: a.value = Json::array({"Warranty", "Price"}); break;
            case QuestionType::Ranking: a.value = Json::array({"C", "A", "E", "B", "D"}); break;
            case QuestionType::Numeric: a.value = double(rng.bounded(30000)) / 100.0; break;
            case QuestionType::YesNo: a.value = rng.bounded(2) ? "yes" : "no"; break;
            }
            t.setAnswer(row, q, a);
        }
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int respondents = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    QElapsedTimer build;
    build.start();
    const ResultTable table = buildTable(respondents);
    std::printf("table: %d respondents x %d questions (%d answers) built in %.1f ms\n", respondents,
                int(table.questions().size()), respondents * int(table.questions().size()), build.nsecsElapsed() / 1e6);
    QTemporaryDir dir;
    int failures = 0;
    for (ExportFormat f : {ExportFormat::TidyCsv, ExportFormat::WideCsv, ExportFormat::Json, ExportFormat::Xlsx, ExportFormat::Sav}) {
        const QString path = dir.filePath(QStringLiteral("results.") + exportFormatName(f));
        double best = 1e18;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Status s = exportResults(table, f, path);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!s) {
                std::printf("%-9s failed: %s\n", qPrintable(exportFormatName(f)), qPrintable(s.error()));
                ++failures;
                break;
            }
            best = std::min(best, ms);
        }
        std::printf("%-9s %8.1f ms  %9lld bytes  %s\n", qPrintable(exportFormatName(f)), best, QFileInfo(path).size(),
                    best < 2000 ? "(under 2 s)" : "(OVER 2 s)");
    }
    return failures == 0 ? 0 : 1;
}
