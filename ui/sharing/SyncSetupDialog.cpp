#include "sharing/SyncSetupDialog.h"

#include "sharing/ShareCodeValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vv::ui {

namespace {
QLabel* wrappingLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}
} // namespace

SyncSetupDialog::SyncSetupDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncSetupDialog"));
    m_intro = wrappingLabel(this, QStringLiteral("setupIntro"));
    m_createRadio = new QRadioButton(this);
    m_createRadio->setObjectName(QStringLiteral("createRadio"));
    m_createRadio->setChecked(true);
    m_joinRadio = new QRadioButton(this);
    m_joinRadio->setObjectName(QStringLiteral("joinRadio"));

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);

    // Create page.
    auto* createPage = new QWidget(this);
    m_name = new QLineEdit(createPage);
    m_name->setObjectName(QStringLiteral("budgetName"));
    m_name->setMaxLength(80);
    m_nameLabel = new QLabel(createPage);
    m_nameLabel->setBuddy(m_name);
    m_currency = new QComboBox(createPage);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({ QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
        QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("JPY"), QStringLiteral("SEK"),
        QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"), QStringLiteral("CZK") });
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    const QString localCurrency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    setCurrency(localCurrency.size() == 3 ? localCurrency : QStringLiteral("EUR"));
    m_currencyLabel = new QLabel(createPage);
    m_currencyLabel->setBuddy(m_currency);
    auto* createForm = new QFormLayout(createPage);
    createForm->setContentsMargins(0, 0, 0, 0);
    createForm->addRow(m_nameLabel, m_name);
    createForm->addRow(m_currencyLabel, m_currency);

    // Join page.
    auto* joinPage = new QWidget(this);
    m_code = new QLineEdit(joinPage);
    m_code->setObjectName(QStringLiteral("shareCode"));
    m_code->setEchoMode(QLineEdit::Password); // shoulder surfers; the Show box reveals it
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_code->setMaxLength(200);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_code->setFont(mono);
    // Room for the whole grouped code (68 characters), so it can be checked at a glance.
    m_code->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(70, QLatin1Char('M'))));
    m_codeLabel = new QLabel(joinPage);
    m_codeLabel->setBuddy(m_code);
    m_showCode = new QCheckBox(joinPage);
    m_showCode->setObjectName(QStringLiteral("showCode"));
    connect(m_showCode, &QCheckBox::toggled, this,
        [this](bool show) { m_code->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    auto* joinForm = new QFormLayout(joinPage);
    joinForm->setContentsMargins(0, 0, 0, 0);
    joinForm->addRow(m_codeLabel, m_code);
    joinForm->addRow(QString(), m_showCode);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createPage);
    m_pages->addWidget(joinPage);

    m_message = wrappingLabel(this, QStringLiteral("setupMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_privacy = wrappingLabel(this, QStringLiteral("setupPrivacy"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncSetupDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* serverForm = new QFormLayout;
    serverForm->addRow(m_serverLabel, m_server);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_createRadio);
    layout->addWidget(m_joinRadio);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(serverForm);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_privacy);
    layout->addWidget(m_buttons);

    connect(m_createRadio, &QRadioButton::toggled, this, [this](bool) {
        m_pages->setCurrentIndex(mode() == Mode::Create ? 0 : 1);
        m_error.clear();
        retranslateUi(); // the OK button's text follows the mode
        growToFit();
    });
    for (QLineEdit* edit : { m_server, m_name, m_code })
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_error.clear();
            validate();
        });
    connect(m_currency, &QComboBox::currentTextChanged, this, &SyncSetupDialog::validate);

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    retranslateUi();
}

SyncSetupDialog::~SyncSetupDialog()
{
    m_code->clear();
}

SyncSetupDialog::Mode SyncSetupDialog::mode() const
{
    return m_joinRadio->isChecked() ? Mode::Join : Mode::Create;
}

void SyncSetupDialog::setMode(Mode mode)
{
    (mode == Mode::Join ? m_joinRadio : m_createRadio)->setChecked(true);
}

QUrl SyncSetupDialog::serverUrl() const
{
    // The signaling address is the server's address: http(s) typed by habit means ws(s).
    QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (url.scheme() == QLatin1StringView("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (url.scheme() == QLatin1StringView("https"))
        url.setScheme(QStringLiteral("wss"));
    return url;
}

void SyncSetupDialog::setServerUrl(const QUrl& url)
{
    m_server->setText(url.toString());
}

QString SyncSetupDialog::budgetName() const
{
    return m_name->text().simplified();
}

void SyncSetupDialog::setBudgetName(const QString& name)
{
    m_name->setText(name);
}

QString SyncSetupDialog::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

void SyncSetupDialog::setCurrency(const QString& code)
{
    const int index = m_currency->findText(code.toUpper());
    if (index >= 0)
        m_currency->setCurrentIndex(index);
    else
        m_currency->setEditText(code.toUpper());
}

QString SyncSetupDialog::shareCode() const
{
    return m_code->text();
}

void SyncSetupDialog::setShareCode(const QString& code)
{
    m_code->setText(code);
}

bool SyncSetupDialog::isUsableServerUrl(const QUrl& url)
{
    return url.isValid() && (url.scheme() == QLatin1StringView("ws") || url.scheme() == QLatin1StringView("wss"))
        && !url.host().isEmpty() && url.userInfo().isEmpty();
}

void SyncSetupDialog::setServerOptional(bool optional)
{
    m_serverOptional = optional;
    retranslateUi();
    validate();
}

void SyncSetupDialog::setExistingBudget(const QString& name, const QString& currency)
{
    m_existingBudget = true;
    setMode(Mode::Create);
    setBudgetName(name);
    setCurrency(currency);
    m_name->setReadOnly(true);
    m_currency->setEnabled(false);
    m_joinRadio->setEnabled(false);
    m_joinRadio->setToolTip(tr("This computer already has a budget. Sync it, then share it with your other devices."));
    retranslateUi();
    validate();
}

bool SyncSetupDialog::canSubmit() const
{
    const bool localOnly = m_serverOptional && mode() == Mode::Create && m_server->text().trimmed().isEmpty();
    if (m_busy || (!localOnly && !isUsableServerUrl(serverUrl())))
        return false;
    if (mode() == Mode::Create)
        return !budgetName().isEmpty() && currency().size() == 3;
    return ShareCodeValidation::check(m_code->text()).isValid();
}

QString SyncSetupDialog::validationMessage() const
{
    return m_message->text();
}

void SyncSetupDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*> { m_createRadio, m_joinRadio, m_server, m_pages })
        w->setEnabled(!busy);
    if (m_existingBudget)
        m_joinRadio->setEnabled(false);
    validate();
}

void SyncSetupDialog::setError(const QString& message)
{
    m_error = message;
    validate();
}

void SyncSetupDialog::submit()
{
    if (!canSubmit())
        return;
    m_error.clear();
    Q_EMIT submitted();
}

void SyncSetupDialog::validate()
{
    QString text;
    bool isError = false;
    if (m_busy) {
        text = mode() == Mode::Join ? tr("Joining the budget…")
            : m_existingBudget      ? tr("Connecting the budget to the server…")
                                    : tr("Creating the budget…");
    } else if (!m_error.isEmpty()) {
        text = m_error;
        isError = true;
    } else if (!m_server->text().trimmed().isEmpty() && !isUsableServerUrl(serverUrl())) {
        text = tr("Enter the sync server's address, for example wss://sync.example.org.");
        isError = true;
    } else if (mode() == Mode::Join) {
        const ShareCodeValidation check = ShareCodeValidation::check(m_code->text());
        text = check.message;
        isError = check.isError();
    }
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        isError ? QColor(0xc0, 0x1c, 0x28).lighter(this->palette().window().color().lightness() < 128 ? 160 : 100)
                : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
    m_code->setAccessibleDescription(mode() == Mode::Join ? text : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canSubmit());
    growToFit();
}

void SyncSetupDialog::growToFit()
{
    // A page switch or a wrapped message needs more room than the dialog was shown with;
    // wrapping labels are not part of the minimum size, so grow explicitly (never shrink
    // under the user's hands).
    layout()->activate();
    const int w = qMax(width(), sizeHint().width());
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height();
    if (w > width() || h > height())
        resize(w, qMax(height(), h));
}

void SyncSetupDialog::retranslateUi()
{
    setWindowTitle(m_serverOptional ? tr("New Budget") : tr("Set Up Sync"));
    if (m_serverOptional)
        m_intro->setText(tr("Leave the server empty to keep this budget on this computer only; you can set up "
                            "sync later. Or join a budget you already use on another device."));
    else
        m_intro->setText(tr("Sync keeps this budget up to date on all your devices."));
    m_createRadio->setText(m_existingBudget ? tr("&Sync this budget")
            : m_serverOptional              ? tr("&Create a new budget")
                                            : tr("&Create a new synced budget"));
    m_joinRadio->setText(tr("&Join a budget with a share code"));
    m_serverLabel->setText(tr("&Server:"));
    m_server->setPlaceholderText(
        m_serverOptional ? tr("optional, e.g. wss://sync.example.org") : tr("wss://sync.example.org"));
    m_nameLabel->setText(tr("Budget &name:"));
    m_name->setPlaceholderText(tr("Household"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_codeLabel->setText(tr("Share co&de:"));
    m_code->setPlaceholderText(tr("VV1-…"));
    m_code->setAccessibleName(tr("Share code"));
    m_showCode->setText(tr("S&how code"));
    m_privacy->setText(tr("Your budget is encrypted on this computer before it leaves it. The server never "
                          "sees its contents, its name or its key. The key is kept in your system's keychain."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode() == Mode::Create ? tr("C&reate") : tr("J&oin"));
    validate();
}

void SyncSetupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vv::ui
