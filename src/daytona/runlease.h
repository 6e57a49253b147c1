#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace DreamFoundry {

// Marks a run as live for as long as this process holds it: a lock file per run id under the
// user's runtime folder ($XDG_RUNTIME_DIR/dreamfoundry/runs/<run id>.lock). The lock names its
// process, so a crashed run's lock counts as stale and the reaper may delete the run's
// sandboxes; a run whose process still lives, in this app or another, is left alone.
class RunLease
{
public:
    explicit RunLease(const QString &runId);
    ~RunLease();
    RunLease(const RunLease &) = delete;
    RunLease &operator=(const RunLease &) = delete;

    bool isHeld() const { return m_held; }
    QString runId() const { return m_runId; }

    static QString directory();
    static QString lockPath(const QString &runId);
    // True while some live process holds the run's lease.
    static bool isLive(const QString &runId);

private:
    QString m_runId;
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace DreamFoundry
