#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace DreamFoundry {

// Where things are inside a candidate's sandbox: the same paths locally and in Daytona, so a
// candidate behaves the same on both (docs/architecture.md, "The candidate contract").
namespace SandboxLayout {

inline constexpr auto home = "/home/daytona";

QString scriptName(const QString &candidateId);
QString outputName(const QString &candidateId, const QString &extension);
QString scriptPath(const QString &candidateId);
QString outputPath(const QString &candidateId, const QString &extension);
// Where a scorer script finds the results folder it scores, read-only.
QString inputPath();

// The only environment a candidate sees: PATH, HOME and LANG.
QStringList environment(const QString &homePath);

} // namespace SandboxLayout

// How a sandbox reaches the network: not at all, through the host's own network stack
// (everything on the host's loopback included), or through a private one of its own.
enum class SandboxNetwork { Off, Host, Private };

// What results record for each ("off", "host", "private").
QString sandboxNetworkName(SandboxNetwork network);

// The bwrap command line that runs a candidate isolated: a private /home/daytona and /tmp,
// only the system folders of the host, read-only (see systemFolderArguments), new PID, IPC,
// UTS and user namespaces and no further ones, no capabilities, a seccomp filter, a cleared
// environment, and the network asked for (docs/architecture.md, "Sandbox hardening").
struct BwrapInvocation
{
    QString hostHome; // the sandbox's home on the host, bound as /home/daytona
    QString readOnlyInputDir; // when set, bound read-only at SandboxLayout::inputPath()
    QStringList hiddenPaths; // host folders covered by an empty tmpfs (homes, temp dirs)
    QStringList readOnlyFolders; // host folders the user added, bound read-only where they are
    // A host folder with the sandbox's own passwd, group and resolv.conf for its /etc.
    QString generatedEtcDir;
    // When set, the sandbox's /etc, prepared once (SandboxEtc), bound as one folder in place of
    // the allow-list's files and generatedEtcDir, with its folders bound on it: about 8 mounts
    // rather than 30.
    QString preparedEtcDir;
    // The size of the sandbox's writable /tmp (one of hiddenPaths); the other hidden folders
    // get a tiny read-only tmpfs. Every tmpfs has a size: unsized, each may take half the RAM.
    qint64 tmpBytes = 64 * 1024 * 1024;
    // When set, the host folder bound as /tmp instead (the sandbox's ScratchDisk), and the
    // user the candidate runs as (bwrap then runs as root of the disk's user namespace).
    QString hostTmp;
    std::optional<unsigned> uid;
    std::optional<unsigned> gid;
    SandboxNetwork network = SandboxNetwork::Host;
    int seccompFd = -1; // the filter bwrap reads and installs, in bwrap's descriptor numbers
    int infoFd = -1; // where bwrap writes the sandbox's process id (Private network)
    // The network namespace bwrap runs in is the sandbox's own already (the private disk's
    // program made it): bwrap keeps it rather than making one.
    bool networkNamespaceGiven = false;
    // When set, bwrap reads more arguments from this descriptor (its --args), after the
    // sandbox's own --setenv: the candidate's variables, out of every process's argv.
    int environmentFd = -1;
    QStringList command; // what runs inside, e.g. python3 <script> <objective> <output>
    // Further host paths bound inside, after the home: a candidate's installed packages
    // (read-only), the environment an install step fills (writable).
    struct Bind
    {
        QString host;
        QString inside;
        bool writable = false;
    };
    QList<Bind> binds;
    QString workingDirectory; // where the command starts; empty: the home

    QStringList arguments() const;
};

// The host's system folders a sandbox sees, read-only: /usr, the /bin, /lib... links or
// folders, and the files of /etc a Python interpreter and its libraries read. Nothing else
// of the host: no project folder, /srv, /opt or other users' files.
QStringList systemFolderArguments();

// The entries of the host's /etc in that allow-list (names, relative to /etc), those that exist.
QStringList etcAllowList();
// Those of them that are folders (ssl, alternatives, ...): a prepared /etc holds an empty
// folder for each, on which the host's is bound (copying their hundreds of links cost more).
QStringList etcAllowListFolders();

// The /etc files the sandbox gets in place of the host's: a passwd and group naming only
// root and the candidate's user ("daytona"), and for a private network a resolv.conf
// naming the network helper's DNS forwarder. Written into `dir`; false on failure.
bool writeGeneratedEtc(const QString &dir, SandboxNetwork network, unsigned uid, unsigned gid);

// Runs `command` once the app says the sandbox's private network is up: the shell writes a
// line to descriptor `readyFd` (bwrap has set the sandbox up), waits for a line on `goFd`,
// closes both and runs the command. Both must be single digits.
QStringList afterNetworkIsUp(int readyFd, int goFd, const QStringList &command);

// The folders a sandbox must not see: every home, temporary and runtime folder of the host.
QStringList foldersHiddenFromSandboxes();

} // namespace DreamFoundry
