#include "dependencyinstaller.h"

#include "launchedprocess.h"
#include "leftovers.h"
#include "processlimits.h"
#include "sandboxlayout.h"
#include "seccompfilter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace DreamFoundry {

namespace {

// Arguments: python, the environment's folder, the requirement file, requires-python, then
// pip's own options. python3 -m venv without pip takes a fraction of a second; the system's
// pip installs into it (pip --python). --isolated: no pip.conf or PIP_* of the host.
constexpr auto script = R"sh(set -u
python=$1 venv=$2 reqs=$3 spec=$4
shift 4
"$python" -m venv --without-pip "$venv" || exit 1
if [ -n "$spec" ]; then
  "$python" -c 'import sys
from pip._vendor.packaging.specifiers import SpecifierSet
v = "%d.%d.%d" % sys.version_info[:3]
if v not in SpecifierSet(sys.argv[1]):
    sys.exit("Python %s does not satisfy requires-python %s" % (v, sys.argv[1]))' "$spec" || exit 1
fi
exec "$python" -m pip --isolated --python "$venv/bin/python" install --no-cache-dir \
  --disable-pip-version-check --no-input --progress-bar off -r "$reqs" "$@"
)sh";

constexpr qsizetype tailBytes = 8192;

bool handToCandidate(const QString &path)
{
    if (!candidatesRunAsNobody())
        return true;
    return ::chown(QFile::encodeName(path).constData(), nobodyUid(), nobodyGid()) == 0;
}

} // namespace

DependencyInstaller::DependencyInstaller(Spec spec, QObject *parent)
    : QObject(parent), m_spec(std::move(spec))
{}

DependencyInstaller::~DependencyInstaller()
{
    // m_process kills what still runs, its group too, as it goes.
    if (m_seccompFd >= 0)
        ::close(m_seccompFd);
}

QString DependencyInstaller::venvInside()
{
    return QStringLiteral("/opt/dreamfoundry-venv");
}

void DependencyInstaller::start()
{
    QString error;
    LaunchedProcess::Spec spec;
    if (!stage(&error) || !configure(&spec, &error)) {
        finish(false, error);
        return;
    }
    m_process = new LaunchedProcess(this);
    connect(m_process, &LaunchedProcess::outputReceived, this,
            [this](OutputStream, const QByteArray &chunk) { onOutput(chunk); });
    connect(m_process, &LaunchedProcess::finished, this, &DependencyInstaller::onFinished);
    connect(m_process, &LaunchedProcess::failedToStart, this, [this](const QString &reason) {
        finish(false,
               m_stopped ? tr("Stopped.") : tr("Could not start the install: %1").arg(reason));
    });
    m_process->start(std::move(spec));
}

// pip's progress is diagnostics, not the candidate's output: all of it goes to stderr.
void DependencyInstaller::onOutput(const QByteArray &chunk)
{
    m_tail.append(chunk);
    if (m_tail.size() > tailBytes)
        m_tail.remove(0, m_tail.size() - tailBytes);
    Q_EMIT outputReceived(OutputStream::Stderr, chunk);
}

void DependencyInstaller::stop()
{
    m_stopped = true;
    if (m_process && m_process->isActive()) {
        m_process->kill(); // its group too, also while it starts
        return; // onFinished reports
    }
    finish(false, tr("Stopped."));
}

// The stage is in the cache's own folder, so the finished environment moves in by rename.
bool DependencyInstaller::stage(QString *error)
{
    QDir().mkpath(m_spec.cacheRoot);
    // What installs cut short by a killed app left, on the pool: a stage without a live
    // owner's lock (ours has one before the sweep can see it; one without is left alone).
    (void)QtConcurrent::run([root = m_spec.cacheRoot] {
        sweepStaleFolders(root, {QStringLiteral(".installing-*")});
    });
    m_stage = std::make_unique<QTemporaryDir>(m_spec.cacheRoot
                                              + QStringLiteral("/.installing-XXXXXX"));
    if (m_stage->isValid())
        m_owner = std::make_unique<OwnedFolder>(m_stage->path());
    QFile list(m_stage->filePath(QStringLiteral("home/requirements.txt")));
    const bool ok = m_stage->isValid() && QDir().mkdir(m_stage->filePath(QStringLiteral("home")))
            && QDir().mkdir(m_stage->filePath(QStringLiteral("venv")))
            && list.open(QIODevice::WriteOnly)
            && list.write(m_spec.requirements.requirements.join(QLatin1Char('\n')).toUtf8() + '\n')
                    > 0;
    list.close();
    QFile::setPermissions(m_stage->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
    if (!ok || !handToCandidate(m_stage->filePath(QStringLiteral("home")))
        || !handToCandidate(m_stage->filePath(QStringLiteral("venv")))) {
        *error = tr("Could not prepare the install folder in %1.").arg(m_spec.cacheRoot);
        return false;
    }
    return true;
}

QStringList DependencyInstaller::scriptArguments(const QString &venv,
                                                 const QString &requirementsFile) const
{
    QStringList args{QStringLiteral("/bin/sh"),
                     QStringLiteral("-c"),
                     QLatin1StringView(script),
                     QStringLiteral("dreamfoundry-install"),
                     m_spec.python,
                     venv,
                     requirementsFile,
                     m_spec.requirements.requiresPython};
    if (!m_spec.indexUrl.isEmpty())
        args << QStringLiteral("--index-url") << m_spec.indexUrl;
    return args;
}

bool DependencyInstaller::configure(LaunchedProcess::Spec *spec, QString *error)
{
    ProcessLimits limits{m_spec.memoryLimitMiB};
    QStringList program;
    if (m_spec.isolated) {
        BwrapInvocation bwrap;
        bwrap.hostHome = m_stage->filePath(QStringLiteral("home"));
        bwrap.hiddenPaths = foldersHiddenFromSandboxes();
        bwrap.tmpBytes = m_spec.tmpBytes;
        bwrap.network = SandboxNetwork::Host; // for this step only: pip fetches the packages
        bwrap.binds.append({m_stage->filePath(QStringLiteral("venv")), venvInside(), true});
        bwrap.command = scriptArguments(venvInside(),
                                        QLatin1StringView(SandboxLayout::home)
                                                + QStringLiteral("/requirements.txt"));
        m_seccompFd = SeccompFilter::programDescriptor();
        if (m_seccompFd < 0) {
            *error = tr("Could not make the sandbox's seccomp filter.");
            return false;
        }
        limits.passedDescriptors = {m_seccompFd};
        bwrap.seccompFd = 3;
        program = QStringList{m_spec.bwrapProgram} + bwrap.arguments();
    } else {
        program = scriptArguments(m_stage->filePath(QStringLiteral("venv")),
                                  m_stage->filePath(QStringLiteral("home/requirements.txt")));
        spec->workingDirectory = m_stage->filePath(QStringLiteral("home"));
    }
    spec->program = program.first();
    spec->arguments = program.mid(1);
    for (const QString &variable :
         SandboxLayout::environment(m_stage->filePath(QStringLiteral("home")))) {
        spec->environment.insert(variable.section(QLatin1Char('='), 0, 0),
                                 variable.section(QLatin1Char('='), 1));
    }
    spec->childSetup = childSetupWithLimits(limits);
    spec->leadsGroup = true; // applyProcessLimits: setsid()
    if (m_seccompFd >= 0) // the launcher closes the app's copy once bwrap has its own
        spec->closeAfterStart = {std::exchange(m_seccompFd, -1)};
    return true;
}

void DependencyInstaller::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopped) {
        finish(false, tr("Stopped."));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        finish(false, installFailure(m_spec.requirements, m_tail));
        return;
    }
    const QString target = DependencyCache(m_spec.cacheRoot).pathFor(m_spec.key);
    // Another candidate with the same list may have finished first: its environment serves.
    if (!QDir().rename(m_stage->filePath(QStringLiteral("venv")), target)
        && !DependencyCache(m_spec.cacheRoot).has(m_spec.key)) {
        finish(false, tr("Could not move the installed environment into %1.").arg(target));
        return;
    }
    finish(true, {});
}

void DependencyInstaller::finish(bool ok, const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(ok, reason);
}

} // namespace DreamFoundry
