// Thousands of seeded mutants of real files (TinyTroupe's agents, fragments, populations and
// generated people, and everything JSON under resources/) go through every reader in-process.
// Each must give a document or diagnostics with a place and a message: no exception may
// escape, nothing may crash. What is accepted is then used the way a run uses it.
#include "agent/agent.h"
#include "config/config.h"
#include "factory/populationdescription.h"
#include "llm/jsonrepair.h"
#include "persona/fragmentmerge.h"
#include "persona/personaparser.h"
#include "util/jsonreader.h"
#include "util/jsonschema.h"
#include "world/scenario.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

#include <functional>
#include <random>

using namespace troupe;

namespace {

QString fixtures()
{
    return QStringLiteral(TROUPE_SHARED_DIR "/fixtures/tinytroupe");
}

QString resources()
{
    return QStringLiteral(TROUPE_SOURCE_DIR "/resources");
}

QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Seeded damage of the kinds files meet: flipped and lost bytes, cut-offs, wild numbers. */
class Mutator
{
public:
    explicit Mutator(quint64 seed) : m_rng(seed) {}

    QByteArray mutate(QByteArray text)
    {
        const int rounds = 1 + int(pick(3));
        for (int r = 0; r < rounds && !text.isEmpty(); ++r)
            text = once(std::move(text));
        return text;
    }

private:
    size_t pick(size_t n) { return n ? size_t(m_rng() % n) : 0; }
    qsizetype at(const QByteArray &t) { return qsizetype(pick(size_t(t.size()) + 1)); }

    QByteArray once(QByteArray t)
    {
        static const QByteArray numbers[] = {"1e999", "-1e999", "1e308", "-0", "18446744073709551616", "9223372036854775808",
                                             "-9223372036854775809", "1.5", "-1", "0", "NaN", "Infinity", "1e-999", "00",
                                             "99999999999999999999999999999"};
        static const QByteArray tokens[] = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "\"\\ud800\"", "\"\\udc00\"",
                                            QByteArray("\0", 1), "\\", "\"\\u0000\"", "[]", "{}", "\xC3\x28", "\xF0\x9F", "//",
                                            QByteArray(150, '['), QByteArray(150, '{')};
        switch (pick(9)) {
        case 0: { // flip a byte
            const qsizetype i = qsizetype(pick(size_t(t.size())));
            t[i] = char(m_rng());
            return t;
        }
        case 1: { // lose a few bytes
            const qsizetype i = qsizetype(pick(size_t(t.size())));
            return t.remove(i, 1 + qsizetype(pick(16)));
        }
        case 2: // cut off
            return t.left(at(t));
        case 3: { // a wild number where a number was
            const qsizetype start = t.indexOf(QByteArray::number(qlonglong(pick(10))), at(t));
            if (start < 0)
                return t.insert(at(t), numbers[pick(std::size(numbers))]);
            qsizetype end = start;
            while (end < t.size() && (std::isdigit(static_cast<unsigned char>(t[end])) || t[end] == '.' || t[end] == 'e'))
                ++end;
            return t.replace(start, end - start, numbers[pick(std::size(numbers))]);
        }
        case 4: { // a bracket twice
            const qsizetype i = at(t);
            for (qsizetype k = i; k < t.size(); ++k)
                if (t[k] == '{' || t[k] == '[' || t[k] == '}' || t[k] == ']')
                    return t.insert(k, t[k]);
            return t;
        }
        case 5: // a token somewhere
            return t.insert(at(t), tokens[pick(std::size(tokens))]);
        case 6: { // a string value becomes another type
            const qsizetype colon = t.indexOf("\": \"", at(t));
            const qsizetype colon2 = colon >= 0 ? colon : t.indexOf("\":\"", at(t));
            if (colon2 < 0)
                return t;
            const qsizetype open = t.indexOf('"', colon2 + 2);
            const qsizetype close = t.indexOf('"', open + 1);
            if (open < 0 || close < 0)
                return t;
            static const QByteArray others[] = {"[]", "{}", "1", "true", "null", "[1, {}]", "{\"a\": []}", "-1e999"};
            return t.replace(open, close - open + 1, others[pick(std::size(others))]);
        }
        case 7: { // a slice repeated
            const qsizetype i = at(t);
            const QByteArray slice = t.mid(i, 1 + qsizetype(pick(40)));
            return t.insert(at(t), slice);
        }
        default: { // a value turned into an empty container or null
            static const QByteArray key = "\": ";
            const qsizetype k = t.indexOf(key, at(t));
            if (k < 0)
                return t;
            static const QByteArray others[] = {"null", "{}", "[]", "\"\""};
            const qsizetype v = k + key.size();
            qsizetype end = v;
            while (end < t.size() && t[end] != ',' && t[end] != '}' && t[end] != '\n')
                ++end;
            return t.replace(v, end - v, others[pick(std::size(others))]);
        }
        }
    }

    std::mt19937_64 m_rng;
};

/** What one reader did with its mutants. */
struct Tally
{
    QString reader;
    int mutants = 0;
    int accepted = 0;
    int refused = 0;
    QStringList failures; // escaped exceptions and unplaced diagnostics, with the mutant

    void print() const
    {
        qInfo().noquote() << QStringLiteral("%1: %2 mutants, %3 accepted, %4 refused with diagnostics, %5 failures")
                                 .arg(reader).arg(mutants).arg(accepted).arg(refused).arg(failures.size());
    }
};

QString shown(const QByteArray &mutant)
{
    QByteArray head = mutant.left(160);
    return QString::fromLatin1(head.toPercentEncoding(" {}[]\":,.-_+", ""));
}

/** Runs `read` on every mutant; it returns the diagnostics (empty when the input was accepted). */
void fuzzReader(Tally &tally, const QStringList &files, int perFile, quint64 seed,
                const std::function<Diagnostics(const QByteArray &, const QString &)> &read)
{
    Mutator mutator(seed);
    for (const QString &file : files) {
        const QByteArray original = readFile(file);
        for (int k = 0; k < perFile; ++k) {
            const QByteArray mutant = mutator.mutate(original);
            ++tally.mutants;
            try {
                const Diagnostics diagnostics = read(mutant, file);
                if (diagnostics.isEmpty()) {
                    ++tally.accepted;
                    continue;
                }
                ++tally.refused;
                // Every problem says what and in which file; at least one says where in the
                // input, unless the input as a whole is refused (empty, too large). Problems
                // with a file the input names ("is a folder") come with one that has a line.
                bool placed = false;
                for (const Diagnostic &d : diagnostics) {
                    placed = placed || d.line >= 1 || d.message.contains(QStringLiteral("empty"))
                          || d.message.contains(QStringLiteral("too large"));
                    if (d.message.isEmpty() || d.file.isEmpty())
                        tally.failures << QStringLiteral("%1 #%2: diagnostic without a file or message \"%3\" for %4")
                                              .arg(QFileInfo(file).fileName()).arg(k).arg(d.toString(), shown(mutant));
                }
                if (!placed)
                    tally.failures << QStringLiteral("%1 #%2: no problem says where: \"%3\" for %4")
                                          .arg(QFileInfo(file).fileName()).arg(k).arg(diagnostics.first().toString(), shown(mutant));
            } catch (const std::exception &e) {
                tally.failures << QStringLiteral("%1 #%2: exception %3 for %4")
                                      .arg(QFileInfo(file).fileName()).arg(k).arg(QString::fromUtf8(e.what()), shown(mutant));
            }
        }
    }
    tally.print();
}

} // namespace

class TestMutation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void personaReader();
    void populationReader();
    void scenarioReader();
    void storedScenarioSnapshots();
    void storedAgentState();
    void modelReplies();
    void configReader();

private:
    QStringList m_personas;
    QStringList m_populations;
};

void TestMutation::initTestCase()
{
    m_personas = filesUnder(resources() + QStringLiteral("/examples"), {QStringLiteral("*.agent.json"), QStringLiteral("*.fragment.json")});
    m_populations = filesUnder(resources() + QStringLiteral("/examples/populations"), {QStringLiteral("*.json")});
    if (QDir(fixtures()).exists()) {
        m_personas += filesUnder(fixtures(), {QStringLiteral("*.agent.json"), QStringLiteral("*.fragment.json")});
        m_populations += filesUnder(fixtures() + QStringLiteral("/populations"), {QStringLiteral("*.json")});
    } else {
        qWarning("TinyTroupe fixtures not found next to the checkout (../shared/fixtures/tinytroupe): mutating resources/ only");
    }
    QVERIFY(m_personas.size() >= 10);
    QVERIFY(m_populations.size() >= 3);
}

void TestMutation::personaReader()
{
    Tally tally{QStringLiteral("persona and fragment reader")};
    const auto base = PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada","age":40,"beliefs":["x"]}})", QStringLiteral("base"));
    QVERIFY(base.document);
    fuzzReader(tally, m_personas, 3000 / int(m_personas.size()) + 1, 11, [&](const QByteArray &text, const QString &file) {
        const auto outcome = PersonaParser::parse(text, QFileInfo(file).fileName(), QStringLiteral("fallback"));
        if (outcome.document.has_value() == !outcome.diagnostics.isEmpty())
            throw std::logic_error("a document and diagnostics, or neither");
        if (outcome.document) { // what a user does next with it
            (void)outcome.document->summary();
            if (!PersonaParser::parse(outcome.document->toJson(), QStringLiteral("again")).document)
                throw std::logic_error("accepted, but not read back after writing");
            if (outcome.document->kind() == SpecKind::Agent) {
                Agent agent(*outcome.document, AgentSettings{});
                (void)agent.buildTurnRequest(1, 1, QStringLiteral("m"));
            } else {
                (void)applyFragment(*base.document, *outcome.document);
            }
        }
        return outcome.diagnostics;
    });
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
    QVERIFY(tally.accepted > 0 && tally.refused > 0);
}

void TestMutation::populationReader()
{
    Tally tally{QStringLiteral("population reader")};
    fuzzReader(tally, m_populations, 800 / int(m_populations.size()) + 1, 12, [](const QByteArray &text, const QString &file) {
        const auto outcome = parsePopulation(text, QFileInfo(file).fileName());
        if (outcome.description.has_value() == !outcome.diagnostics.isEmpty())
            throw std::logic_error("a description and diagnostics, or neither");
        if (outcome.description) {
            (void)outcome.description->title();
            if (!parsePopulation(outcome.description->toJson(), QStringLiteral("again")).description)
                throw std::logic_error("accepted, but not read back after writing");
        }
        return outcome.diagnostics;
    });
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
    QVERIFY(tally.accepted > 0 && tally.refused > 0);
}

void TestMutation::scenarioReader()
{
    Tally tally{QStringLiteral("scenario reader")};
    const QStringList files = filesUnder(resources() + QStringLiteral("/scenarios"), {QStringLiteral("*.json")});
    QVERIFY(files.size() >= 3);
    fuzzReader(tally, files, 300, 13, [](const QByteArray &text, const QString &file) {
        const auto outcome = Scenario::load(text, QFileInfo(file).fileName(), QFileInfo(file).absolutePath());
        if (outcome.resolved.has_value() == !outcome.diagnostics.isEmpty())
            throw std::logic_error("a scenario and diagnostics, or neither");
        if (outcome.resolved) {
            const auto world = Scenario::build(*outcome.resolved, nullptr, Scenario::BuildOptions{});
            for (const auto &agent : world->agents())
                (void)agent->buildTurnRequest(1, 1, QStringLiteral("m"));
        }
        return outcome.diagnostics;
    });
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
    QVERIFY(tally.accepted > 0 && tally.refused > 0);
}

void TestMutation::storedScenarioSnapshots()
{
    // A run keeps its resolved scenario in the project; a damaged copy is parsed there without
    // a schema and built into a world on resume. It may be refused, never crash.
    QStringList snapshots;
    QTemporaryDir dir;
    for (const QString &name : Scenario::bundledNames()) {
        const auto loaded = Scenario::loadFile(name);
        QVERIFY(loaded.resolved);
        const QString path = dir.filePath(name + QStringLiteral(".snapshot.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(loaded.resolved->dump(2)));
        snapshots << path;
    }
    Tally tally{QStringLiteral("stored scenario snapshots")};
    fuzzReader(tally, snapshots, 400, 14, [](const QByteArray &text, const QString &) -> Diagnostics {
        auto parsed = parseStoredOrderedJson(QString::fromUtf8(text), QStringLiteral("run_scenarios row of run 1, snapshot"));
        if (!parsed)
            return {Diagnostic{QStringLiteral("project"), 1, 0, {}, parsed.error()}};
        (void)Scenario::steps(parsed.value());
        (void)Scenario::seed(parsed.value());
        const auto world = Scenario::build(parsed.value(), nullptr, Scenario::BuildOptions{});
        for (const auto &agent : world->agents())
            (void)agent->buildTurnRequest(1, 1, QStringLiteral("m"));
        return {};
    });
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
}

void TestMutation::storedAgentState()
{
    const auto persona = PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada"}})", QStringLiteral("ada"));
    Agent source(*persona.document, AgentSettings{});
    source.setTemperature(0.3);
    source.setModel(QStringLiteral("m"));
    source.queueRecall(QStringLiteral("fees"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    nlohmann::json state = source.saveState();
    state["memory_item"] = MemoryItem{}.toJson();
    f.write(QByteArray::fromStdString(state.dump(2)));
    f.close();

    Tally tally{QStringLiteral("stored agent states")};
    fuzzReader(tally, {path}, 1500, 15, [&](const QByteArray &text, const QString &) -> Diagnostics {
        auto parsed = parseStoredJson(QString::fromUtf8(text), QStringLiteral("agent_states"));
        if (!parsed)
            return {Diagnostic{QStringLiteral("project"), 1, 0, {}, parsed.error()}};
        Agent agent(*persona.document, AgentSettings{});
        agent.restoreState(parsed.value());
        (void)MemoryItem::fromJson(parsed.value().is_object() && parsed.value().contains("memory_item") ? parsed.value()["memory_item"] : parsed.value());
        (void)CognitiveState::fromJson(parsed.value());
        (void)agent.buildTurnRequest(2, 1, QStringLiteral("m"));
        return {};
    });
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
}

void TestMutation::modelReplies()
{
    const auto persona = PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada"}})", QStringLiteral("ada"));
    Agent probe(*persona.document, AgentSettings{});
    const auto schema = JsonSchema::fromJson(probe.turnSchema());
    QVERIFY(schema);
    QTemporaryDir dir;
    const QStringList replies = {
        QString::fromUtf8(R"({"actions":[{"type":"THINK","content":"Hm.","target":""},{"type":"TALK","content":"I would pay 2 euros.","target":"Moderator"},{"type":"DONE","content":"","target":""}],"cognitive_state":{"goals":"answer","attention":"fees","emotions":"calm","context":["a focus group"]}})"),
        QStringLiteral("Sure! Here it is:\n```json\n{\"actions\": [{\"type\": \"TALK\", \"content\": \"Yes.\", \"target\": \"\"},], \"cognitive_state\": {\"goals\": \"x\"}}\n```"),
        QString::fromUtf8(R"({"actions":[{"type":"TALK","content":"cut off mid-sentence and)"),
    };
    QStringList files;
    for (int i = 0; i < replies.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("reply%1.txt").arg(i));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(replies[i].toUtf8());
        files << path;
    }
    Tally tally{QStringLiteral("model replies (repair, turn schema, applying the turn)")};
    fuzzReader(tally, files, 700, 16, [&](const QByteArray &text, const QString &) -> Diagnostics {
        const llm::RepairedJson r = llm::parseModelJson(QString::fromUtf8(text));
        if (r.value.has_value() == !r.problem.isEmpty())
            throw std::logic_error("a value and a problem, or neither");
        if (!r.value)
            return {Diagnostic{QStringLiteral("reply"), 1, 0, {}, r.problem}};
        const auto violations = schema.value().validate(*r.value);
        if (!violations.empty())
            return {Diagnostic{QStringLiteral("reply"), 1, 0, violations.front().field, violations.front().message}};
        Agent agent(*persona.document, AgentSettings{});
        (void)agent.applyTurn(*r.value, 1);
        (void)agent.buildTurnRequest(2, 1, QStringLiteral("m"));
        return {};
    });
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
    QVERIFY(tally.accepted > 0 && tally.refused > 0);
}

void TestMutation::configReader()
{
    Tally tally{QStringLiteral("config.ini reader")};
    fuzzReader(tally, {QStringLiteral(TROUPE_SOURCE_DIR "/config.ini")}, 1500, 17, [](const QByteArray &text, const QString &) -> Diagnostics {
        const auto config = Config::fromText(text, QStringLiteral("config.ini"));
        if (config)
            return {};
        Diagnostics out;
        for (const QString &line : config.error().split(u'\n')) {
            // "config.ini:12: [OpenAI] TIMEOUT: ..." : every problem names the file and line.
            const QStringList parts = line.split(u':');
            out << Diagnostic{parts.value(0), parts.value(1).toInt(), 0, {}, line};
        }
        return out;
    });
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 5).join(u'\n')));
    QVERIFY(tally.accepted > 0 && tally.refused > 0);
}

QTEST_GUILESS_MAIN(TestMutation)
#include "tst_mutation.moc"
