#include "envelopes/EnvelopeDialog.h"

#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace vv::ui {

namespace {

QIcon swatchIcon(const QString& color, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 0, 0, 90), 1));
    if (QColor(color).isValid()) {
        p.setBrush(QColor(color));
    } else {
        p.setBrush(Qt::NoBrush);
    }
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    if (!QColor(color).isValid())
        p.drawLine(QPointF(2, size - 2), QPointF(size - 2, 2)); // "no colour"
    return QIcon(pixmap);
}

} // namespace

const QStringList& EnvelopeDialog::presetColors()
{
    static const QStringList colors { QStringLiteral("#7e57c2"), QStringLiteral("#42a5f5"), QStringLiteral("#26a69a"),
        QStringLiteral("#66bb6a"), QStringLiteral("#ffca28"), QStringLiteral("#ffa726"), QStringLiteral("#ef5350"),
        QStringLiteral("#8d6e63") };
    return colors;
}

EnvelopeDialog::EnvelopeDialog(
    BudgetEditor& editor, const QString& envelopeId, QWidget* parent, const QString& category)
    : QDialog(parent)
    , m_editor(editor)
    , m_envelopeId(envelopeId)
{
    setObjectName(QStringLiteral("envelopeDialog"));
    const std::optional<vv::budget::Envelope> existing
        = envelopeId.isEmpty() ? std::nullopt : editor.budget().envelope(envelopeId);
    setWindowTitle(existing ? tr("Edit Envelope") : tr("New Envelope"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Groceries"));

    m_colorButton = new QPushButton(tr("Choose…"), this);
    m_colorButton->setObjectName(QStringLiteral("colorButton"));
    m_colorButton->setToolTip(tr("Pick any colour"));
    connect(m_colorButton, &QPushButton::clicked, this, &EnvelopeDialog::chooseColor);
    auto* colorRow = new QHBoxLayout;
    colorRow->addWidget(m_colorButton);
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < presetColors().size(); ++i) {
        auto* swatch = new QToolButton(this);
        swatch->setObjectName(QStringLiteral("presetSwatch%1").arg(i));
        swatch->setIcon(swatchIcon(presetColors().at(i), 16, dpr));
        swatch->setAutoRaise(true);
        swatch->setToolTip(tr("Use this colour"));
        connect(swatch, &QToolButton::clicked, this, [this, i] { setColor(presetColors().at(i)); });
        colorRow->addWidget(swatch);
    }
    colorRow->addStretch(1);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    QStringList categories;
    for (const vv::budget::Envelope& e : editor.budget().envelopes(true)) {
        if (!e.category.isEmpty() && !categories.contains(e.category))
            categories << e.category;
    }
    categories.sort(Qt::CaseInsensitive);
    m_category->addItem(QString());
    m_category->addItems(categories);
    m_category->lineEdit()->setPlaceholderText(tr("Uncategorized"));
    m_category->setToolTip(tr("Envelopes are grouped by category; type a new one to create it"));

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setAlignment(Qt::AlignRight);
    m_target->setPlaceholderText(editor.formatMoney(0));
    m_target->setToolTip(tr("How much this envelope should get every month (0 for none)"));

    m_priority = new QSpinBox(this);
    m_priority->setObjectName(QStringLiteral("prioritySpin"));
    m_priority->setRange(-999, 999);
    m_priority->setToolTip(tr("Fill to Targets funds envelopes with a lower number first; "
                              "envelopes with the same number are filled in name order"));

    m_goalGroup = new QGroupBox(tr("&Savings goal"), this);
    m_goalGroup->setObjectName(QStringLiteral("goalGroup"));
    m_goalGroup->setCheckable(true);
    m_goalGroup->setChecked(false);
    m_goalAmount = new QLineEdit(m_goalGroup);
    m_goalAmount->setObjectName(QStringLiteral("goalAmountEdit"));
    m_goalAmount->setAlignment(Qt::AlignRight);
    m_goalDate = new QDateEdit(m_goalGroup);
    m_goalDate->setObjectName(QStringLiteral("goalDateEdit"));
    m_goalDate->setCalendarPopup(true);
    m_goalDate->setDisplayFormat(QStringLiteral("MMM yyyy"));
    m_goalDate->setDate(editor.today().addYears(1));
    m_goalSummary = new QLabel(m_goalGroup);
    m_goalSummary->setObjectName(QStringLiteral("goalSummary"));
    m_goalSummary->setWordWrap(true);
    auto* goalForm = new QFormLayout(m_goalGroup);
    goalForm->addRow(tr("&Amount:"), m_goalAmount);
    goalForm->addRow(tr("&By:"), m_goalDate);
    goalForm->addRow(m_goalSummary);

    m_archived = new QCheckBox(tr("A&rchived (hidden from the budget)"), this);
    m_archived->setObjectName(QStringLiteral("archivedCheck"));
    m_archived->setVisible(existing.has_value());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(existing ? tr("Save") : tr("Create")); // default button: Enter; letters are taken
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnvelopeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnvelopeDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* colorLabel = new QLabel(tr("Colo&ur:"), this);
    colorLabel->setBuddy(m_colorButton); // a row of buttons: the label needs an explicit buddy
    form->addRow(colorLabel, colorRow);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Monthly &target:"), m_target);
    form->addRow(tr("&Priority:"), m_priority);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_goalGroup);
    layout->addWidget(m_archived);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (existing) {
        m_name->setText(existing->name);
        m_category->setCurrentText(existing->category);
        m_target->setText(existing->monthlyTarget ? editor.formatMoney(existing->monthlyTarget) : QString());
        m_priority->setValue(existing->priority);
        m_archived->setChecked(existing->archived);
        if (existing->hasGoal()) {
            m_goalGroup->setChecked(true);
            m_goalAmount->setText(editor.formatMoney(existing->goalAmount));
            m_goalDate->setDate(existing->goalDate);
        }
        setColor(existing->color);
    } else {
        m_category->setCurrentText(category);
        setColor(presetColors().first());
    }

    setTabOrder(m_name, m_colorButton);
    for (QLineEdit* edit : { m_name, m_target, m_goalAmount })
        connect(edit, &QLineEdit::textChanged, this, &EnvelopeDialog::validate);
    connect(m_goalGroup, &QGroupBox::toggled, this, &EnvelopeDialog::validate);
    connect(m_goalDate, &QDateEdit::dateChanged, this, &EnvelopeDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

EnvelopeDialog::~EnvelopeDialog() = default;

void EnvelopeDialog::setColor(const QString& color)
{
    m_color = QColor(color).isValid() ? QColor(color).name() : QString();
    m_colorButton->setIcon(swatchIcon(m_color, 16, devicePixelRatioF()));
}

void EnvelopeDialog::chooseColor()
{
    auto* dialog = new QColorDialog(QColor(m_color).isValid() ? QColor(m_color) : QColor(Qt::white), this);
    dialog->setObjectName(QStringLiteral("envelopeColorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor& c) { setColor(c.name()); });
    dialog->open();
}

QString EnvelopeDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the envelope.");
    for (const vv::budget::Envelope& e : m_editor.budget().envelopes(false)) {
        if (e.id != m_envelopeId && e.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is already an envelope called “%1”.").arg(e.name);
    }
    if (!m_target->text().trimmed().isEmpty()) {
        const std::optional<qint64> target = m_editor.parseMoney(m_target->text());
        if (!target)
            return tr("The monthly target is not an amount.");
        if (*target < 0)
            return tr("The monthly target cannot be negative.");
    }
    if (m_goalGroup->isChecked()) {
        const std::optional<qint64> goal = m_editor.parseMoney(m_goalAmount->text());
        if (!goal || *goal <= 0)
            return tr("Enter the amount to save (more than zero), or turn the savings goal off.");
        if (!m_goalDate->date().isValid())
            return tr("Choose the date to reach the goal by.");
    }
    return {};
}

QString EnvelopeDialog::goalSummary() const
{
    return m_goalSummary->text();
}

void EnvelopeDialog::updateGoalSummary()
{
    const std::optional<qint64> goal = m_editor.parseMoney(m_goalAmount->text());
    if (!m_goalGroup->isChecked() || !goal || *goal <= 0) {
        m_goalSummary->clear();
        return;
    }
    const qint64 balance = isEditing() ? m_editor.budget().envelopeBalance(m_envelopeId) : 0;
    const vv::budget::GoalStatus g
        = vv::budget::Budget::computeGoal(*goal, m_goalDate->date(), balance, m_editor.today());
    const QString until = m_editor.locale().toString(m_goalDate->date(), QStringLiteral("MMM yyyy"));
    if (g.reached)
        m_goalSummary->setText(tr("Already reached: the envelope holds %1.").arg(m_editor.formatMoney(balance)));
    else if (g.overdue)
        m_goalSummary->setText(tr("The date has passed: %1 is needed now.").arg(m_editor.formatMoney(g.monthlyNeeded)));
    else
        m_goalSummary->setText(tr("%1 per month needed until %2").arg(m_editor.formatMoney(g.monthlyNeeded), until));
}

void EnvelopeDialog::validate()
{
    updateGoalSummary();
    const QString why = problem();
    m_error->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void EnvelopeDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_error->setText(why);
        return;
    }
    vv::budget::Envelope e;
    if (isEditing()) {
        const std::optional<vv::budget::Envelope> existing = m_editor.budget().envelope(m_envelopeId);
        if (existing)
            e = *existing;
        e.id = m_envelopeId;
        e.archived = m_archived->isChecked();
    }
    e.name = m_name->text().trimmed();
    e.color = m_color;
    e.category = m_category->currentText().trimmed();
    e.monthlyTarget = m_editor.parseMoney(m_target->text()).value_or(0);
    e.priority = m_priority->value();
    if (m_goalGroup->isChecked()) {
        e.goalAmount = m_editor.parseMoney(m_goalAmount->text()).value_or(0);
        e.goalDate = m_goalDate->date();
    } else {
        e.goalAmount = 0;
        e.goalDate = QDate();
    }
    vv::budget::Budget& budget = m_editor.budget();
    const vv::budget::Change change = isEditing() ? budget.updateEnvelope(e) : budget.createEnvelope(e);
    if (!change.isValid()) {
        m_error->setText(change.error); // shown here, not in a message box; nothing pushed
        return;
    }
    if (!m_editor.apply(change)) {
        m_error->setText(m_editor.lastError());
        return;
    }
    if (!isEditing())
        m_envelopeId = change.createdId;
    QDialog::accept();
}

} // namespace vv::ui
