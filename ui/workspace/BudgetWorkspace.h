#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace vv::ui {

class BudgetEditor;

// The main window's central area once a budget is open: the unassigned-cash line on top
// (always visible, negative shown in red with a warning), a page list on the left
// (Envelopes, Transactions, Bills, Reports; Ctrl+1..9) and the current page on the right.
// Pages are ordinary widgets added with addPage(); their windowTitle() names them.
class BudgetWorkspace : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(BudgetWorkspace)
public:
    explicit BudgetWorkspace(BudgetEditor& editor, QWidget* parent = nullptr);
    ~BudgetWorkspace() override;

    [[nodiscard]] BudgetEditor& editor() const { return m_editor; }

    int addPage(QWidget* page, const QIcon& icon = {});
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] QWidget* page(int index) const;
    // The page whose objectName() is `name`, or null.
    [[nodiscard]] QWidget* page(const QString& name) const;
    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] QWidget* currentPage() const;
    void setCurrentIndex(int index);
    bool showPage(const QString& name);

    // The text of the unassigned line (tests read it).
    [[nodiscard]] QString unassignedText() const;

Q_SIGNALS:
    void currentPageChanged(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refreshUnassigned();
    void fitNavigation();

    BudgetEditor& m_editor;
    QLabel* m_unassignedTitle = nullptr;
    QLabel* m_unassignedAmount = nullptr;
    QLabel* m_unassignedHint = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace vv::ui
