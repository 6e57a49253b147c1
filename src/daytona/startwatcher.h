#pragma once

#include "daytonaclient.h"
#include "networkprovider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>

namespace DreamFoundry {

// Waits for the sandboxes of one run to start with one list request per poll for all of them
// (GET /sandbox?labels=<the run's labels>) instead of one GET per sandbox and poll: with 20
// candidates a twentieth of the requests, at the SDK's pace (docs/daytona.md, "Sandbox states").
// Only an optimisation: a sandbox the list keeps missing (the list is eventually consistent:
// docs/daytona.md, "Server quirks the client tolerates"), or every sandbox when the list fails, is
// handed back to be polled on its own.
class StartWatcher final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Started, Failed, PollAlone };
    using Callback = std::function<void(Outcome outcome, const DaytonaSandboxInfo &sandbox)>;

    // The list requests go through the manager `network` gives.
    StartWatcher(const DaytonaConnection &connection, const DaytonaLabels &runLabels,
                 const NetworkProvider &network, QObject *parent = nullptr);
    ~StartWatcher() override;

    // `callback` is called once, unless `context` is destroyed or unwatch() comes first.
    void watch(const QString &sandboxId, QObject *context, Callback callback);
    void unwatch(const QString &sandboxId);

    static constexpr int maxMisses = 3;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
        int misses = 0;
    };

    void poll();
    void onListed(const SandboxListResult &result);
    void scheduleNext();
    void hand(const QString &sandboxId, Outcome outcome, const DaytonaSandboxInfo &sandbox);

    DaytonaClient *m_client;
    DaytonaLabels m_labels;
    std::map<QString, Waiter> m_waiters;
    QTimer m_timer;
    QElapsedTimer m_clock; // since the last sandbox joined
    int m_delayMs = 0;
    QPointer<ListSandboxesJob> m_job;
};

} // namespace DreamFoundry
