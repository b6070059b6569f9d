// The Russian catalogue is complete: every message the sources mark for translation has a
// finished translation with the same placeholders, and the compiled catalogue loads.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void russianIsComplete();
    void compiledCatalogueLoads();
};

static QStringList placeholders(const QString &text)
{
    QStringList out;
    auto it = QRegularExpression(QStringLiteral("%(\\d|n)")).globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0));
    out.removeDuplicates();
    out.sort();
    return out;
}

void TestTranslations::russianIsComplete()
{
    QFile file(QStringLiteral(TROUPE_SOURCE_DIR "/translations/troupe_ru.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.isEmpty())
                problems << QStringLiteral("not translated: %1").arg(source);
            else if (!source.contains(QLatin1String("%n")) && placeholders(text) != placeholders(source))
                problems << QStringLiteral("placeholders differ: %1 -> %2").arg(source, text);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::compiledCatalogueLoads()
{
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/troupe_ru.qm")));
    QCOMPARE(ru.translate("troupe::RunPanel", "Run one step (F10)"), QStringLiteral("Выполнить один шаг (F10)"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
