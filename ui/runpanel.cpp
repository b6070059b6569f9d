#include "runpanel.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace troupe {

namespace {

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_run(new QPushButton(tr("Run"), this)), m_pause(new QPushButton(tr("Pause"), this)),
      m_step(new QPushButton(tr("Step"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_figures(new QLabel(this)), m_pace(new QDoubleSpinBox(this)), m_clock(new QTimer(this))
{
    m_pace->setRange(0, 60);
    m_pace->setSingleStep(0.5);
    m_pace->setDecimals(1);
    m_pace->setSuffix(tr(" s/step"));
    m_pace->setSpecialValueText(tr("full speed"));
    m_pace->setAccessibleName(tr("Pace"));
    m_pace->setToolTip(tr("The least time a step takes, so a run can be watched as it happens"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_run->setToolTip(tr("Run the remaining steps (F5)"));
    m_pause->setToolTip(tr("Pause after the step in progress"));
    m_step->setToolTip(tr("Run one step (F10)"));
    m_stop->setToolTip(tr("Stop now; calls in flight are cancelled and the run can be resumed later"));
    m_status->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true); // a long line would widen the dock past the screen
    m_progress->setTextVisible(true);
    m_clock->setInterval(1000);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_run, m_pause, m_step, m_stop})
        buttons->addWidget(b);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_figures);
    // The pace sits beside the status line: in the button row it widened the dock past a 1440-pixel screen.
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_pace);
    layout->addLayout(statusRow);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_session && (m_session->state() == RunSession::State::Ready || m_session->state() == RunSession::State::Paused))
            m_session->run();
        else
            emit startRequested(false);
    });
    connect(m_step, &QPushButton::clicked, this, [this] {
        if (m_session && (m_session->state() == RunSession::State::Ready || m_session->state() == RunSession::State::Paused))
            m_session->stepOnce();
        else
            emit startRequested(true);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->pause();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->stop();
    });
    connect(m_clock, &QTimer::timeout, this, &RunPanel::updateStatus);
    connect(m_pace, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (m_session)
            m_session->setPace(int(seconds * 1000));
    });
    updateButtons();
    updateStatus();
}

void RunPanel::setSession(RunSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_reason.clear();
    m_elapsed.invalidate();
    m_sinceStep.invalidate();
    if (session) {
        session->setPace(int(m_pace->value() * 1000));
        connect(session, &RunSession::stateChanged, this, [this](RunSession::State state, const QString &reason) {
            if (state == RunSession::State::Running) {
                m_elapsed.start();
                m_sinceStep.start();
                m_stepsAtStart = m_session->progress().stepsDone;
                m_clock->start();
            } else if (m_elapsed.isValid()) {
                m_elapsed.invalidate();
                m_sinceStep.invalidate();
                m_clock->stop();
            }
            m_reason = reason;
            updateButtons();
            updateStatus();
        });
        connect(session, &RunSession::progressed, this, [this] {
            if (m_sinceStep.isValid())
                m_sinceStep.restart();
            updateStatus();
        });
    }
    updateButtons();
    updateStatus();
}

void RunPanel::setCanStart(bool can, const QString &what)
{
    m_canStart = can;
    m_startWhat = what;
    updateButtons();
    updateStatus();
}

void RunPanel::updateButtons()
{
    const RunSession::State s = m_session ? m_session->state() : RunSession::State::Finished;
    const bool continuable = m_session && (s == RunSession::State::Ready || s == RunSession::State::Paused);
    const bool running = m_session && s == RunSession::State::Running;
    m_run->setEnabled(continuable || (!running && s != RunSession::State::Preparing && m_canStart));
    m_step->setEnabled(m_run->isEnabled());
    m_pause->setEnabled(running);
    m_stop->setEnabled(running || continuable);
}

void RunPanel::updateStatus()
{
    if (!m_session) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(tr("No run"));
        m_figures->setText(m_canStart ? tr("Press Run to start “%1”.").arg(m_startWhat) : tr("Select a scenario to run it."));
        m_status->clear();
        return;
    }
    const RunProgress &p = m_session->progress();
    m_progress->setRange(0, std::max(1, p.stepsPlanned));
    m_progress->setValue(p.stepsDone);
    m_progress->setFormat(tr("Step %1 of %2").arg(p.stepsDone).arg(p.stepsPlanned));
    // The run's stored active time (every session it ran in, pauses excluded), plus the step in progress.
    const qint64 ran = p.activeMs + (m_sinceStep.isValid() ? m_sinceStep.elapsed() : 0);
    QString timing = tr("elapsed %1").arg(clockText(ran));
    const int done = p.stepsDone - (m_elapsed.isValid() ? m_stepsAtStart : 0);
    if (m_elapsed.isValid() && done > 0 && p.stepsPlanned > p.stepsDone)
        timing += tr(" · about %1 left").arg(clockText(m_elapsed.elapsed() / done * (p.stepsPlanned - p.stepsDone)));
    const QLocale locale;
    QString money = p.tokensEstimated ? tr("no cost (offline engine)")
                                      : QStringLiteral("$") + QString::number(p.cost, 'f', 4) + (p.costComplete ? QString() : tr(" + unpriced calls"));
    m_figures->setText(tr("%1 · %2 tokens%3 · %4 · %5 calls, %6 from the cache")
                           .arg(timing, locale.toString(p.promptTokens + p.completionTokens),
                                p.tokensEstimated ? tr(" (estimated)") : QString(), money)
                           .arg(p.calls)
                           .arg(p.cacheHits));
    QString state;
    switch (m_session->state()) {
    case RunSession::State::Preparing:
        state = tr("Preparing the run (checking the model server)…");
        break;
    case RunSession::State::Ready:
        state = tr("Ready to run.");
        break;
    case RunSession::State::Running:
        state = tr("Running…");
        break;
    case RunSession::State::Paused:
        state = m_reason.isEmpty() ? tr("Paused.") : tr("Paused: %1").arg(m_reason);
        break;
    case RunSession::State::Finished:
        state = m_reason.isEmpty() ? tr("Finished.") : tr("Stopped: %1").arg(m_reason);
        break;
    case RunSession::State::Failed:
        state = tr("Could not run: %1").arg(m_reason);
        break;
    }
    m_status->setText(state);
}

} // namespace troupe
