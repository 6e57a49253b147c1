#include "reaper.h"

#include "daytonabackend.h"
#include "runlease.h"

namespace DreamFoundry {

namespace {

// Deletes go out a few at a time: enough to be quick, not enough to trip the lifecycle limit.
constexpr int maxDeletesInFlight = 8;

} // namespace

int ReapReport::deletedCount() const
{
    return int(std::ranges::count_if(entries, [](const ReapEntry &e) { return e.deleted; }));
}

int ReapReport::failedCount() const
{
    return int(std::ranges::count_if(entries,
                                     [](const ReapEntry &e) { return !e.deleteError.isEmpty(); }));
}

Reaper::Reaper(const DaytonaConnection &connection, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_client(new DaytonaClient(connection, manager, this))
{}

ReapEntry::Status Reaper::classify(const DaytonaSandboxInfo &sandbox)
{
    const QString host = sandbox.labels.value(QStringLiteral("host"));
    if (!host.isEmpty() && host != DaytonaBackend::hostLabel())
        return ReapEntry::Status::OtherMachine;
    const QString run = sandbox.labels.value(QStringLiteral("run"));
    return !run.isEmpty() && RunLease::isLive(run) ? ReapEntry::Status::Live
                                                   : ReapEntry::Status::Orphan;
}

QString Reaper::statusName(ReapEntry::Status status)
{
    switch (status) {
    case ReapEntry::Status::Live:
        return tr("live");
    case ReapEntry::Status::Orphan:
        return tr("orphan");
    case ReapEntry::Status::OtherMachine:
        return tr("other machine");
    }
    return {};
}

void Reaper::list()
{
    m_reap = false;
    auto *job = m_client->listSandboxes({{QStringLiteral("app"), QStringLiteral("dreamfoundry")}});
    connect(job, &ListSandboxesJob::finished, this, &Reaper::onListed);
    job->start();
}

void Reaper::reap()
{
    list();
    m_reap = true;
}

void Reaper::onListed(const SandboxListResult &result)
{
    m_report = {};
    m_report.error = result.error;
    for (const DaytonaSandboxInfo &sandbox : result.sandboxes) {
        // The list is eventually consistent: a deleted one may still show (docs/daytona.md,
        // "Server quirks the client tolerates").
        if (sandbox.isGone() || (m_onlyPools && !sandbox.labels.contains(QStringLiteral("pool"))))
            continue;
        m_report.entries.append({sandbox, classify(sandbox), {}, false});
    }
    m_toDelete.clear();
    if (m_reap && result.error.ok()) {
        for (qsizetype i = 0; i < m_report.entries.size(); ++i) {
            const ReapEntry::Status s = m_report.entries[i].status;
            if (s == ReapEntry::Status::Orphan
                || (s == ReapEntry::Status::OtherMachine && m_includeOtherMachines))
                m_toDelete.append(i);
        }
    }
    if (m_toDelete.isEmpty()) {
        Q_EMIT finished(m_report);
        return;
    }
    while (m_inFlight < maxDeletesInFlight && !m_toDelete.isEmpty())
        deleteNext();
}

void Reaper::deleteNext()
{
    const qsizetype index = m_toDelete.takeFirst();
    ++m_inFlight;
    auto *job = m_client->deleteSandbox(m_report.entries[index].sandbox.id);
    connect(job, &DeleteSandboxJob::finished, this,
            [this, index](const DeleteSandboxResult &result) {
                --m_inFlight;
                ReapEntry &entry = m_report.entries[index];
                entry.deleted = result.error.ok();
                entry.deleteError = result.error.ok() ? QString() : result.error.message;
                if (!m_toDelete.isEmpty())
                    deleteNext();
                else if (m_inFlight == 0)
                    Q_EMIT finished(m_report);
            });
    job->start();
}

} // namespace DreamFoundry
