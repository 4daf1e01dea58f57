#pragma once

#include "CliCommand.h"

namespace vv::cli {

// `violetvault-cli sync --profile DIR [--watch]`: the profile's SyncOrchestrator from a terminal.
//  once (default): pushes pending ops, pulls, prints one JSON line and exits 0; if it pushed
//          anything it then tells live devices with a data_changed signal (metadata only).
//  --watch: stays running with live signaling, printing one JSON line per sync, remote change and
//          signaling state; exits 0 on SIGINT/SIGTERM, 2 if the server refuses the token.
class SyncCommand : public CliCommand
{
public:
    SyncCommand() = default;
    ~SyncCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("sync"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("upload and download a budget's encrypted changes");
    }
    int run(const QStringList& arguments) override;
};

} // namespace vv::cli
