#include "budget/Exporter.h"

#include "budget/Budget.h"
#include "budget/CsvReader.h"
#include "budget/Money.h"
#include "budget/Schema.h"
#include "store/BudgetState.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vv::budget {

namespace s = schema;

namespace {
const QString FormatName = QStringLiteral("violetvault-backup");

QString tr(const char* text)
{
    return QCoreApplication::translate("vv::budget::Exporter", text);
}
} // namespace

QStringList Exporter::entityTypes()
{
    return { s::Budget, s::Envelope, s::Transaction, s::Split, s::Allocation, s::Bill };
}

QByteArray Exporter::ledgerCsv(const Budget& budget)
{
    const int dec = budget.decimals();
    QHash<QString, QString> names;
    for (const Envelope& e : budget.envelopes())
        names.insert(e.id, e.name);
    auto line = [](const QStringList& fields) -> QString {
        QString out;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += CsvReader::quote(fields.at(i));
        }
        return out + QStringLiteral("\r\n");
    };
    QString csv = line({ QStringLiteral("Date"), QStringLiteral("Payee"), QStringLiteral("Amount"),
        QStringLiteral("Envelope"), QStringLiteral("Memo"), QStringLiteral("Cleared"), QStringLiteral("Id") });
    const BudgetIndex& index = budget.index();
    for (qsizetype i = 0; i < index.rowCount(); ++i) {
        const LedgerRow& r = index.row(i);
        const QString date = r.date.toString(Qt::ISODate);
        const QString cleared = r.cleared ? QStringLiteral("yes") : QStringLiteral("no");
        const QList<SplitLine> lines = r.splitCount > 0 ? index.splitsOf(r.id) : QList<SplitLine>();
        if (lines.isEmpty()) {
            csv += line(
                { date, r.payee, Money::toPlain(r.amount, dec), names.value(r.envelopeId), r.note, cleared, r.id });
            continue;
        }
        qint64 covered = 0;
        for (const SplitLine& l : lines) {
            csv += line({ date, r.payee, Money::toPlain(l.amount, dec), names.value(l.envelopeId),
                l.note.isEmpty() ? r.note : l.note, cleared, r.id });
            covered += l.amount;
        }
        if (covered != r.amount) // same remainder rule as the balances
            csv += line({ date, r.payee, Money::toPlain(r.amount - covered, dec), names.value(r.envelopeId), r.note,
                cleared, r.id });
    }
    return csv.toUtf8();
}

QByteArray Exporter::backupJson(const vv::store::BudgetState& state)
{
    QJsonObject entities;
    for (const QString& type : entityTypes()) {
        QJsonObject byId;
        for (const QString& id : state.entityIds(type)) {
            QJsonObject fields = state.entity(type, id);
            // null is how an undo clears a field: the same as absent.
            for (auto it = fields.begin(); it != fields.end();) {
                if (it->isNull())
                    it = fields.erase(it);
                else
                    ++it;
            }
            if (!fields.isEmpty())
                byId.insert(id, fields);
        }
        if (!byId.isEmpty())
            entities.insert(type, byId);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), BackupVersion);
    root.insert(QStringLiteral("entities"), entities);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<BackupEntity>> Exporter::parseBackup(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<QList<BackupEntity>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The backup is not valid JSON."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(tr("This is not a VioletVault backup."));
    const qint64 version = root.value(QStringLiteral("version")).toInteger(-1);
    if (version < 1)
        return fail(tr("The backup has no valid version."));
    if (version > BackupVersion)
        return fail(tr("The backup was written by a newer VioletVault."));
    const QJsonObject entities = root.value(QStringLiteral("entities")).toObject();
    const QStringList known = entityTypes();
    QList<BackupEntity> out;
    for (auto t = entities.constBegin(); t != entities.constEnd(); ++t) {
        if (!known.contains(t.key()))
            return fail(tr("The backup contains unknown data (%1).").arg(t.key()));
        const QJsonObject byId = t.value().toObject();
        for (auto e = byId.constBegin(); e != byId.constEnd(); ++e) {
            if (!e.value().isObject())
                return fail(tr("The backup is damaged."));
            out.append(BackupEntity { t.key(), e.key(), e.value().toObject() });
        }
    }
    return out;
}

} // namespace vv::budget
