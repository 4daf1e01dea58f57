#include "envelopes/EnvelopeFormFields.h"

#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vv::ui::envelopefields {

void fillEnvelopes(QComboBox* combo, const BudgetEditor& editor, bool unassignedFirst, const QString& keepId)
{
    combo->clear();
    if (unassignedFirst)
        combo->addItem(editor.envelopeName(QString()), QString());
    for (const vv::budget::Envelope& e : editor.budget().envelopes(true)) {
        if (e.archived && e.id != keepId)
            continue;
        // The same swatch as the tree (no colour chosen = the palette's highlight), sharp on HiDPI.
        const qreal dpr = combo->devicePixelRatioF();
        QPixmap swatch(QSize(12, 12) * dpr);
        swatch.setDevicePixelRatio(dpr);
        swatch.fill(QColor(e.color).isValid() ? QColor(e.color) : combo->palette().color(QPalette::Highlight));
        combo->addItem(QIcon(swatch), e.name, e.id);
    }
}

bool selectId(QComboBox* combo, const QString& id)
{
    const int index = combo->findData(id);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

QDateEdit* monthEdit(QWidget* parent, vv::budget::Month month)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QStringLiteral("monthEdit"));
    edit->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    edit->setCalendarPopup(true);
    edit->setDate(month.firstDay());
    return edit;
}

vv::budget::Month monthOf(const QDateEdit* edit)
{
    return vv::budget::Month::fromDate(edit->date());
}

QLabel* messageLabel(QWidget* parent, const QString& objectName, bool warning)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    if (warning) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        label->setPalette(palette);
    }
    return label;
}

QLineEdit* amountEdit(QWidget* parent, const BudgetEditor& editor)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("amountEdit"));
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(editor.formatMoney(0));
    return edit;
}

QDialogButtonBox* okCancelButtons(QDialog* dialog, const QString& okText, std::function<bool()> canAccept)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    if (!okText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    if (canAccept)
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, canAccept = std::move(canAccept)] {
            if (canAccept())
                dialog->accept();
        });
    else
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void refreshOnBalanceChange(QDialog* dialog, const BudgetEditor& editor, std::function<void()> refresh)
{
    QObject::connect(&editor.budget(), &vv::budget::Budget::changed, dialog,
        [refresh = std::move(refresh)](const vv::budget::AppliedChanges& c) {
            if (c.balancesChanged || c.rebuilt)
                refresh();
        });
}

} // namespace vv::ui::envelopefields
