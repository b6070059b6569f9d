#pragma once

#include "factory/samplingplan.h"
#include "factory/populationinput.h"
#include "factory/personfactory.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace troupe {

class DimensionsModel;
class PopulationProfileView;
class PopulationRunner;
class ProjectController;

/**
 * The Population Builder: pick a description (bundled or a file) or type a context, add
 * extra dimensions, get the dimensions from the configured engine, edit them (with undo),
 * draw the seeded plan and see its quota table and the cost estimate, then Generate with a
 * progress bar and Cancel. Generation runs on its own thread; people are announced as they
 * are stored so the project tree shows them under the population. The Profile tab shows
 * the population's requested against generated shares.
 */
class PopulationBuilder final : public QWidget
{
    Q_OBJECT
public:
    explicit PopulationBuilder(ProjectController *project, QWidget *parent = nullptr);
    ~PopulationBuilder() override;

    /** Starts a new design (clears the dimensions and plan). */
    void newPopulation();
    /** Shows a stored population's profile. */
    void showPopulation(const QString &name);
    QUndoStack *undoStack() const { return m_undo; }
    bool isGenerating() const;

    // For tests and the monkey harness.
    QComboBox *sourceBox() const { return m_source; }
    QTableView *dimensionsView() const { return m_dimensionsView; }
    DimensionsModel *dimensionsModel() const { return m_dimensions; }
    QTableView *quotaView() const { return m_quotaView; }
    QPushButton *dimensionsButton() const { return m_getDimensions; }
    QPushButton *planButton() const { return m_drawPlan; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QSpinBox *countBox() const { return m_count; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *estimateLabel() const { return m_estimate; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    PopulationProfileView *profileView() const { return m_profile; }
    const std::optional<SamplingPlan> &plan() const { return m_plan; }

Q_SIGNALS:
    /** A population was created in the project (before its people arrive). */
    void populationCreated(qint64 id, const QString &name);
    /** A person of population `id` was stored. */
    void personArrived(qint64 id, const QString &name);
    void generationFinished(const QString &name);

private:
    std::optional<PopulationInput> input();
    void sourceChanged();
    void getDimensions();
    void drawPlan();
    void generate();
    void finished(const GenerationSummary &summary);
    void setBusy(bool busy);
    void showError(const QString &text);

    ProjectController *m_project;
    QUndoStack *m_undo;
    DimensionsModel *m_dimensions;
    PopulationRunner *m_runner;
    QTabWidget *m_tabs;
    QComboBox *m_source;
    QPlainTextEdit *m_context;
    QLineEdit *m_extra;
    QPushButton *m_getDimensions;
    QTableView *m_dimensionsView;
    QSpinBox *m_count;
    QSpinBox *m_seed;
    QLineEdit *m_name;
    QPushButton *m_drawPlan;
    QStandardItemModel *m_quotas;
    QTableView *m_quotaView;
    QLabel *m_estimate;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    PopulationProfileView *m_profile;
    std::optional<SamplingPlan> m_plan;
    std::optional<PopulationInput> m_planInput;
    qint64 m_generatingId = 0;
    QString m_generatingName;
};

} // namespace troupe
