#pragma once

#include "session/runsession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace troupe {

/** Run, pause, step once, stop; progress with elapsed and remaining time, live tokens and cost. */
class RunPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);

    /** Follows `session` (or nothing). The panel never owns it. */
    void setSession(RunSession *session);
    /** Whether "Run" would start a new run of the selected scenario. */
    void setCanStart(bool can, const QString &what);

    QPushButton *runButton() const { return m_run; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stepButton() const { return m_step; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QDoubleSpinBox *paceBox() const { return m_pace; }

Q_SIGNALS:
    /** Run or Step pressed with no session to continue: start the selected scenario. */
    void startRequested(bool stepOnly);

private:
    void updateButtons();
    void updateStatus();

    QPointer<RunSession> m_session;
    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_step;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_figures;
    QDoubleSpinBox *m_pace;    // the least seconds a step takes, to watch a run
    QTimer *m_clock;
    QElapsedTimer m_elapsed;   // since the run (re)started running
    QElapsedTimer m_sinceStep; // since the last progress report, while running
    int m_stepsAtStart = 0;
    bool m_canStart = false;
    QString m_startWhat;
    QString m_reason;
};

} // namespace troupe
