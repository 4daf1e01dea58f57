#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vv::ui {

class BudgetEditor;

// Create or edit an envelope: name (required, unique among the envelopes that are not
// archived), colour (colour dialog or one of 8 presets), category (existing ones offered, new
// ones typed), monthly target, priority, an optional savings goal with the monthly amount it
// needs, and (editing) archived. OK stays disabled with the reason shown until the input is
// valid. Accepting plans createEnvelope/updateEnvelope and applies it through the editor as one
// undo step; a refusal is shown inline and the dialog stays open.
class EnvelopeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(EnvelopeDialog)
public:
    // `envelopeId` empty: create a new envelope (in `category`, if given).
    EnvelopeDialog(
        BudgetEditor& editor, const QString& envelopeId, QWidget* parent = nullptr, const QString& category = {});
    ~EnvelopeDialog() override;

    [[nodiscard]] bool isEditing() const { return !m_envelopeId.isEmpty(); }
    // The envelope created or edited (after a successful accept()).
    [[nodiscard]] QString envelopeId() const { return m_envelopeId; }
    [[nodiscard]] QString color() const { return m_color; }
    void setColor(const QString& color); // "#rrggbb" or "" for none
    // Why OK is disabled ("" when the input is fine).
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString goalSummary() const;

    static const QStringList& presetColors();

public Q_SLOTS:
    void accept() override;

private:
    void validate();
    void updateGoalSummary();
    void chooseColor();

    BudgetEditor& m_editor;
    QString m_envelopeId;
    QString m_color;
    QLineEdit* m_name = nullptr;
    QPushButton* m_colorButton = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_target = nullptr;
    QSpinBox* m_priority = nullptr;
    QGroupBox* m_goalGroup = nullptr;
    QLineEdit* m_goalAmount = nullptr;
    QDateEdit* m_goalDate = nullptr;
    QLabel* m_goalSummary = nullptr;
    QCheckBox* m_archived = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vv::ui
