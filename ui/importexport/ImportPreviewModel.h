#pragma once

#include "budget/BankImport.h"

#include <QAbstractTableModel>

namespace vv::ui {

class BudgetEditor;

// The rows an import would add, skip as duplicates, or reject, for the preview table: new
// rows read normally, duplicates greyed ("Duplicate of line 3"), errors red with the reason
// in the tooltip. Money and dates are formatted by the editor (the user's locale).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(ImportPreviewModel)
public:
    enum Column { LineColumn, DateColumn, PayeeColumn, MemoColumn, AmountColumn, StatusColumn, ColumnCount };

    explicit ImportPreviewModel(const BudgetEditor& editor, QObject* parent = nullptr);
    ~ImportPreviewModel() override;

    void setPreview(const vv::budget::ImportPreview& preview);
    [[nodiscard]] const vv::budget::ImportPreview& preview() const { return m_preview; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Duplicate of line 4", "Duplicate of an existing transaction", or the error in words.
    [[nodiscard]] static QString statusText(const vv::budget::ImportRow& row);
    // Why a row is skipped, translated where the domain's reason is known.
    [[nodiscard]] static QString reasonText(const vv::budget::ImportRow& row);

private:
    const BudgetEditor& m_editor;
    vv::budget::ImportPreview m_preview;
};

} // namespace vv::ui
