#include "artifactfetch.h"

#include "daytonabackend.h"

#include <QFile>

namespace DreamFoundry {

ArtifactFetch::ArtifactFetch(DaytonaClient *client, const QUrl &toolbox, const QString &remotePath,
                             const QString &localPath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_toolbox(toolbox)
    , m_remotePath(remotePath)
    , m_localPath(localPath)
{}

ArtifactFetch::~ArtifactFetch()
{
    // The job belongs to the client, which outlives this.
    if (m_job)
        m_job->abort();
}

void ArtifactFetch::prefetch()
{
    if (!m_job && !m_prefetched)
        download();
}

void ArtifactFetch::fetch()
{
    m_wanted = true;
    if (m_prefetched) {
        m_wanted = false;
        Q_EMIT fetched(*std::exchange(m_prefetched, std::nullopt));
        return;
    }
    if (!m_job)
        download();
}

void ArtifactFetch::discard()
{
    m_wanted = false;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
    if (m_prefetched && m_prefetched->error.ok())
        QFile::remove(m_localPath);
    m_prefetched.reset();
}

void ArtifactFetch::download()
{
    m_job = m_client->downloadFile(m_toolbox, m_remotePath, m_localPath);
    m_job->setMaxBytes(m_maxBytes, !m_checked);
    connect(m_job, &DownloadFileJob::finished, this, &ArtifactFetch::onDownloaded);
    m_job->start();
}

void ArtifactFetch::onDownloaded(const DownloadResult &result)
{
    m_job = nullptr;
    if (m_checked && m_maxBytes > 0 && result.error.isNotFound())
        askMovedAside(result);
    else
        deliver(result);
}

// No artifact where it should be: the run command may have moved it aside as too large. Its
// size is asked, and it is refused with it; it is never downloaded.
void ArtifactFetch::askMovedAside(const DownloadResult &missing)
{
    m_job = m_client->downloadFile(m_toolbox, DaytonaBackend::overLimitPath(m_remotePath),
                                   m_localPath);
    m_job->setMaxBytes(m_maxBytes);
    connect(m_job, &DownloadFileJob::finished, this, [this, missing](const DownloadResult &r) {
        m_job = nullptr;
        deliver(r.overLimit ? r : missing);
    });
    m_job->start();
}

void ArtifactFetch::deliver(const DownloadResult &result)
{
    if (!std::exchange(m_wanted, false)) {
        m_prefetched = result;
        return;
    }
    Q_EMIT fetched(result);
}

} // namespace DreamFoundry
