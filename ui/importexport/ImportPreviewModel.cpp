#include "importexport/ImportPreviewModel.h"

#include "workspace/BudgetEditor.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace vv::ui {

using vv::budget::ImportRow;

namespace {
const QColor ErrorColor(0xC6, 0x28, 0x28);

// The domain's reasons are plain English with the offending text quoted: "invalid date "x"".
QString quoted(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("\"(.*)\""), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

ImportPreviewModel::ImportPreviewModel(const BudgetEditor& editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{ }

ImportPreviewModel::~ImportPreviewModel() = default;

void ImportPreviewModel::setPreview(const vv::budget::ImportPreview& preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::reasonText(const ImportRow& row)
{
    const QString e = row.error;
    if (row.status == ImportRow::Status::Duplicate) {
        if (e.contains(QLatin1StringView("FITID")))
            return tr("The bank's transaction id (FITID) is already there.");
        return tr("Same date, amount and payee.");
    }
    if (e.startsWith(QLatin1StringView("invalid date")))
        return tr("The date \"%1\" does not match the date format.").arg(quoted(e));
    if (e.startsWith(QLatin1StringView("invalid amount")))
        return tr("\"%1\" is not an amount with these separators.").arg(quoted(e));
    if (e.startsWith(QLatin1StringView("no debit or credit")))
        return tr("Neither a debit nor a credit amount.");
    if (e.startsWith(QLatin1StringView("unterminated")))
        return tr("A quoted field is not closed: the rest of the file cannot be read.");
    if (e.startsWith(QLatin1StringView("invalid DTPOSTED")))
        return tr("The date \"%1\" is not an OFX date.").arg(quoted(e));
    if (e.startsWith(QLatin1StringView("invalid TRNAMT")))
        return tr("The amount \"%1\" is not a number.").arg(quoted(e));
    return e;
}

QString ImportPreviewModel::statusText(const ImportRow& row)
{
    switch (row.status) {
    case ImportRow::Status::New:
        return tr("New");
    case ImportRow::Status::Duplicate: {
        static const QRegularExpression line(QStringLiteral("line (\\d+)$"));
        const QRegularExpressionMatch m = line.match(row.error);
        return m.hasMatch() ? tr("Duplicate of line %1").arg(m.captured(1))
                            : tr("Duplicate of an existing transaction");
    }
    case ImportRow::Status::Error:
        return tr("Error: %1").arg(reasonText(row));
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.rows.size())
        return {};
    const ImportRow& r = m_preview.rows.at(index.row());
    const bool error = r.status == ImportRow::Status::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return r.line;
        case DateColumn:
            return r.date.isValid() ? m_editor.formatDate(r.date) : QString();
        case PayeeColumn:
            return r.payee;
        case MemoColumn:
            return QString(r.memo).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case AmountColumn:
            return error ? QString() : m_editor.formatMoney(r.amount);
        case StatusColumn:
            return statusText(r);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (r.status == ImportRow::Status::New)
            return index.column() == MemoColumn && !r.memo.isEmpty() ? QVariant(r.memo) : QVariant();
        return r.status == ImportRow::Status::Duplicate ? tr("%1 — skipped. %2").arg(statusText(r), reasonText(r))
                                                        : tr("Line %1 is skipped: %2").arg(r.line).arg(reasonText(r));
    case Qt::ForegroundRole:
        if (error)
            return QBrush(ErrorColor);
        if (r.status == ImportRow::Status::Duplicate)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == AmountColumn && r.amount < 0)
            return QBrush(ErrorColor);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole:
        return int(r.status);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case DateColumn:
        return tr("Date");
    case PayeeColumn:
        return tr("Payee");
    case MemoColumn:
        return tr("Memo");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace vv::ui
