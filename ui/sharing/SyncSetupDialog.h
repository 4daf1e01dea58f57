#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace vv::ui {

// "Set up sync": either create a new synced budget (server, budget name, currency) or join an
// existing one with the share code from another device. The code field is a password field
// (with a Show toggle) validated live with crypto::ShareCode: "n of 54 characters" while
// incomplete, a plain message for a typo; the OK button stays disabled until everything is
// valid. OK does not close the dialog: it emits submitted() and the caller (AppSyncController)
// does the work, showing progress with setBusy() and closing it with accept() or reporting
// a failure with setError(). Nothing here is logged.
class SyncSetupDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(SyncSetupDialog)
public:
    enum class Mode { Create, Join };
    Q_ENUM(Mode)

    explicit SyncSetupDialog(QWidget* parent = nullptr);
    ~SyncSetupDialog() override;

    [[nodiscard]] Mode mode() const;
    void setMode(Mode mode);
    [[nodiscard]] QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);
    [[nodiscard]] QString budgetName() const;
    void setBudgetName(const QString& name);
    [[nodiscard]] QString currency() const; // ISO 4217, upper case
    void setCurrency(const QString& code);
    // The share code as typed (a secret: use it, do not keep it).
    [[nodiscard]] QString shareCode() const;
    void setShareCode(const QString& code);

    // New Budget…: in Create mode an empty server makes a budget kept on this computer only.
    void setServerOptional(bool optional);
    [[nodiscard]] bool isServerOptional() const { return m_serverOptional; }
    // Set Up Sync for a budget that exists locally: Create mode with its name and currency
    // fixed, Join disabled (one budget per profile); only the server is asked for.
    void setExistingBudget(const QString& name, const QString& currency);
    [[nodiscard]] bool hasExistingBudget() const { return m_existingBudget; }

    [[nodiscard]] bool canSubmit() const;
    [[nodiscard]] QString validationMessage() const; // what the form says now
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // ws:// or wss:// with a host and without user info (serverUrl() maps http(s) to ws(s)).
    [[nodiscard]] static bool isUsableServerUrl(const QUrl& url);

public Q_SLOTS:
    void setBusy(bool busy);
    void setError(const QString& message);
    void submit();

Q_SIGNALS:
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void validate();
    void growToFit();
    void retranslateUi();

    QRadioButton* m_createRadio = nullptr;
    QRadioButton* m_joinRadio = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLineEdit* m_server = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_currencyLabel = nullptr;
    QComboBox* m_currency = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QCheckBox* m_showCode = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_privacy = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_error;
    bool m_busy = false;
    bool m_serverOptional = false;
    bool m_existingBudget = false;
};

} // namespace vv::ui
