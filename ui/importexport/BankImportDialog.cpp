#include "importexport/BankImportDialog.h"

#include "budget/Budget.h"
#include "importexport/ImportPreviewModel.h"
#include "workspace/BudgetEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vv::ui {

using vv::budget::ImportRow;

BankImportDialog::BankImportDialog(BudgetEditor& editor, const QString& fileName, QByteArray data, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_fileName(fileName)
    , m_data(std::move(data))
    , m_model(new ImportPreviewModel(editor, this))
    , m_previewTimer(new QTimer(this))
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // typing a date format should not recompute per key
    connect(m_previewTimer, &QTimer::timeout, this, &BankImportDialog::refreshPreview);

    auto* layout = new QVBoxLayout(this);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_fileLabel);
    m_fileError = new QLabel(this);
    m_fileError->setObjectName(QStringLiteral("fileErrorLabel"));
    m_fileError->setWordWrap(true);
    m_fileError->setTextFormat(Qt::PlainText);
    m_fileError->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_fileError->hide();
    layout->addWidget(m_fileError);
    m_settingsLayout = new QVBoxLayout;
    layout->addLayout(m_settingsLayout);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::PayeeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::MemoColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table, 1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    layout->addWidget(m_counts);

    auto* target = new QHBoxLayout;
    m_envelopeLabel = new QLabel(this);
    m_envelope = new QComboBox(this);
    m_envelope->setObjectName(QStringLiteral("envelopeCombo"));
    m_envelopeLabel->setBuddy(m_envelope);
    target->addWidget(m_envelopeLabel);
    target->addWidget(m_envelope, 1);
    layout->addLayout(target);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BankImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BankImportDialog::reject);
    layout->addWidget(buttons);

    fillEnvelopes();
    // Edits here, undo, or ops from another device change what counts as a duplicate.
    connect(&m_editor.budget(), &vv::budget::Budget::changed, this, [this](const vv::budget::AppliedChanges& c) {
        if (c.envelopesChanged || c.rebuilt)
            fillEnvelopes();
        schedulePreview();
    });
    resize(860, 620);
    retranslateUi();
}

BankImportDialog::~BankImportDialog() = default;

const vv::budget::ImportPreview& BankImportDialog::preview() const
{
    return m_model->preview();
}

QString BankImportDialog::countsText() const
{
    return m_counts->text();
}

QString BankImportDialog::fileError() const
{
    return m_fileError->isHidden() ? QString() : m_fileError->text();
}

QString BankImportDialog::envelopeId() const
{
    return m_envelope->currentData().toString();
}

void BankImportDialog::setEnvelopeId(const QString& id)
{
    const int i = m_envelope->findData(id);
    if (i >= 0)
        m_envelope->setCurrentIndex(i);
}

void BankImportDialog::setPreviewDelay(int ms)
{
    m_previewTimer->setInterval(ms);
}

void BankImportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void BankImportDialog::refreshPreview()
{
    m_previewTimer->stop();
    showPreview(computePreview());
}

void BankImportDialog::fillEnvelopes()
{
    const QString current = m_envelope->count() > 0 ? envelopeId() : QString();
    const QSignalBlocker block(m_envelope);
    m_envelope->clear();
    m_envelope->addItem(tr("Unassigned"), QString());
    for (const vv::budget::Envelope& e : m_editor.budget().envelopes(false))
        m_envelope->addItem(e.name, e.id);
    const int i = m_envelope->findData(current);
    m_envelope->setCurrentIndex(i >= 0 ? i : 0);
}

void BankImportDialog::showPreview(const vv::budget::ImportPreview& preview)
{
    m_model->setPreview(preview);
    m_fileError->setText(preview.error);
    m_fileError->setVisible(!preview.error.isEmpty());
    const int fresh = preview.count(ImportRow::Status::New);
    const int dupes = preview.count(ImportRow::Status::Duplicate);
    const int errors = preview.count(ImportRow::Status::Error);
    QStringList parts;
    parts << tr("%n new", nullptr, fresh);
    if (dupes > 0)
        parts << (dupes == 1 ? tr("1 duplicate (skipped)") : tr("%n duplicates (skipped)", nullptr, dupes));
    if (errors > 0)
        parts << (errors == 1 ? tr("1 error (skipped)") : tr("%n errors (skipped)", nullptr, errors));
    QString counts = parts.join(QStringLiteral(" · "));
    if (preview.error.isEmpty() && fresh == 0 && dupes > 0 && errors == 0)
        counts += QStringLiteral(" — ") + tr("everything in this file is already in the budget");
    m_counts->setText(preview.error.isEmpty() ? counts : QString());
    m_importButton->setText(fresh == 1 ? tr("&Import 1 Transaction") : tr("&Import %n Transactions", nullptr, fresh));
    m_importButton->setEnabled(preview.error.isEmpty() && fresh > 0);
    m_table->resizeColumnToContents(ImportPreviewModel::LineColumn);
    m_table->resizeColumnToContents(ImportPreviewModel::DateColumn);
    m_table->resizeColumnToContents(ImportPreviewModel::AmountColumn);
}

void BankImportDialog::accept()
{
    // What is imported is what the current settings give now, not a stale debounced preview.
    refreshPreview();
    const vv::budget::ImportPreview& p = preview();
    const int fresh = p.count(ImportRow::Status::New);
    if (!p.error.isEmpty() || fresh == 0)
        return;
    vv::budget::Change change = m_editor.budget().importTransactions(p, envelopeId());
    if (change.isValid())
        change.description = fresh == 1 ? tr("Import 1 transaction") : tr("Import %n transactions", nullptr, fresh);
    if (!m_editor.apply(change)) {
        m_fileError->setText(m_editor.lastError());
        m_fileError->show();
        return;
    }
    Q_EMIT imported(fresh);
    QDialog::accept();
}

void BankImportDialog::retranslateUi()
{
    m_fileLabel->setText(tr("File: %1").arg(QFileInfo(m_fileName).fileName()));
    m_envelopeLabel->setText(tr("Put the new transactions in &envelope:"));
    m_envelope->setToolTip(tr("Imported transactions go here; you can move them later."));
    if (m_envelope->count() > 0)
        m_envelope->setItemText(0, tr("Unassigned"));
    m_table->setToolTip(tr("Greyed rows are already in the budget; red rows cannot be read. Both are skipped."));
    showPreview(preview());
}

void BankImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vv::ui
