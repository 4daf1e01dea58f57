#pragma once

#include "budget/Month.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QTreeView;

namespace vv::ui {

class AllocateDialog;
class BudgetEditor;
class EmptyStateWidget;
class EnvelopeBarDelegate;
class EnvelopeDialog;
class EnvelopeModel;
class MoveMoneyDialog;

// The budget screen: a month navigator (‹ November 2026 › Today), the envelopes grouped by
// category with this month's target, funding, spending, balance, a progress bar and the
// savings goal, and the commands that change them (New/Edit Envelope, Allocate, Move Money,
// Fill to Targets, Archive, Show Archived) on a small toolbar and in the window's Budget menu.
// Dialogs open window-modal with open(); the getters reach the one currently open.
class EnvelopesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(EnvelopesPage)
public:
    explicit EnvelopesPage(BudgetEditor& editor, QWidget* parent = nullptr);
    ~EnvelopesPage() override;

    [[nodiscard]] EnvelopeModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] vv::budget::Month month() const;
    void setMonth(vv::budget::Month month);
    [[nodiscard]] QString monthText() const;

    // The envelope of the current row ("" for a category row or none).
    [[nodiscard]] QString selectedEnvelopeId() const;
    bool selectEnvelope(const QString& envelopeId);
    [[nodiscard]] bool isEmptyStateShown() const;
    [[nodiscard]] QString statusText() const;

    // Adds the page's commands to `menu` (the window's Budget menu).
    void addActionsTo(QMenu* menu) const;
    [[nodiscard]] QAction* newEnvelopeAction() const { return m_newAction; }
    [[nodiscard]] QAction* editEnvelopeAction() const { return m_editAction; }
    [[nodiscard]] QAction* allocateAction() const { return m_allocateAction; }
    [[nodiscard]] QAction* moveMoneyAction() const { return m_moveAction; }
    [[nodiscard]] QAction* fillToTargetsAction() const { return m_fillAction; }
    [[nodiscard]] QAction* archiveAction() const { return m_archiveAction; }
    [[nodiscard]] QAction* showArchivedAction() const { return m_showArchivedAction; }

    [[nodiscard]] EnvelopeDialog* envelopeDialog() const;
    [[nodiscard]] AllocateDialog* allocateDialog() const;
    [[nodiscard]] MoveMoneyDialog* moveMoneyDialog() const;

public Q_SLOTS:
    void newEnvelope();
    void editEnvelope();
    void allocate();
    void moveMoney();
    void fillToTargets();
    void toggleArchived();
    void showPreviousMonth();
    void showNextMonth();
    void showCurrentMonth();

Q_SIGNALS:
    // A short outcome to show in the window's status bar ("Nothing to fill…").
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void retranslateUi();
    void updateActions();
    void updateEmptyState();
    void say(const QString& message);
    void expandRows();

    BudgetEditor& m_editor;
    EnvelopeModel* m_model = nullptr;
    EnvelopeBarDelegate* m_delegate = nullptr;
    QTreeView* m_view = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolBar* m_toolBar = nullptr;
    QToolButton* m_prevButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QLabel* m_monthLabel = nullptr;
    QPushButton* m_todayButton = nullptr;
    QLabel* m_status = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_allocateAction = nullptr;
    QAction* m_moveAction = nullptr;
    QAction* m_fillAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_showArchivedAction = nullptr;

    QPointer<EnvelopeDialog> m_envelopeDialog;
    QPointer<AllocateDialog> m_allocateDialog;
    QPointer<MoveMoneyDialog> m_moveDialog;

    QSet<QString> m_collapsed; // categories the user collapsed (kept across model resets)
    QString m_selectionBeforeReset;
};

} // namespace vv::ui
