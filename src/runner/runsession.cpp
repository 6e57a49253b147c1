#include "runsession.h"

#include "core/artifactfacts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

struct CollectedFacts
{
    ArtifactFacts artifact;
    bool artifactContainsSecret = false;
    QString scriptSha256;
};

namespace {

// The last non-empty line of stderr says most about a crash ("ValueError: ...").
QString lastLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace

RunSession::RunSession(const SandboxJob &job, const QString &backendName, QObject *parent)
    : QObject(parent), m_job(job), m_redactor(job.environment.variables())
{
    m_result.candidateId = job.candidate.id;
    m_result.scriptPath = job.candidate.scriptPath;
    m_result.backend = backendName;
    m_timeout.setSingleShot(true);
    // A coarse timer may fire up to 5% early; a candidate is owed its whole timeout.
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &RunSession::onTimeout);
}

void RunSession::start(Backend &backend)
{
    m_started = true;
    m_clock.start();
    m_phaseClock.start();
    if (!m_sandbox)
        createSandbox(backend);
    else if (m_sandboxMade)
        showSandbox(); // made while it waited: a candidate that never ran shows none
    m_sandbox->start();
}

void RunSession::showSandbox()
{
    m_result.sandboxId = m_sandboxMade->first;
    m_result.isolation = m_sandboxMade->second;
    Q_EMIT sandboxCreated(m_result.sandboxId);
}

void RunSession::prepareAhead(Backend &backend)
{
    if (m_sandbox || isFinal(m_result.state))
        return;
    createSandbox(backend);
    m_sandbox->prepareAhead();
}

void RunSession::createSandbox(Backend &backend)
{
    m_sandbox = backend.createSandbox(m_job, this);
    connect(m_sandbox, &Sandbox::phaseChanged, this, &RunSession::onPhaseChanged);
    connect(m_sandbox, &Sandbox::outputReceived, this, &RunSession::onOutput);
    connect(m_sandbox, &Sandbox::warning, this, &RunSession::warning);
    connect(m_sandbox, &Sandbox::waitingInQueue, this,
            [this](const QueueWait &wait) { m_result.queueWait = wait; });
    connect(m_sandbox, &Sandbox::sandboxCreated, this,
            [this](const QString &id, const QString &isolation) {
                m_sandboxMade = {id, isolation};
                if (m_started)
                    showSandbox();
            });
    connect(m_sandbox, &Sandbox::networkChosen, this,
            [this](const QString &network) { m_result.network = network; });
    connect(m_sandbox, &Sandbox::limitsApplied, this,
            [this](const QString &limits) { m_result.limits = limits; });
    connect(m_sandbox, &Sandbox::released, this, &RunSession::release);
    connect(m_sandbox, &Sandbox::finished, this, &RunSession::onSandboxFinished);
}

void RunSession::cancel(const QString &reason)
{
    if (isFinal(m_result.state) || m_stopReason != StopReason::None)
        return;
    m_stopReason = StopReason::Cancel;
    m_cancelReason = reason;
    if (m_sandbox) {
        m_sandbox->stop();
        return;
    }
    m_result.errorMessage = reason; // still queued: nothing to stop
    finalize(CandidateState::Cancelled);
}

double RunSession::elapsedSeconds() const
{
    if (isFinal(m_result.state) || !m_clock.isValid())
        return m_result.runtimeSeconds;
    return m_clock.elapsed() / 1000.0;
}

void RunSession::setState(CandidateState state)
{
    if (m_result.state == state)
        return;
    const double phaseSeconds = m_phaseClock.restart() / 1000.0;
    switch (m_result.state) {
    case CandidateState::Preparing:
        m_result.timings.preparing += phaseSeconds;
        break;
    case CandidateState::Installing:
        m_result.timings.installing += phaseSeconds;
        break;
    case CandidateState::Running:
        m_result.timings.running += phaseSeconds;
        break;
    case CandidateState::Collecting:
        m_result.timings.collecting += phaseSeconds;
        break;
    default:
        break;
    }
    m_result.state = state;
    if (state != CandidateState::Queued)
        m_result.queueWait.reset();
    Q_EMIT stateChanged(state);
}

void RunSession::onPhaseChanged(CandidateState phase)
{
    if (m_stopReason != StopReason::None && phase != CandidateState::Collecting)
        return;
    if (!m_started && phase != CandidateState::Collecting)
        return; // prepared ahead: Queued until its turn
    setState(phase);
    // Installing has a clock of its own: a slow install does not eat the script's time.
    if (phase == CandidateState::Installing)
        m_timeout.start(std::chrono::seconds(m_job.settings.installTimeoutSeconds));
    if (phase == CandidateState::Running)
        m_timeout.start(std::chrono::seconds(m_job.settings.timeoutSeconds));
}

void RunSession::onOutput(OutputStream stream, const QByteArray &chunk)
{
    const QByteArray shown
            = (stream == OutputStream::Stdout ? m_stdoutRedactor : m_stderrRedactor).feed(chunk);
    if (!shown.isEmpty())
        keepOutput(stream, shown);
}

void RunSession::keepOutput(OutputStream stream, const QByteArray &chunk)
{
    if (!m_bothStreams && m_soleStream && *m_soleStream != stream) {
        m_bothStreams = true;
        (*m_soleStream == OutputStream::Stdout ? m_stdout : m_stderr) = m_combined;
    }
    if (m_bothStreams)
        (stream == OutputStream::Stdout ? m_stdout : m_stderr).append(chunk);
    else
        m_soleStream = stream;
    m_combined.append(m_decoder.decode(stream, chunk).toUtf8());
    Q_EMIT outputReceived(stream, chunk);
}

void RunSession::onTimeout()
{
    if (isFinal(m_result.state) || m_stopReason != StopReason::None)
        return;
    m_stopReason = StopReason::Timeout;
    m_timedOutInstalling = m_result.state == CandidateState::Installing;
    m_sandbox->stop();
}

void RunSession::release()
{
    if (m_started && !std::exchange(m_released, true))
        Q_EMIT sandboxReleased();
}

void RunSession::onSandboxFinished(const SandboxOutcome &outcome)
{
    m_sandboxEnded = true;
    m_timeout.stop();
    // What was held back in case a secret went on: the streams have ended.
    if (const QByteArray rest = m_stdoutRedactor.flush(); !rest.isEmpty())
        keepOutput(OutputStream::Stdout, rest);
    if (const QByteArray rest = m_stderrRedactor.flush(); !rest.isEmpty())
        keepOutput(OutputStream::Stderr, rest);
    if (m_result.state != CandidateState::Collecting)
        setState(CandidateState::Collecting);
    release();
    // Hashing a 50 MiB artifact would freeze a window: do it on the thread pool.
    auto *watcher = new QFutureWatcher<CollectedFacts>(this);
    connect(watcher, &QFutureWatcher<CollectedFacts>::finished, this, [this, watcher, outcome] {
        watcher->deleteLater();
        conclude(outcome, watcher->result());
    });
    watcher->setFuture(
            QtConcurrent::run([artifact = outcome.artifactFile, script = m_job.candidate.scriptPath,
                               redactor = m_redactor] {
                CollectedFacts facts;
                if (!artifact.isEmpty()) {
                    facts.artifact = inspectArtifact(artifact);
                    facts.artifactContainsSecret = fileContainsSecret(artifact, redactor);
                }
                facts.scriptSha256 = sha256OfFile(script);
                return facts;
            }));
}

void RunSession::conclude(const SandboxOutcome &outcome, const CollectedFacts &facts)
{
    m_result.exitCode = outcome.exitCode;
    m_result.cleanup = outcome.cleanup;
    // The result keeps the text; the tails' buffers go.
    m_result.output = QString::fromUtf8(std::exchange(m_combined, OutputTail()).text());
    // Most candidates write to one stream only: that stream is the combined output, shared
    // rather than held twice (20 chatty candidates would hold 40 MiB more).
    if (m_bothStreams) {
        m_result.standardOutput = QString::fromUtf8(std::exchange(m_stdout, OutputTail()).text());
        m_result.errorOutput = QString::fromUtf8(std::exchange(m_stderr, OutputTail()).text());
    } else if (m_soleStream) {
        (*m_soleStream == OutputStream::Stdout ? m_result.standardOutput : m_result.errorOutput)
                = m_result.output;
    }
    m_result.scriptSha256 = facts.scriptSha256;
    if (facts.artifact.exists) {
        m_result.artifactFile = outcome.artifactFile;
        m_result.artifactName = QFileInfo(outcome.artifactFile).fileName();
        m_result.artifactSize = facts.artifact.size;
        m_result.artifactSha256 = facts.artifact.sha256;
        m_result.artifactContent = facts.artifact.content;
        if (m_result.artifactContent)
            m_result.artifactContent = m_redactor.redact(*m_result.artifactContent);
        m_result.artifactContainsSecret = facts.artifactContainsSecret;
    }

    CandidateState state = CandidateState::Failed;
    // What the script said last, or the limit that stopped it when there is one.
    const QString why = outcome.limitReached.isEmpty()
            ? lastLine(m_result.errorOutput)
            : QString(outcome.limitReached + QLatin1Char(' ') + lastLine(m_result.errorOutput));
    if (m_stopReason == StopReason::Timeout && m_timedOutInstalling) {
        state = CandidateState::TimedOut;
        m_result.errorMessage = tr("Installing the dependencies took longer than %n second(s); "
                                   "the sandbox was stopped.",
                                   nullptr, m_job.settings.installTimeoutSeconds);
    } else if (m_stopReason == StopReason::Timeout) {
        state = CandidateState::TimedOut;
        m_result.errorMessage = tr("Timed out after %n second(s); the sandbox was stopped.",
                                   nullptr, m_job.settings.timeoutSeconds);
    } else if (m_stopReason == StopReason::Cancel) {
        state = CandidateState::Cancelled;
        m_result.errorMessage = m_cancelReason.isEmpty() ? tr("Cancelled.") : m_cancelReason;
    } else if (!outcome.installError.isEmpty()) {
        m_result.errorMessage = outcome.installError; // Failed: the candidate's own doing
    } else if (!outcome.error.isEmpty() && !outcome.exitCode) {
        state = CandidateState::Error;
        m_result.errorMessage = outcome.error;
    } else if (!outcome.exitCode) {
        m_result.errorMessage
                = tr("The script was killed (out of memory or a signal). %1").arg(why).trimmed();
    } else if (*outcome.exitCode != 0) {
        m_result.errorMessage
                = tr("Exited with code %1. %2").arg(*outcome.exitCode).arg(why).trimmed();
    } else if (!outcome.error.isEmpty()) {
        m_result.errorMessage
                = QString(outcome.error + QLatin1Char(' ') + outcome.limitReached).trimmed();
    } else if (!m_result.hasArtifact()) {
        m_result.errorMessage = tr("Exited with code 0 but wrote no artifact.");
    } else {
        state = CandidateState::Succeeded;
    }
    // The backend's words may quote the candidate (a traceback in an error, say).
    m_result.errorMessage = m_redactor.redact(m_result.errorMessage);
    finalize(state);
}

void RunSession::finalize(CandidateState state)
{
    m_result.runtimeSeconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    setState(state);
    Q_EMIT finished();
}

} // namespace DreamFoundry
