#include "warmpoolkeeper.h"

#include "warmpool.h"

#include <QCoreApplication>

namespace DreamFoundry {

WarmPoolKeeper::WarmPoolKeeper(NetworkProvider network, QObject *parent)
    : QObject(parent), m_network(std::move(network))
{}

WarmPoolKeeper::~WarmPoolKeeper()
{
    // Not shut down (a test, or a window deleted without closing): the sandboxes are still
    // deleted, as long as the event loop runs.
    retire();
}

void WarmPoolKeeper::setEnabled(bool enabled)
{
    m_enabled = enabled;
    apply();
}

void WarmPoolKeeper::setCap(int cap)
{
    m_cap = qBound(0, cap, maxCap);
    apply();
}

void WarmPoolKeeper::setDemand(bool daytona, const DaytonaConfig &config, int candidates)
{
    m_daytona = daytona;
    m_config = config;
    m_candidates = candidates;
    apply();
}

bool WarmPoolKeeper::sameAccount(const DaytonaConfig &a, const DaytonaConfig &b)
{
    return a.apiKey == b.apiKey && a.apiUrl == b.apiUrl && a.target == b.target
            && a.snapshot == b.snapshot;
}

void WarmPoolKeeper::apply()
{
    const bool wanted = !m_shutDown && m_enabled && m_daytona && m_config.isConfigured()
            && m_candidates > 0 && m_cap > 0;
    if (m_pool && (!wanted || !sameAccount(m_pool->config(), m_config)))
        retire();
    if (wanted && !m_pool) {
        m_pool = new WarmPool(m_config, m_network, this);
        connect(m_pool, &WarmPool::changed, this, &WarmPoolKeeper::changed);
    }
    if (m_pool)
        m_pool->setTarget(qMin(m_candidates, m_cap));
    Q_EMIT changed();
}

// The pool is deleted with the key that made it, before that key is forgotten: the pool
// keeps its own copy of the configuration until it is drained.
void WarmPoolKeeper::retire()
{
    WarmPool *pool = m_pool;
    if (!pool)
        return;
    m_pool = nullptr;
    ++m_draining;
    // Outlives the keeper (and the window) until its deletes answered.
    pool->setParent(QCoreApplication::instance());
    disconnect(pool, nullptr, this, nullptr);
    connect(pool, &WarmPool::drained, this, [this] {
        if (--m_draining == 0 && m_shutDown)
            Q_EMIT allDrained();
        Q_EMIT changed();
    });
    connect(pool, &WarmPool::drained, pool, &QObject::deleteLater);
    pool->drain();
}

void WarmPoolKeeper::shutDown()
{
    m_shutDown = true;
    retire();
    if (m_draining == 0)
        Q_EMIT allDrained();
}

QString WarmPoolKeeper::statusText() const
{
    if (!m_enabled)
        return tr("Warm sandboxes are off.");
    if (!m_pool)
        return tr("Warm sandboxes start once Daytona is the backend and candidates are listed.");
    QString text = tr("%1 of %n sandbox(es) warm; they count against your Daytona quota.", nullptr,
                      m_pool->target())
                           .arg(m_pool->warmCount());
    if (!m_pool->problem().isEmpty())
        text += QLatin1Char(' ') + m_pool->problem();
    return text;
}

} // namespace DreamFoundry
