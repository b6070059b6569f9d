#pragma once

#include <QString>
#include <QStringList>

namespace troupe {

/** Lower-case words of `text` (letters and digits; apostrophes kept inside words). */
QStringList words(const QString &text);

/** Words that carry meaning: no stop words, no words shorter than 3 letters. */
QStringList contentWords(const QString &text);

/** A crude stem so "prices" and "price" meet: plural and -ing/-ed endings off, then 5 letters. */
QString stem(const QString &word);

/** Jaccard similarity of the two texts' sets of words, 0..1 (1 for two empty texts). */
double jaccardSimilarity(const QString &a, const QString &b);

} // namespace troupe
