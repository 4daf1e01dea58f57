#pragma once

#include "importexport/BankImportDialog.h"

namespace vv::ui {

// OFX/QFX import (OFX 1.x SGML and 2.x XML): nothing to map, so only the shared preview, the
// envelope and the Import button. Bank transaction ids (FITID) make re-imports exact.
// objectName "ofxImportDialog".
class OfxImportDialog : public BankImportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(OfxImportDialog)
public:
    OfxImportDialog(BudgetEditor& editor, const QString& fileName, QByteArray data, QWidget* parent = nullptr);
    ~OfxImportDialog() override;

protected:
    [[nodiscard]] vv::budget::ImportPreview computePreview() const override;
    void retranslateUi() override;
};

} // namespace vv::ui
