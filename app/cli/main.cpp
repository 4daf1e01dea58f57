#include "CliDispatcher.h"
#include "SignalCommand.h"
#ifdef VV_CLI_HAS_BUDGET
#include "BillCommand.h"
#include "BudgetCommand.h"
#include "EnvelopeCommand.h"
#include "ExportCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
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
    dispatcher.addCommand(std::make_unique<vv::cli::EnvelopeCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::EnvelopeCommand>(QStringLiteral("unassigned")));
    dispatcher.addCommand(std::make_unique<vv::cli::TxCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::BillCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::ExportCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::RestoreCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::ReportCommand>());
    dispatcher.addCommand(std::make_unique<vv::cli::SyncCommand>());
#endif
    return dispatcher.run(QCoreApplication::arguments());
}
