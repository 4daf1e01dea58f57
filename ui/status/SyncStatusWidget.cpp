#include "status/SyncStatusWidget.h"

#include "settings/WebSocketUrl.h"
#include "widgets/ElidedLabel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

namespace vv::ui {

using signaling::SignalingService;
using State = SignalingService::State;
using Error = SignalingService::Error;

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("syncStatus"));
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncStatusWidget::refresh);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("syncStateIcon"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_heartbeat = new QLabel(this);
    m_heartbeat->setObjectName(QStringLiteral("syncHeartbeat"));
    m_sync = new QLabel(this);
    m_sync->setObjectName(QStringLiteral("syncLastSync"));
    // The error gives way first when space is short (elided, full text in its tooltip);
    // the state, heartbeat and sync texts keep their width.
    m_error = new ElidedLabel(this);
    m_error->setObjectName(QStringLiteral("syncError"));
    for (QLabel* label : { m_icon, m_state, m_heartbeat, m_sync })
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    m_reconnectAction = new QAction(QIcon(QStringLiteral(":/icons/action-reconnect.svg")), QString(), this);
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reconnectAction, &QAction::triggered, this, &SyncStatusWidget::requestReconnect);
    m_syncNowAction = new QAction(QIcon(QStringLiteral(":/icons/action-sync.svg")), QString(), this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncNowAction, &QAction::triggered, this, &SyncStatusWidget::requestSync);

    m_reconnectButton = new QToolButton(this);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnectButton->setDefaultAction(m_reconnectAction);
    m_syncNowButton = new QToolButton(this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNowButton->setDefaultAction(m_syncNowAction);
    for (QToolButton* button : { m_reconnectButton, m_syncNowButton }) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus); // keyboard reachable from the status bar
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_state);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_heartbeat);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_sync);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_error, 1);
    layout->addStretch(0); // keeps the texts together on the left while there is no error
    layout->addWidget(m_reconnectButton);
    layout->addWidget(m_syncNowButton);

    retranslateUi();
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::setService(SignalingService* service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_hasError = false;
    m_serviceErrorMessage.clear();
    if (m_service) {
        connect(m_service, &SignalingService::stateChanged, this, &SyncStatusWidget::onStateChanged);
        connect(m_service, &SignalingService::heartbeat, this, &SyncStatusWidget::refresh);
        connect(m_service, &SignalingService::errorOccurred, this, &SyncStatusWidget::onErrorOccurred);
        connect(m_service, &SignalingService::reconnectScheduled, this, &SyncStatusWidget::onReconnectScheduled);
        connect(m_service, &QObject::destroyed, this, &SyncStatusWidget::refresh);
    }
    refresh();
}

SignalingService* SyncStatusWidget::service() const
{
    return m_service;
}

void SyncStatusWidget::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); });
    refresh();
}

QDateTime SyncStatusWidget::now() const
{
    return m_clock();
}

SyncDisplayState SyncStatusWidget::displayState() const
{
    return m_displayState;
}

bool SyncStatusWidget::isLocalOnly() const
{
    return m_localOnly;
}

QDateTime SyncStatusWidget::lastSync() const
{
    return m_lastSync;
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::errorText() const
{
    return m_error->text();
}

QString SyncStatusWidget::heartbeatText() const
{
    return m_heartbeat->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_sync->text();
}

bool SyncStatusWidget::isCountdownActive() const
{
    return m_countdown.isActive();
}

QAction* SyncStatusWidget::reconnectAction() const
{
    return m_reconnectAction;
}

QAction* SyncStatusWidget::syncNowAction() const
{
    return m_syncNowAction;
}

void SyncStatusWidget::setLocalOnly(bool localOnly)
{
    if (m_localOnly == localOnly)
        return;
    m_localOnly = localOnly;
    refresh();
}

void SyncStatusWidget::setLastSync(const QDateTime& at)
{
    m_lastSync = at;
    refresh();
}

void SyncStatusWidget::setPendingCount(int count)
{
    m_pendingCount = std::max(0, count);
    refresh();
}

void SyncStatusWidget::setSyncError(const QString& message)
{
    m_syncError = message;
    refresh();
}

QString SyncStatusWidget::pendingText() const
{
    if (m_pendingCount <= 0)
        return {};
    return m_pendingCount == 1 ? tr("1 change waiting") : tr("%1 changes waiting").arg(m_pendingCount);
}

void SyncStatusWidget::requestReconnect()
{
    if (!m_service || !canReconnect(m_displayState))
        return;
    m_sendError.clear();
    m_service->reconnect(); // resets the attempt count and tries now
    refresh();
}

void SyncStatusWidget::requestSync()
{
    if (!canSyncNow())
        return;
    QString error;
    // Ask the other devices to sync too (only while Live); only metadata travels (P1).
    if (m_displayState == SyncDisplayState::Live && m_service
        && !m_service->sendSignal(protocol::SignalType::SyncRequired, {}, &error))
        m_sendError = tr("Could not send the sync request.");
    else
        m_sendError.clear();
    Q_EMIT syncRequested();
    refresh();
}

void SyncStatusWidget::setSyncAvailable(bool available)
{
    m_syncAvailable = available;
    refresh();
}

bool SyncStatusWidget::canSyncNow() const
{
    if (!m_service || m_displayState == SyncDisplayState::LocalOnly)
        return false;
    // Without live signaling a sync can still run over HTTP when the app has a sync engine.
    return m_displayState == SyncDisplayState::Live || m_syncAvailable;
}

void SyncStatusWidget::onStateChanged()
{
    if (m_service && m_service->state() == State::Connected) {
        m_hasError = false;
        m_serviceErrorMessage.clear();
    }
    m_sendError.clear();
    refresh();
}

void SyncStatusWidget::onErrorOccurred(const QString& message)
{
    m_hasError = true;
    m_serviceErrorMessage = message;
    refresh();
}

void SyncStatusWidget::onReconnectScheduled(int attempt, int maxAttempts, const QDateTime& at)
{
    m_attempt = attempt;
    m_maxAttempts = maxAttempts;
    m_nextRetryAt = at;
    refresh();
}

void SyncStatusWidget::refresh()
{
    const State state = m_service ? m_service->state() : State::Disabled;
    const Error error = m_service ? m_service->error() : Error::NoError;
    m_displayState = displayStateFor(state, error, m_localOnly || !m_service);
    if (m_service && m_displayState == SyncDisplayState::Reconnecting) {
        m_attempt = m_service->reconnectAttempts();
        m_maxAttempts = m_service->config().maxReconnectAttempts;
        if (m_service->nextRetryAt().isValid())
            m_nextRetryAt = m_service->nextRetryAt();
    }

    // The countdown ticks only while it has something to count down to.
    if (m_displayState == SyncDisplayState::Reconnecting) {
        if (!m_countdown.isActive())
            m_countdown.start();
    } else {
        m_countdown.stop();
    }

    const QString stateWords = describeState();
    m_state->setText(stateWords);
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, stateColor(m_displayState, palette()));
    m_state->setPalette(statePalette);

    const bool synced = m_displayState != SyncDisplayState::LocalOnly;
    const QDateTime beat = m_service ? m_service->lastHeartbeat() : QDateTime();
    // "No heartbeat yet" only while one is expected; after a failure it would just be noise.
    const bool expectingBeat
        = m_displayState == SyncDisplayState::Live || m_displayState == SyncDisplayState::Connecting;
    m_heartbeat->setVisible(synced && (beat.isValid() || expectingBeat));
    if (beat.isValid())
        m_heartbeat->setText(tr("Heartbeat %1").arg(formatTime(beat)));
    else
        m_heartbeat->setText(tr("No heartbeat yet"));
    m_sync->setVisible(synced);
    QString syncWords = m_lastSync.isValid() ? tr("Last sync %1").arg(formatTime(m_lastSync)) : tr("Not synced yet");
    if (m_pendingCount > 0)
        syncWords += QStringLiteral(" · ") + pendingText();
    m_sync->setText(syncWords);

    const QString errorWords = describeError();
    m_error->setText(errorWords);
    m_error->setVisible(!errorWords.isEmpty());
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, stateColor(SyncDisplayState::Offline, palette()));
    m_error->setPalette(errorPalette);

    m_reconnectAction->setEnabled(m_service && canReconnect(m_displayState));
    m_syncNowAction->setEnabled(canSyncNow());

    updateIcon();
    updateToolTip();
    setAccessibleDescription(errorWords.isEmpty() ? stateWords : stateWords + QStringLiteral(". ") + errorWords);
}

QString SyncStatusWidget::describeState() const
{
    switch (m_displayState) {
    case SyncDisplayState::LocalOnly:
        return tr("Local only");
    case SyncDisplayState::Disabled:
        return tr("Real-time sync off");
    case SyncDisplayState::Disconnected:
        return tr("Not connected");
    case SyncDisplayState::Connecting:
        return tr("Connecting…");
    case SyncDisplayState::Live:
        return tr("Live");
    case SyncDisplayState::Reconnecting: {
        const qint64 seconds = secondsUntil(now(), m_nextRetryAt);
        if (m_maxAttempts > 0)
            return tr("Reconnecting in %1 s (attempt %2 of %3)").arg(seconds).arg(m_attempt).arg(m_maxAttempts);
        return tr("Reconnecting in %1 s (attempt %2)").arg(seconds).arg(m_attempt);
    }
    case SyncDisplayState::Offline:
        if (m_service && m_service->error() == Error::GaveUp)
            return tr("Offline, gave up");
        return tr("Offline");
    case SyncDisplayState::TokenRefused:
        return tr("Token refused");
    }
    return {};
}

QString SyncStatusWidget::describeError() const
{
    if (!m_sendError.isEmpty())
        return m_sendError;
    if (m_localOnly)
        return {};
    if (!m_service || !m_hasError)
        return m_syncError; // the orchestrator's, when signaling itself is fine
    switch (m_service->error()) {
    case Error::NoError:
        return m_syncError;
    case Error::ConnectionFailed:
        return tr("Could not reach the sync server.");
    case Error::ConnectionLost:
        return tr("The connection to the sync server was lost.");
    case Error::HeartbeatTimeout:
        return tr("The sync server stopped answering.");
    case Error::TokenRefused:
        return tr("The server refused this device's access. Join the budget again to renew it.");
    case Error::RateLimited:
        return tr("The server asked this device to slow down.");
    case Error::ServerGoingAway:
        return tr("The sync server is restarting.");
    case Error::GaveUp:
        return tr("Gave up after %1 attempts. Press Reconnect to try again.")
            .arg(m_service->config().maxReconnectAttempts);
    case Error::InvalidConfig:
        return tr("The sync settings are not valid. Check the server address in Preferences.");
    case Error::ProtocolError:
        return tr("The sync server closed the connection (protocol error).");
    case Error::CertificateRejected:
        return m_service->errorString(); // says why (pin mismatch or untrusted) and what to do
    }
    return m_serviceErrorMessage;
}

QString SyncStatusWidget::formatTime(const QDateTime& at) const
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == now().toLocalTime().date())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(local, QLocale::ShortFormat);
}

void SyncStatusWidget::updateIcon()
{
    const QIcon icon(stateIconPath(m_displayState));
    const int side = qRound(fontMetrics().height() * 1.15);
    m_icon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF()));
}

void SyncStatusWidget::updateToolTip()
{
    QStringList lines;
    lines << tr("Real-time sync: %1").arg(describeState());
    if (m_displayState == SyncDisplayState::LocalOnly) {
        lines << tr("This budget is stored on this computer only.");
    } else if (m_service) {
        const signaling::SignalingConfig config = m_service->config();
        lines << tr("Server: %1").arg(settings::displayUrl(config.url));
        if (!config.budgetId.isEmpty())
            lines << tr("Room: %1").arg(shortRoomId(config.budgetId));
        if (m_displayState == SyncDisplayState::Reconnecting || m_displayState == SyncDisplayState::Offline) {
            lines << (config.maxReconnectAttempts > 0
                    ? tr("Attempts: %1 of %2").arg(m_service->reconnectAttempts()).arg(config.maxReconnectAttempts)
                    : tr("Attempts: %1 (no limit)").arg(m_service->reconnectAttempts()));
        }
        const QDateTime beat = m_service->lastHeartbeat();
        lines << tr("Last heartbeat: %1")
                     .arg(beat.isValid() ? QLocale().toString(beat.toLocalTime(), QLocale::LongFormat) : tr("never"));
        lines << tr("Last sync: %1")
                     .arg(m_lastSync.isValid() ? QLocale().toString(m_lastSync.toLocalTime(), QLocale::LongFormat)
                                               : tr("never"));
        if (m_pendingCount > 0)
            lines << tr("Waiting to upload: %1").arg(pendingText());
        const QString errorWords = describeError();
        if (!errorWords.isEmpty())
            lines << tr("Error: %1").arg(errorWords);
    }
    setToolTip(lines.join(QLatin1Char('\n')));
}

void SyncStatusWidget::retranslateUi()
{
    setAccessibleName(tr("Sync status"));
    m_reconnectAction->setText(tr("&Reconnect"));
    m_reconnectAction->setToolTip(tr("Connect to the sync server again now"));
    m_reconnectButton->setAccessibleName(tr("Reconnect"));
    m_reconnectButton->setAccessibleDescription(tr("Connect to the sync server again now and reset the attempt count"));
    m_syncNowAction->setText(tr("&Sync Now"));
    m_syncNowAction->setToolTip(tr("Ask all devices of this budget to sync now"));
    m_syncNowButton->setAccessibleName(tr("Sync now"));
    m_syncNowButton->setAccessibleDescription(tr("Ask all devices of this budget to sync now"));
    m_icon->setAccessibleName(tr("Sync state icon"));
    refresh();
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refresh(); // state colours follow the palette (light/dark switch at run time)
    QWidget::changeEvent(event);
}

} // namespace vv::ui
