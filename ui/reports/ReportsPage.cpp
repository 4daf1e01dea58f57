#include "reports/ReportsPage.h"

#include "budget/Budget.h"
#include "budget/Money.h"
#include "reports/BarChartWidget.h"
#include "workspace/BudgetEditor.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace vv::ui {

using reports::RangeKind;

namespace {
QTableView* makeTable(QWidget* parent, const QString& name, QStandardItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}
} // namespace

ReportsPage::ReportsPage(BudgetEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0); // coalesces a burst of changes (an import, a sync pull)
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsPage::refresh);

    m_rangeLabel = new QLabel(this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    for (const RangeKind kind :
        { RangeKind::Last6Months, RangeKind::Last12Months, RangeKind::ThisYear, RangeKind::LastYear })
        m_range->addItem(QString(), static_cast<int>(kind));
    m_range->setCurrentIndex(1);
    m_rangeLabel->setBuddy(m_range);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);

    m_showNumbers = new QAction(this);
    m_showNumbers->setObjectName(QStringLiteral("showNumbersAction"));
    m_showNumbers->setCheckable(true);
    m_showNumbers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_showNumbers->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_showNumbers);
    connect(m_showNumbers, &QAction::toggled, this, &ReportsPage::setShowNumbers);
    m_copy = new QAction(this);
    m_copy->setObjectName(QStringLiteral("copyNumbersAction"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &ReportsPage::copyNumbers);
    m_showNumbersButton = new QToolButton(this);
    m_showNumbersButton->setObjectName(QStringLiteral("showNumbersButton"));
    m_showNumbersButton->setDefaultAction(m_showNumbers);
    m_showNumbersButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyNumbersButton"));
    m_copyButton->setDefaultAction(m_copy);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_spendingNumbers = new QStandardItemModel(this);
    m_incomeNumbers = new QStandardItemModel(this);
    m_spendingChart = new BarChartWidget(this);
    m_spendingChart->setObjectName(QStringLiteral("spendingChart"));
    m_incomeChart = new BarChartWidget(this);
    m_incomeChart->setObjectName(QStringLiteral("incomeChart"));
    for (BarChartWidget* chart : { m_spendingChart, m_incomeChart }) {
        chart->setFormatters(
            [this](qint64 v) { return compactMoney(v); }, [this](qint64 v) { return m_editor.formatMoney(v); });
    }
    m_spendingTable = makeTable(this, QStringLiteral("spendingTable"), m_spendingNumbers);
    m_incomeTable = makeTable(this, QStringLiteral("incomeTable"), m_incomeNumbers);
    m_spendingStack = new QStackedWidget(this);
    m_spendingStack->addWidget(m_spendingChart);
    m_spendingStack->addWidget(m_spendingTable);
    m_incomeStack = new QStackedWidget(this);
    m_incomeStack->addWidget(m_incomeChart);
    m_incomeStack->addWidget(m_incomeTable);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_spendingStack, QString());
    m_tabs->addTab(m_incomeStack, QString());

    // A click on a bar shows its figure in the table.
    connect(m_spendingChart, &BarChartWidget::barClicked, this, [this](int category, int series) {
        m_showNumbers->setChecked(true);
        const QModelIndex cell = m_spendingNumbers->index(series, category + 1);
        m_spendingTable->setCurrentIndex(cell);
        m_spendingTable->scrollTo(cell);
    });
    connect(m_incomeChart, &BarChartWidget::barClicked, this, [this](int category, int series) {
        m_showNumbers->setChecked(true);
        const QModelIndex cell = m_incomeNumbers->index(series, category + 1);
        m_incomeTable->setCurrentIndex(cell);
        m_incomeTable->scrollTo(cell);
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_rangeLabel);
    controls->addWidget(m_range);
    controls->addStretch(1);
    controls->addWidget(m_showNumbersButton);
    controls->addWidget(m_copyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    connect(&m_editor.budget(), &vv::budget::Budget::changed, this, [this](const vv::budget::AppliedChanges& c) {
        // Spending and income live in the balances; names and colours in the envelopes.
        if (c.balancesChanged || c.rebuilt || c.envelopesChanged || c.budgetChanged)
            scheduleRefresh();
    });
    connect(&m_editor, &BudgetEditor::localeChanged, this, &ReportsPage::scheduleRefresh);
    retranslateUi();
    refresh();
}

ReportsPage::~ReportsPage() = default;

RangeKind ReportsPage::rangeKind() const
{
    return static_cast<RangeKind>(m_range->currentData().toInt());
}

void ReportsPage::setRangeKind(RangeKind kind)
{
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(kind)));
}

reports::MonthRange ReportsPage::range() const
{
    return reports::rangeFor(rangeKind(), m_editor.currentMonth());
}

bool ReportsPage::isShowingNumbers() const
{
    return m_showNumbers->isChecked();
}

void ReportsPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ReportsPage::scheduleRefresh()
{
    m_refreshTimer->start();
}

QString ReportsPage::compactMoney(qint64 minor) const
{
    // Axis labels: whole units, thousands as "K" beyond 100,000 (tooltips and tables are exact).
    const QLocale locale = m_editor.locale();
    const QString symbol = vv::budget::Money::symbol(m_editor.currency(), locale);
    const double major = std::abs(static_cast<double>(minor)) / std::pow(10.0, m_editor.decimals());
    QString text;
    if (major >= 100000.0) {
        const bool millions = major >= 10000000.0;
        text = locale.toCurrencyString(major / (millions ? 1000000.0 : 1000.0), symbol, 0);
        qsizetype last = text.size() - 1;
        while (last >= 0 && !text.at(last).isDigit())
            --last;
        text.insert(last + 1, millions ? QStringLiteral("M") : QStringLiteral("K"));
    } else {
        text = locale.toCurrencyString(major, symbol, major == std::floor(major) ? 0 : m_editor.decimals());
    }
    return minor < 0 ? locale.negativeSign() + text : text;
}

reports::Presentation ReportsPage::presentation() const
{
    reports::Presentation how;
    const QLocale locale = m_editor.locale();
    how.monthLabel
        = [locale](vv::budget::Month m) { return locale.toString(m.firstDay(), QStringLiteral("MMM yyyy")); };
    how.shortMonthLabel = [locale](vv::budget::Month m) {
        return m.month() == 1 ? locale.toString(m.firstDay(), QStringLiteral("MMM yy"))
                              : locale.toString(m.firstDay(), QStringLiteral("MMM"));
    };
    how.money = [this](qint64 v) { return m_editor.formatMoney(v); };
    how.unassignedName = m_editor.envelopeName(QString());
    how.otherName = tr("Other");
    how.totalName = tr("Total");
    how.incomeName = tr("Income");
    how.spendingName = tr("Spending");
    how.netName = tr("Net");
    how.decimals = m_editor.decimals();
    for (const vv::budget::Envelope& e : m_editor.budget().envelopes()) {
        const QColor color = QColor::fromString(e.color);
        if (!e.color.isEmpty() && color.isValid())
            how.envelopeColors.insert(e.id, color);
    }
    return how;
}

void ReportsPage::refresh()
{
    m_refreshTimer->stop();
    ++m_refreshCount;
    m_refreshedFor = m_editor.currentMonth();
    const reports::MonthRange r = range();
    const reports::Presentation how = presentation();
    const vv::budget::SpendingReport spending
        = vv::budget::Reports::spendingByEnvelope(m_editor.budget(), r.from, r.to);
    const QList<vv::budget::IncomeSpending> income
        = vv::budget::Reports::incomeVsSpending(m_editor.budget(), r.from, r.to);
    const qint64 unit = static_cast<qint64>(std::llround(std::pow(10.0, m_editor.decimals())));
    m_spendingChart->setMinimumStep(unit);
    m_incomeChart->setMinimumStep(unit);
    m_spendingChart->setChartData(reports::spendingChart(spending, how, TopEnvelopes));
    m_incomeChart->setChartData(reports::incomeChart(income, how));
    reports::fillSpendingTable(*m_spendingNumbers, spending, how);
    reports::fillIncomeTable(*m_incomeNumbers, income, how);
}

void ReportsPage::setShowNumbers(bool numbers)
{
    m_spendingStack->setCurrentIndex(numbers ? 1 : 0);
    m_incomeStack->setCurrentIndex(numbers ? 1 : 0);
    m_showNumbers->setText(numbers ? tr("Show &Charts") : tr("Show &Numbers"));
}

QString ReportsPage::numbersText() const
{
    const QStandardItemModel* model = m_tabs->currentIndex() == IncomeTab ? m_incomeNumbers : m_spendingNumbers;
    return reports::toTabSeparated(*model, m_editor.decimals());
}

void ReportsPage::copyNumbers()
{
    // Report figures are budget data but not secrets: the user asked to copy them.
    QGuiApplication::clipboard()->setText(numbersText());
}

void ReportsPage::retranslateUi()
{
    setWindowTitle(tr("Reports"));
    m_rangeLabel->setText(tr("&Period:"));
    const QStringList ranges { tr("Last 6 months"), tr("Last 12 months"), tr("This year"), tr("Last year") };
    for (int i = 0; i < m_range->count() && i < ranges.size(); ++i)
        m_range->setItemText(i, ranges.at(i));
    setShowNumbers(m_showNumbers->isChecked());
    m_showNumbers->setToolTip(tr("Switch between the charts and the figures behind them (Ctrl+T)"));
    m_copy->setText(tr("&Copy Numbers"));
    m_copy->setToolTip(tr("Copy the table of the current report as tab-separated text, for a spreadsheet"));
    m_tabs->setTabText(SpendingTab, tr("&Spending by Envelope"));
    m_tabs->setTabText(IncomeTab, tr("&Income and Spending"));
    m_spendingChart->setEmptyText(tr("No spending in this period yet. Expenses you record show up here by envelope."));
    m_incomeChart->setEmptyText(tr("No income or spending in this period yet."));
    m_spendingChart->setAccessibleName(tr("Spending by envelope per month"));
    m_incomeChart->setAccessibleName(tr("Income versus spending per month"));
    scheduleRefresh(); // translated series names
}

void ReportsPage::showEvent(QShowEvent* event)
{
    // The ranges are relative to the current month: follow it when the app ran over a month end.
    if (m_editor.currentMonth() != m_refreshedFor)
        refresh();
    QWidget::showEvent(event);
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vv::ui
