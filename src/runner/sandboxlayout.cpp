#include "sandboxlayout.h"

#include "core/candidate.h"

#include <QDir>
#include <QStandardPaths>

namespace DreamFoundry {

namespace {
// Enough for the mount points bwrap makes in a hidden folder (/home/daytona in /home).
constexpr qint64 hiddenFolderBytes = 4096;
} // namespace

QString SandboxLayout::scriptName(const QString &candidateId)
{
    return candidateScriptName(candidateId);
}

QString SandboxLayout::outputName(const QString &candidateId, const QString &extension)
{
    return candidateId + QStringLiteral("_output.") + extension;
}

QString SandboxLayout::scriptPath(const QString &candidateId)
{
    return QLatin1StringView(home) + QLatin1Char('/') + scriptName(candidateId);
}

QString SandboxLayout::outputPath(const QString &candidateId, const QString &extension)
{
    return QLatin1StringView(home) + QLatin1Char('/') + outputName(candidateId, extension);
}

QString SandboxLayout::inputPath()
{
    return QLatin1StringView(home) + QStringLiteral("/results");
}

QStringList SandboxLayout::environment(const QString &homePath)
{
    return {QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin"), QStringLiteral("HOME=") + homePath,
            QStringLiteral("LANG=C.UTF-8")};
}

QStringList foldersHiddenFromSandboxes()
{
    QStringList folders{QStringLiteral("/home"), QStringLiteral("/root"),
                        QStringLiteral("/tmp"),  QStringLiteral("/var/tmp"),
                        QStringLiteral("/run"),  QStringLiteral("/media"),
                        QStringLiteral("/mnt")};
    // A home or temp folder outside the usual places (HOME=/data/me, TMPDIR=/scratch) is
    // hidden too: that is where the user's files and the other candidates' sandboxes live.
    for (const QString &extra : {QDir::homePath(), QDir::tempPath()}) {
        const QString clean = QDir::cleanPath(extra);
        const bool covered = std::ranges::any_of(folders, [&](const QString &f) {
            return clean == f || clean.startsWith(f + QLatin1Char('/'));
        });
        if (!covered && clean != QStringLiteral("/"))
            folders.append(clean);
    }
    return folders;
}

QStringList BwrapInvocation::arguments() const
{
    QStringList args{
            QStringLiteral("--unshare-user"),
            QStringLiteral("--unshare-pid"),
            QStringLiteral("--unshare-ipc"),
            QStringLiteral("--unshare-uts"),
            QStringLiteral("--unshare-cgroup-try"),
            QStringLiteral("--die-with-parent"),
            QStringLiteral("--new-session"),
            QStringLiteral("--cap-drop"),
            QStringLiteral("ALL"),
            QStringLiteral("--hostname"),
            QStringLiteral("sandbox"),
            QStringLiteral("--ro-bind"),
            QStringLiteral("/"),
            QStringLiteral("/"),
            QStringLiteral("--dev"),
            QStringLiteral("/dev"),
            QStringLiteral("--proc"),
            QStringLiteral("/proc"),
    };
    if (!network)
        args << QStringLiteral("--unshare-net");
    const QString tmp = QStringLiteral("/tmp");
    for (const QString &folder : hiddenPaths) {
        const qint64 size = folder == tmp && hostTmp.isEmpty() ? tmpBytes : hiddenFolderBytes;
        args << QStringLiteral("--size") << QString::number(size) << QStringLiteral("--tmpfs")
             << folder;
    }
    const QString home = QLatin1StringView(SandboxLayout::home);
    args << QStringLiteral("--bind") << hostHome << home << QStringLiteral("--chdir") << home
         << QStringLiteral("--clearenv");
    if (!hostTmp.isEmpty())
        args << QStringLiteral("--bind") << hostTmp << tmp;
    if (uid && gid) {
        args << QStringLiteral("--uid") << QString::number(*uid) << QStringLiteral("--gid")
             << QString::number(*gid);
    }
    // After the home and the hidden folders, so it shows through both.
    if (!readOnlyInputDir.isEmpty())
        args << QStringLiteral("--ro-bind") << readOnlyInputDir << SandboxLayout::inputPath();
    // Last: the binds above need their mount points made in these folders first.
    for (const QString &folder : hiddenPaths) {
        if (folder != tmp)
            args << QStringLiteral("--remount-ro") << folder;
    }
    for (const QString &variable : SandboxLayout::environment(home)) {
        args << QStringLiteral("--setenv") << variable.section(QLatin1Char('='), 0, 0)
             << variable.section(QLatin1Char('='), 1);
    }
    args << QStringLiteral("--") << command;
    return args;
}

} // namespace DreamFoundry
