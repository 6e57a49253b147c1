#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace DreamFoundry {

// How many times each candidate runs, and when a run stops early (docs/architecture.md,
// "Repeats and budgets"). Part of RunSettings.
struct RunPlan
{
    // A repeat count above this is refused: 100 attempts of 50 candidates is already 5,000
    // sandboxes, and the table and run.json hold every one of them.
    static constexpr int maxRepeat = 100;

    int repeat = 1; // attempts of each candidate, each in its own sandbox
    // Wall-clock seconds for the whole run, from Run; unset: no limit.
    std::optional<int> wallClockBudgetSeconds;
    // Sandbox-seconds for the whole run, summed over every attempt's sandbox time (two
    // sandboxes for 30 s each spend 60); unset: no limit.
    std::optional<int> sandboxSecondsBudget;

    bool hasBudget() const { return wallClockBudgetSeconds || sandboxSecondsBudget; }
    // Empty when the plan can run, else a sentence saying what is wrong (a repeat of 0 or
    // over maxRepeat, a budget of 0 s).
    QString problem() const;

    static QString repeatProblem(int repeat);
    // `what` names the limit in the sentence ("The wall-clock budget").
    static QString budgetProblem(int seconds, const QString &what);

    // Merged into the settings' JSON: "repeat", and "budget" when a limit is set.
    void insertInto(QJsonObject &json) const;
    static RunPlan fromJson(const QJsonObject &json);
};

// Which limit of the plan stopped a run, for run.json ("budget_stop") and for a person.
enum class BudgetStop { None, WallClock, SandboxSeconds };

QString budgetStopName(BudgetStop stop); // "", "wall_clock", "sandbox_seconds"
BudgetStop budgetStopFromName(const QString &name);
// "Budget reached: the run's wall-clock limit of 60 s." for the window and the command line.
QString budgetStopSentence(BudgetStop stop, const RunPlan &plan);

} // namespace DreamFoundry
