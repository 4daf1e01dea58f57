#include "importexport/ImportExportController.h"

#include "budget/Budget.h"
#include "budget/Exporter.h"
#include "budget/Schema.h"
#include "importexport/CsvImportDialog.h"
#include "importexport/OfxImportDialog.h"
#include "store/BudgetState.h"
#include "workspace/BudgetEditor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace vv::ui {

Q_LOGGING_CATEGORY(lcImportExport, "vv.ui.importexport")

namespace s = vv::budget::schema;

namespace {
constexpr qint64 MaxImportBytes = 64LL * 1024 * 1024; // far beyond any statement; keeps memory bounded
constexpr qint64 MaxBackupBytes = 512LL * 1024 * 1024;

bool looksLikeOfx(const QString& path, const QByteArray& data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("ofx") || suffix == QLatin1StringView("qfx"))
        return true;
    const QByteArray head = data.left(2048).toUpper();
    return head.contains("OFXHEADER") || head.contains("<OFX>");
}
} // namespace

ImportExportController::ImportExportController(BudgetEditor& editor, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_window(window)
{
    m_chooser = [this](Mode mode, const QString& suggested) -> QString {
        QWidget* w = m_window;
        switch (mode) {
        case Mode::Import:
            return QFileDialog::getOpenFileName(
                w, tr("Import Transactions"), suggested, tr("Bank exports (*.csv *.txt *.ofx *.qfx);;All files (*)"));
        case Mode::ExportCsv:
            return QFileDialog::getSaveFileName(
                w, tr("Export Transactions as CSV"), suggested, tr("CSV files (*.csv)"));
        case Mode::Backup:
            return QFileDialog::getSaveFileName(w, tr("Back Up Budget"), suggested, tr("VioletVault backups (*.json)"));
        case Mode::Restore:
            return QFileDialog::getOpenFileName(
                w, tr("Restore Budget from Backup"), suggested, tr("VioletVault backups (*.json);;All files (*)"));
        }
        return {};
    };
    m_confirmer = [this](const QString& title, const QString& text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
        QPushButton* go = box.addButton(tr("&Back Up"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };
}

ImportExportController::~ImportExportController()
{
    // The dialog reads the editor, which goes away with the budget: never leave it behind.
    delete m_dialog;
}

void ImportExportController::attach(
    QAction* importAction, QAction* exportCsvAction, QAction* backupAction, QAction* restoreAction)
{
    if (importAction)
        connect(importAction, &QAction::triggered, this, &ImportExportController::importTransactions);
    if (exportCsvAction)
        connect(exportCsvAction, &QAction::triggered, this, &ImportExportController::exportCsv);
    if (backupAction)
        connect(backupAction, &QAction::triggered, this, &ImportExportController::backup);
    if (restoreAction)
        connect(restoreAction, &QAction::triggered, this, &ImportExportController::restore);
}

BankImportDialog* ImportExportController::importDialog() const
{
    return m_dialog;
}

void ImportExportController::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void ImportExportController::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

QString ImportExportController::suggestedFileName(Mode mode) const
{
    const QString day = m_editor.today().toString(Qt::ISODate);
    switch (mode) {
    case Mode::ExportCsv:
        return QStringLiteral("transactions-%1.csv").arg(day);
    case Mode::Backup:
        return QStringLiteral("violetvault-backup-%1.json").arg(day);
    case Mode::Import:
    case Mode::Restore:
        break;
    }
    return {};
}

QString ImportExportController::choose(Mode mode) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = suggestedFileName(mode);
    const QString suggested = name.isEmpty() ? dir : QDir(dir).filePath(name);
    return m_chooser ? m_chooser(mode, suggested) : QString();
}

bool ImportExportController::importTransactions()
{
    const QString path = choose(Mode::Import);
    return !path.isEmpty() && importFrom(path);
}

bool ImportExportController::exportCsv()
{
    const QString path = choose(Mode::ExportCsv);
    return !path.isEmpty() && exportCsvTo(path);
}

bool ImportExportController::backup()
{
    // Said before the file is chosen: the user decides knowing what the file will be.
    const QString warning = tr("The backup file is NOT encrypted: it contains all budget data (envelopes, "
                               "transactions, payees, notes) in plain text. Keep it somewhere safe and delete "
                               "it when you no longer need it.");
    if (m_confirmer && !m_confirmer(tr("Back Up Budget"), warning))
        return false;
    const QString path = choose(Mode::Backup);
    return !path.isEmpty() && backupTo(path);
}

bool ImportExportController::restore()
{
    // Checked first: no point choosing a file for a restore that will be refused.
    if (!budgetIsEmpty()) {
        report(Severity::Warning, tr("Restore needs an empty budget: create a new budget first."));
        return false;
    }
    const QString path = choose(Mode::Restore);
    return !path.isEmpty() && restoreFrom(path);
}

bool ImportExportController::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(Severity::Error, tr("Cannot read \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    if (file.size() > MaxImportBytes) {
        report(Severity::Error, tr("\"%1\" is too large for a bank statement.").arg(QFileInfo(path).fileName()));
        return false;
    }
    QByteArray data = file.readAll();
    delete m_dialog; // one import at a time
    BankImportDialog* dialog = nullptr;
    if (looksLikeOfx(path, data))
        dialog = new OfxImportDialog(m_editor, path, std::move(data), m_window);
    else
        dialog = new CsvImportDialog(m_editor, path, std::move(data), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BankImportDialog::imported, this, [this](int count) {
        report(Severity::Information,
            count == 1 ? tr("Imported 1 transaction.") : tr("Imported %n transactions.", nullptr, count), false);
    });
    m_dialog = dialog;
    dialog->open();
    return true;
}

bool ImportExportController::exportCsvTo(const QString& path)
{
    const QByteArray csv = vv::budget::Exporter::ledgerCsv(m_editor.budget());
    if (!writeAtomically(path, csv, true))
        return false;
    const qsizetype n = m_editor.budget().index().rowCount();
    report(Severity::Information,
        n == 1 ? tr("Exported 1 transaction to \"%1\".").arg(QFileInfo(path).fileName())
               : tr("Exported %n transactions to \"%1\".", nullptr, int(n)).arg(QFileInfo(path).fileName()));
    return true;
}

bool ImportExportController::backupTo(const QString& path)
{
    const QByteArray json = vv::budget::Exporter::backupJson(m_editor.budget().state());
    if (!writeAtomically(path, json, true))
        return false;
    report(Severity::Information,
        tr("Backup written to \"%1\" (readable only by you). Remember: it is not encrypted.")
            .arg(QFileInfo(path).fileName()));
    return true;
}

bool ImportExportController::writeAtomically(const QString& path, const QByteArray& bytes, bool ownerOnly)
{
    // QSaveFile: the old file stays intact until the new one is complete (no half-written
    // backup after a full disk or a crash). Permissions go on the temporary file before any
    // data, so the plaintext is never readable by others, not even for a moment.
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && ownerOnly)
        ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ok = ok && file.write(bytes) == bytes.size();
    ok = ok && file.commit();
    if (!ok) {
        const QString why = file.errorString();
        file.cancelWriting();
        qCWarning(lcImportExport) << "writing an export failed"; // the path may name the budget: not logged
        report(Severity::Error, tr("Could not write \"%1\": %2").arg(name, why));
        return false;
    }
    if (ownerOnly)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool ImportExportController::budgetIsEmpty() const
{
    // A new budget already holds its settings (name, currency): that alone is still empty.
    const vv::store::BudgetState& state = m_editor.budget().state();
    const QStringList types = vv::budget::Exporter::entityTypes();
    return std::none_of(types.cbegin(), types.cend(),
        [&](const QString& type) { return type != s::Budget && state.entityCount(type) > 0; });
}

bool ImportExportController::restoreFrom(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (!budgetIsEmpty()) {
        report(Severity::Warning, tr("Restore needs an empty budget: create a new budget first."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(Severity::Error, tr("Cannot read \"%1\": %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > MaxBackupBytes) {
        report(Severity::Error, tr("\"%1\" is too large to be a VioletVault backup.").arg(name));
        return false;
    }
    QString why;
    const QByteArray json = file.readAll();
    const std::optional<QList<vv::budget::BackupEntity>> entities = vv::budget::Exporter::parseBackup(json, &why);
    if (!entities) {
        report(Severity::Error, tr("\"%1\" cannot be restored: %2").arg(name, why));
        return false;
    }
    QHash<QString, int> counts;
    for (const vv::budget::BackupEntity& e : *entities)
        counts[e.type]++;
    const vv::budget::Change change = m_editor.budget().restoreBackup(json);
    if (!change.isValid()) {
        report(Severity::Warning, tr("\"%1\" cannot be restored: %2").arg(name, change.error));
        return false;
    }
    if (change.isEmpty()) {
        report(Severity::Warning, tr("\"%1\" contains no budget data.").arg(name));
        return false;
    }
    if (!m_editor.apply(change))
        return false; // the editor has said why
    report(Severity::Information,
        tr("Restored from \"%1\": %2 envelopes, %3 transactions, %4 bills.")
            .arg(name)
            .arg(counts.value(s::Envelope))
            .arg(counts.value(s::Transaction))
            .arg(counts.value(s::Bill)));
    return true;
}

void ImportExportController::report(Severity severity, const QString& text, bool box)
{
    m_lastMessage = text;
    m_lastSeverity = severity;
    Q_EMIT messageShown(severity, text);
    if (!box || !m_window)
        return;
    const QMessageBox::Icon icon = severity == Severity::Error ? QMessageBox::Critical
        : severity == Severity::Warning                        ? QMessageBox::Warning
                                                               : QMessageBox::Information;
    auto* message = new QMessageBox(icon, tr("VioletVault"), text, QMessageBox::Ok, m_window);
    message->setObjectName(QStringLiteral("importExportMessage"));
    message->setAttribute(Qt::WA_DeleteOnClose);
    message->open();
}

} // namespace vv::ui
