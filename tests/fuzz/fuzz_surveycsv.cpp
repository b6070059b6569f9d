// Survey CSV files: the RFC 4180 reader, every column mapping over what it read, and the
// empirical comparison of the result with itself (attribute buckets parsed from the cells).

#include "analysis/empirical.h"
#include "analysis/surveycsv.h"
#include "util/csvreader.h"

#include <cstdio>
#include <cstdlib>

using namespace troupe;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

void mapEveryWay(const CsvTable &table)
{
    const QStringList attributes = table.header.mid(1);
    for (SurveyValueKind kind : {SurveyValueKind::Numeric, SurveyValueKind::Choice, SurveyValueKind::Ranking, SurveyValueKind::Multi}) {
        SurveyMapping m;
        m.question.column = table.header.front();
        m.question.kind = kind;
        m.attributes = attributes;
        const auto data = mapSurvey(table, m);
        if (!data) {
            check(!data.error().isEmpty(), "a failure without a message");
            continue;
        }
        const SurveyData &d = data.value();
        check(d.answers.size() == table.records.size(), "one answer per record");
        check(d.answered() + d.missingCount() == int(d.answers.size()), "answered + missing = records");
        int tallied = 0;
        for (const MissingTally &t : d.missing) {
            check(t.count > 0 && !t.reason.isEmpty(), "an empty tally");
            tallied += t.count;
        }
        check(tallied == d.missingCount(), "the tallies add up to the missing answers");
        const QStringList categories = d.categories();
        (void)d.numbers();
        (void)d.choices();
        const auto observations = d.observations();
        if (!categories.isEmpty()) {
            (void)d.rankPositions(categories.front());
            (void)d.mentions(categories.front());
        }
        (void)d.topChoices();
        if ((kind == SurveyValueKind::Numeric || kind == SurveyValueKind::Choice) && !attributes.isEmpty()) {
            const Scale scale = kind == SurveyValueKind::Numeric ? Scale::Numeric : Scale::Categorical;
            const auto report = compareEmpirical(QStringLiteral("q"), scale, observations, observations,
                                                 {{attributes.front(), attributes.front()}});
            if (report)
                (void)report.value().toJson().dump();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = parseCsv(text, QStringLiteral("fuzz.csv"));
    if (!table) {
        check(table.error().startsWith(QStringLiteral("fuzz.csv")), "an error that does not name the file");
        return 0;
    }
    const CsvTable &t = table.value();
    check(!t.header.isEmpty(), "a table without a header");
    check(t.headerPositions.size() == std::size_t(t.header.size()), "a position per header field");
    int lastLine = 0;
    for (const CsvRecord &r : t.records) {
        check(r.fields.size() == t.header.size(), "a record as wide as the header");
        check(r.positions.size() == std::size_t(r.fields.size()), "a position per field");
        check(r.line > lastLine, "records in line order");
        lastLine = r.line;
    }
    mapEveryWay(t);
    return 0;
}
