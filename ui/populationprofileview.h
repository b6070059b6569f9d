#pragma once

#include "factory/populationprofile.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QTableWidget;

namespace troupe {

class ProjectController;

/**
 * A population's profile: for a chosen dimension, the requested share against the share
 * generated (and a second population's, side by side), the age histogram and the Big Five
 * spread as Qt Charts, and the whole requested/generated table.
 */
class PopulationProfileView final : public QWidget
{
    Q_OBJECT
public:
    explicit PopulationProfileView(ProjectController *project, QWidget *parent = nullptr);

    void showPopulation(const QString &name);
    /** Reloads the list of populations and the shown profiles. */
    void reload();

    QComboBox *populationBox() const { return m_first; }
    QComboBox *compareBox() const { return m_second; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QTableWidget *table() const { return m_table; }
    QChartView *sharesChart() const { return m_shares; }
    QChartView *agesChart() const { return m_ages; }
    QChartView *bigFiveChart() const { return m_bigFive; }
    const std::optional<PopulationProfile> &profile() const { return m_profileA; }

private:
    std::optional<PopulationProfile> load(const QString &name) const;
    void update();
    void drawShares();
    void drawAges();
    void drawBigFive();

    ProjectController *m_project;
    QComboBox *m_first;
    QComboBox *m_second;
    QComboBox *m_dimension;
    QTableWidget *m_table;
    QChartView *m_shares;
    QChartView *m_ages;
    QChartView *m_bigFive;
    std::optional<PopulationProfile> m_profileA, m_profileB;
};

} // namespace troupe
