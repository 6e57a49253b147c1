#include "runplan.h"

#include <QCoreApplication>

namespace DreamFoundry {

namespace {

class RunPlanText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunPlan)
};

std::optional<int> positiveOrNone(const QJsonValue &value)
{
    const int seconds = value.toInt(0);
    return seconds > 0 ? std::optional(seconds) : std::nullopt;
}

} // namespace

QString RunPlan::repeatProblem(int repeat)
{
    if (repeat < 1)
        return RunPlanText::tr(
                       "Each candidate must run at least once: a repeat count of %1 runs nothing.")
                .arg(repeat);
    if (repeat > maxRepeat)
        return RunPlanText::tr(
                       "A repeat count of %1 is over the limit of %2 attempts per candidate.")
                .arg(repeat)
                .arg(maxRepeat);
    return {};
}

QString RunPlan::budgetProblem(int seconds, const QString &what)
{
    if (seconds <= 0)
        return RunPlanText::tr(
                       "%1 must be at least 1 second; a budget of %2 s would stop the run before "
                       "it starts. Leave it unset for no limit.")
                .arg(what)
                .arg(seconds);
    return {};
}

QString RunPlan::problem() const
{
    if (const QString problem = repeatProblem(repeat); !problem.isEmpty())
        return problem;
    if (wallClockBudgetSeconds) {
        if (const QString problem
            = budgetProblem(*wallClockBudgetSeconds, RunPlanText::tr("The wall-clock budget"));
            !problem.isEmpty())
            return problem;
    }
    if (sandboxSecondsBudget)
        return budgetProblem(*sandboxSecondsBudget, RunPlanText::tr("The sandbox-seconds budget"));
    return {};
}

void RunPlan::insertInto(QJsonObject &json) const
{
    json.insert(QStringLiteral("repeat"), repeat);
    if (!hasBudget())
        return;
    QJsonObject budget;
    if (wallClockBudgetSeconds)
        budget.insert(QStringLiteral("wall_clock_seconds"), *wallClockBudgetSeconds);
    if (sandboxSecondsBudget)
        budget.insert(QStringLiteral("sandbox_seconds"), *sandboxSecondsBudget);
    json.insert(QStringLiteral("budget"), budget);
}

RunPlan RunPlan::fromJson(const QJsonObject &json)
{
    RunPlan plan;
    plan.repeat = std::max(1, json.value(QStringLiteral("repeat")).toInt(1));
    const QJsonObject budget = json.value(QStringLiteral("budget")).toObject();
    plan.wallClockBudgetSeconds
            = positiveOrNone(budget.value(QStringLiteral("wall_clock_seconds")));
    plan.sandboxSecondsBudget = positiveOrNone(budget.value(QStringLiteral("sandbox_seconds")));
    return plan;
}

QString budgetStopName(BudgetStop stop)
{
    switch (stop) {
    case BudgetStop::None:
        return {};
    case BudgetStop::WallClock:
        return QStringLiteral("wall_clock");
    case BudgetStop::SandboxSeconds:
        return QStringLiteral("sandbox_seconds");
    }
    return {};
}

BudgetStop budgetStopFromName(const QString &name)
{
    if (name == budgetStopName(BudgetStop::WallClock))
        return BudgetStop::WallClock;
    if (name == budgetStopName(BudgetStop::SandboxSeconds))
        return BudgetStop::SandboxSeconds;
    return BudgetStop::None;
}

QString budgetStopSentence(BudgetStop stop, const RunPlan &plan)
{
    switch (stop) {
    case BudgetStop::None:
        return {};
    case BudgetStop::WallClock:
        return RunPlanText::
                tr("Budget reached: the run's wall-clock limit of %1 s stopped it; the candidates "
                   "still running were cancelled and what finished was kept.")
                        .arg(plan.wallClockBudgetSeconds.value_or(0));
    case BudgetStop::SandboxSeconds:
        return RunPlanText::tr(
                       "Budget reached: the run's limit of %1 sandbox-seconds stopped it; the "
                       "candidates still running were cancelled and what finished was kept.")
                .arg(plan.sandboxSecondsBudget.value_or(0));
    }
    return {};
}

} // namespace DreamFoundry
