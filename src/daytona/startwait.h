#pragma once

#include "daytonaclient.h"

#include <QObject>
#include <QPointer>

namespace DreamFoundry {

class StartWatcher;

// Waits for one new sandbox to start: through its run's StartWatcher (one list request per poll
// for all of the run's sandboxes) when there is one; polling the sandbox alone when there is
// none, or when the watcher hands it back. Emits one of its signals once, then deletes itself;
// abort() ends it without either.
class StartWait final : public QObject
{
    Q_OBJECT
public:
    // `client` makes the requests and must outlive this; `watcher` may be null.
    StartWait(DaytonaClient *client, StartWatcher *watcher, const QString &sandboxId,
              QObject *parent);
    ~StartWait() override;

    void start();
    void abort();

Q_SIGNALS:
    void started(const DreamFoundry::DaytonaSandboxInfo &sandbox);
    void failed(const DreamFoundry::DaytonaError &error);

private:
    void pollAlone();
    void stopWaiting();
    void done();

    DaytonaClient *m_client;
    QPointer<StartWatcher> m_watcher;
    QString m_id;
    QPointer<WaitForSandboxJob> m_job;
    bool m_watching = false;
    bool m_done = false;
};

} // namespace DreamFoundry
