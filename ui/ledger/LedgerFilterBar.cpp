#include "ledger/LedgerFilterBar.h"

#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace vv::ui {

namespace {
constexpr int kAllEnvelopes = 0; // combo row 0; row 1 is Unassigned
// Envelope combo item data: an invalid QVariant = all, "" = unassigned, else the id.
} // namespace

LedgerFilterBar::LedgerFilterBar(BudgetEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("ledgerFilterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_envelopeLabel = new QLabel(this);
    m_envelope = new QComboBox(this);
    m_envelope->setObjectName(QStringLiteral("envelopeFilter"));
    m_envelope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_envelopeLabel->setBuddy(m_envelope);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("datePreset"));
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDate(m_editor.today());
        d->setEnabled(false);
    }

    m_cleared = new QComboBox(this);
    m_cleared->setObjectName(QStringLiteral("clearedFilter"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);

    layout->addWidget(m_envelopeLabel);
    layout->addWidget(m_envelope);
    layout->addSpacing(8);
    layout->addWidget(m_preset);
    layout->addWidget(m_fromCheck);
    layout->addWidget(m_from);
    layout->addWidget(m_toCheck);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_cleared);
    layout->addStretch(1);
    layout->addWidget(m_search, 2);

    retranslateUi();
    reloadEnvelopes();

    connect(m_envelope, &QComboBox::currentIndexChanged, this, &LedgerFilterBar::emitFilter);
    connect(m_cleared, &QComboBox::currentIndexChanged, this, &LedgerFilterBar::emitFilter);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_updating)
            applyPreset(static_cast<Preset>(m_preset->itemData(i).toInt()));
    });
    const auto customRange = [this] {
        if (m_updating)
            return;
        m_from->setEnabled(m_fromCheck->isChecked());
        m_to->setEnabled(m_toCheck->isChecked());
        m_updating = true;
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Custom)));
        m_updating = false;
        emitFilter();
    };
    connect(m_fromCheck, &QCheckBox::toggled, this, customRange);
    connect(m_toCheck, &QCheckBox::toggled, this, customRange);
    connect(m_from, &QDateEdit::dateChanged, this, customRange);
    connect(m_to, &QDateEdit::dateChanged, this, customRange);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LedgerFilterBar::emitFilter);
    connect(&m_editor.budget(), &vv::budget::Budget::changed, this, [this](const vv::budget::AppliedChanges& c) {
        if (c.envelopesChanged || c.rebuilt)
            reloadEnvelopes();
    });
}

LedgerFilterBar::~LedgerFilterBar() = default;

vv::budget::LedgerFilter LedgerFilterBar::filter() const
{
    vv::budget::LedgerFilter f;
    f.text = m_search->text().trimmed();
    const QVariant envelope = m_envelope->currentData();
    if (envelope.isValid())
        f.envelopeId = envelope.toString();
    if (m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck->isChecked())
        f.to = m_to->date();
    const int cleared = m_cleared->currentIndex();
    if (cleared == 1)
        f.cleared = true;
    else if (cleared == 2)
        f.cleared = false;
    return f;
}

void LedgerFilterBar::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

int LedgerFilterBar::searchDelay() const
{
    return m_searchTimer->interval();
}

void LedgerFilterBar::applyPreset(Preset preset)
{
    const QDate today = m_editor.today();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate to;
    switch (preset) {
    case Preset::ThisMonth:
        from = monthStart;
        to = monthStart.addMonths(1).addDays(-1);
        break;
    case Preset::LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case Preset::LastThreeMonths:
        from = monthStart.addMonths(-2);
        to = monthStart.addMonths(1).addDays(-1);
        break;
    case Preset::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    case Preset::All:
    case Preset::Custom:
        break;
    }
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(preset)));
    if (preset != Preset::Custom) {
        m_fromCheck->setChecked(from.isValid());
        m_toCheck->setChecked(to.isValid());
        if (from.isValid())
            m_from->setDate(from);
        if (to.isValid())
            m_to->setDate(to);
        m_from->setEnabled(from.isValid());
        m_to->setEnabled(to.isValid());
    }
    m_updating = false;
    emitFilter();
}

void LedgerFilterBar::setEnvelopeFilter(const std::optional<QString>& envelopeId)
{
    const int i = envelopeId ? m_envelope->findData(*envelopeId) : kAllEnvelopes;
    m_envelope->setCurrentIndex(i < 0 ? kAllEnvelopes : i);
}

void LedgerFilterBar::clear()
{
    m_updating = true;
    m_envelope->setCurrentIndex(kAllEnvelopes);
    m_cleared->setCurrentIndex(0);
    m_search->clear();
    m_searchTimer->stop();
    m_updating = false;
    applyPreset(Preset::All); // emits once
}

void LedgerFilterBar::emitFilter()
{
    if (m_updating)
        return;
    m_searchTimer->stop();
    Q_EMIT filterChanged(filter());
}

void LedgerFilterBar::reloadEnvelopes()
{
    const QVariant current = m_envelope->currentData();
    m_updating = true;
    m_envelope->clear();
    m_envelope->addItem(tr("All envelopes"));
    m_envelope->addItem(tr("Unassigned"), QString());
    const auto envelopes = m_editor.budget().envelopes(true);
    for (const vv::budget::Envelope& e : envelopes)
        if (!e.archived)
            m_envelope->addItem(e.name, e.id);
    for (const vv::budget::Envelope& e : envelopes)
        if (e.archived)
            m_envelope->addItem(tr("%1 (archived)").arg(e.name), e.id);
    const int i = current.isValid() ? m_envelope->findData(current) : kAllEnvelopes;
    m_envelope->setCurrentIndex(i < 0 ? kAllEnvelopes : i);
    m_updating = false;
    if (current.isValid() && i < 0)
        emitFilter(); // the filtered envelope is gone
}

void LedgerFilterBar::retranslateUi()
{
    m_updating = true;
    m_envelopeLabel->setText(tr("&Envelope:"));
    m_envelope->setToolTip(tr("Show only the transactions of one envelope"));
    if (m_envelope->count() > 1) {
        m_envelope->setItemText(0, tr("All envelopes"));
        m_envelope->setItemText(1, tr("Unassigned"));
    }
    const int preset = m_preset->currentIndex();
    m_preset->clear();
    m_preset->addItem(tr("All dates"), static_cast<int>(Preset::All));
    m_preset->addItem(tr("This month"), static_cast<int>(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), static_cast<int>(Preset::LastMonth));
    m_preset->addItem(tr("Last 3 months"), static_cast<int>(Preset::LastThreeMonths));
    m_preset->addItem(tr("This year"), static_cast<int>(Preset::ThisYear));
    m_preset->addItem(tr("Custom range"), static_cast<int>(Preset::Custom));
    m_preset->setCurrentIndex(preset < 0 ? 0 : preset);
    m_preset->setToolTip(tr("Date range"));
    m_fromCheck->setText(tr("&From"));
    m_fromCheck->setToolTip(tr("Only transactions on or after this date"));
    m_toCheck->setText(tr("&To"));
    m_toCheck->setToolTip(tr("Only transactions on or before this date"));
    const int cleared = m_cleared->currentIndex();
    m_cleared->clear();
    m_cleared->addItems({ tr("Cleared or not"), tr("Cleared only"), tr("Not cleared only") });
    m_cleared->setCurrentIndex(cleared < 0 ? 0 : cleared);
    m_cleared->setToolTip(tr("Filter by cleared status"));
    m_search->setPlaceholderText(tr("Search payee or note"));
    m_search->setToolTip(tr("Show transactions whose payee or note contains this text"));
    m_updating = false;
}

void LedgerFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vv::ui
