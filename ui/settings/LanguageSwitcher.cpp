#include "settings/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUi, "vv.ui")

namespace vv::ui {

namespace {
constexpr auto TranslationDir = QLatin1StringView(":/i18n");
constexpr auto English = QLatin1StringView("en");
} // namespace

LanguageSwitcher::LanguageSwitcher(settings::Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_settings, &settings::Settings::changed, this, [this](settings::Settings::Key key) {
        if (key == settings::Settings::Key::Language)
            apply();
    });
    apply();
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QString LanguageSwitcher::currentLanguage() const
{
    return m_current;
}

QStringList LanguageSwitcher::availableTranslations()
{
    QStringList languages;
    const QStringList files = QDir(TranslationDir).entryList({ QStringLiteral("violetvault_*.qm") }, QDir::Files);
    for (const QString& file : files)
        languages << file.mid(12, file.size() - 12 - 3); // "violetvault_" .. ".qm"
    return languages;
}

QString LanguageSwitcher::resolve(const QString& setting) const
{
    const QStringList available = availableTranslations();
    if (!setting.isEmpty())
        return available.contains(setting) ? setting : QString(English);
    // System: the first of the user's preferred UI languages that we ship.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& tag : preferred) {
        const QString language = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (language == English)
            return English;
        if (available.contains(language))
            return language;
    }
    return English;
}

void LanguageSwitcher::apply()
{
    const QString language = resolve(m_settings.language());
    if (language == m_current)
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    if (language != English) {
        // Qt's own texts (line edit context menu, standard dialogs) from the system's Qt
        // translations (Debian: qt6-translations-l10n), when installed; ours work without them.
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(
                QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
        }
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral("violetvault_") + language, TranslationDir)) {
            QCoreApplication::installTranslator(translator.get());
            m_translator = std::move(translator);
        } else {
            qCWarning(lcUi) << "no translation for" << language << "; using English";
        }
    }
    m_current = m_translator ? language : QString(English);
    // Dates and numbers follow the chosen language too.
    QLocale::setDefault(m_settings.language().isEmpty() ? QLocale::system() : QLocale(m_current));
    Q_EMIT languageChanged(m_current);
}

} // namespace vv::ui
