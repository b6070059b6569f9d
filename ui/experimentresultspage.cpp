#include "experimentresultspage.h"

#include "empiricalpanel.h"
#include "experimentcompareview.h"

#include <QScrollArea>

namespace troupe {

namespace {

// The page's minimum size (tables, charts) must not widen the window: it scrolls instead.
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

ExperimentResultsPage::ExperimentResultsPage(QWidget *parent)
    : QTabWidget(parent)
    , m_compare(new ExperimentCompareView)
    , m_empirical(new EmpiricalPanel)
{
    setObjectName(QStringLiteral("ExperimentResultsPage"));
    setDocumentMode(true);
    addTab(scrolled(m_compare, this), tr("Compare Arms"));
    addTab(scrolled(m_empirical, this), tr("Real Data"));
}

void ExperimentResultsPage::showExperiment(const QString &projectPath, const QString &name)
{
    setTabEnabled(kCompareTab, true);
    setTabToolTip(kCompareTab, QString());
    setTabToolTip(kEmpiricalTab, tr("The experiment's runs, pooled, against a real survey"));
    m_compare->showExperiment(projectPath, name);
    m_empirical->setSubject(projectPath, name, tr("experiment \"%1\"").arg(name));
    setCurrentIndex(kCompareTab);
}

void ExperimentResultsPage::showRun(const QString &projectPath, qint64 runId, const QString &label)
{
    m_compare->clear();
    setTabEnabled(kCompareTab, false);
    setTabToolTip(kCompareTab, tr("A single study run has no arms to compare; experiments do"));
    setTabToolTip(kEmpiricalTab, QString());
    m_empirical->setSubject(projectPath, QString::number(runId), label);
    setCurrentIndex(kEmpiricalTab);
}

void ExperimentResultsPage::clear()
{
    m_compare->clear();
    m_empirical->clear();
}

} // namespace troupe
