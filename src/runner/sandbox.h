#pragma once

#include "core/candidate.h"
#include "core/candidateenvironment.h"
#include "core/candidateresult.h"
#include "core/candidatestate.h"
#include "core/outputstream.h"
#include "core/runsettings.h"

#include <QObject>

#include <optional>

namespace DreamFoundry {

// What a candidate's sandbox asks for: the script, the objective and limits, and where the
// artifact goes once it is collected.
struct SandboxJob
{
    Candidate candidate;
    RunSettings settings;
    QString runId;
    QString collectDir; // the artifact is collected into this folder, which exists
    // Set for a scorer script rather than a candidate (local backend only): this host folder
    // is bound read-only at SandboxLayout::inputPath() and the script runs as
    // `python3 <script> <that path>` instead of getting an objective and an output path.
    QString readOnlyInputDir = {};
    // The variables and secret values this candidate gets beyond PATH, HOME and LANG; each
    // backend delivers them without putting a value on a command line.
    CandidateEnvironment environment = {};
};

// How a sandbox ended. The run session turns it into the candidate's final state.
struct SandboxOutcome
{
    std::optional<int> exitCode; // absent when the script never ran or was killed
    QString artifactFile; // the collected artifact, empty when there was none
    QString error; // the backend failed (not the script): why, for a person
    // A limit of the sandbox the script ran into (memory, processes, disk), for a person;
    // the reason the script failed when it did not succeed.
    QString limitReached;
    QString cleanup = QStringLiteral("ok");
    // The candidate's dependencies could not be installed (why, with pip's last lines), or its
    // folder is over its cap. The script never ran; the candidate failed.
    QString installError = {};
};

// One candidate's sandbox from creation to removal. A backend implements it; the run session
// drives it. It reports Preparing, Installing (only when the candidate's dependencies must be
// installed), Running and Collecting through phaseChanged, and always
// ends with exactly one finished(), also after stop().
class Sandbox : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    // Before start(), while the candidate waits for its turn: makes ready what its start
    // would make, so that start() has little left to do. Says no phase until start(); may
    // still end with finished() (an error, or stop()). A backend that cannot does nothing.
    virtual void prepareAhead() {}
    // Kills whatever runs in the sandbox and removes it; finished() follows.
    virtual void stop() = 0;

Q_SIGNALS:
    void phaseChanged(DreamFoundry::CandidateState phase);
    void sandboxCreated(const QString &sandboxId, const QString &isolation);
    // How the sandbox reaches the network ("off", "host", "private"); local sandboxes only.
    void networkChosen(const QString &network);
    // How memory and processes are limited: SandboxCgroup::kind() (local backend only).
    void limitsApplied(const QString &limits);
    void outputReceived(DreamFoundry::OutputStream stream, const QByteArray &chunk);
    void warning(const QString &message);
    // The sandbox waits for room (Daytona): the account's quota or a free runner, and what the
    // service said. A phaseChanged(Queued) follows; the next phase ends the wait.
    void waitingInQueue(const DreamFoundry::QueueWait &wait);
    // Nothing of the candidate runs any more and what it made is collected: the run may give
    // its place to the next sandbox while this one's leftovers are removed (a folder of a
    // million files takes seconds). At most once, before finished(); a sandbox that never
    // says it is released when it has finished.
    void released();
    void finished(const DreamFoundry::SandboxOutcome &outcome);
};

// Where sandboxes come from: the local machine (bwrap) or Daytona.
class Backend
{
public:
    virtual ~Backend() = default;

    virtual QString name() const = 0;
    // How many candidates run at once when the user did not say.
    virtual int defaultParallelism() const = 0;
    virtual Sandbox *createSandbox(const SandboxJob &job, QObject *parent) = 0;
    // Whether its sandboxes gain from Sandbox::prepareAhead() (the run then prepares as many
    // queued candidates as run at once).
    virtual bool preparesAhead() const { return false; }
};

} // namespace DreamFoundry
