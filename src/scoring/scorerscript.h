#pragma once

#include "core/scorecard.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace DreamFoundry {

class Backend;
class RunSession;

// What a scorer script said about one candidate (the contract is in
// resources/candidates/README.md).
struct ScorerVerdict
{
    std::optional<double> quality;
    QList<Gate> gates; // the script's own gates, after the basic ones
    QStringList details;
    QString problem; // why the verdict cannot be used (quality 250, a gate without an id...)
};

struct ScorerOutput
{
    QHash<QString, ScorerVerdict> verdicts; // by candidate id, only the run's candidates
    QStringList unknownIds; // ids the script named that are not in the run
    QString error; // the output as a whole cannot be used (not JSON, no "candidates" object)
};

// Reads a scorer script's stdout. Never fails hard: whatever is wrong ends up in `error` or in
// a verdict's `problem`.
ScorerOutput parseScorerOutput(const QByteArray &json, const QStringList &candidateIds);

// How a scorer script's run ended.
struct ScorerScriptOutcome
{
    std::optional<int> exitCode; // absent when it was killed, timed out or never started
    bool timedOut = false;
    QByteArray output; // stdout, at most maxOutputBytes
    bool outputTooLarge = false;
    QString errorOutput; // the end of stderr
    QString error; // the sandbox could not run it: why
};

// Runs `python3 <script> <results_dir>` once in a local sandbox (the same isolation as a
// candidate, without network so a re-score gives the same answer), the results folder bound
// read-only inside, stopped after the timeout. Emits finished() exactly once.
class ScorerScriptRun final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype maxOutputBytes = 8 * 1024 * 1024;

    ScorerScriptRun(Backend &backend, QObject *parent = nullptr);
    ~ScorerScriptRun() override;

    void start(const QString &scriptPath, const QString &resultsDir, int timeoutSeconds);
    void cancel();

Q_SIGNALS:
    void finished(const DreamFoundry::ScorerScriptOutcome &outcome);

private:
    void onFinished();

    Backend &m_backend;
    std::unique_ptr<QTemporaryDir> m_collectDir;
    RunSession *m_session = nullptr;
    ScorerScriptOutcome m_outcome;
};

} // namespace DreamFoundry
