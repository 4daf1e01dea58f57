#include "sharing/KeychainMessage.h"

#include <QMessageBox>

namespace vv::ui {

using secrets::SecretError;

QString KeychainMessage::title(SecretError error)
{
    return error == SecretError::NoKeychain ? tr("No Keychain Available") : tr("Keychain Problem");
}

QString KeychainMessage::text(SecretError error)
{
    switch (error) {
    case SecretError::NoKeychain:
        return tr("VioletVault keeps the key of a synced budget in your system's keychain, and no keychain "
                  "could be reached. Sync was not set up.");
    case SecretError::AccessDenied:
        return tr("The keychain is locked or access to it was refused, so the budget key could not be "
                  "stored or read. Sync was not set up.");
    case SecretError::Timeout:
        return tr("The keychain did not answer in time. Sync was not set up.");
    default:
        return tr("The keychain could not store or read the budget key. Sync was not set up.");
    }
}

QString KeychainMessage::details(SecretError error)
{
    if (error == SecretError::NoKeychain)
        return tr("Start or install a keychain (GNOME Keyring or KWallet on Linux; the Keychain on macOS; "
                  "the Credential Manager on Windows), then try again. VioletVault never writes the key "
                  "to a file instead.");
    return tr("Unlock your keychain and try again. VioletVault never writes the key to a file instead.");
}

QMessageBox* KeychainMessage::create(SecretError error, QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title(error), text(error), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("keychainMessage"));
    box->setInformativeText(details(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

} // namespace vv::ui
