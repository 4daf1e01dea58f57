#include "workspace/BudgetPages.h"

#include "bills/BillsPage.h"
#include "envelopes/EnvelopesPage.h"
#include "importexport/ImportExportController.h"
#include "ledger/LedgerPage.h"
#include "mainwindow/MainWindow.h"
#include "reports/ReportsPage.h"
#include "workspace/BudgetEditor.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace vv::ui {

void BudgetPages::install(BudgetWorkspace& workspace, BudgetEditor& editor, MainWindow& window)
{
    // Envelopes (the budget screen) first.
    auto* envelopes = new EnvelopesPage(editor, &workspace);
    workspace.addPage(envelopes);
    envelopes->addActionsTo(window.budgetMenu());
    QObject::connect(envelopes, &EnvelopesPage::statusMessage, &window,
        [&window](const QString& message) { window.statusBar()->showMessage(message, 5000); });

    // Transactions (the ledger).
    auto* ledger = new LedgerPage(editor, &workspace);
    workspace.addPage(ledger);
    window.budgetMenu()->addSeparator();
    window.budgetMenu()->addActions(ledger->commandActions());
    QObject::connect(ledger, &LedgerPage::importRequested, window.importAction(), &QAction::trigger);

    // Bills, then Reports (after Envelopes and Transactions).
    auto* bills = new BillsPage(editor, &workspace);
    workspace.addPage(bills);
    window.budgetMenu()->addSeparator();
    bills->addActionsTo(window.budgetMenu());
    QObject::connect(bills, &BillsPage::activationRequested, &workspace,
        [&workspace] { workspace.showPage(QStringLiteral("billsPage")); });
    workspace.addPage(new ReportsPage(editor, &workspace));

    // File → Import / Export / Back Up / Restore (owned by the workspace, gone with the budget).
    auto* importExport = new ImportExportController(editor, &window, &workspace);
    importExport->attach(
        window.importAction(), window.exportCsvAction(), window.backupAction(), window.restoreAction());
}

} // namespace vv::ui
