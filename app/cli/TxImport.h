#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace vv::cli {

class CliBudget;

// `tx import FILE`: a bank CSV (with a column mapping from the options) or OFX file through
// BankImport's preview (duplicates of existing transactions and within the file are skipped);
// --dry-run lists the rows and writes nothing.
class TxImport
{
public:
    TxImport() = delete;
    // The options `run` reads; TxCommand adds them to its parser.
    [[nodiscard]] static QList<QCommandLineOption> options();
    [[nodiscard]] static QString helpText();
    // `positional` = { FILE }. Returns the exit code.
    static int run(const QCommandLineParser& parser, const QStringList& positional, CliBudget& cli);
};

} // namespace vv::cli
