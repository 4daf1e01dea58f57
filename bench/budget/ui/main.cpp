// vv-budget-ui-bench: vv-budget-bench plus the window stage: the opened 100k-transaction budget
// is put into the real main window (BudgetWorkspace with every page, as the app does), shown
// offscreen, and the clock stops when the ledger page's table reports all its rows.
// See bench/README.md, "Budget".
#include "BenchMain.h"
#include "budget/Budget.h"
#include "mainwindow/MainWindow.h"
#include "platform/LargePages.h"
#include "settings/Settings.h"
#include "workspace/BudgetEditor.h"
#include "workspace/BudgetPages.h"
#include "workspace/BudgetWorkspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

namespace {

// Objects of the window stage live until the process ends, like the app's window.
struct Window {
    QTemporaryDir dir;
    std::unique_ptr<vv::settings::Settings> settings;
    std::unique_ptr<vv::ui::BudgetEditor> editor;
    std::unique_ptr<vv::ui::MainWindow> window;
};

double showWindow(vv::budget::Budget& budget, QString* error)
{
    static Window w;
    QElapsedTimer clock;
    clock.start();
    w.settings = std::make_unique<vv::settings::Settings>(w.dir.filePath(QStringLiteral("bench.ini")));
    w.editor = std::make_unique<vv::ui::BudgetEditor>(budget);
    w.window = std::make_unique<vv::ui::MainWindow>(*w.settings, nullptr);
    auto* workspace = new vv::ui::BudgetWorkspace(*w.editor);
    w.window->setWorkspace(workspace, w.editor->undoStack());
    vv::ui::BudgetPages::install(*workspace, *w.editor, *w.window);
    workspace->showPage(QStringLiteral("ledgerPage"));
    w.window->resize(1280, 800);
    w.window->show();
    // Interactive = the ledger's table is on screen with every row known to its view.
    auto* table = workspace->page(QStringLiteral("ledgerPage"))->findChild<QTableView*>();
    if (!table || !table->model()) {
        *error = QStringLiteral("the ledger page has no table");
        return -1;
    }
    const int expected = int(budget.index().rowCount());
    while (table->model()->rowCount() < expected || !w.window->isVisible()) {
        if (clock.elapsed() > 60000) {
            *error = QStringLiteral("the ledger did not show %1 rows within 60 s").arg(expected);
            return -1;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QApplication::processEvents(); // the first paint
    table->viewport()->repaint();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    // Offscreen unless told otherwise: the figure is the app's work, not the X server's.
    vv::platform::relaunchWithLargePages(argv); // as the app does: the measured start includes it
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vv-budget-ui-bench"));
    return vv::bench::benchMain(showWindow);
}
