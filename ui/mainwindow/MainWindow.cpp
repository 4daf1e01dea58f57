#include "mainwindow/MainWindow.h"

#include "settings/PreferencesDialog.h"
#include "status/SyncStatusWidget.h"
#include "widgets/EmptyStateWidget.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace vv::ui {

MainWindow::MainWindow(settings::Settings& settings, signaling::SignalingService* service, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_service(service)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/violetvault.svg")));

    m_syncStatus = new SyncStatusWidget(this);
    m_syncStatus->setService(service);
    m_syncStatus->setLocalOnly(true); // until the app says a synced budget exists
    statusBar()->addWidget(m_syncStatus, 1);

    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setIconPath(QStringLiteral(":/icons/violetvault.svg"));
    // No budget yet: create one here, or join one from another device.
    connect(m_emptyState, &EmptyStateWidget::actionTriggered, this, &MainWindow::newBudgetRequested);
    connect(m_emptyState, &EmptyStateWidget::secondaryActionTriggered, this, &MainWindow::setUpSyncRequested);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_emptyState);
    setCentralWidget(m_central);
    m_undoGroup = new QUndoGroup(this);

    createActions();
    createMenus();
    retranslateUi();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

SyncStatusWidget* MainWindow::syncStatusWidget() const
{
    return m_syncStatus;
}

PreferencesDialog* MainWindow::preferencesDialog() const
{
    return m_preferences;
}

void MainWindow::setLocalOnly(bool localOnly)
{
    m_syncStatus->setLocalOnly(localOnly);
}

void MainWindow::setSyncedBudget(bool synced)
{
    m_syncedBudget = synced;
    m_setUpSyncAction->setEnabled(!synced);
    m_shareBudgetAction->setEnabled(synced);
    retranslateUi();
}

void MainWindow::setWorkspace(BudgetWorkspace* workspace, QUndoStack* undoStack)
{
    if (m_workspace) {
        m_central->removeWidget(m_workspace);
        m_workspace->deleteLater();
    }
    const QList<QUndoStack*> stacks = m_undoGroup->stacks();
    for (QUndoStack* stack : stacks)
        m_undoGroup->removeStack(stack);
    m_budgetMenu->clear();
    m_workspace = workspace;
    if (workspace) {
        m_central->addWidget(workspace);
        m_central->setCurrentWidget(workspace);
    } else {
        m_central->setCurrentWidget(m_emptyState);
    }
    if (undoStack) {
        m_undoGroup->addStack(undoStack);
        m_undoGroup->setActiveStack(undoStack);
    }
    const bool open = workspace != nullptr;
    m_budgetMenu->menuAction()->setVisible(open);
    for (QAction* action : { m_importAction, m_exportCsvAction, m_backupAction, m_restoreAction })
        action->setEnabled(open);
    m_newBudgetAction->setEnabled(!open); // one budget per profile
}

void MainWindow::createActions()
{
    m_newBudgetAction = new QAction(this);
    m_newBudgetAction->setObjectName(QStringLiteral("newBudgetAction"));
    connect(m_newBudgetAction, &QAction::triggered, this, &MainWindow::newBudgetRequested);
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportCsvAction = new QAction(this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_restoreAction = new QAction(this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    for (QAction* action : { m_importAction, m_exportCsvAction, m_backupAction, m_restoreAction })
        action->setEnabled(false);

    // Undo/Redo follow whichever budget undo stack is active (QUndoGroup keeps text and state).
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));

    m_setUpSyncAction = new QAction(this);
    m_setUpSyncAction->setObjectName(QStringLiteral("setUpSyncAction"));
    connect(m_setUpSyncAction, &QAction::triggered, this, &MainWindow::setUpSyncRequested);
    m_shareBudgetAction = new QAction(this);
    m_shareBudgetAction->setObjectName(QStringLiteral("shareBudgetAction"));
    m_shareBudgetAction->setEnabled(false);
    connect(m_shareBudgetAction, &QAction::triggered, this, &MainWindow::shareBudgetRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(
        QIcon::fromTheme(QStringLiteral("preferences-system"), QIcon(QStringLiteral(":/icons/action-preferences.svg"))),
        QString(), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    // QKeySequence::Preferences is empty on Linux; Ctrl+, is the common choice there.
    QList<QKeySequence> prefKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (prefKeys.isEmpty())
        prefKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_preferencesAction->setShortcuts(prefKeys);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newBudgetAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_syncStatus->syncNowAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    m_budgetMenu = menuBar()->addMenu(QString());
    m_budgetMenu->setObjectName(QStringLiteral("budgetMenu"));
    m_budgetMenu->menuAction()->setVisible(false);

    m_syncMenu = menuBar()->addMenu(QString());
    m_syncMenu->addAction(m_setUpSyncAction);
    m_syncMenu->addAction(m_shareBudgetAction);
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_syncStatus->syncNowAction());
    m_syncMenu->addAction(m_syncStatus->reconnectAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("VioletVault"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_budgetMenu->setTitle(tr("&Budget"));
    m_newBudgetAction->setText(tr("&New Budget…"));
    m_importAction->setText(tr("&Import Transactions…"));
    m_exportCsvAction->setText(tr("&Export Transactions as CSV…"));
    m_backupAction->setText(tr("&Back Up Budget…"));
    m_restoreAction->setText(tr("&Restore Budget from Backup…"));
    m_syncMenu->setTitle(tr("&Sync"));
    m_setUpSyncAction->setText(tr("Set &Up Sync…"));
    m_shareBudgetAction->setText(tr("S&hare Budget…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_toolBar->toggleViewAction()->setText(tr("Show &Toolbar"));
    m_quitAction->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setIconText(tr("Preferences"));
    m_aboutAction->setText(tr("&About VioletVault"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_emptyState->setTitle(tr("Your budget lives here"));
    m_emptyState->setText(tr("Create a budget to give every unit of your money a job. Everything you enter is "
                             "stored encrypted on this computer; syncing with your other devices is optional "
                             "and end-to-end encrypted."));
    m_emptyState->setActionText(tr("Create Budget…"));
    m_emptyState->setSecondaryActionText(tr("Join a Budget from Another Device…"));
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings, this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_preferences->load();
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VioletVault"),
        tr("<h3>VioletVault %1</h3>"
           "<p>Envelope budgeting that keeps your data private: stored encrypted on "
           "your devices, synced end-to-end encrypted.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36)));
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace vv::ui
