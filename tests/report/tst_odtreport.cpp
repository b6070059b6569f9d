// ODT reports unzipped and read back: content.xml holds the tables and the text, the
// charts are PNG pictures at print resolution.
#include "analysis/runreport.h"
#include "helpers/reportreadback.h"
#include "helpers/reportfixture.h"
#include "odtrenderer.h"

#include <QFontDatabase>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace troupe;
using namespace troupe::test;

class TestOdtReport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tablesTextAndPictures();
    void unwritablePathIsAnError();

private:
    QTemporaryDir m_dir;
    StoredRun m_run;
};

void TestOdtReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_run = runWithCli(QStringLiteral(TROUPE_CLI_PATH), QStringLiteral("focus_group"), m_dir.filePath(QStringLiteral("fg.troupe")),
                       {QStringLiteral("--steps"), QStringLiteral("3")});
    QVERIFY2(m_run.error.isEmpty(), qPrintable(m_run.error));
}

void TestOdtReport::tablesTextAndPictures()
{
    const QString path = m_dir.filePath(QStringLiteral("fg.odt"));
    QVERIFY(report::writeOdt(report::runReport(m_run.summary, m_run.events), path).ok());
    const QStringList entries = zipEntries(path);
    QVERIFY2(entries.contains(QStringLiteral("content.xml")), qPrintable(entries.join(u',')));
    QCOMPARE(zipEntry(path, QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));

    // content.xml: well-formed, with real tables whose cells hold the figures as text.
    const QByteArray xml = zipEntry(path, QStringLiteral("content.xml"));
    QXmlStreamReader reader(xml);
    int tables = 0, cells = 0, frames = 0;
    QStringList cellText, images;
    QString text;
    bool inCell = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.qualifiedName() == QLatin1String("table:table"))
                ++tables;
            else if (reader.qualifiedName() == QLatin1String("table:table-cell")) {
                ++cells;
                inCell = true;
                cellText.append(QString());
            } else if (reader.qualifiedName() == QLatin1String("draw:frame")) {
                ++frames;
                QVERIFY(reader.attributes().value(QStringLiteral("svg:width")).endsWith(QLatin1String("pt")));
            } else if (reader.qualifiedName() == QLatin1String("draw:image"))
                images.append(reader.attributes().value(QStringLiteral("xlink:href")).toString());
        } else if (reader.isEndElement() && reader.qualifiedName() == QLatin1String("table:table-cell")) {
            inCell = false;
            cellText.last() = cellText.last().trimmed(); // the writer indents its XML
        } else if (reader.isCharacters()) {
            text += reader.text();
            if (inCell)
                cellText.last() += reader.text();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(tables, 3); // summary, actions by type, who talked to whom
    QVERIFY(cells > 40);
    for (const char *cell : {"THINK", "TALK", "Total", "Speaker → listener", "Status", "finished"})
        QVERIFY2(cellText.contains(QString::fromUtf8(cell)), cell);
    QVERIFY(cellText.contains(QStringLiteral("■\u00a0Margit Halvorsen")));
    for (const char *heading : {"Focus group: Roundup, a savings app", "Summary", "Who talked to whom", "Transcript", "Step 3"})
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(text.contains(QStringLiteral("Moderator → everyone: Thanks for joining")));
    QVERIFY(xml.contains("fo:font-size=\"10pt\""));   // body text
    QVERIFY(xml.contains("fo:font-size=\"20pt\""));   // title
    QVERIFY(xml.contains("fo:font-family=\"DejaVu Sans\"") || !QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")));

    // Two charts, each a PNG picture in the package at print resolution (200 dpi over the column).
    QCOMPARE(frames, 2);
    QCOMPARE(images.size(), 2);
    for (const QString &href : images) {
        QVERIFY2(entries.contains(href), qPrintable(href));
        const QByteArray png = zipEntry(path, href);
        QVERIFY(png.startsWith("\x89PNG"));
        const QImage image = QImage::fromData(png, "PNG");
        QVERIFY(image.width() >= 1300);
        QVERIFY(image.height() >= 500);
    }
}

void TestOdtReport::unwritablePathIsAnError()
{
    const Status s = report::writeOdt(report::runReport(m_run.summary, m_run.events), m_dir.filePath(QStringLiteral("no/dir/x.odt")));
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("x.odt")));
}

QTEST_MAIN(TestOdtReport)
#include "tst_odtreport.moc"
