#pragma once

#include "sandboxlayout.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace DreamFoundry {

class OwnedFolder;

// The /etc of local sandboxes, made once per backend and bound whole: the allow-listed entries
// of the host's /etc (etcAllowList) copied into a folder of the temporary folder, with the
// generated passwd and group (writeGeneratedEtc), and resolv.conf as the network asks. Binding
// each entry instead cost bwrap about 30 mounts and as many reads of the mount table per sandbox.
// A copy is what a bind showed: an allow-listed link resolved, links inside folders kept as
// links. Only what every user may read is copied (a key under /etc/ssl/private is not), and
// the copy is what /etc held when the first sandbox asked: a change to the host's /etc reaches
// sandboxes with the next backend (the next app start), except the host's resolv.conf, which
// host-network sandboxes bind live.
class SandboxEtc final
{
public:
    SandboxEtc();
    ~SandboxEtc(); // removes the folder (on the calling thread: a few hundred small files)
    SandboxEtc(const SandboxEtc &) = delete;
    SandboxEtc &operator=(const SandboxEtc &) = delete;

    // The folder to bind as /etc for a sandbox with `network` whose candidate runs as
    // uid/gid, made on first use; empty, with the reason, when it could not be made. Any
    // thread: LocalBackend::warmUp makes the likely ones on the thread pool before Run, so
    // the first sandbox does not copy /etc on the GUI thread.
    QString folder(SandboxNetwork network, unsigned uid, unsigned gid, QString *error);

    // The name pattern of the folders made in parentFolder() (swept when stale).
    static QString namePattern();
    // Where the folder is made: a memory file system, /dev/shm, when the temporary folder is
    // on a disk. Its thirty small files were made and removed by every run, and on an ext4
    // /tmp that deletes often each new file cost 0.3-0.5 ms (10 ms at the start of a run, on
    // the first candidate's way). A few hundred KiB of the app's own, never the candidates'.
    static QString parentFolder();
    // /dev/shm when the app may make folders there (a tmpfs, sticky and writable by all, as
    // /tmp is); empty otherwise. Swept at every start, whatever the temporary folder is now.
    static QString sharedMemoryFolder();

private:
    bool make(const QString &dir, SandboxNetwork network, unsigned uid, unsigned gid);

    QMutex m_mutex; // guards what follows
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<OwnedFolder> m_owner;
    QHash<QString, QString> m_made; // "<network> <uid> <gid>" -> folder
};

} // namespace DreamFoundry
