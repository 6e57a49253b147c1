#include "quotagate.h"

#include <QTimer>

namespace DreamFoundry {

void QuotaGate::hold()
{
    ++m_holders;
}

void QuotaGate::release()
{
    m_holders = qMax(0, m_holders - 1);
    wakeOne();
}

void QuotaGate::wait(QObject *context, const std::function<void()> &retry)
{
    m_waiters.append({context, retry});
    Q_EMIT waitingChanged(waiting());
}

void QuotaGate::cancel(QObject *context)
{
    if (m_waiters.removeIf([context](const Waiter &w) { return w.context == context; }) > 0)
        Q_EMIT waitingChanged(waiting());
}

void QuotaGate::wakeOne()
{
    while (!m_waiters.isEmpty()) {
        const Waiter waiter = m_waiters.takeFirst();
        Q_EMIT waitingChanged(waiting());
        if (!waiter.context)
            continue; // its candidate is gone: the room goes to the next one
        // Queued: the retry may send a request, and the caller may be inside a job's callback.
        QTimer::singleShot(0, waiter.context, waiter.retry);
        return;
    }
}

} // namespace DreamFoundry
