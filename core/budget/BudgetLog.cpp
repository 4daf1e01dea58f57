#include "budget/BudgetLog.h"

Q_LOGGING_CATEGORY(lcBudget, "vv.budget")
