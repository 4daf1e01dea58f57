#pragma once

#include "settings/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vv::ui {

// Real-time signaling (on/off, server URL, heartbeat, reconnect interval, attempts) and the
// language. OK/Apply write to Settings; the app reacts to Settings::changed at once, no restart.
// An invalid URL is refused with a message and disables OK/Apply; plain ws:// to a remote
// host is allowed with a visible warning. Values set by environment variables are shown
// read-only with the variable's name.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(PreferencesDialog)
public:
    explicit PreferencesDialog(settings::Settings& settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    [[nodiscard]] bool isInputValid() const;
    [[nodiscard]] QString urlErrorText() const; // empty when the URL is acceptable
    [[nodiscard]] QString urlWarningText() const; // empty unless ws:// to a remote host
    [[nodiscard]] QString pinErrorText() const; // empty unless the pin field holds no valid SHA-256

public Q_SLOTS:
    // Writes the dialog's values to Settings; returns false (and writes nothing) if invalid.
    bool apply();
    // Reloads the controls from Settings (discarding edits).
    void load();
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void validate();
    void updateEnabledState();
    void retranslateUi();

    settings::Settings& m_settings;
    // What load() put into the controls: only values the user changed are written back, so a
    // value finer than the dialog's step (e.g. 50 ms in a test setup) is not rounded away.
    int m_loadedHeartbeat = 0;
    double m_loadedReconnect = 0;

    QGroupBox* m_syncGroup = nullptr;
    QLabel* m_privacyNote = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_enabledEnvNote = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_urlEnvNote = nullptr;
    QLabel* m_urlError = nullptr;
    QLabel* m_urlWarning = nullptr;
    QLabel* m_heartbeatLabel = nullptr;
    QSpinBox* m_heartbeat = nullptr;
    QLabel* m_reconnectLabel = nullptr;
    QDoubleSpinBox* m_reconnect = nullptr;
    QLabel* m_attemptsLabel = nullptr;
    QSpinBox* m_attempts = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_pinEnvNote = nullptr;
    QLabel* m_pinError = nullptr;
    QGroupBox* m_languageGroup = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vv::ui
