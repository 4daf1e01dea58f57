#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace vv::budget {

struct OfxTransaction {
    int line = 0; // where <STMTTRN> opened
    QString type; // TRNTYPE
    QDate date; // DTPOSTED (time and zone ignored: the bank's booking day)
    QString rawDate;
    QString amount; // TRNAMT as written ("-12.50", some banks "-12,50")
    QString name; // NAME, or PAYEE's NAME
    QString memo;
    QString fitId;
};

// Reads STMTTRN records from OFX 1.x (SGML: header lines, leaf tags left unclosed) and OFX 2.x
// (XML). Only the tags a budget needs; everything else is skipped, nothing is validated
// against the DTD, and bad input gives fewer records, never a crash.
class OfxParser
{
public:
    struct Result {
        QList<OfxTransaction> transactions;
        QString currency; // CURDEF
        QString error; // non-empty: not an OFX file at all
    };
    [[nodiscard]] static Result parse(const QByteArray& data);
};

} // namespace vv::budget
