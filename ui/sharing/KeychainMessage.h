#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

class QMessageBox;
class QWidget;

namespace vv::ui {

// What the user is told when the keychain cannot keep a budget key. There is deliberately no
// "store it in a file instead" button: without a keychain, sync is simply not set up (P3).
class KeychainMessage
{
    Q_DECLARE_TR_FUNCTIONS(vv::ui::KeychainMessage)
public:
    [[nodiscard]] static QString title(secrets::SecretError error);
    [[nodiscard]] static QString text(secrets::SecretError error);
    [[nodiscard]] static QString details(secrets::SecretError error);
    // A window-modal message box (WA_DeleteOnClose), object name "keychainMessage"; shown by the caller.
    [[nodiscard]] static QMessageBox* create(secrets::SecretError error, QWidget* parent);
};

} // namespace vv::ui
