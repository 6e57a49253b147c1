#include "isolationprobe.h"

#include "core/appfolders.h"
#include "processlimits.h"
#include "sandboxlayout.h"
#include "scratchdisk.h"
#include "seccompfilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace DreamFoundry {

namespace {

constexpr int probeTimeoutMs = 10'000;

QByteArray readSmallFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.read(256).trimmed() : QByteArray("-");
}

// A program as the kept answer knows it: a new build or package version is another program.
QByteArray programIdentity(const QString &path)
{
    const QFileInfo info(path);
    return path.toUtf8() + ' ' + QByteArray::number(info.size()) + ' '
            + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

// Found once: QProcess would look a bare name up in the app's PATH at each start.
IsolationProbe::IsolationProbe(QObject *parent)
    : QObject(parent)
    , m_program(QStandardPaths::findExecutable(QStringLiteral("bwrap")))
    , m_scratchDiskProgram(ScratchDisk::helperProgram())
{}

void IsolationProbe::whenKnown(QObject *context, std::function<void()> then)
{
    if (m_result != Result::Unknown) {
        then();
        return;
    }
    m_waiting.append({context, std::move(then)});
    if (!m_process)
        start();
}

void IsolationProbe::start()
{
    if (m_program.isEmpty()) {
        conclude(Result::Unavailable, tr("bwrap was not found (install the bubblewrap package)"));
        return;
    }
    if (readKeptAnswer()) {
        conclude(Result::Available, {});
        return;
    }
    QString filterError;
    SeccompFilter::program(&filterError);
    const int seccomp = SeccompFilter::programDescriptor();
    if (seccomp < 0) {
        conclude(Result::Unavailable,
                 tr("the seccomp filter could not be made: %1")
                         .arg(filterError.isEmpty() ? tr("no memfd") : filterError));
        return;
    }
    // The same isolation a candidate gets, running /bin/true: if this works, they will.
    BwrapInvocation probe;
    probe.hostHome = QStringLiteral("/");
    probe.hiddenPaths = foldersHiddenFromSandboxes();
    probe.network = SandboxNetwork::Off;
    probe.seccompFd = 3; // the first passed descriptor (ChildSetup::keepOnly)
    probe.command = {QStringLiteral("true")};

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(probe.arguments());
    m_process->setStandardInputFile(QProcess::nullDevice());
    applyProcessLimits(*m_process, {0, {seccomp}});
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0) {
            probeScratchDisk();
            return;
        }
        const QString detail = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
        conclude(Result::Unavailable,
                 tr("bwrap cannot create a sandbox here: %1")
                         .arg(detail.isEmpty() ? tr("exit code %1").arg(code) : detail));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            conclude(Result::Unavailable,
                     tr("bwrap could not be started: %1").arg(m_process->errorString()));
    });
    QTimer::singleShot(probeTimeoutMs, this, [this] {
        if (m_result == Result::Unknown) {
            m_process->kill();
            conclude(Result::Unavailable, tr("bwrap did not answer within 10 seconds"));
        }
    });
    m_process->start();
    ::close(seccomp); // bwrap has its own copy once start() has forked
}

void IsolationProbe::probeScratchDisk()
{
    // What ScratchDisk does first: mount a capped tmpfs in a user namespace of its own (over
    // the temporary folder, seen only in that namespace).
    if (m_scratchDiskProgram.isEmpty()) {
        conclude(Result::Available, {});
        return;
    }
    auto *process = new QProcess(this);
    process->setProgram(m_scratchDiskProgram);
    process->setArguments({QStringLiteral("--probe"), QDir::tempPath()});
    process->setStandardInputFile(QProcess::nullDevice());
    applyProcessLimits(*process, {});
    auto done = [this, process](bool works) {
        process->deleteLater();
        m_scratchDisk = works;
        conclude(Result::Available, {});
        // Only a full yes is kept: a disk that failed once is asked about again next time,
        // rather than every run going without the disk's size limit until the next boot.
        if (works)
            keepAnswer();
    };
    connect(process, &QProcess::finished, this, [done](int code, QProcess::ExitStatus status) {
        done(status == QProcess::NormalExit && code == 0);
    });
    connect(process, &QProcess::errorOccurred, this, [done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false);
    });
    process->start();
}

void IsolationProbe::conclude(Result result, const QString &reason)
{
    if (m_result != Result::Unknown)
        return;
    m_result = result;
    m_reason = reason;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, then] : waiting) {
        if (context)
            then();
    }
}

} // namespace DreamFoundry

namespace DreamFoundry {

QString IsolationProbe::cacheFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/dreamfoundry/isolation-probe");
}

QByteArray IsolationProbe::circumstances() const
{
    QByteArrayList lines{
            "boot " + readSmallFile("/proc/sys/kernel/random/boot_id"),
            "kernel " + readSmallFile("/proc/sys/kernel/osrelease"),
            "max_user_namespaces " + readSmallFile("/proc/sys/user/max_user_namespaces"),
            // Debian's switch, and Ubuntu's AppArmor one.
            "unprivileged_userns_clone "
                    + readSmallFile("/proc/sys/kernel/unprivileged_userns_clone"),
            "apparmor_restrict_unprivileged_userns "
                    + readSmallFile("/proc/sys/kernel/apparmor_restrict_unprivileged_userns"),
            "uid " + QByteArray::number(::getuid()),
            "bwrap " + programIdentity(m_program),
            "disk " + programIdentity(m_scratchDiskProgram),
            // The command line's binary, also for the window's program: both are built and
            // installed together, and keep one answer between them.
            "app " + programIdentity(appBinFolder() + QStringLiteral("/dreamfoundry")),
            "temp " + QDir::tempPath().toUtf8(),
    };
    return lines.join('\n') + '\n';
}

bool IsolationProbe::readKeptAnswer()
{
    m_circumstances = circumstances(); // read once: keepAnswer() writes the same
    QFile file(cacheFile());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray kept = file.read(64 * 1024);
    if (!kept.startsWith(m_circumstances)
        || kept.mid(m_circumstances.size()).trimmed() != "available disk")
        return false;
    m_scratchDisk = true;
    return true;
}

// Kept for the next start only, and not flushed to disk: a file that cannot be written, or is
// torn by a crash or by two apps writing at once, no longer matches and costs one probe.
void IsolationProbe::keepAnswer()
{
    QDir().mkpath(QFileInfo(cacheFile()).path());
    QFile file(cacheFile());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(m_circumstances + "available disk\n");
}

void IsolationProbe::forget()
{
    QFile::remove(cacheFile());
}

} // namespace DreamFoundry
