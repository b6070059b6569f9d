#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QSlider;
class QTimer;
class QToolButton;

namespace troupe {

class ConversationFilter;
class ConversationModel;

/**
 * Replays a stored run in the conversation view: a slider over its steps to scrub, play and
 * pause (events appear one by one, at a readable pace), and a speed. It works on the view's
 * filter (showing only the rows up to the replay's position), so a replay of 100,000 events
 * moves by inserting and removing rows at the end, never by reloading. While a run loads it
 * shows how far the load has got.
 */
class ReplayBar final : public QWidget
{
    Q_OBJECT
public:
    ReplayBar(ConversationModel *model, ConversationFilter *filter, QWidget *parent = nullptr);

    /** Loading progress: `done` of `total` events (total 0: not loading). */
    void setLoading(qint64 done, qint64 total);
    /** The model has more (or no) events: the slider's range follows. Shows everything. */
    void refresh();
    void play();
    void pause();
    bool isPlaying() const;
    /** Shows the run up to the end of `step` (and stops nothing: a replay goes on from there). */
    void showStep(int step);
    /** The step shown last, or -1 when everything is shown. */
    int step() const;
    /** How much faster than the normal pace (1: about one message a second). */
    double speed() const;

    QToolButton *playButton() const { return m_play; }
    QSlider *slider() const { return m_slider; }
    QComboBox *speedBox() const { return m_speed; }
    QLabel *stepLabel() const { return m_label; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    /** A row came into view while playing or scrubbing (the view selects it; the inspector follows). */
    void revealed(int sourceRow);
    void playingChanged(bool playing);

private:
    void tick();
    void updateLabel();
    void setSliderQuietly(int step);
    int endOfStep(int step) const;

    ConversationModel *m_model;
    ConversationFilter *m_filter;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_label;
    QComboBox *m_speed;
    QProgressBar *m_progress;
    QTimer *m_timer;
    int m_cursor = -1; // source rows shown; -1: all
};

} // namespace troupe
