// A study run from the studio (Run → Run Study…) is followed live in the conversation, as a
// scenario run is: its events arrive while it runs, in batches, and when it ends the view
// holds exactly the stored events, without reading the run again. Answers read as the
// respondent speaking: their colour, their name, the question and the value.
#include "conversationpanel.h"
#include "mainwindow.h"
#include "projectexplorer.h"
#include "studyrundialog.h"
#include "studysession.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"
#include "store/runstore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestStudyLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
        QSettings().clear();
    }

    void conversationFollowsTheStudy()
    {
        QTemporaryDir dir;
        MainWindow window;
        QStringList errors;
        window.setErrorHandler([&](const QString &text) { errors << text; });
        QList<QDialog *> dialogs;
        window.setDialogHook([&](QDialog *d) {
            dialogs << d;
            d->show();
        });
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("fresh.troupe")), true).ok());

        window.findChild<QAction *>(QStringLiteral("runStudy"))->trigger();
        QCOMPARE(dialogs.size(), 1);
        auto *dialog = qobject_cast<StudyRunDialog *>(dialogs.first());
        QVERIFY(dialog);
        dialog->studies()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog->studies(), QStringLiteral("focus"));
        QCOMPARE(dialog->studyName(), QStringLiteral("focus_group_closing"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        StudySession *session = window.studySession();
        QVERIFY(session);

        // Rows reach the view while the study still runs, not only when it has ended.
        ConversationModel *model = window.conversation()->model();
        int rowsWhileRunning = 0;
        connect(model, &QAbstractItemModel::rowsInserted, this, [&] {
            if (session->isRunning())
                rowsWhileRunning = model->rowCount();
        });
        QSignalSpy batches(session, &StudySession::eventsAppended);
        QSignalSpy ended(session, &StudySession::ended);
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 1 || !errors.isEmpty(), 120000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(ended.first().at(0).value<RunStatus>(), RunStatus::Finished);
        // How many batches depends on how fast the offline study runs (a batch at most every
        // 100 ms); what matters is that rows arrived before the session said it ended.
        QVERIFY(!batches.isEmpty());
        QVERIFY(rowsWhileRunning > 0);
        QVERIFY(!window.conversation()->isLoading()); // nothing was read again
        QVERIFY(window.explorer()->current() && window.explorer()->current()->id == session->runId());

        // What the view holds is what was stored, in order.
        const RunEvents stored = RunStore(*window.project()).events(session->runId()).value();
        QTRY_COMPARE(model->events().size(), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(model->events()[i].seq, stored[i].seq);

        // An answer is the respondent speaking: their colour and initials, shown with Talk.
        int answers = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r);
            if (i.data(ConversationModel::KindRole).toString() != QLatin1String("answer"))
                continue;
            ++answers;
            const QString agent = i.data(ConversationModel::AgentRole).toString();
            QCOMPARE(i.data(ConversationModel::ColorRole).value<QColor>(), model->colorOf(agent));
            QVERIFY(model->colorOf(agent) != QColor(0x9e, 0x9e, 0x9e));
            QCOMPARE(i.data(ConversationModel::InitialsRole).toString(), ConversationModel::initialsOf(agent));
        }
        QVERIFY(answers > 0);
        ConversationFilter *filter = window.conversation()->filter();
        int shownAnswers = 0;
        for (int r = 0; r < filter->rowCount(); ++r)
            shownAnswers += filter->index(r, 0).data(ConversationModel::KindRole).toString() == QLatin1String("answer");
        QCOMPARE(shownAnswers, answers);
        if (const QString out = qEnvironmentVariable("STUDY_SHOT_DIR"); !out.isEmpty()) {
            QTest::qWait(300);
            window.grab().save(out + QStringLiteral("/study-live.png"));
        }
    }
};

QTEST_MAIN(TestStudyLive)
#include "tst_studylive.moc"
