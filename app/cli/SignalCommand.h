#pragma once

#include "CliCommand.h"
#include "signaling/SignalingConfig.h"

#include <QCommandLineParser>
#include <QVariantMap>

#include <optional>

namespace vv::cli {

// `violetvault-cli signal listen|send`: the SignalingService from a terminal.
//  listen: stays connected (reconnecting like the app does) and prints one JSON object per line:
//          {"event":"state",...} per state change, {"event":"signal","signal":{wire form}} per signal.
//          Exits 0 on SIGINT/SIGTERM, 2 if the service fails for good (token refused, gave up).
//  send:   connects, joins, waits for the server's first pong (so a refused join is seen), sends
//          one signal, exits 0 once it is handed to the OS; exits 2 on an invalid signal (before
//          connecting), a refusal, or no delivery within --timeout-ms.
// The token comes from VIOLETVAULT_TOKEN (preferred: argv is visible to other users), --token-file,
// or --token (meant for tests). It is never printed.
class SignalCommand : public CliCommand
{
public:
    SignalCommand() = default;
    ~SignalCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("signal"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("listen to or send privacy-preserving sync signals");
    }
    int run(const QStringList& arguments) override;

    // --meta key=value pairs to metadata (seq and retryAfterMs as integers). Empty + *error on a bad pair.
    [[nodiscard]] static std::optional<QVariantMap> parseMeta(const QStringList& pairs, QString* error);

private:
    int listen(const signaling::SignalingConfig& config);
    int send(const signaling::SignalingConfig& config, const QString& type, const QVariantMap& meta, int timeoutMs);
    [[nodiscard]] std::optional<signaling::SignalingConfig> configFrom(
        const QCommandLineParser& parser, bool forSend, QString* error) const;
};

} // namespace vv::cli
