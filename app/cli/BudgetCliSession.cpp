#include "BudgetCliSession.h"

#include "CliCommand.h"
#include "CliOutput.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

namespace vv::cli {

BudgetCliSession::BudgetCliSession(const QString& profileDir)
    : m_profile(&m_keychain)
{
    m_profile.setProfileDir(profileDir);
    // wss:// to a self-hosted server: trust its certificate by SHA-256 fingerprint.
    if (!m_profile.setPinnedCertificateSha256(qEnvironmentVariable("VIOLETVAULT_PIN_SHA256")))
        qWarning("VIOLETVAULT_PIN_SHA256 is not a SHA-256 fingerprint (64 hex digits): ignored, the system CAs decide");
}

BudgetCliSession::~BudgetCliSession()
{
    m_profile.close();
}

bool BudgetCliSession::await(const std::function<void(sync::BudgetProfile::Done)>& start)
{
    QEventLoop loop;
    bool result = false;
    // Every profile operation finishes exactly once (the keychain has its own timeout).
    start([&](bool ok) {
        result = ok;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool BudgetCliSession::open()
{
    return await([this](sync::BudgetProfile::Done done) { m_profile.open(std::move(done)); });
}

bool BudgetCliSession::create(const QString& name, const QString& currency, const QUrl& server)
{
    return await([&](sync::BudgetProfile::Done done) { m_profile.create(name, currency, server, std::move(done)); });
}

bool BudgetCliSession::join(const QString& shareCode, const QUrl& server)
{
    return await([&](sync::BudgetProfile::Done done) { m_profile.join(shareCode, server, std::move(done)); });
}

QString BudgetCliSession::shareCode(QString* error)
{
    QEventLoop loop;
    QString code;
    m_profile.requestShareCode(&loop, [&](const QString& c, const QString& e) {
        code = c;
        *error = e;
        loop.quit();
    });
    loop.exec();
    return code;
}

QString BudgetCliSession::shortRoomId(const QString& roomId)
{
    return roomId.left(8) + QStringLiteral("...");
}

void BudgetCliSession::configureLogging(bool verbose)
{
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("vv.*.info=false\nvv.*.debug=false"));
}

QCommandLineOption BudgetCliSession::valueOption(const char* name, const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

std::optional<int> BudgetCliSession::parse(
    QCommandLineParser& parser, const QStringList& arguments, const QString& command, const QString& help)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }));
    parser.addOption(QCommandLineOption(QStringLiteral("verbose")));
    parser.addPositionalArgument(QStringLiteral("action"), QString());
    if (!parser.parse(arguments)) {
        CliOutput::err(QStringLiteral("violetvault-cli %1: %2\n").arg(command, parser.errorText()));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(help);
        return ExitCode::Ok;
    }
    configureLogging(parser.isSet(QStringLiteral("verbose")));
    return std::nullopt;
}

QString BudgetCliSession::profileDir(const QCommandLineParser& parser, const QString& command)
{
    const QString dir = parser.value(QStringLiteral("profile"));
    if (dir.isEmpty())
        CliOutput::err(QStringLiteral("violetvault-cli %1: --profile DIR is required\n").arg(command));
    return dir;
}

} // namespace vv::cli
