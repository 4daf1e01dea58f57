// File → Import / Export / Back Up / Restore through ImportExportController, with the file
// dialogs and the backup warning replaced by functions (no native dialogs), real files in a
// temporary directory, and a real Budget.
#include "BudgetUiFixture.h"
#include "budget/BankImport.h"
#include "budget/CsvReader.h"
#include "budget/Exporter.h"
#include "budget/Money.h"
#include "importexport/BankImportDialog.h"
#include "importexport/ImportExportController.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "workspace/BudgetPages.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QFile>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace vv;
using Controller = vv::ui::ImportExportController;
using vv::budget::test::visibleContent;
using vv::ui::test::BudgetUi;

namespace {

QString samplePath(const QString& name)
{
    return QStringLiteral(VV_BUDGET_TEST_DATA "/") + name;
}

// A budget with envelopes, income, expenses, a split, an allocation and a bill.
void fill(BudgetUi& ui)
{
    const QString food = ui.envelope(QStringLiteral("Food"), 40000, QStringLiteral("Living"));
    const QString rent = ui.envelope(QStringLiteral("Rent, \"flat\""), 95000);
    ui.transaction(QDate(2026, 3, 1), QStringLiteral("Employer"), 300000);
    ui.transaction(QDate(2026, 3, 2), QStringLiteral("Market, Inc."), -4567, food);
    ui.transaction(QDate(2026, 3, 3), QStringLiteral("Landlord"), -95000, rent);
    vv::budget::Transaction split;
    split.date = QDate(2026, 3, 4);
    split.payee = QStringLiteral("Superstore");
    split.amount = -10000;
    vv::budget::SplitLine a;
    a.envelopeId = food;
    a.amount = -6000;
    a.note = QStringLiteral("food part");
    vv::budget::SplitLine b;
    b.envelopeId = rent;
    b.amount = -4000;
    split.splits = { a, b };
    ui.device.run(ui.budget().addTransaction(split));
    ui.device.run(ui.budget().allocate(food, 20000, vv::budget::Month(2026, 3)));
    vv::budget::Bill bill;
    bill.name = QStringLiteral("Internet");
    bill.amount = 3999;
    bill.envelopeId = rent;
    bill.startDate = QDate(2026, 3, 20);
    bill.nextDue = QDate(2026, 3, 20);
    ui.device.run(ui.budget().createBill(bill));
    ui.editor.undoStack()->clear();
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

mode_t modeOf(const QString& path)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportCsvWritesTheLedger()
    {
        // Tried: File → Export as CSV with a chosen path. Must hold: the suggested name carries
        // today's date; the file parses back into one row per ledger row (split lines apart) whose
        // amounts per envelope equal the budget's transaction sums; it is written owner-only.
        BudgetUi ui;
        fill(ui);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        Controller controller(ui.editor, nullptr);
        QString suggested;
        controller.setFileChooser([&](Controller::Mode mode, const QString& s) {
            suggested = s;
            return mode == Controller::Mode::ExportCsv ? path : QString();
        });
        QAction action;
        controller.attach(nullptr, &action, nullptr, nullptr);
        QSignalSpy messages(&controller, &Controller::messageShown);
        action.trigger();
        QVERIFY(suggested.endsWith(QStringLiteral("/transactions-2026-03-15.csv")));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(controller.lastSeverity(), Controller::Severity::Information);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes, vv::budget::Exporter::ledgerCsv(ui.budget()));
        const auto csv = vv::budget::CsvReader::parse(vv::budget::CsvReader::decode(bytes), QLatin1Char(','));
        QVERIFY(csv.errors.isEmpty());
        QCOMPARE(csv.records.size(), 1 + 4 + 1); // header, 4 transactions, the split's 2nd line
        QHash<QString, qint64> perEnvelope;
        for (qsizetype i = 1; i < csv.records.size(); ++i) {
            const QStringList& r = csv.records.at(i).fields;
            perEnvelope[r.at(3)] += vv::budget::Money::parseFixed(r.at(2), QLatin1Char('.'), QChar(), 2).value();
        }
        QCOMPARE(perEnvelope.value(QString()), 300000);
        QCOMPARE(perEnvelope.value(QStringLiteral("Food")), -4567 - 6000);
        QCOMPARE(perEnvelope.value(QStringLiteral("Rent, \"flat\"")), -95000 - 4000);
        QCOMPARE(modeOf(path), mode_t(0600));
        QVERIFY(controller.exportCsvTo(dir.filePath(QStringLiteral("missing/dir/x.csv"))) == false);
        QCOMPARE(controller.lastSeverity(), Controller::Severity::Error);
    }

    void backupAndRestoreIntoAFreshBudget()
    {
        // Tried: Back Up (warning accepted), then Restore into a new budget whose settings
        // differ. Must hold: the warning says the file is not encrypted and comes before any
        // file is chosen; the file is mode 0600 with the dated default name; the restored
        // budget's visible content equals the original; counts are reported; it is one undo
        // step, and undoing it gives the new budget back (its own settings included).
        BudgetUi source;
        fill(source);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backup.json"));
        Controller backupController(source.editor, nullptr);
        QStringList order;
        backupController.setConfirmer([&](const QString&, const QString& text) {
            order << QStringLiteral("warning");
            return text.contains(QStringLiteral("NOT encrypted"));
        });
        QString suggested;
        backupController.setFileChooser([&](Controller::Mode mode, const QString& s) {
            order << QStringLiteral("file");
            suggested = s;
            return mode == Controller::Mode::Backup ? path : QString();
        });
        QVERIFY(backupController.backup());
        QCOMPARE(order, (QStringList { QStringLiteral("warning"), QStringLiteral("file") }));
        QVERIFY(suggested.endsWith(QStringLiteral("/violetvault-backup-2026-03-15.json")));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(QFileInfo(path).permissions() & ~ownerOnly(), QFileDevice::Permissions());

        BudgetUi target(QDate(2026, 3, 15), QStringLiteral("USD"));
        const QByteArray before = visibleContent(target.device.state);
        Controller restoreController(target.editor, nullptr);
        restoreController.setFileChooser([&](Controller::Mode mode, const QString&) {
            return mode == Controller::Mode::Restore ? path : QString();
        });
        QVERIFY(restoreController.restore());
        QCOMPARE(visibleContent(target.device.state), visibleContent(source.device.state));
        QCOMPARE(target.budget().info().currency, QStringLiteral("EUR"));
        QCOMPARE(target.budget().unassigned(), source.budget().unassigned());
        QCOMPARE(restoreController.lastMessage(),
            QStringLiteral("Restored from \"backup.json\": 2 envelopes, 4 transactions, 1 bills."));
        QCOMPARE(target.editor.undoStack()->count(), 1);
        target.editor.undoStack()->undo();
        QCOMPARE(visibleContent(target.device.state), before);
        QCOMPARE(target.budget().info().currency, QStringLiteral("USD"));
        // A redo re-creates what the undo deleted under new ids (deletes are permanent), so
        // the same budget is compared by what a user sees: names, balances, rows, bills.
        target.editor.undoStack()->redo();
        auto balances = [](BudgetUi& ui) {
            QMap<QString, qint64> out { { QString(), ui.budget().unassigned() } };
            for (const vv::budget::Envelope& e : ui.budget().envelopes())
                out.insert(e.name, ui.budget().envelopeBalance(e.id));
            return out;
        };
        QCOMPARE(balances(target), balances(source));
        QCOMPARE(target.budget().index().rowCount(), source.budget().index().rowCount());
        QCOMPARE(target.budget().bills().size(), 1);
        QCOMPARE(target.budget().info().currency, QStringLiteral("EUR"));

        // Undone again, the budget is empty, but its tombstones would swallow a second restore
        // of the same backup: refused with a message instead of an empty "success".
        target.editor.undoStack()->undo();
        const QByteArray undone = visibleContent(target.device.state);
        QVERIFY(!restoreController.restoreFrom(path));
        QVERIFY(restoreController.lastMessage().contains(QStringLiteral("create a new budget")));
        QCOMPARE(visibleContent(target.device.state), undone);
        QCOMPARE(target.editor.undoStack()->count(), 1);
    }

    void backupDeclinedWritesNothing()
    {
        // Tried: the warning answered with Cancel. Must hold: no file chosen, nothing written.
        BudgetUi ui;
        fill(ui);
        Controller controller(ui.editor, nullptr);
        controller.setConfirmer([](const QString&, const QString&) { return false; });
        bool asked = false;
        controller.setFileChooser([&](Controller::Mode, const QString&) {
            asked = true;
            return QString();
        });
        QVERIFY(!controller.backup());
        QVERIFY(!asked);
    }

    void restoreIntoNonEmptyBudgetRefused()
    {
        // Tried: Restore in a budget that has an envelope. Must hold: the clear message, no file
        // dialog, and nothing changed (content, undo stack) — also when a path is forced.
        BudgetUi source;
        fill(source);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.json"));
        Controller backup(source.editor, nullptr);
        QVERIFY(backup.backupTo(path));

        BudgetUi target;
        target.envelope(QStringLiteral("Existing"));
        const QByteArray before = visibleContent(target.device.state);
        Controller controller(target.editor, nullptr);
        bool asked = false;
        controller.setFileChooser([&](Controller::Mode, const QString&) {
            asked = true;
            return path;
        });
        QVERIFY(!controller.restore());
        QVERIFY(!asked);
        QCOMPARE(controller.lastMessage(), QStringLiteral("Restore needs an empty budget: create a new budget first."));
        QVERIFY(!controller.restoreFrom(path));
        QCOMPARE(controller.lastMessage(), QStringLiteral("Restore needs an empty budget: create a new budget first."));
        QCOMPARE(visibleContent(target.device.state), before);
        QCOMPARE(target.editor.undoStack()->count(), 0);
    }

    void garbageBackupRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{nope") << "not valid JSON";
        QTest::newRow("a CSV file") << QByteArray("Date,Payee,Amount\n2026-01-01,x,1\n") << "not valid JSON";
        QTest::newRow("other JSON") << QByteArray(R"({"format":"other","version":1})") << "not a VioletVault backup";
        QTest::newRow("newer version") << QByteArray(R"({"format":"violetvault-backup","version":9,"entities":{}})")
                                       << "newer VioletVault";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << "not valid JSON";
    }

    void garbageBackupRefused()
    {
        // Tried: restoring files that are not (readable) backups into an empty budget. Must
        // hold: an error naming the file and the reason; nothing changed, no undo step.
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        BudgetUi ui;
        const QByteArray before = visibleContent(ui.device.state);
        Controller controller(ui.editor, nullptr);
        QVERIFY(!controller.restoreFrom(path));
        QCOMPARE(controller.lastSeverity(), Controller::Severity::Error);
        QVERIFY2(
            controller.lastMessage().contains(QStringLiteral("garbage.json")), qPrintable(controller.lastMessage()));
        QVERIFY2(controller.lastMessage().contains(reason), qPrintable(controller.lastMessage()));
        QCOMPARE(visibleContent(ui.device.state), before);
        QCOMPARE(ui.editor.undoStack()->count(), 0);
    }

    void importRoutesToTheRightDialog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dialog");
        QTest::newRow("csv") << "generic_comma.csv"
                             << "csvImportDialog";
        QTest::newRow("tsv") << "uk_tab_noheader.tsv"
                             << "csvImportDialog";
        QTest::newRow("ofx by extension") << "bank_v2.ofx"
                                          << "ofxImportDialog";
    }

    void importRoutesToTheRightDialog()
    {
        // Tried: File → Import with the chooser returning each kind of file. Must hold: the
        // CSV or the OFX dialog opens (non-modal, reachable); closing the budget (deleting
        // the controller) removes it.
        QFETCH(QString, file);
        QFETCH(QString, dialog);
        BudgetUi ui;
        auto* controller = new Controller(ui.editor, nullptr);
        controller->setFileChooser([&](Controller::Mode mode, const QString&) {
            return mode == Controller::Mode::Import ? samplePath(file) : QString();
        });
        QAction action;
        controller->attach(&action, nullptr, nullptr, nullptr);
        action.trigger();
        QPointer<ui::BankImportDialog> d = controller->importDialog();
        QVERIFY(d);
        QCOMPARE(d->objectName(), dialog);
        QVERIFY(d->isVisible());
        delete controller;
        QVERIFY(!d);
    }

    void ofxContentInATxtFileAndImportMessage()
    {
        // Tried: an OFX statement saved as .txt, imported through the dialog's button. Must
        // hold: recognised as OFX by its content; the import is reported with its count.
        BudgetUi ui;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("statement.txt"));
        QVERIFY(QFile::copy(samplePath(QStringLiteral("bank_v2.ofx")), path));
        Controller controller(ui.editor, nullptr);
        QVERIFY(controller.importFrom(path));
        QCOMPARE(controller.importDialog()->objectName(), QStringLiteral("ofxImportDialog"));
        auto* button = controller.importDialog()->findChild<QPushButton*>(QStringLiteral("importButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(controller.lastMessage(), QStringLiteral("Imported 2 transactions."));
        QCOMPARE(ui.budget().index().rowCount(), 2);
        QTRY_VERIFY(!controller.importDialog()); // closed and deleted
        QVERIFY(!controller.importFrom(dir.filePath(QStringLiteral("missing.csv"))));
        QCOMPARE(controller.lastSeverity(), Controller::Severity::Error);
    }

    void installedWithTheWorkspace()
    {
        // Tried: the pages installed into a real window as the app does, then File → Export as
        // CSV, then closing the budget. Must hold: the window's action reaches the controller
        // (owned by the workspace), the result is shown in a non-modal box on the window, and
        // closing the budget removes the controller with the workspace.
        QTemporaryDir dir;
        settings::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow window(settings, nullptr);
        BudgetUi ui;
        fill(ui);
        auto* workspace = new ui::BudgetWorkspace(ui.editor);
        ui::BudgetPages::install(*workspace, ui.editor, window);
        window.setWorkspace(workspace, ui.editor.undoStack());
        QPointer<Controller> controller = workspace->findChild<Controller*>();
        QVERIFY(controller);
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        controller->setFileChooser([&](Controller::Mode, const QString&) { return path; });
        window.exportCsvAction()->trigger();
        QVERIFY(QFile::exists(path));
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("importExportMessage")));
        window.findChild<QMessageBox*>(QStringLiteral("importExportMessage"))->close();
        window.setWorkspace(nullptr, nullptr);
        QTRY_VERIFY(!controller);
    }
};

QTEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
