#pragma once

#include "settings/Settings.h"

#include <QObject>
#include <QTranslator>

#include <memory>

namespace vv::ui {

// Installs the translation chosen in Settings (System, English, Deutsch) and swaps it when
// the setting changes. Installing/removing a QTranslator sends QEvent::LanguageChange to
// every widget, which retranslate themselves: no restart.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(LanguageSwitcher)
public:
    explicit LanguageSwitcher(settings::Settings& settings, QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // The language in use: "en" or "de" (what "System" resolved to).
    [[nodiscard]] QString currentLanguage() const;
    // Languages with a translation shipped in the resources, besides English (the source).
    [[nodiscard]] static QStringList availableTranslations();

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    [[nodiscard]] QString resolve(const QString& setting) const;

    settings::Settings& m_settings;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's own strings (standard dialogs), if installed
    QString m_current;
};

} // namespace vv::ui
