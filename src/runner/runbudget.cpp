#include "runbudget.h"

#include <cmath>
#include <limits>

namespace DreamFoundry {

RunBudget::RunBudget(const RunPlan &plan, UsageProbe usage, QObject *parent)
    : QObject(parent), m_plan(plan), m_usage(std::move(usage))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RunBudget::check);
}

void RunBudget::start()
{
    m_clock.start();
    m_stoppedBy = BudgetStop::None;
    check();
}

void RunBudget::update()
{
    if (m_clock.isValid() && m_stoppedBy == BudgetStop::None)
        check();
}

void RunBudget::stop()
{
    m_timer.stop();
    m_clock.invalidate();
}

// Reached now, or the timer armed for when the nearer limit will be at the current rate.
void RunBudget::check()
{
    constexpr double never = std::numeric_limits<double>::infinity();
    double wallLeft = never;
    if (m_plan.wallClockBudgetSeconds)
        wallLeft = *m_plan.wallClockBudgetSeconds - m_clock.elapsed() / 1000.0;
    double sandboxLeft = never;
    const Usage usage = m_usage();
    if (m_plan.sandboxSecondsBudget) {
        const double left = *m_plan.sandboxSecondsBudget - usage.sandboxSeconds;
        sandboxLeft = left <= 0             ? 0
                : usage.activeSandboxes > 0 ? left / usage.activeSandboxes
                                            : never;
    }
    if (wallLeft <= 0 || sandboxLeft <= 0) {
        m_timer.stop();
        m_stoppedBy = wallLeft <= 0 ? BudgetStop::WallClock : BudgetStop::SandboxSeconds;
        Q_EMIT reached(m_stoppedBy);
        return;
    }
    const double next = std::min(wallLeft, sandboxLeft);
    if (std::isinf(next)) {
        m_timer.stop(); // only sandbox-seconds, and nothing spends them now
        return;
    }
    m_timer.start(int(std::ceil(next * 1000)));
}

} // namespace DreamFoundry
