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

// The bwrap command line that runs a candidate isolated: a private /home/daytona and /tmp,
// the host read-only, the user's home out of sight, new PID, IPC and UTS namespaces, no
// capabilities, a cleared environment, and no network when asked.
struct BwrapInvocation
{
    QString hostHome; // the sandbox's home on the host, bound as /home/daytona
    QString readOnlyInputDir; // when set, bound read-only at SandboxLayout::inputPath()
    QStringList hiddenPaths; // host folders covered by an empty tmpfs (homes, temp dirs)
    // The size of the sandbox's writable /tmp (one of hiddenPaths); the other hidden folders
    // get a tiny read-only tmpfs. Every tmpfs has a size: unsized, each may take half the RAM.
    qint64 tmpBytes = 64 * 1024 * 1024;
    // When set, the host folder bound as /tmp instead (the sandbox's ScratchDisk), and the
    // user the candidate runs as (bwrap then runs as root of the disk's user namespace).
    QString hostTmp;
    std::optional<unsigned> uid;
    std::optional<unsigned> gid;
    bool network = true;
    QStringList command; // what runs inside, e.g. python3 <script> <objective> <output>

    QStringList arguments() const;
};

// The folders a sandbox must not see: every home, temporary and runtime folder of the host.
QStringList foldersHiddenFromSandboxes();

} // namespace DreamFoundry
