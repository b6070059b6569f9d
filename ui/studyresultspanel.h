#pragma once

#include "study/studysummary.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace troupe {

/**
 * A study run's results: one chart per question with its figures (counts and shares,
 * top-2 box, mean with its 95% interval, mean rank and Borda, histogram, open-answer
 * labels), a crosstab of any question by any respondent attribute, the quotes (a click
 * or Enter asks for the event in the conversation) and the missing answers with their
 * reasons. It shows a summary made in core; it computes nothing itself.
 */
class StudyResultsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit StudyResultsPanel(QWidget *parent = nullptr);

    void setSummary(const StudySummary &summary);
    void clear();
    const StudySummary &summary() const { return m_summary; }

    /** One chart per question that has one, in question order. */
    QList<QChartView *> charts() const { return m_charts; }
    QLabel *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *crosstabQuestion() const { return m_crossQuestion; }
    QComboBox *crosstabAttribute() const { return m_crossAttribute; }
    QTableView *crosstabView() const { return m_crossView; }
    QStandardItemModel *crosstabModel() const { return m_crossModel; }
    QComboBox *quoteQuestion() const { return m_quoteQuestion; }
    QTreeWidget *quotes() const { return m_quotes; }
    QTreeWidget *missing() const { return m_missing; }
    QPushButton *extractButton() const { return m_extract; }

Q_SIGNALS:
    /** The user picked a quote: show event `seq` of the run in the conversation. */
    void eventRequested(qint64 runId, qint64 seq);
    /** Extract Results… was pressed for the study's run. */
    void extractRequested(qint64 runId);

private:
    void rebuildCharts();
    void updateCrosstab();
    void updateQuotes();
    void activateQuote(int row);

    StudySummary m_summary;
    QLabel *m_header;
    QWidget *m_chartBox;
    QList<QChartView *> m_charts;
    QTabWidget *m_tabs;
    QComboBox *m_crossQuestion;
    QComboBox *m_crossAttribute;
    QTableView *m_crossView;
    QStandardItemModel *m_crossModel;
    QLabel *m_crossNote;
    QComboBox *m_quoteQuestion;
    QTreeWidget *m_quotes;
    QTreeWidget *m_missing;
    QPushButton *m_extract;
};

} // namespace troupe
