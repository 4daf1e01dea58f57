// The real violetvault-cli (VV_CLI_BIN) with the real keychain: the envelope, unassigned, tx,
// bill, export, restore and report commands on a local-only budget (no server: `budget init`
// without --server), one process per command as a user or a script runs them.
// The keychain is a private dbus-daemon + unlocked gnome-keyring (temporary files) when those are
// installed, else the caller's session (scripts/vv test); without either the tests skip.
#include "PrivateKeyring.h"
#include "ProcessRun.h"
#include "budget/CsvReader.h"
#include "budget/Money.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result : vv::testsupport::ProcessResult {
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Mode 0600: the owner's read/write bits and nothing for group and others.
bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions modeBits(0x7077);
    return (QFile::permissions(path) & modeBits) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestBudgetCliCommands : public QObject
{
    Q_OBJECT

private:
    PrivateKeyring m_keyring;
    QTemporaryDir m_root;
    QString m_cli;
    QList<Result> m_outputs;

    QString dir(const QString& name) const { return m_root.filePath(name); }

    // violetvault-cli COMMAND --profile root/PROFILE ARGS... (before the ARGS, so a "--" in them
    // does not turn the option into a positional argument)
    Result vv(const QString& profile, QStringList args)
    {
        args.insert(1, QStringLiteral("--profile"));
        args.insert(2, dir(profile));
        Result r { vv::testsupport::runProcess(m_cli, args, {}, {}, 20000) };
        m_outputs.append(r);
        return r;
    }
    Result vv(const QString& profile, const char* args) { return vv(profile, words(args)); }

    // Everything stored for a profile: unchanged bytes = nothing was written.
    QByteArray fingerprint(const QString& profile) const
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QDirIterator it(dir(profile), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString& f : files) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly)) {
                h.addData(f.toUtf8());
                h.addData(file.readAll());
            }
        }
        return h.result().toHex();
    }

    // `envelope list --archived --json` by envelope name (one CLI run for several checks).
    QHash<QString, QJsonObject> envelopes(const QString& profile)
    {
        const Result r = vv(profile, "envelope list --archived --json --month 2026-11 --today 2026-11-15");
        QHash<QString, QJsonObject> byName;
        const QJsonArray all = r.json().value(QStringLiteral("envelopes")).toArray();
        for (const QJsonValue& v : all)
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        return byName;
    }

    qint64 unassigned(const QString& profile)
    {
        return vv(profile, "unassigned --json").json().value(QStringLiteral("unassigned")).toInteger(-999999);
    }

    QJsonArray transactions(const QString& profile, QStringList filter)
    {
        filter.prepend(QStringLiteral("list"));
        filter.prepend(QStringLiteral("tx"));
        filter.append(QStringLiteral("--json"));
        return vv(profile, filter).json().value(QStringLiteral("transactions")).toArray();
    }

    bool init(const QString& profile)
    {
        const Result r = vv(profile,
            { QStringLiteral("budget"), QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Home"),
                QStringLiteral("--currency"), QStringLiteral("EUR") });
        return r.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("VV_CLI_BIN");
        if (m_cli.isEmpty() || !QFileInfo::exists(m_cli))
            QSKIP("violetvault-cli must be built in this build dir");
        if (!m_keyring.start() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No keychain: no dbus-daemon/gnome-keyring-daemon to start and no session bus "
                  "(run under scripts/vv test)");
        QVERIFY(m_root.isValid());
        QVERIFY(init(QStringLiteral("main")));
    }

    // Tried: envelopes with targets and priorities, income, a manual allocation, fill to targets,
    // a move, and an allocation beyond what is unassigned. Must hold: funded/available per
    // envelope and unassigned exact to the cent; a negative unassigned is printed as it is.
    void envelopesAndAllocation()
    {
        QCOMPARE(
            vv(QStringLiteral("main"), "envelope add Rent --target 800 --priority 0 --category Home --color #AA0000")
                .exitCode,
            0);
        QCOMPARE(
            vv(QStringLiteral("main"), "envelope add Groceries --target 300.00 --priority 1 --category Food").exitCode,
            0);
        QCOMPARE(vv(QStringLiteral("main"), "envelope add Fun --target 50 --priority 2").exitCode, 0);
        QCOMPARE(
            vv(QStringLiteral("main"), "envelope add Holiday --goal 1200 --goal-date 2027-10-31 --priority 9").exitCode,
            0);
        Result r = vv(QStringLiteral("main"), "envelope add groceries");
        QCOMPARE(r.exitCode, 2); // names are unique, case-insensitively
        QVERIFY(r.err.contains("exists already"));
        r = vv(QStringLiteral("main"), "tx add --amount 1500 --payee Employer --date 2026-11-01");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(vv(QStringLiteral("main"), "envelope allocate groceries 100 --month 2026-11").exitCode, 0);
        r = vv(QStringLiteral("main"), "envelope fill --month 2026-11 --json");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Rent 800, Groceries 300 - 100, Fun 50, Holiday's goal 1200 over 12 months = 100.
        QCOMPARE(r.json().value(QStringLiteral("allocated")).toInteger(), 115000);
        QCOMPARE(vv(QStringLiteral("main"), "envelope move Groceries Fun 25 --month 2026-11").exitCode, 0);
        QCOMPARE(unassigned(QStringLiteral("main")), 150000 - 10000 - 115000);

        const QHash<QString, QJsonObject> all = envelopes(QStringLiteral("main"));
        const QJsonObject groceries = all.value(QStringLiteral("Groceries"));
        QCOMPARE(groceries.value(QStringLiteral("funded")).toInteger(), 27500);
        QCOMPARE(groceries.value(QStringLiteral("available")).toInteger(), 27500);
        QCOMPARE(groceries.value(QStringLiteral("category")).toString(), QStringLiteral("Food"));
        QCOMPARE(all.value(QStringLiteral("Fun")).value(QStringLiteral("funded")).toInteger(), 7500);
        QCOMPARE(
            all.value(QStringLiteral("Rent")).value(QStringLiteral("color")).toString(), QStringLiteral("#aa0000"));
        const QJsonObject goal = all.value(QStringLiteral("Holiday")).value(QStringLiteral("goal")).toObject();
        QCOMPARE(goal.value(QStringLiteral("amount")).toInteger(), 120000);
        // 100.00 of 1200.00 saved, 12 months (Nov..Oct) left: 91.67 a month, rounded up.
        QCOMPARE(goal.value(QStringLiteral("monthlyNeeded")).toInteger(), 9167);

        // Over-allocating: unassigned goes negative and is shown plainly.
        QCOMPARE(vv(QStringLiteral("main"), "envelope allocate Fun 300 --month 2026-11").exitCode, 0);
        r = vv(QStringLiteral("main"), "unassigned");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Unassigned: -50.00 EUR"), r.out.constData());
        QCOMPARE(vv(QStringLiteral("main"), "envelope allocate --month 2026-11 Fun -- -300").exitCode, 0);
        QCOMPARE(unassigned(QStringLiteral("main")), 25000);

        // Edit and archive: the list hides archived envelopes unless asked.
        QCOMPARE(vv(QStringLiteral("main"), "envelope edit Fun --name Leisure --target 60 --archive").exitCode, 0);
        r = vv(QStringLiteral("main"), "envelope list --month 2026-11");
        QVERIFY(!r.out.contains("Leisure"));
        QVERIFY(r.out.contains("Groceries"));
        QCOMPARE(envelopes(QStringLiteral("main"))
                     .value(QStringLiteral("Leisure"))
                     .value(QStringLiteral("monthlyTarget"))
                     .toInteger(),
            6000);
        QCOMPARE(vv(QStringLiteral("main"), "envelope edit leisure --unarchive").exitCode, 0);
    }

    // Tried: an expense split across two envelopes, then splits that do not add up. Must hold:
    // the split lands in both envelopes; the wrong sum is refused with both sums named, exit 2,
    // and the profile's stored bytes are unchanged.
    void splitTransactions()
    {
        Result r = vv(QStringLiteral("main"),
            "tx add --amount -30 --payee Market --date 2026-11-05 --split Groceries=-20 --split Leisure=-10.00");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QString::fromLatin1(r.out.trimmed());
        const QHash<QString, QJsonObject> all = envelopes(QStringLiteral("main"));
        QCOMPARE(all.value(QStringLiteral("Groceries")).value(QStringLiteral("spent")).toInteger(), 2000);
        QCOMPARE(all.value(QStringLiteral("Leisure")).value(QStringLiteral("spent")).toInteger(), 1000);

        const QByteArray before = fingerprint(QStringLiteral("main"));
        r = vv(QStringLiteral("main"),
            "tx add --amount -30 --payee Market --date 2026-11-05 --split Groceries=-20 --split Leisure=-5");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("add up to -25.00 but the amount is -30.00"), r.err.constData());
        r = vv(QStringLiteral("main"), "tx add --amount -30 --payee Market --split Groceries=-30");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("at least two"));
        r = vv(QStringLiteral("main"),
            { QStringLiteral("tx"), QStringLiteral("edit"), QStringLiteral("--amount"), QStringLiteral("-40"),
                QStringLiteral("--"), id });
        QCOMPARE(r.exitCode, 2); // the split would no longer add up
        QCOMPARE(fingerprint(QStringLiteral("main")), before);

        r = vv(QStringLiteral("main"),
            { QStringLiteral("tx"), QStringLiteral("edit"), QStringLiteral("--amount"), QStringLiteral("-40"),
                QStringLiteral("--split"), QStringLiteral("Groceries=-25"), QStringLiteral("--split"),
                QStringLiteral("Leisure=-15"), QStringLiteral("--"), id });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list
            = transactions(QStringLiteral("main"), { QStringLiteral("--text"), QStringLiteral("market") });
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("amount")).toInteger(), -4000);
        QCOMPARE(list.first().toObject().value(QStringLiteral("splits")).toArray().size(), 2);
    }

    // Tried: more transactions, then each filter of tx list, edit, clear and delete (ids after
    // "--": an id may start with '-'). Must hold:
    // each filter returns exactly the matching rows (split lines count for --envelope),
    // --limit keeps the most recent, and edits show in the list.
    void listFiltersAndEdits()
    {
        for (const char* args :
            { "tx add --amount -12.50 --payee Bakery --envelope Groceries --date 2026-11-10 --note bread",
                "tx add --amount -9.99 --payee Cinema --envelope Leisure --date 2026-11-12",
                "tx add --amount -4.20 --payee Bakery --envelope Groceries --date 2026-12-01 --cleared" }) {
            const Result r = vv(QStringLiteral("main"), args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(
            transactions(QStringLiteral("main"), { QStringLiteral("--envelope"), QStringLiteral("groceries") }).size(),
            3); // Market (split), two Bakery
        QCOMPARE(transactions(QStringLiteral("main"), words("--from 2026-11-06 --to 2026-11-30")).size(), 2);
        QCOMPARE(transactions(QStringLiteral("main"), words("--text BREAD")).size(), 1);
        const QJsonArray last = transactions(QStringLiteral("main"), words("--limit 2"));
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.last().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-01"));

        const QString cinema = transactions(QStringLiteral("main"), words("--text cinema"))
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QCOMPARE(
            vv(QStringLiteral("main"), { QStringLiteral("tx"), QStringLiteral("clear"), QStringLiteral("--"), cinema })
                .exitCode,
            0);
        QCOMPARE(vv(QStringLiteral("main"),
                     { QStringLiteral("tx"), QStringLiteral("edit"), QStringLiteral("--payee"),
                         QStringLiteral("Cinema City"), QStringLiteral("--envelope"), QStringLiteral("Groceries"),
                         QStringLiteral("--"), cinema })
                     .exitCode,
            0);
        QJsonObject t = transactions(QStringLiteral("main"), words("--text cinema")).first().toObject();
        QCOMPARE(t.value(QStringLiteral("payee")).toString(), QStringLiteral("Cinema City"));
        QCOMPARE(t.value(QStringLiteral("envelopeName")).toString(), QStringLiteral("Groceries"));
        QVERIFY(t.value(QStringLiteral("cleared")).toBool());
        QCOMPARE(
            vv(QStringLiteral("main"), { QStringLiteral("tx"), QStringLiteral("delete"), QStringLiteral("--"), cinema })
                .exitCode,
            0);
        QVERIFY(transactions(QStringLiteral("main"), words("--text cinema")).isEmpty());
    }

    void billSchedule_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("dueAfterEachPay");
        QTest::newRow("monthly from Jan 31 keeps the month end") << "monthly"
                                                                 << "2026-01-31" << words("2026-02-28 2026-03-31");
        QTest::newRow("monthly Jan 31 in a leap year") << "monthly"
                                                       << "2028-01-31" << words("2028-02-29");
        QTest::newRow("yearly from Feb 29") << "yearly"
                                            << "2028-02-29" << words("2029-02-28");
        QTest::newRow("biweekly over the year end") << "biweekly"
                                                    << "2026-12-25" << words("2027-01-08");
        QTest::newRow("weekly") << "weekly"
                                << "2026-11-30" << words("2026-12-07");
    }

    // Tried: a bill per schedule, paid once or twice (the bills stay for billsDue). Must hold: each
    // payment moves the next due date exactly along the schedule (billPaymentsRecorded checks
    // the expenses).
    void billSchedule()
    {
        QFETCH(QString, frequency);
        QFETCH(QString, start);
        QFETCH(QStringList, dueAfterEachPay);
        const QString name = QStringLiteral("Bill ") + QString::fromLatin1(QTest::currentDataTag()).left(12).trimmed();
        Result r = vv(QStringLiteral("main"),
            { QStringLiteral("bill"), QStringLiteral("add"), name, QStringLiteral("80"), QStringLiteral("--envelope"),
                QStringLiteral("Rent"), QStringLiteral("--frequency"), frequency, QStringLiteral("--start"), start });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString& due : dueAfterEachPay) {
            r = vv(QStringLiteral("main"),
                { QStringLiteral("bill"), QStringLiteral("pay"), name, QStringLiteral("--json") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.json().value(QStringLiteral("nextDue")).toString(), due);
        }
    }

    // Tried: the payments billSchedule made (one ledger query). Must hold: each is an expense of
    // the bill's amount in its envelope, dated on the due date it paid.
    void billPaymentsRecorded()
    {
        QStringList dates;
        const QJsonArray paid = transactions(QStringLiteral("main"), words("--text Bill"));
        for (const QJsonValue& v : paid) {
            QCOMPARE(v.toObject().value(QStringLiteral("amount")).toInteger(), -8000);
            QCOMPARE(v.toObject().value(QStringLiteral("envelopeName")).toString(), QStringLiteral("Rent"));
            dates.append(v.toObject().value(QStringLiteral("date")).toString());
        }
        QCOMPARE(dates, words("2026-01-31 2026-02-28 2026-11-30 2026-12-25 2028-01-31 2028-02-29"));
    }

    // Tried: bills due at different distances from a fixed "today", listed with --due. Must
    // hold: overdue and upcoming-in-range bills in due order with their status; bills beyond
    // --days left out; pay with --date/--amount records those.
    void billsDue()
    {
        QCOMPARE(vv(QStringLiteral("main"),
                     "bill add Phone 20 --envelope Leisure --frequency monthly --start 2026-11-20 --payee Telco")
                     .exitCode,
            0);
        QCOMPARE(vv(QStringLiteral("main"), "bill add Gym 30 --envelope Leisure --frequency monthly --start 2026-12-10")
                     .exitCode,
            0);
        QCOMPARE(
            vv(QStringLiteral("main"), "bill add Insurance 300 --envelope Rent --frequency yearly --start 2027-06-01")
                .exitCode,
            0);
        Result r = vv(QStringLiteral("main"), "bill list --due --days 14 --today 2026-12-01 --json");
        QCOMPARE(r.exitCode, 0);
        const QJsonArray due = r.json().value(QStringLiteral("bills")).toArray();
        // With the still unpaid schedule bills of billSchedule (due 2026-03-31 and 2026-12-07).
        QStringList names;
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& v : due) {
            names.append(v.toObject().value(QStringLiteral("name")).toString());
            byName.insert(names.last(), v.toObject());
        }
        QCOMPARE(names,
            QStringList({ QStringLiteral("Bill monthly from"), QStringLiteral("Phone"), QStringLiteral("Bill weekly"),
                QStringLiteral("Gym") }));
        QCOMPARE(byName.value(QStringLiteral("Phone")).value(QStringLiteral("status")).toString(),
            QStringLiteral("overdue"));
        QCOMPARE(byName.value(QStringLiteral("Bill monthly from")).value(QStringLiteral("missed")).toInt(), 9);
        QCOMPARE(byName.value(QStringLiteral("Gym")).value(QStringLiteral("daysUntil")).toInt(), 9);
        r = vv(QStringLiteral("main"), "bill list --today 2026-12-01");
        QVERIFY(r.out.contains("Insurance"));
        QVERIFY(r.out.contains("overdue 11 day(s)"));
        r = vv(QStringLiteral("main"), "bill pay phone --date 2026-12-01 --amount 21.50");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Next due: 2026-12-20"));
        const QJsonObject t = transactions(QStringLiteral("main"), words("--text Telco")).first().toObject();
        QCOMPARE(t.value(QStringLiteral("amount")).toInteger(), -2150);
        QCOMPARE(t.value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(vv(QStringLiteral("main"), "bill edit Gym --amount 35 --name Gym+").exitCode, 0);
        QVERIFY(vv(QStringLiteral("main"), "bill list").out.contains("Gym+"));
        QCOMPARE(vv(QStringLiteral("main"), "bill delete gym+").exitCode, 0);
    }

    // Tried: a bank CSV (semicolons, dd.MM.yyyy, decimal commas, a preamble-free header) with a
    // row that repeats an existing transaction and a row repeated within the file, first as a
    // dry run, then for real, then again. Must hold: dry run writes nothing; the import adds only
    // the new rows to the chosen envelope; the second import adds nothing.
    void importCsv()
    {
        QFile csv(m_root.filePath(QStringLiteral("bank.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Buchungstag;Betrag;Empfaenger;Verwendungszweck\r\n"
                  "10.11.2026;-12,50;Bakery;dup of an existing tx\r\n"
                  "14.11.2026;-45,10;Fuel Station;card 1234\r\n"
                  "15.11.2026;-3,20;Kiosk;\r\n"
                  "15.11.2026;-3,20;Kiosk;\r\n"
                  "16.11.2026;zwölf;Broken;\r\n");
        csv.close();
        const QStringList import { QStringLiteral("tx"), QStringLiteral("import"), csv.fileName(),
            QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--date-format"),
            QStringLiteral("dd.MM.yyyy"), QStringLiteral("--decimal-comma"), QStringLiteral("--memo-col"),
            QStringLiteral("4"), QStringLiteral("--envelope"), QStringLiteral("Groceries"), QStringLiteral("--json") };
        const QByteArray before = fingerprint(QStringLiteral("main"));
        Result r = vv(QStringLiteral("main"), QStringList(import) << QStringLiteral("--dry-run"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("duplicate")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("error")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("rows")).toArray().size(), 5);
        QCOMPARE(fingerprint(QStringLiteral("main")), before);

        r = vv(QStringLiteral("main"), import);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 2);
        const QJsonArray fuel = transactions(QStringLiteral("main"), words("--text fuel"));
        QCOMPARE(fuel.size(), 1);
        QCOMPARE(fuel.first().toObject().value(QStringLiteral("amount")).toInteger(), -4510);
        QCOMPARE(fuel.first().toObject().value(QStringLiteral("envelopeName")).toString(), QStringLiteral("Groceries"));
        QCOMPARE(fuel.first().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("card 1234"));
        r = vv(QStringLiteral("main"), import);
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(r.json().value(QStringLiteral("duplicate")).toInt(), 4);
    }

    void importBankSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("options");
        QTest::addColumn<int>("newRows");
        QTest::addColumn<qint64>("sum");
        // The bank samples of tests/budget (same expectations as tst_budget_import there).
        QTest::newRow("OFX 2.2, format from the extension") << "bank_v2.ofx"
                                                            << "" << 2 << qint64(-1500 + 200050);
        QTest::newRow("US debit/credit columns, quoted, thousands")
            << "us_debit_credit.csv"
            << "--delimiter , --date-format MM/dd/yyyy --debit-col 3 --credit-col 4 --payee-col 2 --memo-col 6 "
               "--thousands"
            << 4 << qint64(80390);
        QTest::newRow("UK tab separated, no header") << "uk_tab_noheader.tsv"
                                                     << "--delimiter tab --no-header --date-format dd/MM/yy "
                                                        "--amount-col 3 --payee-col 2"
                                                     << 3 << qint64(206921);
    }

    // Tried: real bank exports (OFX, separate debit/credit columns, tab-separated without a
    // header) as a dry run, then imported. Must hold: the dry run's new rows add up exactly to
    // the statement, and the import adds exactly those rows.
    void importBankSamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, options);
        QFETCH(int, newRows);
        QFETCH(qint64, sum);
        QStringList args { QStringLiteral("tx"), QStringLiteral("import"),
            qEnvironmentVariable("VV_SOURCE_DIR") + QStringLiteral("/tests/budget/data/") + file,
            QStringLiteral("--json") };
        args += options.split(u' ', Qt::SkipEmptyParts);
        Result r = vv(QStringLiteral("main"), QStringList(args) << QStringLiteral("--dry-run"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("new")).toInt(), newRows);
        qint64 total = 0;
        for (const QJsonValue& v : r.json().value(QStringLiteral("rows")).toArray()) {
            if (v.toObject().value(QStringLiteral("status")).toString() == u"new")
                total += v.toObject().value(QStringLiteral("amount")).toInteger();
        }
        QCOMPARE(total, sum);
        r = vv(QStringLiteral("main"), args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), newRows);
    }

    // Tried: the ledger as CSV on stdout and into a file, and the reports. Must hold: the CSV's
    // amounts add up to the sum of all transactions (split lines included, once), the file is
    // 0600, and the income report's net equals income - spending.
    void exportCsvAndReports()
    {
        qint64 ledger = 0;
        for (const QJsonValue& v : transactions(QStringLiteral("main"), {}))
            ledger += v.toObject().value(QStringLiteral("amount")).toInteger();
        Result r = vv(QStringLiteral("main"), "export csv");
        QCOMPARE(r.exitCode, 0);
        // Read back with the importer's RFC 4180 reader: payees hold commas, memos newlines.
        const vv::budget::CsvReader::Result csv
            = vv::budget::CsvReader::parse(vv::budget::CsvReader::decode(r.out), u',');
        QVERIFY(csv.errors.isEmpty());
        QVERIFY(csv.records.size() > 10);
        QCOMPARE(csv.records.first().fields.mid(0, 3), words("Date Payee Amount"));
        qint64 csvSum = 0;
        for (qsizetype i = 1; i < csv.records.size(); ++i) {
            const auto amount = vv::budget::Money::parseFixed(csv.records.at(i).fields.value(2), u'.', QChar(), 2);
            QVERIFY(amount.has_value());
            csvSum += *amount;
        }
        QCOMPARE(csvSum, ledger);
        const QString out = m_root.filePath(QStringLiteral("ledger.csv"));
        QCOMPARE(vv(QStringLiteral("main"),
                     { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--out"), out })
                     .exitCode,
            0);
        QVERIFY(ownerOnly(out));

        r = vv(QStringLiteral("main"), "report income --from 2026-11 --to 2026-12 --json");
        QCOMPARE(r.exitCode, 0);
        const QJsonArray months = r.json().value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 2);
        const QJsonObject nov = months.first().toObject();
        QCOMPARE(nov.value(QStringLiteral("income")).toInteger(), 150000);
        QCOMPARE(
            nov.value(QStringLiteral("net")).toInteger(), 150000 - nov.value(QStringLiteral("spending")).toInteger());
        r = vv(QStringLiteral("main"), "report spending --from 2026-11 --to 2026-12");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Groceries"));
        QVERIFY(r.out.contains("2026-12"));
    }

    // Tried: a backup of the budget restored into a fresh profile, then into the original
    // (ambiguousEnvelopeName restores into a fresh one too). Must hold: the backup file is 0600;
    // the restored budget lists exactly the same envelopes (ids, money, goals), transactions and
    // bills; restoring into a non-empty budget is refused with a message and writes nothing.
    void backupAndRestore()
    {
        const QString backup = m_root.filePath(QStringLiteral("backup.json"));
        Result r = vv(QStringLiteral("main"),
            { QStringLiteral("export"), QStringLiteral("backup"), QStringLiteral("--out"), backup });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("0600"));
        QVERIFY(ownerOnly(backup));
        QVERIFY(init(QStringLiteral("restored")));
        r = vv(QStringLiteral("restored"), { QStringLiteral("restore"), backup });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char* month : { "2026-12" }) {
            const QStringList list { QStringLiteral("envelope"), QStringLiteral("list"), QStringLiteral("--archived"),
                QStringLiteral("--json"), QStringLiteral("--month"), QString::fromLatin1(month),
                QStringLiteral("--today"), QStringLiteral("2026-12-01") };
            QCOMPARE(vv(QStringLiteral("restored"), list).out, vv(QStringLiteral("main"), list).out);
        }
        QCOMPARE(
            vv(QStringLiteral("restored"), "tx list --json").out, vv(QStringLiteral("main"), "tx list --json").out);
        QCOMPARE(vv(QStringLiteral("restored"), "bill list --json --today 2026-12-01").out,
            vv(QStringLiteral("main"), "bill list --json --today 2026-12-01").out);

        for (const char* profile : { "main" }) {
            const QByteArray before = fingerprint(QString::fromLatin1(profile));
            r = vv(QString::fromLatin1(profile), { QStringLiteral("restore"), backup });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("not empty"), r.err.constData());
            QCOMPARE(fingerprint(QString::fromLatin1(profile)), before);
        }
    }

    // Tried: two envelopes whose names differ only in case (possible after a restore or a sync
    // from another device), addressed by name and by id. Must hold: the name is refused as
    // ambiguous, listing both ids, writing nothing; each id works.
    void ambiguousEnvelopeName()
    {
        QVERIFY(init(QStringLiteral("twins")));
        QFile backup(m_root.filePath(QStringLiteral("twins.json")));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.write(
            R"({"format":"violetvault-backup","version":1,"entities":{)"
            R"("budget":{"budget":{"name":"Twins","currency":"EUR"}},)"
            R"("envelope":{"envAAAAAAAAAAAAAAAAAAA":{"name":"Twin"},"envBBBBBBBBBBBBBBBBBBB":{"name":"twin"}},)"
            R"("transaction":{"txAAAAAAAAAAAAAAAAAAAA":{"date":"2026-11-01","payee":"Pay","amount":1000}}}})");
        backup.close();
        Result r = vv(QStringLiteral("twins"), { QStringLiteral("restore"), backup.fileName() });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray before = fingerprint(QStringLiteral("twins"));
        r = vv(QStringLiteral("twins"), "envelope allocate TWIN 5");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'TWIN' matches 2 envelopes"), r.err.constData());
        QVERIFY(r.err.contains("envAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(fingerprint(QStringLiteral("twins")), before);
        QCOMPARE(vv(QStringLiteral("twins"), "envelope allocate envBBBBBBBBBBBBBBBBBBB 5 --month 2026-11").exitCode, 0);
        QCOMPARE(unassigned(QStringLiteral("twins")), 500);
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown envelope") << "envelope allocate Nope 5" << 2 << "no envelope 'Nope'";
        QTest::newRow("unknown envelope in split")
            << "tx add --amount -2 --payee P --split Nope=-1 --split Rent=-1" << 2 << "no envelope 'Nope'";
        QTest::newRow("unknown bill") << "bill pay Nope" << 2 << "no bill 'Nope'";
        QTest::newRow("bad amount 12,3,4") << "envelope allocate Rent 12,3,4" << 2 << "'12,3,4' is not an amount";
        QTest::newRow("exponent amount") << "tx add --amount 1e3 --payee P" << 2 << "is not an amount";
        QTest::newRow("too many decimals") << "envelope move Rent Groceries 1.005" << 2 << "is not an amount";
        QTest::newRow("bad date") << "tx add --amount -1 --payee P --date 2026-02-30" << 1 << "yyyy-MM-dd";
        QTest::newRow("bad goal date") << "envelope add X --goal 5 --goal-date 31.12.2027" << 1 << "yyyy-MM-dd";
        QTest::newRow("goal without date") << "envelope add X --goal 5" << 1 << "--goal-date";
        QTest::newRow("bad month") << "envelope list --month 2026-13" << 1 << "yyyy-MM";
        QTest::newRow("bad frequency") << "bill add B 5 --envelope Rent --frequency daily --start 2026-01-01" << 1
                                       << "--frequency";
        QTest::newRow("negative bill") << "bill add B -5 --envelope Rent --frequency weekly --start 2026-01-01" << 1
                                       << "Unknown option";
        QTest::newRow("split syntax") << "tx add --amount -2 --payee P --split Rent" << 1 << "ENV=AMOUNT";
        QTest::newRow("missing argument") << "envelope allocate Rent" << 1 << "expected 2 argument(s)";
        QTest::newRow("unknown action") << "envelope frobnicate" << 1 << "expected list";
        QTest::newRow("bad color") << "envelope edit Rent --color red" << 1 << "#rrggbb";
        QTest::newRow("backup needs --out") << "export backup" << 1 << "--out FILE";
        QTest::newRow("unknown transaction") << "tx delete nosuchid" << 2 << "no transaction 'nosuchid'";
    }

    // Tried: each row's mistake. Must hold: the exit code (1 bad command line, 2 refused), a
    // message on stderr that says what is wrong, nothing on stdout, nothing written.
    void badInputs()
    {
        QFETCH(QString, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = fingerprint(QStringLiteral("main"));
        const Result r = vv(QStringLiteral("main"), args.split(u' '));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fingerprint(QStringLiteral("main")), before);
    }

    // Tried: --help of every new command. Must hold: exit 0 and usage text; the export help
    // warns that backups are plaintext written 0600.
    void help()
    {
        for (const char* command : { "envelope", "unassigned", "tx", "bill", "export", "restore", "report" }) {
            QProcess p;
            p.start(m_cli, { QString::fromLatin1(command), QStringLiteral("--help") });
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(p.readAllStandardOutput().contains("Usage: violetvault-cli"), command);
        }
        QProcess p;
        p.start(m_cli, { QStringLiteral("export"), QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(10000));
        const QByteArray text = p.readAllStandardOutput();
        QVERIFY(text.contains("PLAINTEXT"));
        QVERIFY(text.contains("0600"));
    }
};

QTEST_GUILESS_MAIN(TestBudgetCliCommands)
#include "tst_budgetcli_commands.moc"
