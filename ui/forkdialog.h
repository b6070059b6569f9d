#pragma once

#include <QDialog>
#include <QMap>

#include <nlohmann/json.hpp>

class QComboBox;
class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace troupe {

/**
 * Asks how to fork a stored run: after which step, what changes then (nothing, words said to
 * everyone, material shown, a fragment of the project, the model or temperature, for everyone
 * or one agent), and how many steps follow. The form writes the change as JSON into a box
 * that can also be edited by hand; the box is what is applied, and it is checked as it is
 * typed with the same reader `troupe run --fork --apply` uses.
 */
class ForkDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Parent
    {
        qint64 runId = 0;
        QString name;
        int stepsDone = 0;
        int length = 0;            // the steps it was planned for (at least stepsDone)
        QStringList agents;
    };
    enum class ChangeKind { None, Broadcast, Material, Fragment, Model };
    Q_ENUM(ChangeKind)

    ForkDialog(const Parent &parent, int atStep, const QMap<QString, nlohmann::ordered_json> &fragments,
               QWidget *parentWidget = nullptr);

    int atStep() const;
    int stepsAfter() const;
    /** The change as the JSON box holds it (checked: the dialog cannot be accepted otherwise). */
    QByteArray changeJson() const;
    /** Empty when the JSON box holds a change that can be applied. */
    QString problem() const { return m_problem; }

    QSpinBox *stepBox() const { return m_step; }
    QSpinBox *stepsAfterBox() const { return m_after; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *toBox() const { return m_to; }
    QPlainTextEdit *textBox() const { return m_text; }
    QLineEdit *materialNameBox() const { return m_materialName; }
    QComboBox *fragmentBox() const { return m_fragment; }
    QLineEdit *modelBox() const { return m_model; }
    QCheckBox *temperatureCheck() const { return m_useTemperature; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QPlainTextEdit *jsonBox() const { return m_json; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    QWidget *makeTextPage();
    QWidget *makeFragmentPage();
    QWidget *makeModelPage();
    void kindChanged();
    void writeJson();
    void check();

    Parent m_parent;
    QMap<QString, nlohmann::ordered_json> m_fragments;
    QSpinBox *m_step;
    QSpinBox *m_after;
    bool m_afterTouched = false;
    QComboBox *m_kind;
    QComboBox *m_to;
    QStackedWidget *m_pages;
    QLineEdit *m_materialName;
    QPlainTextEdit *m_text;
    QWidget *m_textPage = nullptr;
    QComboBox *m_fragment;
    QLineEdit *m_model;
    QCheckBox *m_useTemperature;
    QDoubleSpinBox *m_temperature;
    QPlainTextEdit *m_json;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QTimer *m_checkTimer;
    QString m_problem;
    bool m_writing = false;
};

} // namespace troupe
