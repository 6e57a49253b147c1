#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace DreamFoundry {

// The room one run holds in the organisation's quota (docs/daytona.md, "Scaling within the
// quota"): how many of the run's sandboxes exist now, and the candidates whose create met
// "Total CPU limit exceeded" while some did. Each sandbox that goes away wakes one waiting
// candidate, which tries again; so the run's concurrency follows what the account holds
// without ever sending more creates than there is room for.
class QuotaGate final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A sandbox of the run was created (or claimed from the warm pool), or deleted.
    void hold();
    void release();
    int holders() const { return m_holders; }

    // `retry` runs once room may have come free (a sandbox went away), unless `context` was
    // deleted or cancelled it first.
    void wait(QObject *context, const std::function<void()> &retry);
    void cancel(QObject *context);
    int waiting() const { return int(m_waiters.size()); }
    // Room may have come free outside the run (the warm pool let a sandbox go, or has one
    // ready): the first waiter tries again.
    void wakeOne();

Q_SIGNALS:
    void waitingChanged(int count);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> retry;
    };

    int m_holders = 0;
    QList<Waiter> m_waiters;
};

} // namespace DreamFoundry
