#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace vv::ui {

// Puts a secret (a share code) on the clipboard and takes it off again after clearAfter()
// (60 s) -- but only if the clipboard still holds it, so whatever the user copied since is left
// alone. It remembers only a SHA-256 of the text, not the text. The data is marked for
// clipboard managers as a secret ("x-kde-passwordManagerHint"), so they keep no history of it.
// Outlives the dialog that copied (owned by the app-level controller), so closing the dialog
// does not cancel the clearing.
class SecretClipboard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SecretClipboard)
public:
    static constexpr int DefaultClearAfterMs = 60000;

    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    void setClearAfter(int ms); // tests use a short interval
    [[nodiscard]] int clearAfter() const { return m_timer.interval(); }
    [[nodiscard]] bool isClearPending() const { return m_timer.isActive(); }

public Q_SLOTS:
    void copy(const QString& secret);
    // Clears now if the clipboard still holds what we put there.
    void clearIfUnchanged();

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_hash; // of the text we put there; empty when nothing is pending
};

} // namespace vv::ui
