#include "mainwindow/MainWindow.h"

#include "settings/PreferencesDialog.h"
#include "status/SyncStatusWidget.h"
#include "widgets/EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

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
    // Without a synced budget the button sets one up; with one, it shares it.
    connect(m_emptyState, &EmptyStateWidget::actionTriggered, this, [this] {
        if (m_syncedBudget)
            Q_EMIT shareBudgetRequested();
        else
            Q_EMIT setUpSyncRequested();
    });
    setCentralWidget(m_emptyState);

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

void MainWindow::createActions()
{
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
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_preferencesAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_syncStatus->syncNowAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

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
    m_emptyState->setText(tr("Envelopes and transactions will appear here. Everything you enter is kept on "
                             "this computer; syncing with your other devices is optional and end-to-end "
                             "encrypted."));
    m_emptyState->setActionText(m_syncedBudget ? tr("Share Budget…") : tr("Set Up Sync…"));
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
