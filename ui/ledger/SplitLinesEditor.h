#pragma once

#include "budget/Entities.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace vv::ui {

class BudgetEditor;

// The lines of a split transaction: envelope, amount (typed positive, in the user's locale;
// the dialog gives the sign) and note per line, with Add line / Remove line.
class SplitLinesEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(SplitLinesEditor)
public:
    explicit SplitLinesEditor(BudgetEditor& editor, QWidget* parent = nullptr);
    ~SplitLinesEditor() override;

    [[nodiscard]] int lineCount() const;
    void addLine(const QString& envelopeId = {}, qint64 positiveAmount = 0, const QString& note = {});
    void removeLine(int line);
    void clearLines();
    // The lines with amounts multiplied by `sign`; nullopt (and `error`) if an amount is not
    // a number. Keeps the ids of lines that came from setLines().
    [[nodiscard]] std::optional<QList<vv::budget::SplitLine>> lines(int sign, QString* error = nullptr) const;
    void setLines(const QList<vv::budget::SplitLine>& lines); // amounts shown without sign
    // Sum of the amounts that parse (positive as typed).
    [[nodiscard]] qint64 typedSum() const;
    // An amount as the user would type it in `editor`'s locale ("1234.50", "1234,50").
    [[nodiscard]] static QString editableAmount(const BudgetEditor& editor, qint64 minor);

Q_SIGNALS:
    void linesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();

    BudgetEditor& m_editor;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QStringList m_lineIds; // per row: the existing split line id, or ""
};

} // namespace vv::ui
