#include "BudgetCommand.h"

#include "BudgetCliSession.h"
#include "CliOutput.h"
#include "budget/Budget.h"
#include "budget/Schema.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("budget");

QString helpText()
{
    return QStringLiteral(
        "Usage: violetvault-cli budget init --profile DIR --name NAME [--currency EUR] [--server ws://HOST:PORT]\n"
        "       violetvault-cli budget join --profile DIR --server URL [--share-code-file FILE]\n"
        "       violetvault-cli budget share-code --profile DIR\n"
        "       violetvault-cli budget show --profile DIR [--json]\n"
        "\n"
        "init        creates a new budget: a fresh 256-bit key in the system keychain, the profile\n"
        "            directory DIR (profile.json + encrypted store). The name and currency are\n"
        "            stored encrypted, like all budget data. Without --server it stays local.\n"
        "join        joins an existing budget on this device with its share code, read from the\n"
        "            VIOLETVAULT_SHARE_CODE environment variable, --share-code-file, or stdin\n"
        "            (never from the command line: argv is visible to other local users).\n"
        "share-code  prints the share code (a secret: it gives full access to the budget).\n"
        "show        name, currency, room (shortened), device, server, sync position, counts.\n"
        "\n"
        "Exit codes: 0 done, 1 bad command line, 2 failed (keychain unreachable, bad share code, ...).\n");
}

QString readShareCode(const QCommandLineParser& parser, QString* error)
{
    const QString fromEnv = qEnvironmentVariable("VIOLETVAULT_SHARE_CODE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (parser.isSet(QStringLiteral("share-code-file"))) {
        QFile file(parser.value(QStringLiteral("share-code-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --share-code-file: %1").arg(file.errorString());
            return {};
        }
        return QString::fromUtf8(file.read(4096)).trimmed();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the share code from stdin");
        return {};
    }
    return QString::fromUtf8(in.readLine(4096)).trimmed();
}

QJsonObject showObject(sync::BudgetProfile& profile)
{
    namespace s = vv::budget::schema;
    const auto& state = profile.state();
    const auto info = budget::BudgetInfo::fromJson(state.entity(s::Budget, s::BudgetId));
    store::LocalStore* store = profile.localStore();
    return { { QStringLiteral("name"), info.name }, { QStringLiteral("currency"), info.currency },
        { QStringLiteral("room"), BudgetCliSession::shortRoomId(profile.roomId()) },
        { QStringLiteral("device"), profile.deviceId() }, { QStringLiteral("server"), profile.serverUrl().toString() },
        { QStringLiteral("serverSeq"), store->serverSeq() },
        { QStringLiteral("pendingOps"), qint64(store->pendingCount()) },
        { QStringLiteral("operations"), qint64(store->operationCount()) },
        { QStringLiteral("envelopes"), qint64(state.entityIds(s::Envelope).size()) },
        { QStringLiteral("transactions"), qint64(state.entityIds(s::Transaction).size()) } };
}

} // namespace

int BudgetCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("name", "NAME"),
        BudgetCliSession::valueOption("currency", "CODE"), BudgetCliSession::valueOption("server", "URL"),
        BudgetCliSession::valueOption("share-code-file", "FILE"), QCommandLineOption(QStringLiteral("json")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions { QStringLiteral("init"), QStringLiteral("join"), QStringLiteral("share-code"),
        QStringLiteral("show") };
    if (positional.size() != 1 || !actions.contains(action)) {
        CliOutput::err(
            QStringLiteral("violetvault-cli budget: expected init, join, share-code or show\n\n") + helpText());
        return ExitCode::Usage;
    }
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    const QUrl server(parser.value(QStringLiteral("server")));
    BudgetCliSession session(dir);
    sync::BudgetProfile& profile = session.profile();
    const auto failed = [&](const QString& why) {
        CliOutput::err(QStringLiteral("violetvault-cli budget %1: %2\n").arg(action, why));
        return ExitCode::Failed;
    };

    if (action == u"init") {
        const QString name = parser.value(QStringLiteral("name"));
        if (name.trimmed().isEmpty()) {
            CliOutput::err(QStringLiteral("violetvault-cli budget init: --name is required\n"));
            return ExitCode::Usage;
        }
        const QString currency = parser.isSet(QStringLiteral("currency")) ? parser.value(QStringLiteral("currency"))
                                                                          : QStringLiteral("EUR");
        if (!session.create(name, currency, server))
            return failed(profile.errorString());
        CliOutput::err(QStringLiteral("Created budget in %1 (room %2, device %3%4).\n"
                                      "Add a device with: violetvault-cli budget share-code --profile %1\n")
                           .arg(dir, BudgetCliSession::shortRoomId(profile.roomId()), profile.deviceId(),
                               server.isEmpty() ? QStringLiteral(", local only")
                                                : QStringLiteral(", server ") + server.toString()));
        return ExitCode::Ok;
    }
    if (action == u"join") {
        if (server.isEmpty()) {
            CliOutput::err(QStringLiteral("violetvault-cli budget join: --server URL is required\n"));
            return ExitCode::Usage;
        }
        QString error;
        const QString code = readShareCode(parser, &error);
        if (!error.isEmpty())
            return failed(error);
        if (!session.join(code, server))
            return failed(profile.errorString());
        CliOutput::err(
            QStringLiteral("Joined budget in %1 (room %2, device %3). Run 'violetvault-cli sync --profile %1'.\n")
                .arg(dir, BudgetCliSession::shortRoomId(profile.roomId()), profile.deviceId()));
        return ExitCode::Ok;
    }

    if (!session.open())
        return failed(profile.errorString());
    if (action == u"share-code") {
        QString error;
        const QString code = session.shareCode(&error);
        if (code.isEmpty())
            return failed(error);
        CliOutput::out(code + u'\n'); // explicitly asked for: the one place a secret is printed
        return ExitCode::Ok;
    }
    const QJsonObject o = showObject(profile);
    if (parser.isSet(QStringLiteral("json"))) {
        CliOutput::jsonLine(o);
        return ExitCode::Ok;
    }
    static const char* const order[] = { "name", "currency", "room", "device", "server", "serverSeq", "pendingOps",
        "operations", "envelopes", "transactions" };
    QString text;
    for (const char* key : order) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        text += QStringLiteral("%1 %2\n")
                    .arg(QString::fromLatin1(key) + u':', -14)
                    .arg(v.isString() ? v.toString() : QString::number(v.toInteger()));
    }
    CliOutput::out(text);
    return ExitCode::Ok;
}

} // namespace vv::cli
