#include "CliDispatcher.h"
#include "SignalCommand.h"
#ifdef VV_CLI_HAS_BUDGET
#include "BudgetCommand.h"
#include "SyncCommand.h"
#include "TxCommand.h"
#endif

#include <QCoreApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("violetvault-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VV_CLI_VERSION));
    vv::cli::CliDispatcher dispatcher;
    dispatcher.addCommand(std::make_unique<vv::cli::SignalCommand>());
#ifdef VV_CLI_HAS_BUDGET
    dispatcher.addCommand(std::make_unique<vv::cli::BudgetCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::TxCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::SyncCommand>());
#endif
    return dispatcher.run(QCoreApplication::arguments());
}
