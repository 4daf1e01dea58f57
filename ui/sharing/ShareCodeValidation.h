#pragma once

#include <QCoreApplication>
#include <QString>

namespace vv::ui {

// What the join form says about a share code while it is typed: nothing yet, "n of 54
// characters" while it is incomplete, a clear error for a code that cannot be right, or valid.
// Built on crypto::ShareCode::decode; the message never repeats any character of the code.
struct ShareCodeValidation {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::ShareCodeValidation)
public:
    enum class Status { Empty, Incomplete, Invalid, Valid };

    Status status = Status::Empty;
    QString message; // translated; empty for Empty

    [[nodiscard]] bool isValid() const { return status == Status::Valid; }
    [[nodiscard]] bool isError() const { return status == Status::Invalid; }

    [[nodiscard]] static ShareCodeValidation check(QStringView text);
};

} // namespace vv::ui
