// relaunchWithLargePages(): a real process (vv-largepages-probe) relaunched with glibc's
// malloc.hugetlb tunable. What must hold: the relaunch happens only when it can help and was
// not decided otherwise, the program gets the same arguments and stdin, the environment its
// children inherit is the user's own (GLIBC_TUNABLES restored, no marker left), and the heap
// really ends up on huge pages.
#include "ProcessRun.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <gnu/libc-version.h>

namespace {

bool thpOnMadvise()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return f.open(QIODevice::ReadOnly) && f.readAll().contains("[madvise]");
}

// Whether a madvised fault gets a huge page at once ("defer"/"never" leave it to khugepaged).
bool thpDefragOnFault()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/defrag"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mode = f.readAll();
    return mode.contains("[always]") || mode.contains("[madvise]") || mode.contains("[defer+madvise]");
}

QHash<QByteArray, QByteArray> runProbe(const QProcessEnvironment& env, const QStringList& args, const QByteArray& in)
{
    const vv::testsupport::ProcessResult run
        = vv::testsupport::runProcess(QStringLiteral(VV_PROBE_BIN), args, in + '\n', env);
    if (run.exitCode != 0)
        return {};
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray& line : run.out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(line.left(eq), line.mid(eq + 1));
    }
    return out;
}

} // namespace

class TestLargePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if defined(__has_feature) // clang
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
        QSKIP("sanitizer build: its allocator replaces glibc's, so there is nothing to relaunch for");
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        QSKIP("sanitizer build: its allocator replaces glibc's, so there is nothing to relaunch for");
#endif
        if (!thpOnMadvise())
            QSKIP("transparent huge pages are not in \"madvise\" mode here: the relaunch is skipped by design");
        const QList<QByteArray> glibc = QByteArray(gnu_get_libc_version()).split('.');
        if (glibc.size() < 2 || glibc[0].toInt() * 100 + glibc[1].toInt() < 235)
            QSKIP("glibc older than 2.35 has no malloc.hugetlb tunable: the relaunch is skipped by design");
    }

    void relaunch_data()
    {
        QTest::addColumn<QString>("tunables"); // "(unset)" = not in the environment
        QTest::addColumn<QString>("optOut"); // VV_NO_LARGE_PAGES, "(unset)" = not set
        QTest::addColumn<bool>("relaunched");
        QTest::addRow("nothing set: relaunched") << QStringLiteral("(unset)") << QStringLiteral("(unset)") << true;
        QTest::addRow("user tunables kept and restored")
            << QStringLiteral("glibc.malloc.arena_max=2") << QStringLiteral("(unset)") << true;
        QTest::addRow("hugetlb decided by the user: left alone")
            << QStringLiteral("glibc.malloc.hugetlb=0") << QStringLiteral("(unset)") << false;
        QTest::addRow("VV_NO_LARGE_PAGES=1: no relaunch") << QStringLiteral("(unset)") << QStringLiteral("1") << false;
        QTest::addRow("VV_NO_LARGE_PAGES=0 means not opted out")
            << QStringLiteral("(unset)") << QStringLiteral("0") << true;
    }

    void relaunch()
    {
        QFETCH(QString, tunables);
        QFETCH(QString, optOut);
        QFETCH(bool, relaunched);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        env.remove(QStringLiteral("VV_NO_LARGE_PAGES"));
        env.remove(QStringLiteral("VV_LARGE_PAGES_RELAUNCH"));
        env.remove(QStringLiteral("LD_PRELOAD"));
        if (tunables != QLatin1StringView("(unset)"))
            env.insert(QStringLiteral("GLIBC_TUNABLES"), tunables);
        if (optOut != QLatin1StringView("(unset)"))
            env.insert(QStringLiteral("VV_NO_LARGE_PAGES"), optOut);
        // Arguments with spaces and an empty one, and a line on stdin, must reach the program.
        const QStringList args { QStringLiteral("--dir"), QStringLiteral("/tmp/a b"), QString(), QStringLiteral("x") };
        const auto out = runProbe(env, args, "the key line");
        QVERIFY2(!out.isEmpty(), "the probe did not run to its end");
        QCOMPARE(out.value("relaunched"), relaunched ? QByteArray("1") : QByteArray("0"));
        QCOMPARE(out.value("tunables"), tunables.toUtf8()); // what children inherit: the user's own
        QCOMPARE(out.value("marker"), QByteArray("unset"));
        QCOMPARE(out.value("args"), QByteArray("--dir|/tmp/a b||x"));
        QCOMPARE(out.value("stdin"), QByteArray("the key line"));
        QCOMPARE(out.value("comm"), QByteArray("vv-largepages-probe").left(15)); // not "exe"
        const long hugeKb = out.value("anonhuge_kb").toLong();
        if (relaunched && !thpDefragOnFault())
            qInfo("THP defrag does not allocate on fault here: huge pages not checked");
        else if (relaunched)
            QVERIFY2(hugeKb >= 2048,
                qPrintable(QStringLiteral("AnonHugePages %1 kB after 64 MiB of small blocks").arg(hugeKb)));
        else
            QCOMPARE(hugeKb, 0L); // nothing asked for huge pages: the kernel gave none
    }
};

QTEST_GUILESS_MAIN(TestLargePages)
#include "tst_largepages.moc"
