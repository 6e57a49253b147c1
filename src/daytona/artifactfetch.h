#pragma once

#include "daytonaclient.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace DreamFoundry {

// A candidate's artifact, downloaded from its sandbox into the run's folder. It may be asked
// for early (prefetch), when the log stream closes with the command, so that it travels beside
// the status query that confirms the end instead of after it; a prefetch that turns out too
// early (the command still ran) is discarded.
class ArtifactFetch final : public QObject
{
    Q_OBJECT
public:
    // `client` makes the requests; it must outlive this.
    ArtifactFetch(DaytonaClient *client, const QUrl &toolbox, const QString &remotePath,
                  const QString &localPath, QObject *parent);
    ~ArtifactFetch() override;

    QString localPath() const { return m_localPath; }
    // A larger artifact is refused (DownloadResult::overLimit); 0: no cap.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // True while the command is known to have ended through DaytonaBackend::runCommand, which
    // moved an artifact over the limit to <path>.over-limit: the download goes without asking
    // the size first, and only a missing artifact asks for the one moved aside.
    void setCheckedBySandbox(bool checked) { m_checked = checked; }

    // Starts the download now; its answer waits for fetch().
    void prefetch();
    // The artifact, final: the prefetched answer, the one on its way, or a new download.
    // fetched() follows, at once when the answer was there.
    void fetch();
    // Forgets any download: one on its way is aborted, a prefetched file is removed.
    void discard();

Q_SIGNALS:
    void fetched(const DreamFoundry::DownloadResult &result);

private:
    void download();
    void onDownloaded(const DownloadResult &result);
    void askMovedAside(const DownloadResult &missing);
    void deliver(const DownloadResult &result);

    DaytonaClient *m_client;
    QUrl m_toolbox;
    QString m_remotePath;
    QString m_localPath;
    qint64 m_maxBytes = 0;
    QPointer<DownloadFileJob> m_job;
    std::optional<DownloadResult> m_prefetched;
    bool m_wanted = false; // fetch() was called: the answer goes out
    bool m_checked = false;
};

} // namespace DreamFoundry
