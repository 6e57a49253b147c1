#pragma once

#include "core/runplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace DreamFoundry {

// Watches a run's budget (RunPlan): its wall-clock limit from start(), and its sandbox-seconds
// summed over every attempt. No polling: the timer is armed for the moment the first limit
// would be reached at the current rate (sandbox-seconds grow by one a second per sandbox
// alive), and armed again whenever a sandbox starts or ends (update()).
class RunBudget final : public QObject
{
    Q_OBJECT
public:
    struct Usage
    {
        double sandboxSeconds = 0; // spent so far, by every attempt
        int activeSandboxes = 0; // spending now
    };
    using UsageProbe = std::function<Usage()>;

    RunBudget(const RunPlan &plan, UsageProbe usage, QObject *parent = nullptr);

    void start();
    // A sandbox started or ended: the rate changed.
    void update();
    void stop();
    BudgetStop stoppedBy() const { return m_stoppedBy; }

Q_SIGNALS:
    // Once per run, for the first limit reached.
    void reached(DreamFoundry::BudgetStop which);

private:
    void check();

    RunPlan m_plan;
    UsageProbe m_usage;
    QElapsedTimer m_clock;
    QTimer m_timer;
    BudgetStop m_stoppedBy = BudgetStop::None;
};

} // namespace DreamFoundry
