// The sharing widgets on their own (offscreen, real crypto): QrCodeWidget paints finder
// patterns where they belong, in pure black and white; the join form validates share codes as
// they are typed (a table of good and mistyped codes); the share dialog shows the code and its
// QR code; Copy puts the code on the clipboard and clears it later only if unchanged. With
// VV_SCREENSHOT_DIR set, also renders the dialogs for docs/screenshots from a FIXED test key.
#include "crypto/MasterKey.h"
#include "crypto/QrCode.h"
#include "crypto/ShareCode.h"
#include "secrets/SecretStore.h"
#include "sharing/KeychainMessage.h"
#include "sharing/QrCodeWidget.h"
#include "sharing/SecretClipboard.h"
#include "sharing/ShareBudgetDialog.h"
#include "sharing/ShareCodeValidation.h"
#include "sharing/SyncSetupDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using vv::crypto::MasterKey;
using vv::crypto::QrCode;
using vv::crypto::ShareCode;
using vv::ui::QrCodeWidget;
using vv::ui::SecretClipboard;
using vv::ui::ShareBudgetDialog;
using vv::ui::ShareCodeValidation;
using vv::ui::SyncSetupDialog;

namespace {

// A fixed, public test key (bytes 0x01..0x20): never a real budget's key.
QString fixedTestCode()
{
    QByteArray bytes;
    for (int i = 1; i <= MasterKey::Size; ++i)
        bytes.append(char(i));
    return ShareCode::encode(*MasterKey::fromBytes(bytes));
}

// The code with the symbol at `index` (0-based, counted after the "VV1-" prefix, dashes skipped)
// replaced by the next symbol of the alphabet: a single typo.
QString withTypo(const QString& code, int index)
{
    static const QString alphabet = QLatin1StringView(ShareCode::Alphabet);
    QString out = code;
    int seen = -1;
    for (qsizetype i = 4; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('-'))
            continue;
        if (++seen == index) {
            const qsizetype at = alphabet.indexOf(out.at(i));
            out[i] = alphabet.at((at + 1) % alphabet.size());
            break;
        }
    }
    return out;
}

QString swapped(const QString& code, int index)
{
    QString out = code;
    int seen = -1;
    qsizetype first = -1;
    for (qsizetype i = 4; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('-'))
            continue;
        ++seen;
        if (seen == index)
            first = i;
        else if (seen == index + 1) {
            const QChar c = out.at(first);
            out[first] = out.at(i);
            out[i] = c;
            break;
        }
    }
    return out;
}

QPushButton* okButton(const SyncSetupDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSharing : public QObject
{
    Q_OBJECT
private:
    QString m_shotDir;

    void save(QWidget& widget, const QString& name)
    {
        QApplication::processEvents();
        const QImage image = widget.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = QDir(m_shotDir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shotDir = qEnvironmentVariable("VV_SCREENSHOT_DIR");
        QVERIFY(!fixedTestCode().isEmpty());
    }

    // Tried: paint a share code's QR at two sizes. Must hold: the three finder patterns' dark
    // ring and centre and light ring sit exactly where the matrix says, the quiet zone is white,
    // and every pixel is pure black or pure white (whole device pixels per module: crisp).
    void qrCodePaints_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("small") << 180;
        QTest::newRow("large") << 413;
    }
    void qrCodePaints()
    {
        QFETCH(int, side);
        const QrCode code = QrCode::encode(fixedTestCode());
        QVERIFY(!code.isNull());
        QrCodeWidget widget;
        widget.setCode(code);
        widget.resize(side, side);
        const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        // The grab is in device pixels (tst_sharing_hidpi runs this at a scale factor of 1.5).
        QCOMPARE(image.devicePixelRatio(), widget.devicePixelRatioF());
        const int module = widget.modulePixels();
        QVERIFY(module >= 2);
        const QPoint origin = widget.originPixels();
        const int n = code.size();
        auto pixelAt = [&](int mx, int my) {
            return QColor(image.pixel(origin.x() + mx * module + module / 2, origin.y() + my * module + module / 2));
        };
        // Finder patterns: top-left (0,0), top-right (n-7,0), bottom-left (0,n-7).
        for (const QPoint corner : { QPoint(0, 0), QPoint(n - 7, 0), QPoint(0, n - 7) }) {
            QCOMPARE(pixelAt(corner.x(), corner.y()), QColor(Qt::black)); // outer ring
            QCOMPARE(pixelAt(corner.x() + 6, corner.y() + 6), QColor(Qt::black));
            QCOMPARE(pixelAt(corner.x() + 1, corner.y() + 1), QColor(Qt::white)); // light ring
            QCOMPARE(pixelAt(corner.x() + 3, corner.y() + 3), QColor(Qt::black)); // centre
        }
        QCOMPARE(pixelAt(-1, -1), QColor(Qt::white)); // quiet zone
        QCOMPARE(pixelAt(n, n), QColor(Qt::white));
        // Every module agrees with the matrix.
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                QCOMPARE(pixelAt(x, y) == QColor(Qt::black), code.isDark(x, y));
        // Crisp: no grey anywhere inside the symbol with its quiet zone.
        const int quiet = module * widget.quietZone();
        const QRect area(origin.x() - quiet, origin.y() - quiet, module * n + 2 * quiet, module * n + 2 * quiet);
        QVERIFY(image.rect().contains(area));
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                const QRgb p = image.pixel(x, y);
                QVERIFY(p == qRgb(0, 0, 0) || p == qRgb(255, 255, 255));
            }
        // The accessible text says what it is, never what it encodes.
        QVERIFY(!widget.accessibleDescription().isEmpty());
        QVERIFY(!widget.accessibleDescription().contains(fixedTestCode().mid(4, 5)));
    }

    // Tried: type good and broken codes into the join form. Must hold: OK is enabled for a
    // valid code only; a typo or swap says so plainly; an incomplete code counts characters
    // without calling it an error; no message repeats a group of the code.
    void joinValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        const QString code = fixedTestCode();
        using S = ShareCodeValidation::Status;
        QTest::newRow("valid") << code << int(S::Valid) << QStringLiteral("valid");
        QTest::newRow("lower case, no dashes")
            << code.toLower().remove(QLatin1Char('-')) << int(S::Valid) << QStringLiteral("valid");
        QTest::newRow("spaces instead of dashes")
            << QString(code).replace(QLatin1Char('-'), QLatin1Char(' ')) << int(S::Valid) << QStringLiteral("valid");
        QTest::newRow("empty") << QString() << int(S::Empty) << QString();
        QTest::newRow("typo in symbol 0") << withTypo(fixedTestCode(), 0) << int(S::Invalid) << QStringLiteral("typo");
        QTest::newRow("typo in symbol 30")
            << withTypo(fixedTestCode(), 30) << int(S::Invalid) << QStringLiteral("typo");
        QTest::newRow("typo in check symbol")
            << withTypo(fixedTestCode(), 53) << int(S::Invalid) << QStringLiteral("typo");
        QTest::newRow("two swapped") << swapped(fixedTestCode(), 10) << int(S::Invalid) << QStringLiteral("swapped");
        QTest::newRow("incomplete") << fixedTestCode().left(20) << int(S::Incomplete) << QStringLiteral("of 54");
        QTest::newRow("too long") << fixedTestCode() + QStringLiteral("AB") << int(S::Invalid)
                                  << QStringLiteral("too long");
        QTest::newRow("letter U") << fixedTestCode().left(10) + QStringLiteral("U") << int(S::Invalid)
                                  << QStringLiteral("character");
        QTest::newRow("other version") << QStringLiteral("VV2-") + fixedTestCode().mid(4) << int(S::Invalid)
                                       << QStringLiteral("VV1");
    }
    void joinValidation()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        const ShareCodeValidation check = ShareCodeValidation::check(text);
        QCOMPARE(int(check.status), status);
        QVERIFY2(check.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(check.message));

        SyncSetupDialog dialog;
        dialog.setMode(SyncSetupDialog::Mode::Join);
        dialog.setServerUrl(QUrl(QStringLiteral("ws://127.0.0.1:9")));
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("shareCode"));
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password); // hidden until Show is ticked
        field->setText(text);
        QCOMPARE(okButton(dialog)->isEnabled(), status == int(ShareCodeValidation::Status::Valid));
        QCOMPARE(dialog.canSubmit(), okButton(dialog)->isEnabled());
        QCOMPARE(dialog.validationMessage(), check.message);
        const QString upper = fixedTestCode();
        for (qsizetype i = 4; i + 5 <= upper.size(); i += 6)
            QVERIFY(!dialog.validationMessage().contains(upper.mid(i, 5)));
    }

    // Tried: tick and untick "Show code". Must hold: the field switches between plain and
    // password echo.
    void showToggle()
    {
        SyncSetupDialog dialog;
        dialog.setMode(SyncSetupDialog::Mode::Join);
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("shareCode"));
        auto* show = dialog.findChild<QCheckBox*>(QStringLiteral("showCode"));
        show->setChecked(true);
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        show->setChecked(false);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
    }

    // Tried: fill the create form step by step. Must hold: OK needs a usable ws(s) server, a
    // name and a three-letter currency; http(s) is read as ws(s); a bad URL is explained;
    // OK emits submitted() (the dialog does not close itself).
    // Tried: show the dialog on the Create page, switch to Join and type a code with a typo
    // (a wrapped error message appears). Must hold: the dialog grows so the code field and the
    // message get their full height instead of being squeezed.
    void joinPageIsNotSqueezed()
    {
        SyncSetupDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int heightOnCreate = dialog.height();
        dialog.setMode(SyncSetupDialog::Mode::Join);
        dialog.setShareCode(withTypo(fixedTestCode(), 17));
        auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("shareCode"));
        QVERIFY(code);
        QVERIFY(!dialog.validationMessage().isEmpty());
        QTRY_VERIFY(code->height() >= code->sizeHint().height());
        QVERIFY(dialog.height() > heightOnCreate);
    }

    void createValidation()
    {
        SyncSetupDialog dialog;
        QCOMPARE(dialog.mode(), SyncSetupDialog::Mode::Create);
        dialog.setServerUrl(QUrl(QStringLiteral("ftp://example.org")));
        dialog.setBudgetName(QStringLiteral("Household"));
        dialog.setCurrency(QStringLiteral("eur"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.validationMessage().contains(QStringLiteral("address")));
        dialog.setServerUrl(QUrl(QStringLiteral("https://sync.example.org")));
        QCOMPARE(dialog.serverUrl(), QUrl(QStringLiteral("wss://sync.example.org")));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.currency(), QStringLiteral("EUR"));
        dialog.setBudgetName(QStringLiteral("   "));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.setBudgetName(QStringLiteral("Household"));
        dialog.setCurrency(QStringLiteral("EU"));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.setCurrency(QStringLiteral("CHF"));
        QSignalSpy submitted(&dialog, &SyncSetupDialog::submitted);
        okButton(dialog)->click();
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: the caller decides
        dialog.setBusy(true);
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.setBusy(false);
        dialog.setError(QStringLiteral("Something went wrong."));
        QCOMPARE(dialog.validationMessage(), QStringLiteral("Something went wrong."));
    }

    // Tried: open the share dialog for the fixed key. Must hold: the code is shown as text,
    // selectable, in the encoded (grouped) form, the QR matrix is the code's, and the warning
    // says that anyone with the code can read the budget.
    void shareDialogShowsCodeAndQr()
    {
        SecretClipboard clipboard;
        ShareBudgetDialog dialog(fixedTestCode(), &clipboard);
        QCOMPARE(dialog.codeText(), fixedTestCode());
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("shareCodeText"));
        QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        // The system's fixed-width font (what it resolves to depends on the installed fonts).
        QCOMPARE(label->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QCOMPARE(dialog.qrCodeWidget()->moduleCount(), QrCode::encode(fixedTestCode()).size());
        QVERIFY(!dialog.qrCodeWidget()->isEmpty());
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("shareWarning"));
        QVERIFY(warning->text().contains(QStringLiteral("Anyone who has this code can read")));
    }

    // Tried: press Copy, then let the (shortened) clear timer run; then copy again and copy
    // something else before it runs. Must hold: the code lands on the clipboard, is cleared
    // when still there, and the user's later copy is left alone.
    void copyPutsCodeOnClipboardAndClearsIt()
    {
        QClipboard* system = QGuiApplication::clipboard();
        SecretClipboard clipboard;
        QCOMPARE(clipboard.clearAfter(), 60000);
        clipboard.setClearAfter(150);
        ShareBudgetDialog dialog(fixedTestCode(), &clipboard);
        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyCodeButton"));
        QVERIFY(copy && copy->isEnabled());
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        copy->click();
        QCOMPARE(system->text(), fixedTestCode());
        QVERIFY(clipboard.isClearPending());
        QVERIFY(cleared.wait(5000));
        QVERIFY(system->text().isEmpty());

        copy->click();
        QCOMPARE(system->text(), fixedTestCode());
        system->setText(QStringLiteral("groceries 12.50"));
        QTRY_VERIFY_WITH_TIMEOUT(!clipboard.isClearPending(), 5000);
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(system->text(), QStringLiteral("groceries 12.50"));
    }

    // Tried: build the keychain message for each failure. Must hold: "no keychain" says so,
    // says nothing was set up and that there is no file fallback; there is only an OK button.
    void keychainMessage()
    {
        using vv::secrets::SecretError;
        QMessageBox* box = vv::ui::KeychainMessage::create(SecretError::NoKeychain, nullptr);
        QVERIFY(box->text().contains(QStringLiteral("no keychain")));
        QVERIFY(box->text().contains(QStringLiteral("not set up")));
        QVERIFY(box->informativeText().contains(QStringLiteral("never writes the key to a file")));
        QCOMPARE(box->buttons().size(), 1);
        delete box;
        QVERIFY(vv::ui::KeychainMessage::text(SecretError::AccessDenied).contains(QStringLiteral("locked")));
    }

    // Renders the dialogs for docs/screenshots (only when VV_SCREENSHOT_DIR is set), with the
    // fixed test key so no real secret is ever committed.
    void screenshots()
    {
        if (m_shotDir.isEmpty())
            QSKIP("set VV_SCREENSHOT_DIR to write screenshots (scripts/screenshots.sh)");
        {
            SyncSetupDialog dialog;
            dialog.setServerUrl(QUrl(QStringLiteral("wss://sync.example.org")));
            dialog.setBudgetName(QStringLiteral("Household"));
            dialog.setCurrency(QStringLiteral("EUR"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, QStringLiteral("11-sync-setup-create"));
            dialog.setMode(SyncSetupDialog::Mode::Join);
            dialog.setShareCode(withTypo(fixedTestCode(), 17));
            dialog.findChild<QCheckBox*>(QStringLiteral("showCode"))->setChecked(true);
            save(dialog, QStringLiteral("12-sync-setup-join-typo"));
            dialog.setShareCode(fixedTestCode());
            dialog.findChild<QCheckBox*>(QStringLiteral("showCode"))->setChecked(false);
            save(dialog, QStringLiteral("12b-sync-setup-join-valid"));
        }
        {
            SecretClipboard clipboard;
            ShareBudgetDialog dialog(fixedTestCode(), &clipboard);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, QStringLiteral("13-share-budget"));
        }
        {
            QMessageBox* box = vv::ui::KeychainMessage::create(vv::secrets::SecretError::NoKeychain, nullptr);
            box->show();
            QVERIFY(QTest::qWaitForWindowExposed(box));
            save(*box, QStringLiteral("14-no-keychain"));
            delete box;
        }
    }
};

QTEST_MAIN(TestSharing)
#include "tst_sharing.moc"
