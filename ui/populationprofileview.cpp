#include "populationprofileview.h"

#include "projectcontroller.h"
#include "store/populationstore.h"
#include "store/projectfile.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace troupe {

namespace {

QChartView *chartView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->setAccessibleName(name);
    return view;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives up ownership: each refresh leaked the old axes
    }
}

QBarCategoryAxis *axes(QChart *chart, QBarSeries *bars, const QStringList &categories, const QString &yTitle, double maxY)
{
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, maxY > 0 ? maxY : 1);
    y->setTitleText(yTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    return x;
}

} // namespace

PopulationProfileView::PopulationProfileView(ProjectController *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_first(new QComboBox(this)), m_second(new QComboBox(this)), m_dimension(new QComboBox(this)),
      m_table(new QTableWidget(0, 5, this)), m_shares(chartView(this, tr("Requested and generated shares"))),
      m_ages(chartView(this, tr("Age histogram"))), m_bigFive(chartView(this, tr("Big Five spread")))
{
    m_first->setAccessibleName(tr("Population"));
    m_second->setAccessibleName(tr("Compare with"));
    m_dimension->setAccessibleName(tr("Dimension"));
    m_table->setHorizontalHeaderLabels({tr("Dimension"), tr("Value"), tr("Requested"), tr("Generated"), tr("People")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Population:"), this));
    top->addWidget(m_first, 1);
    top->addWidget(new QLabel(tr("Compare with:"), this));
    top->addWidget(m_second, 1);
    top->addWidget(new QLabel(tr("Dimension:"), this));
    top->addWidget(m_dimension, 1);
    auto *grid = new QGridLayout;
    grid->addWidget(m_shares, 0, 0, 1, 2);
    grid->addWidget(m_ages, 1, 0);
    grid->addWidget(m_bigFive, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 3);
    layout->addWidget(m_table, 2);
    connect(m_first, &QComboBox::currentIndexChanged, this, &PopulationProfileView::update);
    connect(m_second, &QComboBox::currentIndexChanged, this, &PopulationProfileView::update);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &PopulationProfileView::drawShares);
}

void PopulationProfileView::reload()
{
    const QString a = m_first->currentText(), b = m_second->currentData().toString();
    const QSignalBlocker blockA(m_first), blockB(m_second);
    m_first->clear();
    m_second->clear();
    m_second->addItem(tr("(none)"), QString());
    if (m_project->file())
        if (auto list = PopulationStore(*m_project->file()).list())
            for (const PopulationInfo &p : list.value()) {
                m_first->addItem(p.name);
                m_second->addItem(p.name, p.name);
            }
    if (const int i = m_first->findText(a); i >= 0)
        m_first->setCurrentIndex(i);
    if (const int i = m_second->findData(b); i >= 0)
        m_second->setCurrentIndex(i);
    update();
}

void PopulationProfileView::showPopulation(const QString &name)
{
    reload();
    if (const int i = m_first->findText(name); i >= 0)
        m_first->setCurrentIndex(i);
    update();
}

std::optional<PopulationProfile> PopulationProfileView::load(const QString &name) const
{
    if (name.isEmpty() || !m_project->file())
        return std::nullopt;
    PopulationStore store(*m_project->file());
    auto record = store.load(name);
    if (!record)
        return std::nullopt;
    auto plan = SamplingPlan::fromJson(record.value().plan);
    auto people = store.indexedPeople(name);
    if (!plan || !people)
        return std::nullopt;
    return profilePopulation(plan.value(), people.value());
}

void PopulationProfileView::update()
{
    m_profileA = load(m_first->currentText());
    m_profileB = load(m_second->currentData().toString());
    const QString dim = m_dimension->currentText();
    {
        const QSignalBlocker block(m_dimension);
        m_dimension->clear();
        if (m_profileA)
            for (const ProfileRow &r : m_profileA->rows)
                if (m_dimension->findText(r.dimension) < 0)
                    m_dimension->addItem(r.dimension);
        if (const int i = m_dimension->findText(dim); i >= 0) {
            m_dimension->setCurrentIndex(i);
        } else if (m_profileA) {
            // Start on the first dimension with a choice in it (a country of one value says little).
            for (const ProfileRow &r : m_profileA->rows)
                if (r.requested < 0.999) {
                    m_dimension->setCurrentIndex(m_dimension->findText(r.dimension));
                    break;
                }
        }
    }
    m_table->setRowCount(0);
    if (m_profileA) {
        for (const ProfileRow &r : m_profileA->rows) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells{r.dimension, r.value, QStringLiteral("%1%").arg(r.requested * 100, 0, 'f', 1),
                                    QStringLiteral("%1%").arg(r.generated * 100, 0, 'f', 1), QString::number(r.count)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c >= 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, c, item);
            }
        }
    }
    drawShares();
    drawAges();
    drawBigFive();
}

void PopulationProfileView::drawShares()
{
    QChart *chart = m_shares->chart();
    clear(chart);
    const QString dim = m_dimension->currentText();
    chart->setTitle(dim.isEmpty() ? tr("Requested and generated shares") : tr("%1: requested and generated share (%)").arg(dim));
    if (!m_profileA)
        return;
    auto *requested = new QBarSet(tr("Requested"));
    auto *generated = new QBarSet(tr("Generated: %1").arg(m_first->currentText()));
    QBarSet *other = m_profileB ? new QBarSet(tr("Generated: %1").arg(m_second->currentText())) : nullptr;
    QStringList categories;
    double top = 0;
    for (const ProfileRow &r : m_profileA->rows) {
        if (r.dimension != dim)
            continue;
        categories << (r.value.size() > 24 ? r.value.left(22) + QStringLiteral("…") : r.value);
        *requested << r.requested * 100;
        *generated << r.generated * 100;
        top = std::max({top, r.requested * 100, r.generated * 100});
        if (other) {
            double share = 0;
            for (const ProfileRow &o : m_profileB->rows)
                if (o.dimension == r.dimension && o.value == r.value)
                    share = o.generated * 100;
            *other << share;
            top = std::max(top, share);
        }
    }
    auto *bars = new QBarSeries;
    bars->append(requested);
    bars->append(generated);
    if (other)
        bars->append(other);
    axes(chart, bars, categories, tr("%"), top * 1.1);
}

void PopulationProfileView::drawAges()
{
    QChart *chart = m_ages->chart();
    clear(chart);
    chart->setTitle(tr("Ages"));
    if (!m_profileA)
        return;
    QMap<int, int> a = m_profileA->ageHistogram(), b = m_profileB ? m_profileB->ageHistogram() : QMap<int, int>();
    QList<int> bands = a.keys();
    for (int k : b.keys())
        if (!bands.contains(k))
            bands.append(k);
    std::sort(bands.begin(), bands.end());
    auto *setA = new QBarSet(m_first->currentText());
    QBarSet *setB = m_profileB ? new QBarSet(m_second->currentText()) : nullptr;
    QStringList categories;
    double top = 0;
    for (int band : bands) {
        categories << tr("%1s").arg(band); // "30s": short enough for a narrow chart
        // Shares, so populations of different sizes compare.
        const double pa = m_profileA->people ? 100.0 * a.value(band) / m_profileA->people : 0;
        *setA << pa;
        top = std::max(top, pa);
        if (setB) {
            const double pb = m_profileB->people ? 100.0 * b.value(band) / m_profileB->people : 0;
            *setB << pb;
            top = std::max(top, pb);
        }
    }
    auto *bars = new QBarSeries;
    bars->append(setA);
    if (setB)
        bars->append(setB);
    QBarCategoryAxis *x = axes(chart, bars, categories, tr("%"), top * 1.1);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8); // ten decades in half the width
    x->setLabelsFont(small);
}

void PopulationProfileView::drawBigFive()
{
    QChart *chart = m_bigFive->chart();
    clear(chart);
    chart->setTitle(tr("Big Five of %1").arg(m_first->currentText()));
    m_bigFive->setToolTip(tr("A agreeableness, C conscientiousness, E extraversion, N neuroticism, O openness"));
    if (!m_profileA)
        return;
    QBarSet *levels[3] = {new QBarSet(tr("Low")), new QBarSet(tr("Medium")), new QBarSet(tr("High"))};
    QStringList categories;
    double top = 0;
    for (auto it = m_profileA->bigFive.begin(); it != m_profileA->bigFive.end(); ++it) {
        categories << it.key().left(1).toUpper(); // O, C, E, A, N: the axis title names them
        for (int l = 0; l < 3; ++l) {
            *levels[l] << it->at(size_t(l));
            top = std::max(top, double(it->at(size_t(l))));
        }
    }
    auto *bars = new QBarSeries;
    for (QBarSet *s : levels)
        bars->append(s);
    axes(chart, bars, categories, tr("people"), top * 1.1);
}

} // namespace troupe
