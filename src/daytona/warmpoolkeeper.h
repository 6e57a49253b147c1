#pragma once

#include "daytonaconfig.h"
#include "networkprovider.h"

#include <QObject>
#include <QPointer>

namespace DreamFoundry {

class WarmPool;

// Decides when the window's warm pool lives (docs/daytona.md, "The warm pool"): while it is
// switched on, Daytona is the backend (chosen, or Auto with a key) and candidates are listed,
// it holds min(candidates, cap) warm sandboxes. A change of key, URL, region or snapshot
// drains the old pool with its own key and starts a new one; switching off, another backend
// or no candidates drains it. No widgets here.
class WarmPoolKeeper final : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultCap = 5;
    static constexpr int maxCap = 50;

    explicit WarmPoolKeeper(NetworkProvider network, QObject *parent = nullptr);
    ~WarmPoolKeeper() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setCap(int cap);
    int cap() const { return m_cap; }
    // What the window shows: whether its runs go to Daytona, with which configuration, and
    // how many candidates are listed.
    void setDemand(bool daytona, const DaytonaConfig &config, int candidates);

    // The live pool, or null.
    WarmPool *pool() const { return m_pool; }
    // Pools being drained, the current one included after shutDown().
    int drainingCount() const { return m_draining; }
    // The window closes: every pool is drained; allDrained() follows (at once when none).
    void shutDown();
    // For the panel: how many are warm, and that they count against the account.
    QString statusText() const;

Q_SIGNALS:
    void changed();
    void allDrained();

private:
    void apply();
    void retire();
    static bool sameAccount(const DaytonaConfig &a, const DaytonaConfig &b);

    NetworkProvider m_network;
    QPointer<WarmPool> m_pool;
    bool m_enabled = true;
    int m_cap = defaultCap;
    bool m_daytona = false;
    DaytonaConfig m_config;
    int m_candidates = 0;
    int m_draining = 0;
    bool m_shutDown = false;
};

} // namespace DreamFoundry
