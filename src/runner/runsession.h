#pragma once

#include "core/candidateresult.h"
#include "core/outputtail.h"
#include "core/secretredactor.h"
#include "core/untrustedtext.h"
#include "sandbox.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace DreamFoundry {

struct CollectedFacts;

// One candidate's run: its state machine (queued, preparing, running, collecting, then a
// final state), its clock and timeout, and the tail of its output. Owns its sandbox.
class RunSession final : public QObject
{
    Q_OBJECT
public:
    RunSession(const SandboxJob &job, const QString &backendName, QObject *parent = nullptr);

    // The candidate's turn: its sandbox starts (prepared ahead or not) and its clock runs.
    void start(Backend &backend);
    // While it is still queued: its sandbox gets ready for start() (Sandbox::prepareAhead).
    // It stays Queued, and its clock does not run, until start().
    void prepareAhead(Backend &backend);
    // Stops the candidate; `reason` is its error message ("Cancelled." when empty).
    void cancel(const QString &reason = {});
    // Which counted attempt of its candidate this is, in a run with repeats.
    void setRepeat(int repeat) { m_result.repeat = repeat; }

    CandidateState state() const { return m_result.state; }
    // Final, or on its way there (a sandbox prepared ahead that was stopped, or that failed
    // while it waited): its turn must not come.
    bool isOver() const
    {
        return isFinal(m_result.state) || m_stopReason != StopReason::None || m_sandboxEnded;
    }
    // Output and artifact fields fill in when the candidate finishes; until then its output
    // arrives through outputReceived.
    const CandidateResult &result() const { return m_result; }
    // Seconds since the sandbox started preparing, ticking while it runs.
    double elapsedSeconds() const;

Q_SIGNALS:
    void stateChanged(DreamFoundry::CandidateState state);
    void sandboxCreated(const QString &sandboxId);
    void outputReceived(DreamFoundry::OutputStream stream, const QByteArray &chunk);
    void warning(const QString &message);
    // The sandbox runs nothing any more and its output is collected: the run may start the
    // next one (what is left of this one may still be being removed, and the result is still
    // being put together). Emitted once, before finished(); never by a session that ends
    // before its turn (an error or a cancel while prepared ahead).
    void sandboxReleased();
    void finished();

private:
    enum class StopReason { None, Timeout, Cancel };

    void createSandbox(Backend &backend);
    void showSandbox();
    void setState(CandidateState state);
    void onPhaseChanged(CandidateState phase);
    void onOutput(OutputStream stream, const QByteArray &chunk);
    void keepOutput(OutputStream stream, const QByteArray &chunk);
    void onTimeout();
    void release(); // sandboxReleased(), once
    void onSandboxFinished(const SandboxOutcome &outcome);
    void conclude(const SandboxOutcome &outcome, const CollectedFacts &facts);
    void finalize(CandidateState state);

    SandboxJob m_job;
    // Every byte the candidate printed goes through these before anything keeps or shows it
    // (docs/architecture.md, "Candidate secrets and environment").
    SecretRedactor m_redactor;
    StreamRedactor m_stdoutRedactor{&m_redactor};
    StreamRedactor m_stderrRedactor{&m_redactor};
    CandidateResult m_result;
    Sandbox *m_sandbox = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QElapsedTimer m_phaseClock;
    OutputTail m_stdout;
    OutputTail m_stderr;
    // Both streams in arrival order, as decoded text: interleaving raw bytes would split a
    // character one stream had only half written when the other spoke.
    OutputTail m_combined;
    OutputDecoder m_decoder;
    // While only one stream has spoken, the combined tail is that stream's tail: it is kept
    // once, and copied into the stream's own tail when the other stream first speaks.
    std::optional<OutputStream> m_soleStream;
    bool m_bothStreams = false;
    bool m_started = false; // its turn came (start())
    bool m_sandboxEnded = false; // the sandbox said finished()
    // The sandbox's id and isolation, once made; in the result from the candidate's turn on.
    std::optional<std::pair<QString, QString>> m_sandboxMade;
    bool m_released = false; // sandboxReleased() was emitted
    StopReason m_stopReason = StopReason::None;
    bool m_timedOutInstalling = false;
    QString m_cancelReason;
};

} // namespace DreamFoundry
