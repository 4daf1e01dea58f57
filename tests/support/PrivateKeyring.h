#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A private D-Bus session with an unlocked gnome-keyring whose files live in a temporary
// directory, so tests of the real keychain (and of CLI processes that use it) neither depend on
// nor touch the user's keyring. start() exports DBUS_SESSION_BUS_ADDRESS to this process (child
// processes inherit it); it must run before the first keychain request.
class PrivateKeyring
{
public:
    PrivateKeyring() = default;
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring&) = delete;
    PrivateKeyring& operator=(const PrivateKeyring&) = delete;

    // False if dbus-daemon / gnome-keyring-daemon are missing or do not come up within 10 s.
    bool start();
    [[nodiscard]] QString address() const { return m_address; }

private:
    [[nodiscard]] bool serviceReady() const;

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};
