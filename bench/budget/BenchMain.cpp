#include "BenchMain.h"

#include "Generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <iostream>
#include <string>

namespace vv::bench {

namespace {
void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

struct ChildRun {
    QByteArray output; // stdout and stderr, merged
    int exitCode = 2;
    QString error; // empty when the child ran to its end
};

// One measuring child: this program with `args`, the master key on stdin, the spawn time passed
// so the child's start -> interactive includes exec and dynamic loading (and a relaunch).
ChildRun runChild(const QString& prefixCommand, QStringList args, const QByteArray& masterKey, const QStringList& env)
{
    ChildRun run;
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& pair : env)
            e.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        child.setProcessEnvironment(e);
    }
    QString program = QCoreApplication::applicationFilePath();
    if (!prefixCommand.isEmpty()) {
        QStringList words = QProcess::splitCommand(prefixCommand);
        words << program;
        program = words.takeFirst();
        args = words + args;
    }
    QElapsedTimer clock;
    clock.start();
    args << QStringLiteral("--spawned-at-ns") << QString::number(clock.msecsSinceReference() * 1000000LL);
    child.start(program, args);
    if (!child.waitForStarted(10000)) {
        run.error = QStringLiteral("cannot start %1").arg(program);
        return run;
    }
    child.write(masterKey.toHex() + '\n');
    child.closeWriteChannel();
    if (!child.waitForFinished(30 * 60 * 1000)) {
        child.kill();
        child.waitForFinished(5000);
        run.error = QStringLiteral("the measuring process did not finish");
        return run;
    }
    run.output = child.readAll();
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 2;
    return run;
}

// The numbers after `tag` on the line starting with it ("START 1106.0 165.9"), or none.
QList<double> figure(const QByteArray& output, const char* tag)
{
    QList<double> values;
    for (const QByteArray& line : output.split('\n')) {
        if (!line.startsWith(tag))
            continue;
        for (const QByteArray& word : line.mid(qstrlen(tag)).split(' ')) {
            bool ok = false;
            const double v = word.toDouble(&ok);
            if (ok)
                values << v;
        }
    }
    return values;
}
} // namespace

int benchMain(const WindowStage& window)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens a generated 100,000-transaction budget and measures start -> ready, peak memory and ledger "
        "filter times against the targets (bench/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption measure(QStringLiteral("measure"),
        QStringLiteral("Measure the profile in DIR (master key as hex on stdin); used by the parent run."),
        QStringLiteral("dir"));
    const QCommandLineOption startOnly(
        QStringLiteral("start-only"), QStringLiteral("internal: measure start -> interactive and peak memory only"));
    const QCommandLineOption spawned(QStringLiteral("spawned-at-ns"), QStringLiteral("internal"), QStringLiteral("ns"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Profile directory to generate into (must not exist; default: a temporary one)."),
        QStringLiteral("dir"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the generated profile directory."));
    const QCommandLineOption transactions(QStringLiteral("transactions"), QStringLiteral("Transactions (100000)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption envelopes(
        QStringLiteral("envelopes"), QStringLiteral("Envelopes (200)."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption runs(QStringLiteral("filter-runs"), QStringLiteral("Runs per filter (15)."),
        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption noBaseline(QStringLiteral("no-baseline"), QStringLiteral("Skip the baselines."));
    const QCommandLineOption prefix(QStringLiteral("child-prefix"),
        QStringLiteral("Run the measuring child under this command, e.g. \"valgrind --tool=callgrind\"."),
        QStringLiteral("cmd"));
    parser.addOptions(
        { measure, startOnly, spawned, dirOption, keep, transactions, envelopes, runs, noBaseline, prefix });
    parser.process(*QCoreApplication::instance());
    QLoggingCategory::setFilterRules(QStringLiteral("vv.*.info=false"));

    if (parser.isSet(measure)) {
        std::string line;
        std::getline(std::cin, line);
        MeasureOptions o;
        o.dir = parser.value(measure);
        o.key = QByteArray::fromHex(QByteArray::fromStdString(line));
        o.spawnedAtNs = parser.value(spawned).toLongLong();
        o.filterRuns = qBound(1, parser.value(runs).toInt(), 1000);
        o.baseline = !parser.isSet(noBaseline);
        o.window = window;
        o.startOnly = parser.isSet(startOnly);
        return runMeasure(o);
    }

    QTemporaryDir temp(QDir::temp().filePath(QStringLiteral("vv-budget-bench.XXXXXX")));
    QString dir = parser.value(dirOption);
    if (dir.isEmpty())
        dir = temp.filePath(QStringLiteral("profile"));
    temp.setAutoRemove(!parser.isSet(keep));
    GeneratorConfig config;
    config.transactions = qBound(10, parser.value(transactions).toInt(), 2000000);
    config.envelopes = qBound(1, parser.value(envelopes).toInt(), 5000);
    print(QStringLiteral("generating %1 transactions, %2 envelopes, %3 months into %4 ...")
              .arg(config.transactions)
              .arg(config.envelopes)
              .arg(config.months)
              .arg(dir));
    const GeneratorResult g = generateBudget(dir, config);
    if (!g.ok) {
        print(QStringLiteral("ERROR generation: %1").arg(g.error));
        return 2;
    }
    print(QStringLiteral("generated %1 ops (%2 transactions, %3 split, %4 allocations, %5 bills) in %6 s")
              .arg(g.operations)
              .arg(g.transactions)
              .arg(g.splitTransactions)
              .arg(g.allocations)
              .arg(g.bills)
              .arg(g.seconds, 0, 'f', 1));
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray();
    print(QStringLiteral("build: %1; load average: %2")
              .arg(QStringLiteral(VV_BENCH_BUILD_TYPE), QString::fromLatin1(load)));
    print(QStringLiteral("measuring in a fresh process ..."));

    // A fresh process: its VmHWM is the peak of opening, not of generating.
    QStringList args { QStringLiteral("--measure"), dir, QStringLiteral("--filter-runs"), parser.value(runs) };
    if (parser.isSet(noBaseline))
        args << QStringLiteral("--no-baseline");
    const QString prefixCommand = parser.isSet(prefix) ? parser.value(prefix) : QString();
    const ChildRun measured = runChild(prefixCommand, args, g.masterKey, {});
    if (!measured.error.isEmpty()) {
        print(QStringLiteral("ERROR %1").arg(measured.error));
        return 2;
    }
    std::fputs(measured.output.constData(), stdout);
    std::fflush(stdout);
    int exitCode = measured.exitCode;
    if (!parser.isSet(noBaseline) && !parser.isSet(prefix)) {
        // Baseline in the same run: the same start-up with the allocator left on 4 KiB pages,
        // i.e. without the relaunch of core/platform/LargePages (VV_NO_LARGE_PAGES=1).
        const ChildRun plain = runChild({}, { QStringLiteral("--measure"), dir, QStringLiteral("--start-only") },
            g.masterKey, { QStringLiteral("VV_NO_LARGE_PAGES=1") });
        const auto ours = figure(measured.output, "START ");
        const auto base = figure(plain.output, "START ");
        print(QString());
        print(
            QStringLiteral("baseline: the same start-up on 4 KiB heap pages (VV_NO_LARGE_PAGES=1, a fresh process):"));
        if (ours.size() == 2 && base.size() == 2) {
            print(QStringLiteral("  start -> interactive: %1 ms; ours %2 ms; ours/baseline %3")
                      .arg(base[0], 0, 'f', 1)
                      .arg(ours[0], 0, 'f', 1)
                      .arg(ours[0] / base[0], 0, 'f', 3));
            print(QStringLiteral("  peak memory: %1 MB; ours %2 MB; ours/baseline %3")
                      .arg(base[1], 0, 'f', 1)
                      .arg(ours[1], 0, 'f', 1)
                      .arg(ours[1] / base[1], 0, 'f', 3));
        } else {
            print(QStringLiteral("  not measured: %1")
                      .arg(plain.error.isEmpty() ? QStringLiteral("no figure printed") : plain.error));
        }
    }
    if (parser.isSet(keep))
        print(QStringLiteral("profile kept in %1").arg(dir));
    return exitCode;
}

} // namespace vv::bench
