#include "sharing/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace vv::ui {

namespace {
QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultClearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

SecretClipboard::~SecretClipboard()
{
    // Quitting within the minute: do not leave the secret behind on the clipboard.
    if (m_timer.isActive())
        clearIfUnchanged();
}

void SecretClipboard::setClearAfter(int ms)
{
    m_timer.setInterval(ms);
}

void SecretClipboard::copy(const QString& secret)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data);
    m_hash = hashOf(secret);
    m_timer.start();
}

void SecretClipboard::clearIfUnchanged()
{
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard && !m_hash.isEmpty() && hashOf(clipboard->text()) == m_hash) {
        clipboard->clear();
        Q_EMIT cleared();
    }
    m_hash.clear();
}

} // namespace vv::ui
