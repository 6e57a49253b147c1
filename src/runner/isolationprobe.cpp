#include "isolationprobe.h"

#include "processlimits.h"
#include "sandboxlayout.h"
#include "seccompfilter.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace DreamFoundry {

namespace {
constexpr int probeTimeoutMs = 10'000;
} // namespace

IsolationProbe::IsolationProbe(QObject *parent)
    : QObject(parent), m_program(QStandardPaths::findExecutable(QStringLiteral("bwrap")))
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
            conclude(Result::Available, {});
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
