#pragma once

#include "budget/BudgetIndex.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace vv::ui {

class BudgetEditor;

// The ledger's filters: envelope (All / Unassigned / each envelope, archived ones last), a
// date range with presets (This month, Last month, Last 3 months, This year, All), a search
// field (debounced, so typing over 100k rows stays smooth) and cleared any/yes/no.
class LedgerFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(LedgerFilterBar)
public:
    enum class Preset { All, ThisMonth, LastMonth, LastThreeMonths, ThisYear, Custom };

    explicit LedgerFilterBar(BudgetEditor& editor, QWidget* parent = nullptr);
    ~LedgerFilterBar() override;

    [[nodiscard]] vv::budget::LedgerFilter filter() const;
    // Tests set 0 so a typed search applies on the next event loop turn.
    void setSearchDelay(int milliseconds);
    [[nodiscard]] int searchDelay() const;
    void applyPreset(Preset preset);
    void setEnvelopeFilter(const std::optional<QString>& envelopeId); // nullopt = all
    void clear();

Q_SIGNALS:
    void filterChanged(const vv::budget::LedgerFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadEnvelopes();
    void emitFilter();

    BudgetEditor& m_editor;
    QLabel* m_envelopeLabel = nullptr;
    QComboBox* m_envelope = nullptr;
    QComboBox* m_preset = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_cleared = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_updating = false;
};

} // namespace vv::ui

Q_DECLARE_METATYPE(vv::budget::LedgerFilter)
