// The shipped German translation is complete and consistent: every message of
// translations/violetvault_de.ts is finished and non-empty, keeps the same %n placeholders,
// and keeps a keyboard mnemonic (&) where the English text has one. The embedded .qm loads.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsComplete()
    {
        const QString path = qEnvironmentVariable("VV_SOURCE_DIR") + QStringLiteral("/translations/violetvault_de.ts");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QXmlStreamReader xml(&file);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1StringView("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1StringView("translation")) {
                const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2").arg(type, source)));
                // A plural message holds one <numerusform> per German form (singular, plural);
                // every form is checked on its own.
                QStringList forms;
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1StringView("translation"))
                        break;
                }
                if (forms.isEmpty())
                    forms << text;
                for (const QString& form : std::as_const(forms)) {
                    ++messages;
                    QVERIFY2(!form.trimmed().isEmpty(), qPrintable(QStringLiteral("empty translation: ") + source));
                    QStringList a;
                    QStringList b;
                    for (const auto& m : placeholder.globalMatch(source))
                        a << m.captured();
                    for (const auto& m : placeholder.globalMatch(form))
                        b << m.captured();
                    a.sort();
                    b.sort();
                    QVERIFY2(a == b, qPrintable(QStringLiteral("placeholders differ: ") + source));
                    QCOMPARE(form.contains(QLatin1Char('&')), source.contains(QLatin1Char('&')));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
    }

    void qmIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/violetvault_de.qm")));
        QCOMPARE(translator.translate("vv::ui::SyncStatusWidget", "Local only"), QStringLiteral("Nur lokal"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
