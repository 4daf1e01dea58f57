#include "settings/PreferencesDialog.h"

#include "settings/WebSocketUrl.h"
#include "status/SyncStatusPresentation.h"
#include "tls/CertificatePin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace vv::ui {

using settings::Settings;

namespace {

QLabel* makeNote(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void setForeground(QLabel* label, const QColor& color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));

    m_syncGroup = new QGroupBox(this);
    m_privacyNote = new QLabel(m_syncGroup);
    m_privacyNote->setWordWrap(true);
    m_enabled = new QCheckBox(m_syncGroup);
    m_enabled->setObjectName(QStringLiteral("signalingEnabled"));
    m_enabledEnvNote = makeNote(m_syncGroup, "signalingEnabledEnvNote");
    m_url = new QLineEdit(m_syncGroup);
    m_url->setObjectName(QStringLiteral("websocketUrl"));
    m_url->setClearButtonEnabled(true);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_urlEnvNote = makeNote(m_syncGroup, "websocketUrlEnvNote");
    m_urlError = makeNote(m_syncGroup, "websocketUrlError");
    m_urlWarning = makeNote(m_syncGroup, "websocketUrlWarning");
    m_heartbeat = new QSpinBox(m_syncGroup);
    m_heartbeat->setObjectName(QStringLiteral("heartbeatInterval"));
    m_heartbeat->setRange(1, Settings::MaxIntervalMs / 1000);
    m_reconnect = new QDoubleSpinBox(m_syncGroup);
    m_reconnect->setObjectName(QStringLiteral("reconnectInterval"));
    m_reconnect->setDecimals(1);
    m_reconnect->setRange(0.1, Settings::MaxIntervalMs / 1000.0);
    m_reconnect->setSingleStep(0.5);
    m_attempts = new QSpinBox(m_syncGroup);
    m_attempts->setObjectName(QStringLiteral("maxReconnectAttempts"));
    m_attempts->setRange(0, Settings::MaxReconnectAttemptsLimit);
    // A self-hosted server's own certificate, trusted by its SHA-256 fingerprint (docs/security.md).
    m_pin = new QLineEdit(m_syncGroup);
    m_pin->setObjectName(QStringLiteral("pinnedCertificate"));
    m_pin->setClearButtonEnabled(true);
    m_pin->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_pinEnvNote = makeNote(m_syncGroup, "pinnedCertificateEnvNote");
    m_pinError = makeNote(m_syncGroup, "pinnedCertificateError");
    m_pinLabel = new QLabel(m_syncGroup);
    m_pinLabel->setBuddy(m_pin);
    m_urlLabel = new QLabel(m_syncGroup);
    m_heartbeatLabel = new QLabel(m_syncGroup);
    m_reconnectLabel = new QLabel(m_syncGroup);
    m_attemptsLabel = new QLabel(m_syncGroup);
    m_urlLabel->setBuddy(m_url);
    m_heartbeatLabel->setBuddy(m_heartbeat);
    m_reconnectLabel->setBuddy(m_reconnect);
    m_attemptsLabel->setBuddy(m_attempts);

    auto* syncForm = new QFormLayout;
    syncForm->addRow(m_enabled);
    syncForm->addRow(m_enabledEnvNote);
    syncForm->addRow(m_urlLabel, m_url);
    syncForm->addRow(QString(), m_urlEnvNote);
    syncForm->addRow(QString(), m_urlError);
    syncForm->addRow(QString(), m_urlWarning);
    syncForm->addRow(m_heartbeatLabel, m_heartbeat);
    syncForm->addRow(m_reconnectLabel, m_reconnect);
    syncForm->addRow(m_attemptsLabel, m_attempts);
    syncForm->addRow(m_pinLabel, m_pin);
    syncForm->addRow(QString(), m_pinEnvNote);
    syncForm->addRow(QString(), m_pinError);
    auto* syncLayout = new QVBoxLayout(m_syncGroup);
    syncLayout->addWidget(m_privacyNote);
    syncLayout->addLayout(syncForm);

    m_languageGroup = new QGroupBox(this);
    m_language = new QComboBox(m_languageGroup);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    // Language names are shown in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageLabel = new QLabel(m_languageGroup);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(m_languageGroup);
    m_languageNote->setWordWrap(true);
    auto* languageForm = new QFormLayout(m_languageGroup);
    languageForm->addRow(m_languageLabel, m_language);
    languageForm->addRow(m_languageNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);

    // Wide enough for the notes to wrap into readable lines; counted in characters for DPI.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_syncGroup);
    layout->addWidget(m_languageGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_pin, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_enabled, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabledState);

    retranslateUi();
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    m_enabled->setChecked(m_settings.websocketEnabled());
    m_url->setText(m_settings.websocketUrl().toString());
    m_loadedHeartbeat = std::max(1, (m_settings.heartbeatIntervalMs() + 999) / 1000);
    m_heartbeat->setValue(m_loadedHeartbeat);
    m_reconnect->setValue(m_settings.reconnectIntervalMs() / 1000.0);
    m_loadedReconnect = m_reconnect->value();
    m_attempts->setValue(m_settings.maxReconnectAttempts());
    m_pin->setText(m_settings.pinnedCertificateSha256());
    const bool pinFromEnv = m_settings.isOverriddenByEnvironment(Settings::Key::PinnedCertificateSha256);
    m_pin->setReadOnly(pinFromEnv);
    m_pinEnvNote->setVisible(pinFromEnv);
    const int languageIndex = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);

    const bool enabledFromEnv = m_settings.isOverriddenByEnvironment(Settings::Key::WebsocketEnabled);
    const bool urlFromEnv = m_settings.isOverriddenByEnvironment(Settings::Key::WebsocketUrl);
    m_enabled->setProperty("fromEnvironment", enabledFromEnv);
    m_url->setProperty("fromEnvironment", urlFromEnv);
    m_enabledEnvNote->setVisible(enabledFromEnv);
    m_urlEnvNote->setVisible(urlFromEnv);
    updateEnabledState();
    validate();
}

void PreferencesDialog::updateEnabledState()
{
    const bool enabledFromEnv = m_enabled->property("fromEnvironment").toBool();
    const bool urlFromEnv = m_url->property("fromEnvironment").toBool();
    const bool on = m_enabled->isChecked();
    m_enabled->setEnabled(!enabledFromEnv);
    m_url->setEnabled(on && !urlFromEnv);
    m_heartbeat->setEnabled(on);
    m_reconnect->setEnabled(on);
    m_attempts->setEnabled(on);
}

void PreferencesDialog::validate()
{
    const settings::WebSocketUrlCheck check = settings::checkWebSocketUrl(m_url->text());
    QString error;
    switch (check.problem) {
    case settings::WebSocketUrlProblem::None:
        break;
    case settings::WebSocketUrlProblem::Empty:
        error = tr("Enter the address of the sync server, for example wss://sync.example.org.");
        break;
    case settings::WebSocketUrlProblem::Malformed:
        error = tr("This is not a valid address.");
        break;
    case settings::WebSocketUrlProblem::WrongScheme:
        error = tr("The address must start with wss:// (encrypted) or ws://.");
        break;
    case settings::WebSocketUrlProblem::MissingHost:
        error = tr("The address needs a server name, for example wss://sync.example.org.");
        break;
    case settings::WebSocketUrlProblem::HasCredentials:
        error = tr("Do not put a user name or password in the address; it would be stored unprotected.");
        break;
    }
    m_urlError->setText(error);
    m_urlError->setVisible(!error.isEmpty());
    setForeground(m_urlError, stateColor(SyncDisplayState::Offline, palette()));
    const QString warning = check.unencryptedRemote
        ? tr("Warning: ws:// is not encrypted. Anyone on the network path can see when your devices "
             "sync. Use wss:// for servers other than this computer.")
        : QString();
    m_urlWarning->setText(warning);
    m_urlWarning->setVisible(!warning.isEmpty());
    setForeground(m_urlWarning, stateColor(SyncDisplayState::Reconnecting, palette()));

    QString pinError;
    if (!m_pin->text().trimmed().isEmpty() && !tls::CertificatePin::parse(m_pin->text().trimmed()))
        pinError = tr("Enter the server certificate's SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.");
    m_pinError->setText(pinError);
    m_pinError->setVisible(!pinError.isEmpty());
    setForeground(m_pinError, stateColor(SyncDisplayState::Offline, palette()));

    const bool valid = check.isValid() && pinError.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
}

bool PreferencesDialog::isInputValid() const
{
    return settings::checkWebSocketUrl(m_url->text()).isValid() && m_pinError->text().isEmpty();
}

QString PreferencesDialog::pinErrorText() const
{
    return m_pinError->text();
}

QString PreferencesDialog::urlErrorText() const
{
    return m_urlError->text();
}

QString PreferencesDialog::urlWarningText() const
{
    return m_urlWarning->text();
}

bool PreferencesDialog::apply()
{
    const settings::WebSocketUrlCheck check = settings::checkWebSocketUrl(m_url->text());
    if (!check.isValid() || !m_pinError->text().isEmpty())
        return false;
    if (!m_pin->isReadOnly())
        m_settings.setPinnedCertificateSha256(m_pin->text().trimmed());
    // Intervals and URL first, the switch last: turning signaling on then connects once,
    // with the new values, instead of once per changed field.
    if (!m_url->property("fromEnvironment").toBool())
        m_settings.setWebsocketUrl(check.url);
    if (m_heartbeat->value() != m_loadedHeartbeat)
        m_settings.setHeartbeatIntervalMs(m_heartbeat->value() * 1000);
    if (std::abs(m_reconnect->value() - m_loadedReconnect) > 0.05)
        m_settings.setReconnectIntervalMs(int(std::lround(m_reconnect->value() * 1000)));
    m_settings.setMaxReconnectAttempts(m_attempts->value());
    if (!m_enabled->property("fromEnvironment").toBool())
        m_settings.setWebsocketEnabled(m_enabled->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    m_loadedHeartbeat = m_heartbeat->value();
    m_loadedReconnect = m_reconnect->value();
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_syncGroup->setTitle(tr("Real-time sync"));
    m_privacyNote->setText(tr("Real-time signaling only tells your other devices that something changed. "
                              "Your budget data never travels over it."));
    m_enabled->setText(tr("&Use real-time signaling"));
    m_enabled->setAccessibleDescription(tr("Connect to the sync server to hear about changes at once"));
    m_enabledEnvNote->setText(
        tr("Set by the environment variable %1.").arg(Settings::environmentVariable(Settings::Key::WebsocketEnabled)));
    m_urlLabel->setText(tr("Server &address:"));
    m_url->setPlaceholderText(tr("wss://sync.example.org"));
    m_url->setAccessibleName(tr("Server address"));
    m_urlEnvNote->setText(
        tr("Set by the environment variable %1.").arg(Settings::environmentVariable(Settings::Key::WebsocketUrl)));
    m_heartbeatLabel->setText(tr("&Heartbeat every:"));
    m_heartbeat->setSuffix(tr(" s"));
    m_heartbeat->setAccessibleName(tr("Heartbeat interval in seconds"));
    m_reconnectLabel->setText(tr("&First retry after:"));
    m_reconnect->setSuffix(tr(" s"));
    m_reconnect->setAccessibleName(tr("Reconnect interval in seconds"));
    m_reconnect->setToolTip(tr("Later retries wait longer, up to a minute."));
    m_attemptsLabel->setText(tr("&Give up after:"));
    m_attempts->setSuffix(tr(" attempts"));
    m_attempts->setSpecialValueText(tr("Never (keep trying)"));
    m_attempts->setAccessibleName(tr("Maximum reconnect attempts, 0 for no limit"));
    m_pinLabel->setText(tr("&Pinned certificate:"));
    m_pin->setPlaceholderText(tr("optional: SHA-256 of a self-hosted server's certificate"));
    m_pin->setAccessibleName(tr("Pinned server certificate, SHA-256 fingerprint"));
    m_pin->setToolTip(tr("When set, the app trusts exactly the server certificate with this fingerprint "
                         "(for a server with a self-signed certificate) and refuses any other."));
    m_pinEnvNote->setText(tr("Set by the environment variable %1.")
                              .arg(Settings::environmentVariable(Settings::Key::PinnedCertificateSha256)));
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_languageNote->setText(tr("The language changes at once."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply"));
    validate();
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vv::ui
