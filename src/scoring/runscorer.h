#pragma once

#include "core/runrecord.h"

#include <QObject>

#include <memory>

class QTemporaryDir;

namespace DreamFoundry {

class Backend;
class LocalBackend;
class ScorerScriptRun;
struct ScorerScriptOutcome;

namespace Scoring {

// Every candidate of `run` judged with the built-in scorer `settings.scorer` ("events" or
// "plain"; a script gives unscored cards), then ranked; the manual overrides already in `run`
// are kept. Synchronous file I/O: call it off the GUI thread (the command line may call it
// directly). The artifacts are found through CandidateResult::artifactFile.
RunRecord scoreBuiltIn(RunRecord run, const ScoringSettings &settings);

// The cards of a scorer script's run: the basic gates plus the script's verdicts, unscored
// with a reason where the script failed; ranked, overrides kept. No I/O beyond the basic
// gates' file checks.
RunRecord applyScorerOutcome(RunRecord run, const ScoringSettings &settings,
                             const ScorerScriptOutcome &outcome);

} // namespace Scoring

// Scores a finished run without blocking the thread it lives on (the GUI thread): built-in
// scorers run on the thread pool, a scorer script in a local sandbox (see ScorerScriptRun).
// Re-scoring is the same call on a loaded run: the artifacts are read again, manual quality
// and a manual winner survive unless cleared first (Ranking::clearOverrides).
class RunScorer final : public QObject
{
    Q_OBJECT
public:
    // Scorer scripts run in a LocalBackend made when first needed.
    explicit RunScorer(QObject *parent = nullptr);
    // Scorer scripts run in `scriptBackend` (tests pass their own), which must outlive this.
    explicit RunScorer(Backend &scriptBackend, QObject *parent = nullptr);
    ~RunScorer() override;

    // Starts scoring `run` with `settings` (weights, scorer, window, ...). Empty on success,
    // else why it cannot start (weights that cannot be used, already scoring); finished()
    // then does not follow. The artifacts must stay in place until finished().
    QString start(const RunRecord &run, const ScoringSettings &settings);
    // Stops a scorer script; finished() still follows, the script's candidates unscored.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The run with a score card for every candidate, the ranks and the winner, and
    // `scoring` set to the settings used (scoredAt, the script's sha256 and stderr).
    void finished(const DreamFoundry::RunRecord &scored);

private:
    void startBuiltIn(const RunRecord &run, const ScoringSettings &settings);
    void startScript(const RunRecord &run, const ScoringSettings &settings);
    void runScript(const RunRecord &run, ScoringSettings settings, const QString &stagingError);
    void finishScript(const RunRecord &run, const ScoringSettings &settings,
                      const ScorerScriptOutcome &outcome);
    void done(const RunRecord &scored);
    Backend &scriptBackend();

    Backend *m_backend = nullptr;
    std::unique_ptr<LocalBackend> m_ownBackend;
    std::shared_ptr<QTemporaryDir> m_staging;
    ScorerScriptRun *m_script = nullptr;
    bool m_running = false;
    bool m_cancelled = false; // cancel() came before the script started
};

} // namespace DreamFoundry
