#include "importexport/OfxImportDialog.h"

#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

namespace vv::ui {

OfxImportDialog::OfxImportDialog(BudgetEditor& editor, const QString& fileName, QByteArray data, QWidget* parent)
    : BankImportDialog(editor, fileName, std::move(data), parent)
{
    setObjectName(QStringLiteral("ofxImportDialog"));
    retranslateUi();
    refreshPreview();
}

OfxImportDialog::~OfxImportDialog() = default;

vv::budget::ImportPreview OfxImportDialog::computePreview() const
{
    vv::budget::ImportPreview p
        = vv::budget::BankImport::previewOfx(data(), editor().decimals(), &editor().budget().index());
    // The parser's reason is technical English; the user needs to know what to do.
    if (!p.error.isEmpty())
        p.error = tr("This file cannot be read as OFX: export the statement from your bank again, as OFX/QFX or CSV.");
    else if (p.rows.isEmpty())
        p.error = tr("This OFX file contains no transactions.");
    return p;
}

void OfxImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Bank Statement (OFX)"));
    BankImportDialog::retranslateUi();
}

} // namespace vv::ui
