#include "Measure.h"

#include "ReferenceState.h"
#include "budget/Budget.h"
#include "budget/BudgetIndex.h"
#include "budget/Reports.h"
#include "budget/Schema.h"
#include "platform/LargePages.h"
#include "secrets/MemorySecretStore.h"
#include "store/BudgetState.h"
#include "store/LocalStore.h"
#include "store/StateSnapshot.h"
#include "sync/BudgetProfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace vv::bench {

using vv::budget::Budget;
using vv::budget::LedgerFilter;
using vv::budget::Month;
using vv::store::Operation;

namespace {

constexpr double TargetInteractiveMs = 1500;
constexpr double TargetPeakMb = 200;
constexpr double TargetFilterMs = 100;

void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this process: on a machine shared with other work the wall clock also counts
// time the scheduler gave to others; the stages are single-threaded, so CPU ~ quiet wall.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// VmHWM / VmRSS from /proc/self/status, in MB (1 MB = 1024 kB).
double procStatusMb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

struct Stat {
    double median = 0;
    double max = 0;
    double cpuMedian = 0; // the same runs in CPU time of this process
    double cpuMax = 0;
    qsizetype result = 0;
};

double medianOf(std::vector<double>& v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

template<typename Fn> Stat repeat(int runs, Fn fn)
{
    std::vector<double> times;
    std::vector<double> cpu;
    Stat s;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c = cpuMs();
        s.result = fn();
        cpu.push_back(cpuMs() - c);
        times.push_back(msSince(t));
    }
    s.median = medianOf(times);
    s.max = times.back();
    s.cpuMedian = medianOf(cpu);
    s.cpuMax = cpu.back();
    return s;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

bool g_allPass = true;

// One line of the table: figure, value, target, value/target, PASS/FAIL.
void row(const QString& figure, double value, const QString& unit, double target)
{
    const bool pass = value >= 0 && value < target;
    g_allPass = g_allPass && pass;
    print(QStringLiteral("%1 %2 %3 %4  %5")
              .arg(figure, -46)
              .arg(fmt(value, value < 10 ? 2 : 1) + u' ' + unit, 12)
              .arg(QStringLiteral("< ") + fmt(target, 0) + u' ' + unit, 12)
              .arg(fmt(value / target, 3), 7)
              .arg(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL")));
}

void info(const QString& figure, const QString& value)
{
    print(QStringLiteral("  %1 %2").arg(figure, -44).arg(value));
}

QString envelopeNamed(const Budget& budget, const QString& name)
{
    for (const vv::budget::Envelope& e : budget.envelopes()) {
        if (e.name == name)
            return e.id;
    }
    return {};
}

} // namespace

OpenedBudget::OpenedBudget() = default;
OpenedBudget::~OpenedBudget() = default;

bool openCore(const QString& dir, const QByteArray& key, OpenedBudget& out, CoreTimes& times, QString* error)
{
    QElapsedTimer t;
    t.start();
    double cpu = cpuMs();
    out.secrets = std::make_unique<secrets::MemorySecretStore>();
    out.profile = std::make_unique<sync::BudgetProfile>(out.secrets.get());
    out.profile->setProfileDir(dir);
    // The room id is in profile.json; the bench writes the key under it like `budget join` would.
    QFile profileFile(QDir(dir).filePath(QString::fromLatin1(sync::BudgetProfile::ProfileFileName)));
    const QString roomId = profileFile.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(profileFile.readAll()).object().value(QStringLiteral("roomId")).toString()
        : QString();
    QEventLoop loop;
    bool stored = false;
    out.secrets->writeSecret(
        secrets::SecretStore::masterKeyName(roomId), key, &loop, [&](const secrets::SecretResult& r) {
            stored = r.isOk();
            loop.quit();
        });
    loop.exec();
    times.keyMs = msSince(t);
    if (!stored) {
        *error = QStringLiteral("could not put the key into the memory keychain");
        return false;
    }

    t.restart();
    cpu = cpuMs();
    bool opened = false;
    bool finished = false;
    out.profile->open([&](bool ok) {
        opened = ok;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    times.openMs = msSince(t);
    times.openCpuMs = cpuMs() - cpu;
    if (!opened) {
        *error = QStringLiteral("open failed: %1").arg(out.profile->errorString());
        return false;
    }
    times.operations = out.profile->state().appliedCount();

    t.restart();
    cpu = cpuMs();
    sync::BudgetProfile* profile = out.profile.get();
    out.budget = std::make_unique<Budget>(
        profile->state(), [profile](const QList<Operation>& ops) { return profile->appendOps(ops); }, profile->clock());
    times.budgetMs = msSince(t);
    times.budgetCpuMs = cpuMs() - cpu;

    t.restart();
    cpu = cpuMs();
    const vv::budget::BudgetIndex& index = out.budget->index();
    times.ledgerRows = index.rowCount();
    // A view shows the newest rows first: ask for the last screenful like a model's data() would.
    qint64 sink = 0;
    for (qsizetype i = qMax<qsizetype>(0, times.ledgerRows - 50); i < times.ledgerRows; ++i)
        sink += index.row(i).amount + index.row(i).payee.size();
    times.firstRowsMs = msSince(t);
    times.firstRowsCpuMs = cpuMs() - cpu;
    Q_UNUSED(sink);
    return true;
}

int runMeasure(const MeasureOptions& o)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Time from the parent's spawn to main(): exec, dynamic loading of Qt and OpenSSL.
    const double startupMs
        = o.spawnedAtNs > 0 ? double(sinceMain.msecsSinceReference() * 1000000LL - o.spawnedAtNs) / 1e6 : 0;

    OpenedBudget opened;
    CoreTimes t;
    QString error;
    if (!openCore(o.dir, o.key, opened, t, &error)) {
        print(QStringLiteral("ERROR %1").arg(error));
        return 2;
    }
    double windowMs = 0;
    QString windowNote = QStringLiteral("not measured: core only (see bench/README.md, vv-budget-ui-bench)");
    if (o.window) {
        windowMs = o.window(*opened.budget, &error);
        if (windowMs < 0) {
            print(QStringLiteral("ERROR window stage: %1").arg(error));
            return 2;
        }
        windowNote = fmt(windowMs) + QStringLiteral(" ms");
    }
    const double interactiveMs = startupMs + t.keyMs + t.openMs + t.budgetMs + t.firstRowsMs + windowMs;
    const double peakAfterOpenMb = procStatusMb("VmHWM:");
    // Read by the parent (both the measured child and the baseline child print it).
    print(QStringLiteral("START %1 %2").arg(interactiveMs, 0, 'f', 1).arg(peakAfterOpenMb, 0, 'f', 1));
    if (o.startOnly)
        return 0;
    Budget& budget = *opened.budget;
    const vv::store::BudgetState& state = opened.profile->state();

    print(QStringLiteral("budget: %1 ops, %2 ledger rows, %3 envelopes, %4 live entities")
              .arg(t.operations)
              .arg(t.ledgerRows)
              .arg(budget.envelopes().size())
              .arg(state.liveEntityCount()));
    print(QString());
    print(QStringLiteral("%1 %2 %3 %4  %5")
              .arg(QStringLiteral("figure"), -46)
              .arg(QStringLiteral("value"), 12)
              .arg(QStringLiteral("target"), 12)
              .arg(QStringLiteral("ratio"), 7)
              .arg(QStringLiteral("result")));
    row(o.window ? QStringLiteral("start -> interactive window")
                 : QStringLiteral("start -> budget ready (no window stage)"),
        interactiveMs, QStringLiteral("ms"), TargetInteractiveMs);
    info(QStringLiteral("process start -> main()"),
        o.spawnedAtNs > 0 ? fmt(startupMs) + QStringLiteral(" ms") : QStringLiteral("unknown"));
    info(QStringLiteral("heap pages"),
        vv::platform::isRelaunchedWithLargePages()
            ? QStringLiteral("2 MiB where possible (relaunched with glibc.malloc.hugetlb=1)")
            : QStringLiteral("4 KiB (no relaunch: VV_NO_LARGE_PAGES, THP not \"madvise\", or not glibc >= 2.35)"));
    info(QStringLiteral("key into memory keychain"), fmt(t.keyMs, 2) + QStringLiteral(" ms"));
    const auto withCpu
        = [](double wall, double cpu) { return QStringLiteral("%1 ms (CPU %2 ms)").arg(fmt(wall), fmt(cpu)); };
    info(QStringLiteral("open: read + decrypt + fold"), withCpu(t.openMs, t.openCpuMs));
    info(QStringLiteral("ops folded at open (rest from the snapshot)"),
        QStringLiteral("%1 of %2").arg(opened.profile->replayedAtOpen()).arg(t.operations));
    info(QStringLiteral("Budget + index rebuild"), withCpu(t.budgetMs, t.budgetCpuMs));
    info(QStringLiteral("ledger order + last 50 rows"), withCpu(t.firstRowsMs, t.firstRowsCpuMs));
    info(QStringLiteral("CPU time of the whole process so far"), fmt(cpuMs()) + QStringLiteral(" ms"));
    info(QStringLiteral("window (show, ledger rowCount)"), windowNote);
    row(QStringLiteral("peak memory after open (VmHWM)"), peakAfterOpenMb, QStringLiteral("MB"), TargetPeakMb);
    info(QStringLiteral("resident now (VmRSS)"), fmt(procStatusMb("VmRSS:")) + QStringLiteral(" MB"));

    // Ledger filters, as the ledger's filter bar runs them.
    const vv::budget::BudgetIndex& index = budget.index();
    const QDate today = QDate::currentDate();
    const QString groceries = envelopeNamed(budget, QStringLiteral("Groceries"));
    const QString coffee = envelopeNamed(budget, QStringLiteral("Coffee"));
    LedgerFilter text;
    text.text = QStringLiteral("coffee");
    LedgerFilter envelope;
    envelope.envelopeId = groceries;
    LedgerFilter range;
    range.from = today.addDays(-90);
    range.to = today;
    LedgerFilter combined;
    combined.text = QStringLiteral("coffee");
    combined.envelopeId = coffee;
    combined.from = today.addDays(-365);
    combined.to = today;
    const auto runFilter
        = [&](const LedgerFilter& f) { return repeat(o.filterRuns, [&] { return index.filter(f).size(); }); };
    const Stat sText = runFilter(text);
    const Stat sEnvelope = runFilter(envelope);
    const Stat sRange = runFilter(range);
    const Stat sCombined = runFilter(combined);
    const auto filterRow = [&](const QString& name, const Stat& s) {
        row(QStringLiteral("ledger filter %1 (max of %2)").arg(name).arg(o.filterRuns), s.max, QStringLiteral("ms"),
            TargetFilterMs);
        info(QStringLiteral("median; CPU median, max; rows matched"),
            QStringLiteral("%1 ms; %2 ms, %3 ms; %4")
                .arg(fmt(s.median, 2), fmt(s.cpuMedian, 2), fmt(s.cpuMax, 2))
                .arg(s.result));
    };
    filterRow(QStringLiteral("text \"coffee\""), sText);
    filterRow(QStringLiteral("envelope Groceries"), sEnvelope);
    filterRow(QStringLiteral("last 90 days"), sRange);
    filterRow(QStringLiteral("combined"), sCombined);

    // The budget screen for this month and the reports screen (12 months).
    const Month month = Month::fromDate(today);
    const Stat sEnvelopes = repeat(o.filterRuns, [&] {
        qsizetype n = 0;
        for (const vv::budget::Envelope& e : budget.envelopes()) {
            const vv::budget::EnvelopeMonth em = budget.envelopeMonth(e.id, month);
            n += em.available != 0 ? 1 : 0;
            n += budget.goalStatus(e.id, today).reached ? 1 : 0;
        }
        return n + (budget.unassigned() != 0 ? 1 : 0);
    });
    const Stat sReports = repeat(o.filterRuns, [&] {
        const auto spending = vv::budget::Reports::spendingByEnvelope(budget, month.addMonths(-11), month);
        const auto income = vv::budget::Reports::incomeVsSpending(budget, month.addMonths(-11), month);
        return spending.envelopes.size() + income.size();
    });
    const Stat sBills = repeat(o.filterRuns, [&] { return budget.billsDue(today, 14).size(); });
    row(QStringLiteral("envelope list + month figures (max)"), sEnvelopes.max, QStringLiteral("ms"), TargetFilterMs);
    info(QStringLiteral("median; CPU median, max"),
        QStringLiteral("%1 ms; %2 ms, %3 ms")
            .arg(fmt(sEnvelopes.median, 2), fmt(sEnvelopes.cpuMedian, 2), fmt(sEnvelopes.cpuMax, 2)));
    row(QStringLiteral("reports, 12 months (max)"), sReports.max, QStringLiteral("ms"), TargetFilterMs);
    info(QStringLiteral("median; CPU median, max"),
        QStringLiteral("%1 ms; %2 ms, %3 ms")
            .arg(fmt(sReports.median, 2), fmt(sReports.cpuMedian, 2), fmt(sReports.cpuMax, 2)));
    row(QStringLiteral("bills due (max)"), sBills.max, QStringLiteral("ms"), TargetFilterMs);

    // The encrypted state snapshot: its costs on their own. The write first, as the app does it
    // on close: its transient buffers are the process's peak after the window is up.
    {
        vv::store::LocalStore* store = opened.profile->localStore();
        QElapsedTimer st;
        st.start();
        const bool written = store->writeSnapshot(state, store->lastSequence());
        const double writeMs = msSince(st);
        const double peakAfterWriteMb = procStatusMb("VmHWM:");
        st.restart();
        const std::optional<vv::store::LocalStore::Snapshot> snap = store->loadSnapshot();
        const double loadMs = msSince(st);
        st.restart();
        const QByteArray plain = vv::store::StateSnapshot::serialize(state, store->lastSequence());
        const double serializeMs = msSince(st);
        st.restart();
        const bool parsed = vv::store::StateSnapshot::deserialize(plain, store->lastSequence()).has_value();
        const double parseMs = msSince(st);
        info(QStringLiteral("snapshot load: read + decrypt + parse"),
            snap ? QStringLiteral("%1 ms (parse alone %2 ms)").arg(fmt(loadMs), fmt(parseMs)) : QStringLiteral("none"));
        info(QStringLiteral("snapshot write: serialize + encrypt + store"),
            written ? QStringLiteral("%1 ms (serialize alone %2 ms, %3 MB)")
                          .arg(fmt(writeMs), fmt(serializeMs), fmt(double(plain.size()) / 1e6))
                    : QStringLiteral("FAILED"));
        row(QStringLiteral("peak memory after a snapshot write (VmHWM)"), peakAfterWriteMb, QStringLiteral("MB"),
            TargetPeakMb);
        g_allPass = g_allPass && written && parsed && snap.has_value();
    }

    if (o.baseline) {
        print(QString());
        print(QStringLiteral("baselines (same data, same process, after the figures above):"));
        // Naive filter: what a proxy model over the entities would do per keystroke.
        const Stat naive = repeat(3, [&] {
            qsizetype n = 0;
            for (const QString& id : state.entityIds(vv::budget::schema::Transaction)) {
                const QJsonObject obj = state.entity(vv::budget::schema::Transaction, id);
                if (obj.value(vv::budget::schema::Payee).toString().contains(text.text, Qt::CaseInsensitive)
                    || obj.value(vv::budget::schema::Note).toString().contains(text.text, Qt::CaseInsensitive))
                    ++n;
            }
            return n;
        });
        info(QStringLiteral("text filter, naive scan of entity JSON"),
            QStringLiteral("%1 ms (%2 rows); ours %3 ms; ours/naive %4")
                .arg(fmt(naive.median, 1))
                .arg(naive.result)
                .arg(fmt(sText.median, 2))
                .arg(fmt(sText.median / naive.median, 3)));
        QElapsedTimer bt;
        bt.start();
        const QList<Operation> ops = opened.profile->localStore()->allOperations();
        const double decryptMs = msSince(bt);
        bt.restart();
        ReferenceState reference;
        for (const Operation& op : ops)
            reference.apply(op);
        const double refFoldMs = msSince(bt);
        bt.restart();
        const vv::store::BudgetState ours = vv::store::BudgetState::fold(ops);
        const double foldMs = msSince(bt);
        info(QStringLiteral("read + decrypt all ops into a list"), fmt(decryptMs) + QStringLiteral(" ms"));
        info(QStringLiteral("fold: pre-optimisation BudgetState"), fmt(refFoldMs) + QStringLiteral(" ms"));
        info(QStringLiteral("fold: BudgetState now"),
            QStringLiteral("%1 ms; now/before %2").arg(fmt(foldMs)).arg(fmt(foldMs / refFoldMs, 3)));
        info(QStringLiteral("first open, no snapshot: decrypt + fold all"),
            fmt(decryptMs + foldMs) + QStringLiteral(" ms"));
        bt.restart();
        const QStringList refIds = reference.entityIds(vv::budget::schema::Allocation);
        const double refIdsMs = msSince(bt);
        bt.restart();
        const QStringList ourIds = ours.entityIds(vv::budget::schema::Allocation);
        const double idsMs = msSince(bt);
        info(QStringLiteral("entityIds(allocation): before / now"),
            QStringLiteral("%1 ms / %2 ms; equal: %3")
                .arg(fmt(refIdsMs, 2), fmt(idsMs, 2))
                .arg(refIds == ourIds ? QStringLiteral("yes") : QStringLiteral("NO")));
        const bool same
            = reference.canonicalJson() == ours.canonicalJson() && ours.canonicalJson() == state.canonicalJson();
        info(QStringLiteral("canonicalJson identical (before, now, opened)"),
            same ? QStringLiteral("yes") : QStringLiteral("NO"));
        g_allPass = g_allPass && same && refIds == ourIds;
        info(QStringLiteral("peak memory incl. baselines"), fmt(procStatusMb("VmHWM:")) + QStringLiteral(" MB"));
    }
    print(QString());
    print(g_allPass ? QStringLiteral("RESULT all targets met")
                    : QStringLiteral("RESULT some targets missed or a check failed"));
    return g_allPass ? 0 : 1;
}

} // namespace vv::bench
