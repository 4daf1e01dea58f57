#pragma once

#include "budget/Month.h"
#include "reports/ReportData.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace vv::ui {

class BarChartWidget;
class BudgetEditor;

// The Reports page: spending by envelope per month (stacked bars) and income versus spending
// (paired bars and a net line) over a chosen range, each with its numbers a click away
// ("Show Numbers" swaps the chart for a table; "Copy Numbers" puts the table on the clipboard
// as tab-separated text). Follows the budget live, coalescing bursts of changes into one
// refresh on the next event-loop turn.
class ReportsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ReportsPage)
public:
    enum Tab { SpendingTab, IncomeTab };
    static constexpr int TopEnvelopes = 6;

    explicit ReportsPage(BudgetEditor& editor, QWidget* parent = nullptr);
    ~ReportsPage() override;

    [[nodiscard]] reports::RangeKind rangeKind() const;
    void setRangeKind(reports::RangeKind kind);
    [[nodiscard]] reports::MonthRange range() const;

    [[nodiscard]] BarChartWidget* spendingChart() const { return m_spendingChart; }
    [[nodiscard]] BarChartWidget* incomeChart() const { return m_incomeChart; }
    [[nodiscard]] QStandardItemModel* spendingNumbers() const { return m_spendingNumbers; }
    [[nodiscard]] QStandardItemModel* incomeNumbers() const { return m_incomeNumbers; }
    [[nodiscard]] QAction* showNumbersAction() const { return m_showNumbers; }
    [[nodiscard]] QAction* copyAction() const { return m_copy; }
    [[nodiscard]] bool isShowingNumbers() const;
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

    void setCurrentTab(Tab tab);
    // Recomputes now (normally it happens on the next event-loop turn after a change).
    void refresh();
    // The current tab's table as tab-separated text (what Copy Numbers copies).
    [[nodiscard]] QString numbersText() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void scheduleRefresh();
    void setShowNumbers(bool numbers);
    void copyNumbers();
    [[nodiscard]] reports::Presentation presentation() const;
    [[nodiscard]] QString compactMoney(qint64 minor) const;

    BudgetEditor& m_editor;
    QTimer* m_refreshTimer = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QComboBox* m_range = nullptr;
    QToolButton* m_showNumbersButton = nullptr;
    QToolButton* m_copyButton = nullptr;
    QAction* m_showNumbers = nullptr;
    QAction* m_copy = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_spendingStack = nullptr;
    QStackedWidget* m_incomeStack = nullptr;
    BarChartWidget* m_spendingChart = nullptr;
    BarChartWidget* m_incomeChart = nullptr;
    QTableView* m_spendingTable = nullptr;
    QTableView* m_incomeTable = nullptr;
    QStandardItemModel* m_spendingNumbers = nullptr;
    QStandardItemModel* m_incomeNumbers = nullptr;
    int m_refreshCount = 0;
    vv::budget::Month m_refreshedFor; // the current month of the last refresh
};

} // namespace vv::ui
