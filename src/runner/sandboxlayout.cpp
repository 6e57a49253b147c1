#include "sandboxlayout.h"

#include "core/candidate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

namespace {

// What of /etc a Python program and the C library under it read: the dynamic loader's cache,
// name service and time zone files, certificates, MIME types, Python's own settings, and the
// alternatives the /usr/bin links go through. passwd, group and resolv.conf are generated.
const char *const etcAllowListNames[] = {
        "ld.so.cache",
        "ld.so.conf",
        "ld.so.conf.d",
        "nsswitch.conf",
        "host.conf",
        "gai.conf",
        "hosts",
        "protocols",
        "services",
        "localtime",
        "timezone",
        "ssl",
        "ca-certificates",
        "ca-certificates.conf",
        "pki",
        "mime.types",
        "magic",
        "magic.mime",
        "alternatives",
        "fonts",
        "os-release",
        "debian_version",
        "lsb-release",
        "locale.alias",
        "locale.conf",
};

// The top-level links or folders of a merged (or not yet merged) /usr.
const char *const rootSystemEntries[] = {"bin", "sbin", "lib", "lib32", "lib64", "libx32"};

QStringList computeRootArguments()
{
    QStringList args{QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr")};
    for (const char *entry : rootSystemEntries) {
        const QString path = QLatin1Char('/') + QLatin1StringView(entry);
        const QFileInfo info(path);
        if (info.isSymLink())
            args << QStringLiteral("--symlink") << info.symLinkTarget() << path;
        else if (info.isDir())
            args << QStringLiteral("--ro-bind") << path << path;
    }
    return args;
}

QStringList computeEtcAllowList()
{
    QStringList etc;
    for (const char *entry : etcAllowListNames)
        etc.append(QLatin1StringView(entry));
    // python3, python3.11, ...: sitecustomize and the like.
    etc += QDir(QStringLiteral("/etc"))
                   .entryList({QStringLiteral("python3*")},
                              QDir::AllEntries | QDir::NoDotAndDotDot);
    QStringList present;
    for (const QString &entry : std::as_const(etc)) {
        if (QFileInfo::exists(QStringLiteral("/etc/") + entry))
            present.append(entry);
    }
    return present;
}

// The host's layout does not change while the app runs; every sandbox asks.
const QStringList &rootArguments()
{
    static const QStringList args = computeRootArguments();
    return args;
}

QStringList computeSystemFolderArguments()
{
    QStringList args = rootArguments();
    for (const QString &entry : etcAllowList()) {
        const QString path = QStringLiteral("/etc/") + entry;
        // Bound as what it resolves to: a link may point outside the allow-list.
        args << QStringLiteral("--ro-bind-try") << path << path;
    }
    return args;
}

} // namespace

QString sandboxNetworkName(SandboxNetwork network)
{
    switch (network) {
    case SandboxNetwork::Off:
        return QStringLiteral("off");
    case SandboxNetwork::Host:
        return QStringLiteral("host");
    case SandboxNetwork::Private:
        return QStringLiteral("private");
    }
    return {};
}

QStringList etcAllowList()
{
    static const QStringList entries = computeEtcAllowList();
    return entries;
}

QStringList etcAllowListFolders()
{
    static const QStringList folders = [] {
        QStringList found;
        for (const QString &entry : etcAllowList()) {
            if (QFileInfo(QStringLiteral("/etc/") + entry).isDir())
                found.append(entry);
        }
        return found;
    }();
    return folders;
}

QStringList systemFolderArguments()
{
    // The host's layout does not change while the app runs; every sandbox asks.
    static const QStringList args = computeSystemFolderArguments();
    return args;
}

bool writeGeneratedEtc(const QString &dir, SandboxNetwork network, unsigned uid, unsigned gid)
{
    const auto write = [&dir](const QString &name, const QString &text) {
        QFile file(dir + QLatin1Char('/') + name);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(text.toUtf8()) == text.toUtf8().size();
    };
    QString passwd = QStringLiteral("root:x:0:0:root:/root:/usr/sbin/nologin\n");
    QString group = QStringLiteral("root:x:0:\n");
    if (uid != 0) {
        passwd += QStringLiteral("daytona:x:%1:%2:daytona:%3:/bin/sh\n")
                          .arg(uid)
                          .arg(gid)
                          .arg(QLatin1StringView(SandboxLayout::home));
    }
    if (gid != 0)
        group += QStringLiteral("daytona:x:%1:\n").arg(gid);
    bool ok = write(QStringLiteral("passwd"), passwd) && write(QStringLiteral("group"), group);
    // slirp4netns forwards DNS from this address to the host's resolver.
    if (network == SandboxNetwork::Private)
        ok = ok && write(QStringLiteral("resolv.conf"), QStringLiteral("nameserver 10.0.2.3\n"));
    return ok;
}

QStringList afterNetworkIsUp(int readyFd, int goFd, const QStringList &command)
{
    Q_ASSERT(readyFd >= 0 && readyFd <= 9 && goFd >= 0 && goFd <= 9);
    const QString script = QStringLiteral("echo >&%1 && read -r _ <&%2 && exec %1>&- %2<&- && "
                                          "exec \"$@\"")
                                   .arg(readyFd)
                                   .arg(goFd);
    return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script,
                       QStringLiteral("sh")}
    + command;
}

QStringList BwrapInvocation::arguments() const
{
    QStringList args{
            QStringLiteral("--unshare-user"),    QStringLiteral("--disable-userns"),
            QStringLiteral("--unshare-pid"),     QStringLiteral("--unshare-ipc"),
            QStringLiteral("--unshare-uts"),     QStringLiteral("--unshare-cgroup-try"),
            QStringLiteral("--die-with-parent"), QStringLiteral("--new-session"),
            QStringLiteral("--cap-drop"),        QStringLiteral("ALL"),
            QStringLiteral("--hostname"),        QStringLiteral("sandbox"),
    };
    if (preparedEtcDir.isEmpty()) {
        args += systemFolderArguments();
    } else {
        args << rootArguments() << QStringLiteral("--ro-bind") << preparedEtcDir
             << QStringLiteral("/etc");
        for (const QString &folder : etcAllowListFolders()) {
            const QString path = QStringLiteral("/etc/") + folder;
            args << QStringLiteral("--ro-bind-try") << path << path;
        }
    }
    args << QStringLiteral("--dev") << QStringLiteral("/dev") << QStringLiteral("--proc")
         << QStringLiteral("/proc");
    if (!generatedEtcDir.isEmpty() && preparedEtcDir.isEmpty()) {
        for (const char *name : {"passwd", "group", "resolv.conf"}) {
            const QString file = QLatin1StringView(name);
            args << QStringLiteral("--ro-bind-try") << generatedEtcDir + QLatin1Char('/') + file
                 << QStringLiteral("/etc/") + file;
        }
    }
    if (network == SandboxNetwork::Host)
        args << QStringLiteral("--ro-bind-try") << QStringLiteral("/etc/resolv.conf")
             << QStringLiteral("/etc/resolv.conf");
    if (network != SandboxNetwork::Host && !networkNamespaceGiven)
        args << QStringLiteral("--unshare-net");
    if (infoFd >= 0)
        args << QStringLiteral("--info-fd") << QString::number(infoFd);
    if (seccompFd >= 0)
        args << QStringLiteral("--seccomp") << QString::number(seccompFd);
    const QString tmp = QStringLiteral("/tmp");
    for (const QString &folder : hiddenPaths) {
        const qint64 size = folder == tmp && hostTmp.isEmpty() ? tmpBytes : hiddenFolderBytes;
        args << QStringLiteral("--size") << QString::number(size) << QStringLiteral("--tmpfs")
             << folder;
    }
    // After the hidden folders, so one inside them shows through; before the home, so none
    // covers it.
    for (const QString &folder : readOnlyFolders)
        args << QStringLiteral("--ro-bind") << folder << folder;
    const QString home = QLatin1StringView(SandboxLayout::home);
    args << QStringLiteral("--bind") << hostHome << home << QStringLiteral("--chdir")
         << (workingDirectory.isEmpty() ? home : workingDirectory) << QStringLiteral("--clearenv");
    for (const Bind &bind : binds) {
        args << (bind.writable ? QStringLiteral("--bind") : QStringLiteral("--ro-bind"))
             << bind.host << bind.inside;
    }
    if (!hostTmp.isEmpty())
        args << QStringLiteral("--bind") << hostTmp << tmp;
    if (uid && gid) {
        args << QStringLiteral("--uid") << QString::number(*uid) << QStringLiteral("--gid")
             << QString::number(*gid);
    }
    // After the home and the hidden folders, so it shows through both.
    if (!readOnlyInputDir.isEmpty())
        args << QStringLiteral("--ro-bind") << readOnlyInputDir << SandboxLayout::inputPath();
    // Last: the binds above need their mount points made in these folders first. Each remount
    // is of that one mount, so what is bound inside stays as it was bound.
    for (const QString &folder : hiddenPaths) {
        if (folder != tmp)
            args << QStringLiteral("--remount-ro") << folder;
    }
    // The root bwrap builds (with /etc in it) is a tmpfs: read-only, as the host's was.
    args << QStringLiteral("--remount-ro") << QStringLiteral("/");
    for (const QString &variable : SandboxLayout::environment(home)) {
        args << QStringLiteral("--setenv") << variable.section(QLatin1Char('='), 0, 0)
             << variable.section(QLatin1Char('='), 1);
    }
    if (environmentFd >= 0)
        args << QStringLiteral("--args") << QString::number(environmentFd);
    args << QStringLiteral("--") << command;
    return args;
}

} // namespace DreamFoundry
