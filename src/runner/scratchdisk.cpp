#include "scratchdisk.h"

#include <QCoreApplication>
#include <QFile>

namespace DreamFoundry {

namespace {

// Arguments: mount point, bytes, files, staged script, artifact name, outbox, artifact limit,
// collect seconds, the app's process id, then bwrap and its arguments. Nothing is
// interpolated into the text.
constexpr auto script = R"sh(set -u
disk=$1 bytes=$2 files=$3 script=$4 name=$5 out=$6 cap=$7 secs=$8 app=$9
shift 9
# Killed before setpriv armed the death signal, the app cannot take this script with it: a
# parent that is no longer the app says so (kill -0 cannot, the script runs as another user).
[ "$PPID" = "$app" ] || exit 125
mount -t tmpfs -o "size=$bytes,nr_inodes=$files,mode=0755" dreamfoundry "$disk" \
  && mkdir "$disk/home" "$disk/tmp" && chmod 1777 "$disk/tmp" && cp -R "$script" "$disk/home/" \
  || { echo "dreamfoundry: could not make the sandbox's disk" >&2; exit 125; }
"$@" &
child=$!
# bwrap has its own copies of the descriptors handed to it (seccomp filter, network pipes): the
# app must see a pipe's end when bwrap closes it, not when this script does.
exec 3<&- 4<&- 5<&- 6<&- 7<&- 8<&- 9<&-
trap 'kill -KILL $child 2>/dev/null' TERM
wait $child 2>/dev/null
rc=$?
# A TERM ends that wait before bwrap is gone: wait again, for its real status.
while kill -0 $child 2>/dev/null; do wait $child 2>/dev/null; rc=$?; done
trap '' TERM
# bwrap is gone and its PID namespace with it: nothing of the candidate writes here any more.
set -- $(stat -f -c '%f %d' "$disk")
full=no
[ "$1" -le 1 ] || [ "$2" -le 0 ] && full=yes
f=$disk/home/$name
if [ -L "$f" ] || { [ -e "$f" ] && [ ! -f "$f" ]; }; then
  echo "notafile $full" > "$out/status"
elif [ -f "$f" ]; then
  set -- $(stat -c '%s %b %B' "$f")
  if [ "$1" -gt "$cap" ]; then
    echo "toolarge $full $1 $(($2 * $3))" > "$out/status"
  elif timeout "$secs" cp "$f" "$out/$name"; then
    echo "collected $full" > "$out/status"
  else
    rm -f "$out/$name"
    echo "tooslow $full" > "$out/status"
  fi
else
  echo "none $full" > "$out/status"
fi
exit $rc
)sh";

} // namespace

QString ScratchDisk::mountPoint() const
{
    return root + QStringLiteral("/disk");
}

QString ScratchDisk::outbox() const
{
    return root + QStringLiteral("/out");
}

QString ScratchDisk::homeInside() const
{
    return mountPoint() + QStringLiteral("/home");
}

QString ScratchDisk::tmpInside() const
{
    return mountPoint() + QStringLiteral("/tmp");
}

QStringList ScratchDisk::wrap(const QString &bwrapProgram, const QStringList &bwrapArguments) const
{
    // Root of its own user namespace, it may mount; the candidate, in bwrap's, may not.
    return QStringList{unshareProgram, QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                       QStringLiteral("--mount"), QStringLiteral("--propagation"),
                       QStringLiteral("private"), QStringLiteral("--"),
                       // The script dies with the app (making the user namespace cleared what
                       // the child modifier could set), and bwrap (--die-with-parent) with it.
                       QStringLiteral("setpriv"), QStringLiteral("--pdeathsig"),
                       QStringLiteral("KILL"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                       QStringLiteral("-c"), QLatin1StringView(script),
                       QStringLiteral("dreamfoundry-sandbox"), mountPoint(), QString::number(bytes),
                       QString::number(files), stagedScript, artifactName, outbox(),
                       QString::number(artifactLimitBytes), QString::number(collectSeconds),
                       QString::number(QCoreApplication::applicationPid()), bwrapProgram}
    + bwrapArguments;
}

ScratchDisk::Report ScratchDisk::report() const
{
    QFile file(outbox() + QStringLiteral("/status"));
    Report report;
    if (!file.open(QIODevice::ReadOnly))
        return report;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    const QByteArray kind = fields.value(0);
    using A = Report::Artifact;
    report.artifact = kind == "none" ? A::None
            : kind == "collected"    ? A::Collected
            : kind == "notafile"     ? A::NotAFile
            : kind == "toolarge"     ? A::TooLarge
            : kind == "tooslow"      ? A::TooSlow
                                     : A::Unknown;
    report.full = fields.value(1) == "yes";
    report.size = fields.value(2).toLongLong();
    report.bytesOnDisk = fields.value(3).toLongLong();
    return report;
}

QString ScratchDisk::collectedArtifact() const
{
    return outbox() + QLatin1Char('/') + artifactName;
}

} // namespace DreamFoundry
