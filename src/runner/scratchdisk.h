#pragma once

#include <QString>
#include <QStringList>

namespace DreamFoundry {

// The private disk of one local sandbox: /home/daytona and /tmp are two folders of a single
// tmpfs, capped in bytes and in files, so a candidate cannot fill the host's disk or memory
// through them, and the kernel frees it all at once when the sandbox ends (no million files for
// the app to delete). bwrap can size a tmpfs but not cap its files, so a small program of the
// app's own (dreamfoundry-scratch-disk, src/scratchdisk/) mounts it in a user and mount
// namespace of its own, runs bwrap on it, and, once bwrap has exited and the candidate's
// processes with it, collects the artifact into a host folder within a deadline, refusing one
// over the artifact limit, and says what it found in a status file.
struct ScratchDisk
{
    QString root; // the sandbox's folder on the host: holds the mount point and the outbox
    QString program = ScratchDisk::helperProgram();
    qint64 bytes = 0;
    qint64 files = 0;
    QString stagedScript; // host path of the candidate's script (or folder), copied into the home
    QString artifactName; // file name of the artifact in the home
    qint64 artifactLimitBytes = 0;
    int collectSeconds = 20;
    // The program makes the sandbox's network namespace itself and says so ("n" on its stdin
    // socket), for slirp4netns to attach before the candidate's turn (src/scratchdisk/main.cpp).
    bool privateNetwork = false;

    // Files per MiB of disk limit: 128 Ki files for the default 1 GiB.
    static constexpr qint64 filesPerMiB = 128;
    // The program's exit status when it could not make the disk (src/scratchdisk/main.cpp).
    static constexpr int cannotMakeDisk = 125;

    QString mountPoint() const;
    QString outbox() const; // where the artifact and the status land
    QString homeInside() const; // mountPoint()/home, to bind as /home/daytona
    QString tmpInside() const; // mountPoint()/tmp, to bind as /tmp

    // Where dreamfoundry-scratch-disk is installed beside the app; empty when it is not there.
    static QString helperProgram();

    // `dreamfoundry-scratch-disk ... bwrap <bwrapArguments>`: the command to start. Sent
    // SIGTERM, it ends bwrap and still collects; it is killed with the app.
    QStringList wrap(const QString &bwrapProgram, const QStringList &bwrapArguments) const;

    // What the program found once it ended.
    struct Report
    {
        enum class Artifact { Unknown, None, Collected, NotAFile, TooLarge, TooSlow };
        Artifact artifact = Artifact::Unknown; // Unknown: it did not get that far
        bool full = false; // the disk had no room or no files left
        qint64 size = 0; // TooLarge: the size it claims
        qint64 bytesOnDisk = 0; // TooLarge: what it really holds (less when sparse)
    };
    Report report() const;
    QString collectedArtifact() const; // outbox()/artifactName
};

} // namespace DreamFoundry
