#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace vv::ui {

class BankImportDialog;
class BudgetEditor;

// File → Import / Export as CSV / Back Up / Restore for the open budget. Owned by the
// workspace (closing the budget removes it and any import dialog it opened).
// File choosing and the backup warning go through replaceable functions and messages through
// messageShown (plus a non-modal box when there is a window), so tests never meet a native
// dialog. Every change to the budget is one undo step on the editor's stack.
class ImportExportController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ImportExportController)
public:
    enum class Mode { Import, ExportCsv, Backup, Restore };
    enum class Severity { Information, Warning, Error };
    Q_ENUM(Mode)
    Q_ENUM(Severity)
    // Returns the chosen path ("" = cancelled). `suggested` is the default path to offer.
    using FileChooser = std::function<QString(Mode mode, const QString& suggested)>;
    // Asks before writing an unencrypted backup; true = go ahead.
    using Confirmer = std::function<bool(const QString& title, const QString& text)>;

    // `window` (may be null) parents the dialogs and message boxes.
    explicit ImportExportController(BudgetEditor& editor, QWidget* window, QObject* parent = nullptr);
    ~ImportExportController() override;

    // Connects the window's File actions (pointer-to-member, with this as context).
    void attach(QAction* importAction, QAction* exportCsvAction, QAction* backupAction, QAction* restoreAction);
    void setFileChooser(FileChooser chooser);
    void setConfirmer(Confirmer confirmer);

    [[nodiscard]] BankImportDialog* importDialog() const; // the open one, or null
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    [[nodiscard]] Severity lastSeverity() const { return m_lastSeverity; }
    // "transactions-2026-03-15.csv" / "violetvault-backup-2026-03-15.json" (editor's today).
    [[nodiscard]] QString suggestedFileName(Mode mode) const;

    // Each asks for a file, then does the work; false if cancelled or failed (message shown).
    bool importTransactions();
    bool exportCsv();
    bool backup();
    bool restore();
    // The same without asking for a file.
    bool importFrom(const QString& path); // opens the CSV or OFX dialog (non-modal: importDialog())
    bool exportCsvTo(const QString& path);
    bool backupTo(const QString& path);
    bool restoreFrom(const QString& path);

Q_SIGNALS:
    void messageShown(vv::ui::ImportExportController::Severity severity, const QString& text);

private:
    [[nodiscard]] QString choose(Mode mode) const;
    [[nodiscard]] bool budgetIsEmpty() const;
    bool writeAtomically(const QString& path, const QByteArray& bytes, bool ownerOnly);
    void report(Severity severity, const QString& text, bool box = true);

    BudgetEditor& m_editor;
    QPointer<QWidget> m_window;
    FileChooser m_chooser;
    Confirmer m_confirmer;
    QPointer<BankImportDialog> m_dialog;
    QString m_lastMessage;
    Severity m_lastSeverity = Severity::Information;
};

} // namespace vv::ui
