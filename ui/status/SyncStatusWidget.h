#pragma once

#include "signaling/SignalingService.h"
#include "status/SyncStatusPresentation.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QToolButton;

namespace vv::ui {

class ElidedLabel;

// The live sync indicator of the status bar. Driven only by the SignalingService's signals
// and getters (and, later, a SyncOrchestrator through setLastSync()/syncRequested()).
// Shows the state in words, colour and icon, the last heartbeat and sync times, the error in
// plain words, and offers Reconnect and Sync now (also as actions for menus and toolbars).
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(SyncStatusWidget)
public:
    using Clock = std::function<QDateTime()>;

    explicit SyncStatusWidget(QWidget* parent = nullptr);
    ~SyncStatusWidget() override;

    // Observed, not owned. nullptr shows Local only.
    void setService(signaling::SignalingService* service);
    [[nodiscard]] signaling::SignalingService* service() const;
    // Test seam for the countdown text: the time source (default: current time).
    void setClock(Clock clock);

    [[nodiscard]] SyncDisplayState displayState() const;
    [[nodiscard]] bool isLocalOnly() const;
    [[nodiscard]] QDateTime lastSync() const;
    [[nodiscard]] QString stateText() const; // what the state label shows
    [[nodiscard]] QString errorText() const; // empty when there is no error
    [[nodiscard]] QString heartbeatText() const;
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] QString pendingText() const; // empty when nothing waits
    [[nodiscard]] QString syncError() const { return m_syncError; }
    [[nodiscard]] bool isCountdownActive() const; // the 1 s timer runs only while reconnecting
    // Live, or a sync engine is attached (setSyncAvailable) and there is a synced budget.
    [[nodiscard]] bool canSyncNow() const;

    [[nodiscard]] QAction* reconnectAction() const;
    [[nodiscard]] QAction* syncNowAction() const;

public Q_SLOTS:
    // No synced budget: nothing connects, and that is not an error.
    void setLocalOnly(bool localOnly);
    // For the SyncOrchestrator: the time of the last completed sync.
    void setLastSync(const QDateTime& at);
    // For the SyncOrchestrator: local changes not yet on the server ("3 changes waiting").
    void setPendingCount(int count);
    // For the SyncOrchestrator: why the last sync failed (translated words); empty clears it.
    // Shown when signaling itself reports no error.
    void setSyncError(const QString& message);
    // A sync engine (SyncOrchestrator) is attached: Sync now works even when signaling is off
    // or down (it then syncs over HTTP only and sends no sync_required).
    void setSyncAvailable(bool available);
    void requestReconnect();
    void requestSync();
    // Recomputes every text from the service's getters and the clock.
    void refresh();

Q_SIGNALS:
    // The user asked for a sync (also sent to other devices as sync_required). For the orchestrator.
    void syncRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStateChanged();
    void onErrorOccurred(const QString& message);
    void onReconnectScheduled(int attempt, int maxAttempts, const QDateTime& at);
    void updateIcon();
    void updateToolTip();
    void retranslateUi();
    [[nodiscard]] QString describeState() const;
    [[nodiscard]] QString describeError() const;
    [[nodiscard]] QString formatTime(const QDateTime& at) const;
    [[nodiscard]] QDateTime now() const;

    QPointer<signaling::SignalingService> m_service;
    Clock m_clock;
    QTimer m_countdown;
    bool m_localOnly = true;
    SyncDisplayState m_displayState = SyncDisplayState::LocalOnly;
    QDateTime m_lastSync;
    int m_pendingCount = 0;
    bool m_syncAvailable = false;
    QString m_syncError;
    QString m_serviceErrorMessage; // as reported; shown only when no translated words exist
    bool m_hasError = false;
    int m_attempt = 0;
    int m_maxAttempts = 0;
    QDateTime m_nextRetryAt;
    QString m_sendError;

    QLabel* m_icon = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_heartbeat = nullptr;
    QLabel* m_sync = nullptr;
    ElidedLabel* m_error = nullptr;
    QAction* m_reconnectAction = nullptr;
    QAction* m_syncNowAction = nullptr;
    QToolButton* m_reconnectButton = nullptr;
    QToolButton* m_syncNowButton = nullptr;
};

} // namespace vv::ui
