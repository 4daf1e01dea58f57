#include "CliDispatcher.h"
#include "SignalCommand.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("violetvault-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VV_CLI_VERSION));
    vv::cli::CliDispatcher dispatcher;
    dispatcher.addCommand(std::make_unique<vv::cli::SignalCommand>());
    return dispatcher.run(QCoreApplication::arguments());
}
