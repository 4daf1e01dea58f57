#pragma once

#include "budget/BankImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace vv::ui {

class BudgetEditor;
class ImportPreviewModel;

// What CSV and OFX imports share: the file's name, an inline message for a file that cannot be
// read at all, the live preview (new / duplicate / error rows and their counts), the target
// envelope, and "Import 42 Transactions", which adds the new rows as ONE undo step.
// Subclasses add their settings above the preview and compute the preview from them.
class BankImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(BankImportDialog)
public:
    ~BankImportDialog() override;

    [[nodiscard]] const vv::budget::ImportPreview& preview() const;
    [[nodiscard]] QString countsText() const;
    [[nodiscard]] QString fileError() const;
    [[nodiscard]] QString envelopeId() const; // "" = unassigned
    void setEnvelopeId(const QString& id);
    // How long edits are collected before the preview is recomputed (tests: 0).
    void setPreviewDelay(int ms);
    // Recomputes now (cancels a pending debounced update).
    void refreshPreview();

    void accept() override; // imports the new rows; stays open (with the reason) if refused

Q_SIGNALS:
    void imported(int count);

protected:
    BankImportDialog(BudgetEditor& editor, const QString& fileName, QByteArray data, QWidget* parent);

    // The preview for the current settings, with duplicates marked against the budget.
    [[nodiscard]] virtual vv::budget::ImportPreview computePreview() const = 0;
    // Where subclasses put their settings (above the preview).
    [[nodiscard]] QVBoxLayout* settingsLayout() const { return m_settingsLayout; }
    [[nodiscard]] BudgetEditor& editor() const { return m_editor; }
    [[nodiscard]] const QByteArray& data() const { return m_data; }
    void schedulePreview();
    virtual void retranslateUi();
    void changeEvent(QEvent* event) override;

private:
    void showPreview(const vv::budget::ImportPreview& preview);
    void fillEnvelopes();

    BudgetEditor& m_editor;
    QString m_fileName;
    QByteArray m_data;
    ImportPreviewModel* m_model = nullptr;
    QTimer* m_previewTimer = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_fileError = nullptr;
    QVBoxLayout* m_settingsLayout = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_envelopeLabel = nullptr;
    QComboBox* m_envelope = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace vv::ui
