#pragma once

#include "daytonaclient.h"

#include <QObject>

namespace DreamFoundry {

// One sandbox this app made, and whether its run still lives.
struct ReapEntry
{
    enum class Status {
        Live, // its run's process holds the run's lease on this machine
        Orphan, // made here, by a run that is no longer live: reapable
        OtherMachine, // made by a run on another machine: its lease cannot be seen from here
    };
    DaytonaSandboxInfo sandbox;
    Status status = Status::Orphan;
    QString deleteError; // empty when deleted or not asked to
    bool deleted = false;
};

struct ReapReport
{
    DaytonaError error; // listing failed
    QList<ReapEntry> entries;
    int deletedCount() const;
    int failedCount() const;
};

// Finds the sandboxes labelled app=dreamfoundry and, when reaping, deletes those whose run is
// no longer live (RunLease): what a crash or a killed process left behind. Sandboxes made on
// another machine (their `host` label differs) are left alone unless asked for. Used by
// `dreamfoundry sandboxes` and by the window.
class Reaper final : public QObject
{
    Q_OBJECT
public:
    Reaper(const DaytonaConnection &connection, QNetworkAccessManager *manager,
           QObject *parent = nullptr);

    void setIncludeOtherMachines(bool include) { m_includeOtherMachines = include; }
    // Only warm pool sandboxes (labelled `pool`): what a starting pool clears of dead ones.
    void setOnlyPools(bool only) { m_onlyPools = only; }

    void list();
    void reap();

    static ReapEntry::Status classify(const DaytonaSandboxInfo &sandbox);
    static QString statusName(ReapEntry::Status status);

Q_SIGNALS:
    void finished(const DreamFoundry::ReapReport &report);

private:
    void onListed(const SandboxListResult &result);
    void deleteNext();

    DaytonaClient *m_client;
    bool m_reap = false;
    bool m_includeOtherMachines = false;
    bool m_onlyPools = false;
    ReapReport m_report;
    QList<qsizetype> m_toDelete;
    int m_inFlight = 0;
};

} // namespace DreamFoundry
