#pragma once

#include "secrets/KeychainSecretStore.h"
#include "sync/BudgetProfile.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <optional>

namespace vv::cli {

// What the budget/tx/sync commands share: the profile on the system keychain, run to completion
// from a terminal (the asynchronous keychain calls are awaited in a local event loop), and the
// common option handling. K and the token never leave the profile/keychain; nothing here prints them.
class BudgetCliSession
{
public:
    explicit BudgetCliSession(const QString& profileDir);
    ~BudgetCliSession();
    BudgetCliSession(const BudgetCliSession&) = delete;
    BudgetCliSession& operator=(const BudgetCliSession&) = delete;

    [[nodiscard]] sync::BudgetProfile& profile() { return m_profile; }

    // Each blocks until the profile answers; false with profile().errorString() on failure.
    bool open();
    bool create(const QString& name, const QString& currency, const QUrl& server);
    bool join(const QString& shareCode, const QUrl& server);
    // The code, or empty with *error set.
    [[nodiscard]] QString shareCode(QString* error);

    // The first characters of a room id: enough to recognise it, not to route by it.
    [[nodiscard]] static QString shortRoomId(const QString& roomId);
    // Quiets the library's info/debug logging on stderr unless the user asked for it.
    static void configureLogging(bool verbose);
    // Parses "violetvault-cli <cmd>" arguments; prints errors itself. Returns the exit code to
    // use when parsing failed or help was shown, nullopt to go on.
    [[nodiscard]] static std::optional<int> parse(
        QCommandLineParser& parser, const QStringList& arguments, const QString& command, const QString& help);
    [[nodiscard]] static QCommandLineOption valueOption(const char* name, const char* valueName);
    // --profile DIR is required by every command.
    [[nodiscard]] static QString profileDir(const QCommandLineParser& parser, const QString& command);

private:
    bool await(const std::function<void(sync::BudgetProfile::Done)>& start);

    secrets::KeychainSecretStore m_keychain;
    sync::BudgetProfile m_profile;
};

} // namespace vv::cli
