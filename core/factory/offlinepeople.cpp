#include "offlinepeople.h"

#include "dimension.h"
#include "offlinedimensions.h"
#include "populationinput.h"
#include "seededrandom.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace troupe {

namespace {

using Json = nlohmann::json;

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

struct Culture
{
    QStringList female, male, surnames, cities;
};

const Culture &culture(const QString &country, const QString &ethnicity)
{
    static const Culture us{words("Emily|Sarah|Jessica|Ashley|Megan|Rachel|Lauren|Amanda|Heather|Nicole|Karen|Linda|Susan|Deborah|Brittany|Kayla|Hannah|Olivia|Madison|Abigail|Grace|Chloe|Natalie|Paige"),
                            words("Michael|James|David|Robert|John|Christopher|Matthew|Daniel|Joshua|Andrew|Ryan|Tyler|Brandon|Kevin|Brian|Jason|Eric|Steven|Mark|Gary|Ethan|Logan|Caleb|Austin"),
                            words("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Martin|Thompson|White|Harris|Clark|Lewis|Walker|Hall|Allen|Young|King|Wright|Scott|Green|Baker|Adams|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|Parker|Evans|Edwards|Collins|Murphy"),
                            words("Columbus|Atlanta|Phoenix|Philadelphia|Denver|Nashville|Milwaukee|Sacramento")};
    static const Culture usBlack{words("Aaliyah|Imani|Jasmine|Keisha|Tiana|Ebony|Destiny|Monique|Latoya|Nia|Alicia|Danielle|Simone|Kiara"),
                                 words("DeShawn|Jamal|Marcus|Darnell|Terrence|Andre|Malik|Tyrone|Jerome|Dwayne|Curtis|Isaiah|Reginald|Cedric"),
                                 words("Washington|Jackson|Jefferson|Banks|Coleman|Brooks|Freeman|Simmons|Bryant|Hayes|Robinson|Harris|Gaines|Dixon|Boyd|Mack|Reed|Howard"),
                                 us.cities};
    static const Culture hispanic{words("María|Guadalupe|Sofía|Valentina|Camila|Lucía|Daniela|Gabriela|Ana|Isabel|Rosa|Carmen|Elena|Paula|Ximena|Adriana"),
                                  words("José|Juan|Carlos|Luis|Miguel|Jorge|Alejandro|Diego|Javier|Antonio|Manuel|Francisco|Pablo|Andrés|Ricardo|Héctor"),
                                  words("García|Martínez|Rodríguez|López|Hernández|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|Díaz|Morales|Ortiz|Castillo|Romero|Vargas|Ruiz|Navarro|Jiménez|Moreno|Álvarez"),
                                  us.cities};
    static const Culture asianUs{words("Mei|Priya|Ji-woo|Linh|Aiko|Ananya|Hana|Xin|Sunita|Thuy|Min-ji|Yuki|Divya|Jia"),
                                 words("Wei|Raj|Hiroshi|Minh|Arjun|Jin|Kenji|Vikram|Hyun-woo|Tuan|Sanjay|Chen|Rohan|Daniel"),
                                 words("Chen|Wang|Nguyen|Kim|Patel|Li|Zhang|Tran|Park|Singh|Lee|Huang|Shah|Tanaka|Le|Gupta|Cho|Desai"),
                                 us.cities};
    static const Culture brazil{words("Ana|Maria|Juliana|Fernanda|Beatriz|Larissa|Camila|Aline|Patrícia|Luana|Gabriela|Tatiane|Renata|Bruna|Débora|Letícia"),
                                words("João|Pedro|Lucas|Gabriel|Rafael|Thiago|Bruno|Felipe|Rodrigo|Marcelo|Leandro|Eduardo|Gustavo|Vinícius|Diego|André"),
                                words("Silva|Santos|Oliveira|Souza|Lima|Pereira|Ferreira|Costa|Rodrigues|Almeida|Nascimento|Carvalho|Araújo|Ribeiro|Gomes|Martins|Barbosa|Rocha|Dias|Moreira"),
                                words("São Paulo|Rio de Janeiro|Salvador|Belo Horizonte|Recife|Porto Alegre|Fortaleza|Curitiba|Manaus|Goiânia")};
    static const Culture spain{words("Lucía|Carmen|Laura|Marta|Paula|Elena|Sara|Cristina|Nuria|Raquel|Pilar|Ainhoa|Irene|Alba|Rocío|Montse"),
                               words("Javier|Alejandro|Sergio|David|Pablo|Jorge|Álvaro|Iker|Raúl|Adrián|Marc|Jordi|Hugo|Fernando|Íñigo|Rubén"),
                               words("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Navarro|Torres"),
                               words("Madrid|Barcelona|Valencia|Sevilla|Bilbao|Zaragoza|Málaga|Valladolid|Murcia|A Coruña")};
    static const Culture germany{words("Anna|Julia|Katharina|Laura|Lena|Sabine|Claudia|Stefanie|Nina|Miriam|Jana|Birgit|Sophie|Ulrike"),
                                 words("Lukas|Jan|Tobias|Florian|Stefan|Andreas|Markus|Thomas|Jonas|Felix|Michael|Matthias|Sebastian|Jürgen"),
                                 words("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|Neumann|Schwarz|Krüger|Hartmann"),
                                 words("Berlin|Hamburg|Munich|Cologne|Leipzig|Frankfurt|Stuttgart|Dresden|Hanover|Nuremberg")};
    static const Culture japan{words("Yui|Haruka|Aoi|Sakura|Misaki|Yuka|Keiko|Naoko|Emi|Rina|Mayumi|Chiaki"),
                               words("Haruto|Takumi|Kenta|Daiki|Hiroshi|Takeshi|Kazuki|Yusuke|Shota|Naoki|Makoto|Ryo"),
                               words("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Inoue"),
                               words("Tokyo|Osaka|Nagoya|Sapporo|Fukuoka|Kobe|Kyoto|Sendai|Hiroshima|Yokohama")};
    static const Culture nigeria{words("Chiamaka|Ngozi|Aisha|Funmilayo|Adaeze|Zainab|Temitope|Blessing|Folake|Amina|Ifeoma|Halima"),
                                 words("Chinedu|Emeka|Tunde|Olumide|Ibrahim|Segun|Obinna|Musa|Babajide|Kelechi|Yusuf|Damilola"),
                                 words("Okafor|Adeyemi|Okonkwo|Bello|Eze|Olawale|Abubakar|Nwosu|Ogunleye|Balogun|Ibrahim|Chukwu|Adebayo|Lawal"),
                                 words("Lagos|Abuja|Ibadan|Kano|Port Harcourt|Enugu|Benin City|Abeokuta")};
    const QString c = country.toLower(), e = ethnicity.toLower();
    if (c.contains(QLatin1String("brazil")))
        return brazil;
    if (c.contains(QLatin1String("spain")))
        return spain;
    if (c.contains(QLatin1String("germany")))
        return germany;
    if (c.contains(QLatin1String("japan")))
        return japan;
    if (c.contains(QLatin1String("nigeria")) || c.contains(QLatin1String("lagos")))
        return nigeria;
    const bool notHispanic = e.contains(QLatin1String("non-hispanic")) || e.contains(QLatin1String("not hispanic"));
    if (!notHispanic && (e.contains(QLatin1String("hispanic")) || e.contains(QLatin1String("latino"))))
        return hispanic;
    if (e.contains(QLatin1String("black")))
        return usBlack;
    if (e.contains(QLatin1String("asian")))
        return asianUs;
    return us;
}

QString usCity(const QString &region, SeededRandom &r)
{
    const QString g = region.toLower();
    QStringList list = words("Columbus|Atlanta|Phoenix|Philadelphia|Denver|Nashville|Milwaukee|Sacramento");
    if (g.contains(QLatin1String("northeast")))
        list = words("Philadelphia|Boston|Pittsburgh|Hartford|Buffalo|Newark|Providence");
    else if (g.contains(QLatin1String("midwest")))
        list = words("Columbus|Chicago|Milwaukee|Omaha|Indianapolis|Kansas City|Des Moines");
    else if (g.contains(QLatin1String("south")))
        list = words("Atlanta|Houston|Nashville|Charlotte|Tampa|San Antonio|Louisville");
    else if (g.contains(QLatin1String("west")))
        list = words("Phoenix|Denver|Sacramento|Portland|Las Vegas|Albuquerque|Spokane");
    return list.at(int(r.below(quint64(list.size()))));
}

template <typename T>
const T &pick(const QList<T> &list, SeededRandom &r)
{
    return list.at(int(r.below(quint64(list.size()))));
}

/** The sample's value whose dimension name contains one of `keys`, as text. */
QString attribute(const Json &sample, std::initializer_list<const char *> keys, const Json **raw = nullptr)
{
    for (auto it = sample.begin(); it != sample.end(); ++it) {
        const QString k = QString::fromStdString(it.key()).toLower();
        for (const char *key : keys)
            if (k.contains(QLatin1String(key))) {
                if (raw)
                    *raw = &it.value();
                return it.value().is_string() ? QString::fromStdString(it.value().get<std::string>())
                                              : QString::fromStdString(it.value().dump());
            }
    }
    return {};
}

bool isDemographic(const QString &key)
{
    static const char *known[] = {"age", "gender", "sex", "country", "nationality", "region", "geographic", "urban", "rural",
                                  "race", "ethnic", "education", "occupation", "employment", "sector", "work", "income",
                                  "marital", "household", "religion", "state", "city"};
    const QString k = key.toLower();
    return std::any_of(std::begin(known), std::end(known), [&](const char *w) { return k.contains(QLatin1String(w)); });
}

struct Job
{
    QString title;
    QStringList skills;
};

Job jobFor(const QString &category, int educationLevel, SeededRandom &r)
{
    struct Entry { const char *category; const char *titles; const char *skills; };
    static const Entry table[] = {
        {"management", "Operations manager|Store manager|Project manager", "Scheduling|Budgeting|Leading a team"},
        {"business", "Accountant|Financial analyst|Loan officer", "Spreadsheets|Reconciling accounts|Reporting"},
        {"financ", "Accountant|Financial analyst|Insurance underwriter", "Spreadsheets|Risk assessment|Reporting"},
        {"computer", "Software developer|Data analyst|IT support specialist", "Programming|Troubleshooting|SQL"},
        {"it ", "Software developer|Systems administrator|IT consultant", "Programming|Networks|Troubleshooting"},
        {"engineer", "Civil engineer|Mechanical engineer|Drafter", "CAD|Technical drawing|Problem solving"},
        {"science", "Lab technician|Chemist|Environmental scientist", "Lab procedures|Data analysis|Careful note-taking"},
        {"social", "Social worker|Counselor|Case manager", "Listening|Crisis support|Paperwork"},
        {"legal", "Paralegal|Lawyer|Legal secretary", "Legal research|Drafting documents|Negotiation"},
        {"education", "Teacher|Teaching assistant|Librarian", "Lesson planning|Explaining things clearly|Patience with children"},
        {"arts", "Graphic designer|Photographer|Copywriter", "Design software|Visual storytelling|Writing"},
        {"healthcare pract", "Registered nurse|Pharmacist|Physician assistant", "Patient care|Medication management|Staying calm under pressure"},
        {"healthcare sup", "Home health aide|Medical assistant|Nursing assistant", "Patient care|Taking vital signs|Scheduling"},
        {"health", "Registered nurse|Medical assistant|Physiotherapist", "Patient care|First aid|Record keeping"},
        {"food", "Line cook|Server|Barista", "Cooking|Working fast under pressure|Customer service"},
        {"construction", "Electrician|Carpenter|Construction laborer", "Power tools|Reading blueprints|Safety procedures"},
        {"public", "Civil servant|Case officer|Administrative officer", "Regulations|Case files|Writing reports"},
        {"consult", "Management consultant|Business analyst|Account manager", "Presentations|Client meetings|Analysis"},
        {"retail", "Retail associate|Store supervisor|Merchandiser", "Customer service|Stock management|Cash handling"},
        {"agricult", "Farm worker|Agronomist|Farm owner", "Machinery|Crop planning|Animal care"},
    };
    const QString c = category.toLower();
    for (const Entry &e : table)
        if (!c.isEmpty() && c.contains(QLatin1String(e.category)))
            return {pick(words(e.titles), r), words(e.skills)};
    static const char *low = "Warehouse associate|Cashier|Delivery driver|Home health aide|Line cook|Janitor|Retail associate|Truck driver";
    static const char *mid = "Office administrator|Electrician|Medical assistant|Sales representative|Bus driver|Bookkeeper|Dental hygienist|Police officer";
    static const char *high = "Software developer|Teacher|Accountant|Registered nurse|Marketing manager|Pharmacist|Engineer|Lawyer|Researcher";
    const QStringList titles = words(educationLevel >= 2 ? high : educationLevel == 1 ? mid : low);
    return {pick(titles, r), words("Time management|Working with customers|Solving everyday problems")};
}

int educationLevel(const QString &education)
{
    const QString e = education.toLower();
    if (e.contains(QLatin1String("bachelor")) || e.contains(QLatin1String("tertiary")) || e.contains(QLatin1String("university"))
        || e.contains(QLatin1String("master")) || e.contains(QLatin1String("degree")) || e.contains(QLatin1String("doctor")))
        return 2;
    if (e.contains(QLatin1String("below")) || e.contains(QLatin1String("less than")) || e.contains(QLatin1String("no ")))
        return 0;
    if (e.contains(QLatin1String("high school")) || e.contains(QLatin1String("secondary")) || e.contains(QLatin1String("college"))
        || e.contains(QLatin1String("vocational")) || e.contains(QLatin1String("associate")))
        return 1;
    return 1;
}

struct Trait
{
    const char *name;
    const char *low;
    const char *high;
    const char *lowAdj;
    const char *highAdj;
};

const Trait bigFive[] = {
    {"openness", "prefers the familiar and proven", "curious about new ideas and places", "traditional", "curious"},
    {"conscientiousness", "goes with the flow, plans loosely", "organised, keeps every promise", "easygoing", "dependable"},
    {"extraversion", "recharges alone, speaks when it matters", "energised by people, talks easily", "reserved", "outgoing"},
    {"agreeableness", "blunt, questions others' motives", "warm and eager to help", "sceptical", "kind"},
    {"neuroticism", "calm, rarely rattled", "worries easily, feels stress strongly", "even-tempered", "anxious"},
};

nlohmann::ordered_json inputOf(const Json &hints)
{
    const std::string text = hints.value("input", std::string());
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(text, nullptr, false);
    return j.is_object() ? j : nlohmann::ordered_json::object();
}

QStringList interestsFrom(const nlohmann::ordered_json &input)
{
    QStringList out;
    const nlohmann::ordered_json content = input.value("description", nlohmann::ordered_json::object()).value("content", nlohmann::ordered_json::object());
    for (auto it = content.begin(); it != content.end(); ++it) {
        const QString k = QString::fromStdString(it.key()).toLower();
        if (!(k.contains(QLatin1String("interest")) || k.contains(QLatin1String("hobb"))) || !it.value().is_object())
            continue;
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
            if (f.value().is_string())
                out.append(QString::fromStdString(f.key()));
            else if (f.value().is_array())
                for (const auto &v : f.value())
                    if (v.is_string())
                        out.append(QString::fromStdString(v.get<std::string>()));
        }
    }
    if (out.size() < 4)
        out = words("Cooking|Reading|Hiking|Gardening|Football|Music|Travel|Board games|Photography|Cycling|Films|Volunteering|DIY projects|Video games");
    return out;
}

QStringList sample(const QStringList &from, int n, SeededRandom &r)
{
    std::vector<int> idx(size_t(from.size()));
    std::iota(idx.begin(), idx.end(), 0);
    r.shuffle(idx);
    QStringList out;
    for (int i = 0; i < n && i < from.size(); ++i)
        out.append(from.at(idx[size_t(i)]));
    return out;
}

quint64 gcd(quint64 a, quint64 b)
{
    while (b) {
        const quint64 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/** The index-th name of a seeded permutation of first × last names: distinct indices, distinct names. */
QString uniqueName(const QStringList &first, const QStringList &last, quint64 seed, quint64 index)
{
    const quint64 space = quint64(first.size()) * quint64(last.size());
    SeededRandom r(seed);
    quint64 stride = 1 + r.below(space - 1);
    while (gcd(stride, space) != 1)
        stride = stride % (space - 1) + 1;
    const quint64 offset = r.below(space);
    const quint64 pos = (index % space * stride + offset) % space;
    QString name = first.at(int(pos / quint64(last.size()))) + QLatin1Char(' ') + last.at(int(pos % quint64(last.size())));
    if (index >= space) // beyond the table: a middle initial keeps names distinct
        name = name.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" %1. ").arg(QChar(u'A' + int((index / space) % 26)))
            + name.section(QLatin1Char(' '), 1);
    return name;
}

} // namespace

Json offlineDimensionsReply(const Json &hints)
{
    const PopulationInput input = PopulationInput::fromJson(inputOf(hints));
    Json list = Json::array();
    for (const Dimension &d : offlineDimensions(input)) {
        list.push_back(Json::parse(d.toJson().dump()));
    }
    return {{"dimensions", std::move(list)}};
}

Json offlinePerson(const Json &hints, int attempt)
{
    const nlohmann::ordered_json input = inputOf(hints);
    const Json attrs = hints.value("sample", Json::object());
    const quint64 seed = hints.value("seed", quint64(0));
    const quint64 index = hints.value("index", quint64(0));
    SeededRandom r(deriveSeed(seed, QByteArray("person/") + QByteArray::number(index)));

    QString country = attribute(attrs, {"country", "nationality"});
    if (country.isEmpty())
        country = PopulationInput::fromJson(input).country();
    const QString context = QString::fromStdString(input.value("context", std::string()));
    if (country.isEmpty() && context.contains(QLatin1String("Lagos"), Qt::CaseInsensitive))
        country = QStringLiteral("Nigeria");
    const QString ethnicity = attribute(attrs, {"race", "ethnic"});
    const Culture &people = culture(country, ethnicity);

    // Age: the sampled number, or a draw inside the sampled band.
    int age = 18 + int(r.below(60));
    const Json *ageRaw = nullptr;
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        Dimension probe;
        probe.name = QString::fromStdString(it.key());
        if (!probe.isAge())
            continue;
        ageRaw = &it.value();
        if (it.value().is_number())
            age = int(it.value().get<double>());
        else if (const auto band = ageBand(QString::fromStdString(it.value().get<std::string>())))
            age = band->first + int(r.below(quint64(std::min(band->second, band->first + 25) - band->first + 1)));
        break;
    }
    (void)ageRaw;

    QString gender = attribute(attrs, {"gender", "sex"});
    const bool female = gender.isEmpty() ? r.below(2) == 0 : gender.toLower().startsWith(QLatin1Char('f')) || gender.toLower().contains(QLatin1String("wom"));
    if (gender.isEmpty())
        gender = female ? QStringLiteral("Female") : QStringLiteral("Male");
    const QStringList &firsts = female ? people.female : people.male;
    const QByteArray table = country.toUtf8() + '/' + ethnicity.toUtf8() + (female ? "/f" : "/m");
    // A repair (a taken name) moves to a far-away slot of the same permutation.
    const QString name = uniqueName(firsts, people.surnames, deriveSeed(seed, table), index + quint64(attempt) * 7919ULL);

    QString education = attribute(attrs, {"education"});
    const int level = education.isEmpty() ? int(r.below(3)) : educationLevel(education);
    if (education.isEmpty())
        education = level == 2 ? QStringLiteral("Bachelor's degree") : level == 1 ? QStringLiteral("High school diploma and some college")
                                                                                 : QStringLiteral("High school diploma");
    if (age < 18) // a sampled adult education does not fit a child: they are still at school
        education = age < 11 ? QStringLiteral("Primary school (in progress)") : age < 15 ? QStringLiteral("Middle school (in progress)")
                                                                                       : QStringLiteral("High school (in progress)");
    const QString region = attribute(attrs, {"region", "state", "city"});
    const QString urban = attribute(attrs, {"geographic", "urban", "rural"});
    QString city = country.toLower().contains(QLatin1String("united states")) || country.isEmpty() ? usCity(region, r) : pick(people.cities, r);
    QString residence = urban.toLower().contains(QLatin1String("rural")) ? QStringLiteral("a small town outside %1").arg(city) : city;
    if (!region.isEmpty())
        residence += QStringLiteral(", ") + region;
    if (!country.isEmpty())
        residence += QStringLiteral(", ") + country;

    Job job = jobFor(attribute(attrs, {"occupation", "sector", "work"}), level, r);
    const QString employment = attribute(attrs, {"employment"}).toLower();
    QString title = job.title;
    if (age < 16)
        title = QStringLiteral("School pupil");
    else if (age < 22 && level < 2)
        title = QStringLiteral("Student and part-time ") + job.title.toLower();
    else if (age >= 67)
        title = QStringLiteral("Retired ") + job.title.toLower();
    else if (employment.contains(QLatin1String("unemploy")))
        title = QStringLiteral("Looking for work (formerly %1)").arg(job.title.toLower());
    else if (employment.contains(QLatin1String("not in"))) // not in the labor force
        title = age >= 60 ? QStringLiteral("Retired ") + job.title.toLower()
              : age < 25  ? QStringLiteral("Full-time student")
                          : pick(words("Homemaker|Full-time carer for a parent|Stay-at-home parent"), r);
    static const QStringList orgs = words("a small family business|a regional chain|a public agency|a mid-sized company|a large corporation|a local nonprofit|their own small business|a city hospital|a public school district");
    const QString org = age < 16 ? QStringLiteral("a local school") : pick(orgs, r);

    Json big5 = Json::object();
    QStringList traits;
    for (const Trait &t : bigFive) {
        const int v = int(r.below(3));
        const QString level = v == 0 ? QStringLiteral("Low") : v == 1 ? QStringLiteral("Medium") : QStringLiteral("High");
        const QString why = v == 0 ? QString::fromLatin1(t.low) : v == 2 ? QString::fromLatin1(t.high) : QStringLiteral("balanced");
        big5[t.name] = QStringLiteral("%1 — %2").arg(level, why).toStdString();
        if (v != 1)
            traits.append(QString::fromLatin1(v == 0 ? t.lowAdj : t.highAdj));
    }
    if (traits.isEmpty())
        traits.append(QStringLiteral("even-keeled"));
    const bool talkative = QString::fromStdString(big5["extraversion"].get<std::string>()).startsWith(QLatin1String("High"));

    const QStringList interests = sample(interestsFrom(input), 3, r);
    const QStringList likes = sample(words("Good coffee|Quiet mornings|Family dinners|A bargain|Clear instructions|Live music|Long walks|Home-cooked food|Honest people|Weekend trips|A tidy home|Podcasts"), 3, r);
    const QStringList dislikes = sample(words("Hidden fees|Being rushed|Long queues|Rudeness|Wasted food|Jargon|Traffic|Unreliable apps|Crowded places|Broken promises"), 2, r);
    QStringList beliefs;
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        const QString k = QString::fromStdString(it.key());
        if (isDemographic(k) || !it.value().is_string())
            continue;
        beliefs.append(QStringLiteral("On %1: %2.").arg(k.toLower(), QString::fromStdString(it.value().get<std::string>())));
    }
    beliefs += sample(words("Hard work should pay a decent living|Family comes first|People should be left to make their own choices|Communities do better when neighbours look out for each other|Money spent on health is never wasted|Technology should make life simpler, not busier"), 2, r);
    const QString style = talkative ? (level >= 2 ? QStringLiteral("Articulate and lively; thinks out loud and asks questions back")
                                                  : QStringLiteral("Chatty and warm; tells short stories from daily life"))
                                    : (level >= 2 ? QStringLiteral("Measured and precise; weighs each word")
                                                  : QStringLiteral("Plain-spoken and brief; says what they mean"));
    const QString partnerName = (female ? pick(people.male, r) : pick(people.female, r));
    const QString friendName = pick(female ? people.female : people.male, r);
    const QString marital = attribute(attrs, {"marital"});
    Json relationships = Json::array();
    const QString surname = name.section(QLatin1Char(' '), -1);
    if (age < 18) {
        relationships.push_back({{"name", QString(pick(people.female, r) + QLatin1Char(' ') + surname).toStdString()}, {"description", "Mother; they live together."}});
    } else if (age >= 18 && (marital.toLower().startsWith(QLatin1String("married")) || (marital.isEmpty() && age > 28 && r.below(2) == 0))) {
        relationships.push_back({{"name", QString(partnerName + QLatin1Char(' ') + surname).toStdString()},
                                 {"description", "Spouse; they share the household chores and the budget."}});
    }
    relationships.push_back({{"name", QString(friendName + QLatin1Char(' ') + pick(people.surnames, r)).toStdString()},
                             {"description", age < 18 ? "Best friend from school." : "Close friend for years; they talk every week."}});

    const QString firstName = name.section(QLatin1Char(' '), 0, 0);
    const QString bio = QStringLiteral("%1 is %2, %3 in %4, and spends free time on %5. %6. (Written by the offline engine — not a language model.)")
                            .arg(name)
                            .arg(age)
                            .arg(title.toLower().startsWith(QLatin1String("looking")) ? title.toLower() : QStringLiteral("works as ") + title.toLower().replace(QLatin1String("retired "), QLatin1String("retired ")))
                            .arg(city)
                            .arg(interests.join(QStringLiteral(", ")).toLower())
                            .arg(QStringLiteral("%1 is %2").arg(firstName, traits.join(QStringLiteral(" and "))));
    const auto list = [](const QStringList &l) {
        Json a = Json::array();
        for (const QString &s : l)
            a.push_back(s.toStdString());
        return a;
    };
    Json persona = {
        {"name", name.toStdString()},
        {"age", age},
        {"gender", gender.toStdString()},
        {"nationality", (country.isEmpty() ? QStringLiteral("Unknown") : country).toStdString()},
        {"residence", residence.toStdString()},
        {"education", education.toStdString()},
        {"long_term_goals", list(age < 18 ? words("Do well at school|Find out what they want to be")
                                 : age >= 60 ? words("Stay healthy and independent|See the grandchildren often")
                                           : age < 30 ? words("Find steady, well-paid work|Move into a place of their own")
                                                      : words("Save enough for a secure retirement|Give their family a comfortable life"))},
        {"occupation", {{"title", title.toStdString()}, {"organization", org.toStdString()},
                        {"description", QStringLiteral("%1 at %2.").arg(title, org).toStdString()}}},
        {"style", style.toStdString()},
        {"personality", {{"traits", list(traits)}, {"big_five", big5}}},
        {"preferences", {{"interests", list(interests)}, {"likes", list(likes)}, {"dislikes", list(dislikes)}}},
        {"skills", list(job.skills)},
        {"beliefs", list(beliefs)},
        {"behaviors", {{"general", list(sample(words("Checks prices before buying|Keeps a paper calendar|Reads reviews before trying anything new|Calls family on Sundays|Cooks in batches for the week|Follows the local news"), 2, r))},
                       {"routines", {{"morning", age < 16 ? "Gets ready for school." : "Coffee and the news before leaving."},
                                     {"workday", age >= 67 ? "Errands, a walk and time with friends." : QStringLiteral("Work as a %1.").arg(title.toLower()).toStdString()},
                                     {"evening", "Dinner at home, then TV or a hobby."},
                                     {"weekend", QStringLiteral("Time for %1.").arg(interests.value(0).toLower()).toStdString()}}}}},
        {"health", pick(words("Good health overall|Mild back pain from work|Manages high blood pressure with medication|Sleeps badly when stressed|Fit; exercises twice a week"), r).toStdString()},
        {"relationships", relationships},
        {"other_facts", list({QStringLiteral("Generated by the offline engine — not a language model — from a population sample.")})},
    };
    return {{"persona", persona}, {"bio", bio.toStdString()}};
}

} // namespace troupe
