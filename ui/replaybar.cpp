#include "replaybar.h"

#include "models/conversationfilter.h"
#include "models/conversationmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace troupe {

ReplayBar::ReplayBar(ConversationModel *model, ConversationFilter *filter, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(filter), m_play(new QToolButton(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_label(new QLabel(this)), m_speed(new QComboBox(this)), m_progress(new QProgressBar(this)), m_timer(new QTimer(this))
{
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Replay the run from where the slider is (Space)"));
    m_play->setAccessibleName(tr("Play"));
    m_slider->setRange(0, 0);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setToolTip(tr("Drag to show the run up to a step"));
    m_slider->setAccessibleName(tr("Replay position"));
    m_speed->setToolTip(tr("Replay speed"));
    for (double s : {0.5, 1.0, 2.0, 4.0, 10.0, 50.0})
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(s)), s);
    m_speed->setCurrentIndex(1);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(8888).arg(8888)));
    m_progress->setMaximumHeight(m_label->sizeHint().height());
    m_progress->hide();
    m_timer->setSingleShot(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_play);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_label);
    layout->addWidget(m_speed);

    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int step) { showStep(step); });
    connect(m_timer, &QTimer::timeout, this, &ReplayBar::tick);
    refresh();
}

double ReplayBar::speed() const
{
    return m_speed->currentData().toDouble() > 0 ? m_speed->currentData().toDouble() : 1.0;
}

bool ReplayBar::isPlaying() const
{
    return m_play->isChecked();
}

void ReplayBar::setLoading(qint64 done, qint64 total)
{
    const bool loading = total > 0 && done < total;
    m_progress->setVisible(loading);
    m_slider->setVisible(!loading);
    m_play->setEnabled(!loading && m_model->lastStep() >= 0);
    if (loading) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * done / total));
        m_progress->setFormat(tr("Loading %1 of %2 events…").arg(QLocale().toString(done), QLocale().toString(total)));
        m_label->clear();
    } else {
        updateLabel();
    }
}

void ReplayBar::refresh()
{
    const int last = std::max(0, m_model->lastStep());
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, last);
    if (m_cursor < 0)
        m_slider->setValue(last);
    m_play->setEnabled(m_model->lastStep() >= 0 && !m_progress->isVisible());
    setEnabled(m_model->lastStep() >= 0);
    updateLabel();
}

int ReplayBar::endOfStep(int step) const
{
    // Everything up to the next step's header; the next header that exists, as steps can be missing.
    for (int s = step + 1; s <= m_model->lastStep(); ++s)
        if (const int row = m_model->headerRow(s); row >= 0)
            return row;
    return -1;
}

void ReplayBar::showStep(int step)
{
    m_cursor = endOfStep(step);
    m_filter->setRevealLimit(m_cursor);
    setSliderQuietly(step);
    // The last row shown, so the view can select it and the inspector follow.
    const int end = m_cursor < 0 ? m_model->rowCount() : m_cursor;
    for (int r = end - 1; r >= 0; --r)
        if (m_filter->wouldShow(r)) {
            emit revealed(r);
            break;
        }
    updateLabel();
}

int ReplayBar::step() const
{
    return m_cursor < 0 ? -1 : m_slider->value();
}

void ReplayBar::play()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_cursor < 0 || m_cursor >= m_model->rowCount()) { // at the end: from the start
        m_cursor = 0;
        m_filter->setRevealLimit(0);
        setSliderQuietly(0);
    }
    if (!m_play->isChecked()) {
        const QSignalBlocker block(m_play);
        m_play->setChecked(true);
    }
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_play->setAccessibleName(tr("Pause"));
    emit playingChanged(true);
    m_timer->start(0);
}

void ReplayBar::pause()
{
    m_timer->stop();
    if (m_play->isChecked()) {
        const QSignalBlocker block(m_play);
        m_play->setChecked(false);
    }
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play"));
    emit playingChanged(false);
}

void ReplayBar::tick()
{
    const int total = m_model->rowCount();
    int r = std::max(0, m_cursor);
    while (r < total && !m_filter->wouldShow(r)) // what the filters hide takes no time
        ++r;
    if (r >= total) {
        m_cursor = -1;
        m_filter->setRevealLimit(-1);
        setSliderQuietly(std::max(0, m_model->lastStep()));
        updateLabel();
        pause();
        return;
    }
    m_cursor = r + 1;
    m_filter->setRevealLimit(m_cursor);
    const QModelIndex i = m_model->index(r);
    setSliderQuietly(i.data(ConversationModel::StepRole).toInt());
    updateLabel();
    emit revealed(r);
    // A readable pace: a spoken line about a second, a thought or a note less, a new step a pause.
    const auto type = ConversationModel::RowType(i.data(ConversationModel::RowTypeRole).toInt());
    const QString kind = i.data(ConversationModel::KindRole).toString();
    int ms = 600;
    if (type == ConversationModel::RowType::StepHeader)
        ms = 500;
    else if (kind == QLatin1String("action") && i.data(ConversationModel::TypeRole).toString() == QLatin1String("TALK"))
        ms = 1100;
    else if (kind == QLatin1String("stimulus"))
        ms = 900;
    m_timer->start(int(ms / speed()));
}

void ReplayBar::setSliderQuietly(int step)
{
    const QSignalBlocker block(m_slider);
    m_slider->setValue(step);
}

void ReplayBar::updateLabel()
{
    const int last = std::max(0, m_model->lastStep());
    m_label->setText(m_model->lastStep() < 0 ? tr("No steps yet") : tr("Step %1 of %2").arg(m_cursor < 0 ? last : m_slider->value()).arg(last));
}

} // namespace troupe
