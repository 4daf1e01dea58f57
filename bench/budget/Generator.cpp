#include "Generator.h"

#include "budget/Budget.h"
#include "budget/Schema.h"
#include "secrets/MemorySecretStore.h"
#include "store/BudgetState.h"
#include "store/LocalStore.h"
#include "sync/BudgetProfile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <array>
#include <cmath>

namespace vv::bench {

using vv::budget::Budget;
using vv::budget::Month;
using vv::store::Operation;

namespace {

struct EnvelopeSeed {
    const char* category;
    const char* name;
    int target; // monthly, in whole currency units
};

// 15 categories; the first 63 envelopes, the rest are per-person or per-item variants of them.
constexpr std::array Seeds {
    EnvelopeSeed { "Housing", "Rent", 1150 },
    EnvelopeSeed { "Housing", "Home insurance", 35 },
    EnvelopeSeed { "Housing", "Repairs", 60 },
    EnvelopeSeed { "Housing", "Furniture", 40 },
    EnvelopeSeed { "Housing", "Council tax", 140 },
    EnvelopeSeed { "Utilities", "Electricity", 85 },
    EnvelopeSeed { "Utilities", "Gas", 60 },
    EnvelopeSeed { "Utilities", "Water", 30 },
    EnvelopeSeed { "Utilities", "Internet", 35 },
    EnvelopeSeed { "Utilities", "Mobile phone", 40 },
    EnvelopeSeed { "Food", "Groceries", 650 },
    EnvelopeSeed { "Food", "Coffee", 45 },
    EnvelopeSeed { "Food", "Restaurants", 120 },
    EnvelopeSeed { "Food", "Takeaway", 60 },
    EnvelopeSeed { "Food", "Work lunches", 90 },
    EnvelopeSeed { "Transport", "Fuel", 160 },
    EnvelopeSeed { "Transport", "Public transport", 70 },
    EnvelopeSeed { "Transport", "Car insurance", 55 },
    EnvelopeSeed { "Transport", "Car service", 40 },
    EnvelopeSeed { "Transport", "Parking", 25 },
    EnvelopeSeed { "Transport", "Taxi", 20 },
    EnvelopeSeed { "Health", "Pharmacy", 25 },
    EnvelopeSeed { "Health", "Doctor", 20 },
    EnvelopeSeed { "Health", "Dentist", 25 },
    EnvelopeSeed { "Health", "Gym", 35 },
    EnvelopeSeed { "Health", "Glasses", 15 },
    EnvelopeSeed { "Kids", "School", 60 },
    EnvelopeSeed { "Kids", "Childcare", 420 },
    EnvelopeSeed { "Kids", "Kids clothes", 60 },
    EnvelopeSeed { "Kids", "Toys", 30 },
    EnvelopeSeed { "Kids", "Pocket money", 40 },
    EnvelopeSeed { "Kids", "Activities", 70 },
    EnvelopeSeed { "Personal", "Clothes", 80 },
    EnvelopeSeed { "Personal", "Haircut", 30 },
    EnvelopeSeed { "Personal", "Cosmetics", 25 },
    EnvelopeSeed { "Entertainment", "Streaming", 30 },
    EnvelopeSeed { "Entertainment", "Music", 12 },
    EnvelopeSeed { "Entertainment", "Books", 25 },
    EnvelopeSeed { "Entertainment", "Games", 20 },
    EnvelopeSeed { "Entertainment", "Cinema", 25 },
    EnvelopeSeed { "Entertainment", "Concerts", 30 },
    EnvelopeSeed { "Travel", "Holidays", 250 },
    EnvelopeSeed { "Travel", "Flights", 80 },
    EnvelopeSeed { "Travel", "Hotels", 60 },
    EnvelopeSeed { "Gifts", "Birthdays", 40 },
    EnvelopeSeed { "Gifts", "Christmas", 50 },
    EnvelopeSeed { "Gifts", "Charity", 20 },
    EnvelopeSeed { "Pets", "Pet food", 45 },
    EnvelopeSeed { "Pets", "Vet", 30 },
    EnvelopeSeed { "Subscriptions", "Software", 15 },
    EnvelopeSeed { "Subscriptions", "News", 10 },
    EnvelopeSeed { "Subscriptions", "Cloud storage", 5 },
    EnvelopeSeed { "Savings", "Emergency fund", 200 },
    EnvelopeSeed { "Savings", "New car", 150 },
    EnvelopeSeed { "Savings", "House deposit", 300 },
    EnvelopeSeed { "Savings", "Retirement", 250 },
    EnvelopeSeed { "Debt", "Credit card", 120 },
    EnvelopeSeed { "Debt", "Student loan", 180 },
    EnvelopeSeed { "Misc", "Household", 70 },
    EnvelopeSeed { "Misc", "Bank fees", 8 },
    EnvelopeSeed { "Misc", "Post", 5 },
    EnvelopeSeed { "Misc", "Hobbies", 45 },
    EnvelopeSeed { "Misc", "Everything else", 50 },
};
constexpr std::array Qualifiers { "Emma", "Noah", "Mia", "Home", "Work", "Summer", "Winter", "Extra" };

struct PayeeSeed {
    const char* name;
    const char* envelope; // seed envelope name
    int minCents;
    int maxCents;
    int weight; // how often, relative
};

constexpr std::array Payees {
    PayeeSeed { "Lidl", "Groceries", 1200, 14000, 60 },
    PayeeSeed { "Aldi", "Groceries", 900, 12000, 50 },
    PayeeSeed { "Tesco Superstore", "Groceries", 1500, 16000, 40 },
    PayeeSeed { "Co-op", "Groceries", 300, 4000, 30 },
    PayeeSeed { "Farmers Market", "Groceries", 500, 4000, 8 },
    PayeeSeed { "Bakery Brot & Co", "Groceries", 250, 1500, 20 },
    PayeeSeed { "Starbucks Coffee", "Coffee", 280, 750, 35 },
    PayeeSeed { "Costa Coffee", "Coffee", 260, 690, 30 },
    PayeeSeed { "The Coffee Corner", "Coffee", 220, 560, 18 },
    PayeeSeed { "Pret A Manger", "Work lunches", 450, 1200, 25 },
    PayeeSeed { "Subway", "Work lunches", 500, 1100, 12 },
    PayeeSeed { "Nando's", "Restaurants", 2200, 6800, 6 },
    PayeeSeed { "Pizza Express", "Restaurants", 2500, 7500, 6 },
    PayeeSeed { "Wagamama", "Restaurants", 2400, 6400, 5 },
    PayeeSeed { "Deliveroo", "Takeaway", 1600, 4200, 14 },
    PayeeSeed { "Just Eat", "Takeaway", 1500, 3900, 10 },
    PayeeSeed { "Shell", "Fuel", 3500, 9000, 12 },
    PayeeSeed { "BP", "Fuel", 3200, 8800, 10 },
    PayeeSeed { "Esso", "Fuel", 3000, 8500, 6 },
    PayeeSeed { "TfL Travel", "Public transport", 280, 2400, 25 },
    PayeeSeed { "National Rail", "Public transport", 900, 9500, 5 },
    PayeeSeed { "Uber", "Taxi", 800, 3200, 6 },
    PayeeSeed { "NCP Parking", "Parking", 300, 2200, 7 },
    PayeeSeed { "Kwik Fit", "Car service", 4500, 38000, 1 },
    PayeeSeed { "Boots Pharmacy", "Pharmacy", 300, 3500, 10 },
    PayeeSeed { "Superdrug", "Cosmetics", 300, 3000, 8 },
    PayeeSeed { "Specsavers", "Glasses", 2500, 19000, 1 },
    PayeeSeed { "Smile Dental", "Dentist", 2500, 18000, 1 },
    PayeeSeed { "PureGym", "Gym", 2499, 2499, 3 },
    PayeeSeed { "Decathlon", "Activities", 800, 9000, 5 },
    PayeeSeed { "Primark", "Kids clothes", 500, 6000, 6 },
    PayeeSeed { "Smyths Toys", "Toys", 800, 6000, 4 },
    PayeeSeed { "Little Stars Nursery", "Childcare", 9500, 42000, 2 },
    PayeeSeed { "School Shop", "School", 300, 4500, 3 },
    PayeeSeed { "H&M", "Clothes", 900, 9000, 8 },
    PayeeSeed { "Zara", "Clothes", 1500, 12000, 5 },
    PayeeSeed { "Uniqlo", "Clothes", 1200, 8000, 4 },
    PayeeSeed { "Toni & Guy", "Haircut", 1800, 6500, 3 },
    PayeeSeed { "Netflix", "Streaming", 1099, 1099, 1 },
    PayeeSeed { "Spotify", "Music", 1199, 1199, 1 },
    PayeeSeed { "Waterstones", "Books", 700, 4500, 6 },
    PayeeSeed { "Steam", "Games", 400, 5500, 4 },
    PayeeSeed { "Odeon Cinemas", "Cinema", 900, 4200, 4 },
    PayeeSeed { "Ticketmaster", "Concerts", 3500, 18000, 1 },
    PayeeSeed { "Booking.com", "Hotels", 6000, 45000, 1 },
    PayeeSeed { "easyJet", "Flights", 4500, 38000, 1 },
    PayeeSeed { "Pets at Home", "Pet food", 800, 6500, 7 },
    PayeeSeed { "Village Vets", "Vet", 3500, 25000, 1 },
    PayeeSeed { "Amazon", "Household", 500, 9000, 25 },
    PayeeSeed { "IKEA", "Furniture", 1500, 35000, 3 },
    PayeeSeed { "B&Q", "Repairs", 600, 15000, 4 },
    PayeeSeed { "Royal Mail", "Post", 150, 1200, 3 },
    PayeeSeed { "Oxfam", "Charity", 500, 3000, 2 },
    PayeeSeed { "John Lewis", "Christmas", 1500, 20000, 2 },
    PayeeSeed { "Hobbycraft", "Hobbies", 500, 6000, 4 },
    PayeeSeed { "Card payment", "Everything else", 200, 8000, 10 },
};

constexpr std::array Notes { "weekly shop", "top-up shop", "with Anna", "team coffee", "coffee beans",
    "birthday present", "school trip", "refund pending", "split with Tom", "for the garden", "coffee and cake",
    "receipt in drawer", "return by Friday", "office supplies", "monthly" };

struct BillSeed {
    const char* name;
    const char* payee;
    const char* envelope;
    int amountCents;
    vv::budget::Frequency frequency;
    int day;
};

const std::array Bills {
    BillSeed { "Rent", "Oak Lettings Ltd", "Rent", 115000, vv::budget::Frequency::Monthly, 1 },
    BillSeed { "Electricity", "Octopus Energy", "Electricity", 8200, vv::budget::Frequency::Monthly, 5 },
    BillSeed { "Gas", "British Gas", "Gas", 5800, vv::budget::Frequency::Monthly, 5 },
    BillSeed { "Water", "Thames Water", "Water", 2900, vv::budget::Frequency::Monthly, 12 },
    BillSeed { "Broadband", "Virgin Media", "Internet", 3400, vv::budget::Frequency::Monthly, 18 },
    BillSeed { "Phone", "giffgaff", "Mobile phone", 1500, vv::budget::Frequency::Monthly, 20 },
    BillSeed { "Council tax", "City Council", "Council tax", 13800, vv::budget::Frequency::Monthly, 1 },
    BillSeed { "Car insurance", "Admiral", "Car insurance", 5400, vv::budget::Frequency::Monthly, 28 },
    BillSeed { "Home insurance", "Aviva", "Home insurance", 3300, vv::budget::Frequency::Monthly, 31 },
    BillSeed { "Netflix", "Netflix", "Streaming", 1099, vv::budget::Frequency::Monthly, 9 },
    BillSeed { "Gym", "PureGym", "Gym", 2499, vv::budget::Frequency::Monthly, 3 },
    BillSeed { "Student loan", "SLC", "Student loan", 18000, vv::budget::Frequency::Monthly, 25 },
    BillSeed { "Cleaner", "Sparkle Cleaning", "Household", 6000, vv::budget::Frequency::Biweekly, 7 },
    BillSeed { "Pocket money", "Kids", "Pocket money", 1000, vv::budget::Frequency::Weekly, 6 },
    BillSeed { "TV licence", "TV Licensing", "Streaming", 16950, vv::budget::Frequency::Yearly, 14 },
};

bool waitFor(const std::function<void(std::function<void()>)>& start, int timeoutMs = 30000)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return finished;
}

} // namespace

GeneratorResult generateBudget(const QString& profileDir, const GeneratorConfig& config)
{
    GeneratorResult result;
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(config.seed);
    secrets::MemorySecretStore secrets;
    sync::BudgetProfile profile(&secrets);
    profile.setProfileDir(profileDir);
    bool created = false;
    if (!waitFor([&](auto done) {
            profile.create(QStringLiteral("Family budget"), QStringLiteral("GBP"), QUrl(), [&, done](bool ok) {
                created = ok;
                done();
            });
        })
        || !created) {
        result.error = QStringLiteral("create failed: %1").arg(profile.errorString());
        return result;
    }
    result.roomId = profile.roomId();

    // The generator plans with its own Budget over its own state; ops reach the profile
    // (encrypted store + the profile's state) in batches.
    store::BudgetState genState;
    genState.applyAll(profile.localStore()->allOperations());
    QList<Operation> batch;
    bool storeOk = true;
    const auto flush = [&] {
        if (!batch.isEmpty() && storeOk) {
            storeOk = profile.appendOps(batch);
            result.operations += batch.size();
        }
        batch.clear();
    };
    Budget budget(
        genState,
        [&](const QList<Operation>& ops) {
            genState.applyAll(ops);
            batch.append(ops);
            if (batch.size() >= 50000)
                flush();
            return true;
        },
        profile.clock());
    const auto commit = [&](const vv::budget::Change& c) {
        if (!c.isValid() || !budget.commit(c.ops))
            storeOk = false;
        return c.createdId;
    };

    const QDate today = QDate::currentDate();
    const Month last = Month::fromDate(today);
    const Month first = last.addMonths(-(config.months - 1));
    const QDate firstDay = first.firstDay();

    // Envelopes: seeds first, then variants, until config.envelopes.
    QHash<QString, QStringList> envelopesBySeed; // seed name -> ids (first = the seed itself)
    QStringList envelopeIds;
    QList<qint64> targets;
    for (int i = 0; i < config.envelopes; ++i) {
        const EnvelopeSeed& seed = Seeds.at(static_cast<size_t>(i) % Seeds.size());
        const auto round = static_cast<size_t>(i) / Seeds.size();
        vv::budget::Envelope e;
        e.name = QString::fromUtf8(seed.name);
        if (round > 0)
            e.name += QStringLiteral(" (%1)").arg(QString::fromUtf8(Qualifiers.at((round - 1) % Qualifiers.size())));
        e.category = QString::fromUtf8(seed.category);
        e.color = QStringLiteral("#%1").arg(rng.bounded(0x1000000), 6, 16, QLatin1Char('0'));
        e.monthlyTarget = qint64(seed.target) * 100 / qint64(round + 1);
        e.priority = i;
        if (e.category == u"Savings") {
            e.goalAmount = e.monthlyTarget * 48;
            e.goalDate = last.addMonths(24).lastDay();
            e.monthlyTarget = 0;
        }
        const QString id = commit(budget.createEnvelope(e));
        envelopesBySeed[QString::fromUtf8(seed.name)].append(id);
        envelopeIds.append(id);
        targets.append(e.monthlyTarget > 0 ? e.monthlyTarget : qint64(seed.target) * 100);
    }

    // Bills from the first month on.
    QStringList billIds;
    for (const BillSeed& s : Bills) {
        vv::budget::Bill b;
        b.name = QString::fromUtf8(s.name);
        b.payee = QString::fromUtf8(s.payee);
        b.amount = s.amountCents;
        b.envelopeId = envelopesBySeed.value(QString::fromUtf8(s.envelope)).value(0);
        b.frequency = s.frequency;
        b.startDate = QDate(firstDay.year(), firstDay.month(), qMin(s.day, firstDay.daysInMonth()));
        if (s.day == 31)
            b.startDate = first.lastDay(); // month-end anchor
        b.nextDue = b.startDate;
        billIds.append(commit(budget.createBill(b)));
    }
    result.bills = static_cast<int>(billIds.size());

    int txCount = 0;
    // Per month: two salaries, allocations of every target, the bills that fell due.
    for (Month m = first; m <= last; m = m.addMonths(1)) {
        for (const auto& [payee, amount, day] :
            { std::tuple { "Acme Corp Payroll", 385000, 25 }, std::tuple { "Freelance client", 120000, 10 } }) {
            vv::budget::Transaction t;
            t.date = QDate(m.year(), m.month(), day);
            if (t.date > today)
                continue;
            t.payee = QString::fromUtf8(payee);
            t.amount = amount + rng.bounded(20000);
            t.cleared = true;
            commit(budget.addTransaction(t));
            ++txCount;
        }
        for (qsizetype i = 0; i < envelopeIds.size(); ++i) {
            commit(budget.allocate(envelopeIds.at(i), targets.at(i), m));
            ++result.allocations;
        }
        for (const QString& id : std::as_const(billIds)) {
            for (int guard = 0; guard < 10; ++guard) {
                const std::optional<vv::budget::Bill> b = budget.bill(id);
                if (!b || b->nextDue > m.lastDay() || b->nextDue > today)
                    break;
                commit(budget.payBill(id));
                ++txCount;
            }
        }
    }

    // Everyday spending, spread evenly over the days, payees repeating by weight.
    int totalWeight = 0;
    for (const PayeeSeed& p : Payees)
        totalWeight += p.weight;
    const auto randomEnvelope = [&] { return envelopeIds.at(rng.bounded(static_cast<int>(envelopeIds.size()))); };
    const int remaining = qMax(0, config.transactions - txCount);
    const qint64 days = firstDay.daysTo(today) + 1;
    for (int i = 0; i < remaining && storeOk; ++i) {
        int pick = rng.bounded(totalWeight);
        size_t p = 0;
        while (pick >= Payees.at(p).weight) {
            pick -= Payees.at(p).weight;
            ++p;
        }
        const PayeeSeed& payee = Payees.at(p);
        const QStringList& variants = envelopesBySeed.value(QString::fromUtf8(payee.envelope));
        vv::budget::Transaction t;
        t.date = firstDay.addDays(qint64(i) * days / remaining);
        t.payee = QString::fromUtf8(payee.name);
        t.amount = -(payee.minCents + rng.bounded(payee.maxCents - payee.minCents + 1));
        if (rng.bounded(100) == 0)
            t.amount = -t.amount; // a refund
        t.envelopeId = rng.bounded(4) == 0 && !variants.isEmpty() ? variants.at(rng.bounded(int(variants.size())))
                                                                  : variants.value(0);
        if (rng.bounded(10) == 0)
            t.envelopeId = randomEnvelope();
        if (rng.bounded(5) == 0)
            t.note = QString::fromUtf8(Notes.at(rng.bounded(static_cast<int>(Notes.size()))));
        t.cleared = t.date.daysTo(today) > 10;
        if (rng.bounded(20) == 0 && qAbs(t.amount) >= 300) {
            // ~5% split over two or three envelopes.
            const int lines = 2 + rng.bounded(2);
            qint64 left = t.amount;
            for (int l = 0; l < lines; ++l) {
                vv::budget::SplitLine line;
                line.envelopeId = l == 0 ? t.envelopeId : randomEnvelope();
                line.amount = l + 1 == lines ? left : t.amount / lines;
                left -= line.amount;
                if (l == 1)
                    line.note = QStringLiteral("part %1").arg(l + 1);
                t.splits.append(line);
            }
            ++result.splitTransactions;
        }
        commit(budget.addTransaction(t));
        ++txCount;
    }
    flush();
    result.transactions = txCount;
    if (!storeOk) {
        result.error = QStringLiteral("writing the budget failed: %1").arg(profile.errorString());
        return result;
    }

    bool keyRead = false;
    waitFor([&](auto done) {
        secrets.readSecret(
            secrets::SecretStore::masterKeyName(profile.roomId()), &secrets, [&, done](const secrets::SecretResult& r) {
                keyRead = r.isOk();
                result.masterKey = r.value;
                done();
            });
    });
    profile.close();
    result.ok = keyRead;
    if (!keyRead)
        result.error = QStringLiteral("could not read the generated key back");
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace vv::bench
