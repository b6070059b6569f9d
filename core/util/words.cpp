#include "words.h"

#include <QSet>

namespace troupe {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> set = [] {
        const char *list[] = {
            "the", "and", "for", "are", "but", "not", "you", "your", "yours", "all", "any", "can", "had",
            "her", "was", "one", "our", "out", "has", "have", "him", "his", "how", "its", "may", "who",
            "why", "what", "when", "where", "which", "with", "would", "could", "should", "this", "that",
            "these", "those", "there", "their", "them", "they", "then", "than", "from", "into", "onto",
            "about", "after", "before", "being", "been", "both", "each", "few", "more", "most", "other",
            "some", "such", "only", "own", "same", "too", "very", "will", "just", "also", "does", "did",
            "doing", "done", "over", "under", "again", "once", "here", "while", "because", "until",
            "were", "she", "he", "it's", "i'm", "i'd", "i'll", "you're", "don't", "doesn't", "didn't",
            "isn't", "aren't", "wasn't", "can't", "won't", "let", "lets", "let's", "like", "get", "got",
            "make", "made", "much", "many", "well", "yes", "yeah", "okay", "really", "think", "thing",
            "things", "said", "say", "says", "tell", "know", "want", "way", "even", "still", "every",
            "everyone", "something", "anything", "nothing", "people", "person", "there's", "that's",
            "what's", "who's", "ours", "ourselves", "myself", "yourself", "himself", "herself", "itself",
        };
        QSet<QString> s;
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

} // namespace

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    const QString lower = text.toLower();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        const bool inWordApostrophe = (c == QLatin1Char('\'') || c == QChar(0x2019)) && !current.isEmpty()
                                      && i + 1 < lower.size() && lower.at(i + 1).isLetter();
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (inWordApostrophe) {
            current.append(QLatin1Char('\''));
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QStringList contentWords(const QString &text)
{
    QStringList out;
    for (const QString &w : words(text))
        if (w.size() >= 3 && !stopWords().contains(w))
            out.append(w);
    return out;
}

QString stem(const QString &word)
{
    QString w = word;
    if (w.size() > 4 && w.endsWith(QLatin1String("ies")))
        w = w.chopped(3) + QLatin1Char('y');
    else if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
        w.chop(1);
    if (w.size() > 5 && w.endsWith(QLatin1String("ing")))
        w.chop(3);
    else if (w.size() > 4 && w.endsWith(QLatin1String("ed")))
        w.chop(2);
    return w.left(5);
}

double jaccardSimilarity(const QString &a, const QString &b)
{
    const QStringList wa = words(a);
    const QStringList wb = words(b);
    const QSet<QString> sa(wa.begin(), wa.end());
    const QSet<QString> sb(wb.begin(), wb.end());
    if (sa.isEmpty() && sb.isEmpty())
        return 1.0;
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    const qsizetype all = QSet<QString>(sa).unite(sb).size();
    return all == 0 ? 0.0 : double(common) / double(all);
}

} // namespace troupe
