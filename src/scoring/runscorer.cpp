#include "runscorer.h"

#include "builtinscorers.h"
#include "core/artifactfacts.h"
#include "ranking.h"
#include "runner/localbackend.h"
#include "scorerscript.h"
#include "scoringlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

Q_LOGGING_CATEGORY(lcScoring, "dreamfoundry.scoring", QtInfoMsg)

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::RunScorer, which lupdate can read.
class RunScorerText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunScorer)
};

// A scorer's author needs the end of its stderr, not megabytes of it.
constexpr qsizetype keptStderrChars = 16 * 1024;

// A fresh card keeps the manual quality a person gave the old one.
void attach(CandidateResult &result, ScoreCard card)
{
    if (result.score)
        card.manualQuality = result.score->manualQuality;
    result.score = std::move(card);
}

void finishScoring(RunRecord &run, ScoringSettings settings)
{
    settings.scoredAt = QDateTime::currentDateTimeUtc();
    run.scoring = std::move(settings);
    Ranking::rankRun(run);
}

const QFileDevice::Permissions readableByAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther;
const QFileDevice::Permissions folderForAll
        = readableByAll | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

bool makeFolder(const QString &path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, folderForAll);
}

// Each folder of the relative path `folders` under `root`, readable by every user.
bool makeFolders(const QString &root, const QString &folders)
{
    QString path = root;
    for (const QString &part : folders.split(QLatin1Char('/'))) {
        path += QLatin1Char('/') + part;
        if (!makeFolder(path))
            return false;
    }
    return true;
}

// The name a scorer script gives an attempt: the candidate's id for its first attempt,
// "<id>#<n>" for repeat n of a run with repeats (ids hold no '#').
QString scorerKey(const CandidateResult &r)
{
    return r.repeat > 1 ? QStringLiteral("%1#%2").arg(r.candidateId).arg(r.repeat) : r.candidateId;
}

// Lays out what a scorer script reads, as a saved results folder does: run.json and
// <candidate id>/<artifact>. The copies are readable by every user, since the script may run
// as an unprivileged user (processlimits.h) that cannot read the user's own results folder.
QString stageResults(const RunRecord &run, const QString &root)
{
    const QString dir = root + QStringLiteral("/results");
    if (!QFile::setPermissions(root, folderForAll) || !makeFolder(dir))
        return RunScorerText::tr("Could not prepare a folder for the scorer script in %1.")
                .arg(root);
    QSaveFile json(dir + QStringLiteral("/run.json"));
    const QByteArray bytes = QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() || !json.commit())
        return RunScorerText::tr("Could not write run.json for the scorer script: %1")
                .arg(json.errorString());
    QFile::setPermissions(json.fileName(), readableByAll);
    for (const CandidateResult &r : run.candidates + run.repeats) {
        if (!r.hasArtifact() || !QFileInfo(r.artifactFile).isFile())
            continue;
        // Where run.json's artifact_path says: <id>/ for a first attempt, <id>/repeats/<n>/.
        const QString folder = attemptFolder(r, false);
        const QString copy = dir + QLatin1Char('/') + folder + QLatin1Char('/') + r.artifactName;
        if (!makeFolders(dir, folder) || !QFile::copy(r.artifactFile, copy)
            || !QFile::setPermissions(copy, readableByAll))
            return RunScorerText::tr("Could not copy the artifact of %1 for the scorer script.")
                    .arg(scorerKey(r));
    }
    return {};
}

struct Staged
{
    QString scriptSha256;
    QString error;
};

Staged stage(const RunRecord &run, const QString &script, const QString &root)
{
    Staged staged;
    staged.scriptSha256 = sha256OfFile(script);
    if (staged.scriptSha256.isEmpty())
        staged.error = RunScorerText::tr("The scorer script %1 cannot be read.").arg(script);
    else
        staged.error = stageResults(run, root);
    return staged;
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

// Why the script's run gave no usable output as a whole, or empty.
QString outcomeProblem(const ScorerScriptOutcome &outcome, int timeoutSeconds)
{
    if (!outcome.error.isEmpty())
        return RunScorerText::tr("The scorer script could not run: %1").arg(outcome.error);
    if (outcome.timedOut)
        return RunScorerText::tr(
                "The scorer script did not finish within %n second(s) and was stopped.", nullptr,
                timeoutSeconds);
    if (!outcome.exitCode)
        return RunScorerText::tr("The scorer script was stopped or killed before it finished. %1")
                .arg(lastLine(outcome.errorOutput))
                .trimmed();
    if (*outcome.exitCode != 0)
        return RunScorerText::tr("The scorer script exited with code %1. %2")
                .arg(*outcome.exitCode)
                .arg(lastLine(outcome.errorOutput))
                .trimmed();
    if (outcome.outputTooLarge)
        return RunScorerText::tr("The scorer script printed more than %1 MiB.")
                .arg(ScorerScriptRun::maxOutputBytes / (1024 * 1024));
    return {};
}

ScoreCard cardFromVerdict(const CandidateResult &result, const ScorerOutput &output,
                          const QString &wholeProblem)
{
    ScoreCard card;
    card.gates = BuiltInScorers::basicGates(result);
    card.unscored = true;
    if (!wholeProblem.isEmpty()) {
        card.unscoredReason = wholeProblem;
        return card;
    }
    const auto verdict = output.verdicts.constFind(scorerKey(result));
    if (verdict == output.verdicts.cend()) {
        card.unscoredReason = RunScorerText::tr("The scorer script gave no score for %1.")
                                      .arg(scorerKey(result));
        return card;
    }
    if (!verdict->problem.isEmpty()) {
        card.unscoredReason = verdict->problem;
        return card;
    }
    card.unscored = false;
    card.automaticQuality = *verdict->quality;
    card.gates += verdict->gates;
    card.details = verdict->details;
    return card;
}

} // namespace

RunRecord Scoring::scoreBuiltIn(RunRecord run, const ScoringSettings &settings)
{
    const ScoringContext context = ScoringContext::forRun(run, settings);
    for (CandidateResult &r : run.candidates)
        attach(r, BuiltInScorers::scoreCandidate(r, context));
    for (CandidateResult &r : run.repeats) // every attempt counts (Ranking::rankRepeated)
        attach(r, BuiltInScorers::scoreCandidate(r, context));
    finishScoring(run, settings);
    return run;
}

RunRecord Scoring::applyScorerOutcome(RunRecord run, const ScoringSettings &settings,
                                      const ScorerScriptOutcome &outcome)
{
    QString whole = outcomeProblem(outcome, settings.scorerTimeoutSeconds);
    ScorerOutput output;
    if (whole.isEmpty()) {
        QStringList keys;
        for (const CandidateResult &r : run.candidates + run.repeats)
            keys.append(scorerKey(r));
        output = parseScorerOutput(outcome.output, keys);
        whole = output.error;
    }
    // Every attempt is judged: a run with repeats ranks by the median (Ranking::rankRepeated).
    for (CandidateResult &r : run.candidates)
        attach(r, cardFromVerdict(r, output, whole));
    for (CandidateResult &r : run.repeats)
        attach(r, cardFromVerdict(r, output, whole));
    ScoringSettings used = settings;
    used.scorerError = whole;
    if (!output.unknownIds.isEmpty())
        used.scorerError
                = RunScorerText::tr("The scorer script named candidates that are not in this run, "
                                    "ignored: %1.")
                          .arg(output.unknownIds.join(QStringLiteral(", ")));
    used.scorerStderr = outcome.errorOutput.right(keptStderrChars);
    finishScoring(run, used);
    return run;
}

RunScorer::RunScorer(QObject *parent) : QObject(parent) {}

RunScorer::RunScorer(Backend &scriptBackend, QObject *parent)
    : QObject(parent), m_backend(&scriptBackend)
{}

RunScorer::~RunScorer() = default;

QString RunScorer::start(const RunRecord &run, const ScoringSettings &settings)
{
    if (m_running)
        return tr("The run is already being scored.");
    if (const QString problem = settings.weights.problem(); !problem.isEmpty())
        return problem;
    m_running = true;
    m_cancelled = false;
    if (settings.isScript())
        startScript(run, settings);
    else
        startBuiltIn(run, settings);
    return {};
}

void RunScorer::cancel()
{
    // While the artifacts are staged there is no script yet: it must then not start at all.
    m_cancelled = m_running;
    if (m_script)
        m_script->cancel();
}

void RunScorer::startBuiltIn(const RunRecord &run, const ScoringSettings &settings)
{
    // One task per attempt: the thread pool reads several artifacts at once. Every attempt
    // counts (Ranking::rankRepeated), first attempts first, then the repeats.
    const ScoringContext context = ScoringContext::forRun(run, settings);
    auto *watcher = new QFutureWatcher<ScoreCard>(this);
    connect(watcher, &QFutureWatcher<ScoreCard>::finished, this, [this, watcher, run, settings] {
        watcher->deleteLater();
        RunRecord scored = run;
        const qsizetype firsts = scored.candidates.size();
        for (qsizetype i = 0; i < firsts + scored.repeats.size(); ++i) {
            attach(i < firsts ? scored.candidates[i] : scored.repeats[i - firsts],
                   watcher->future().resultAt(int(i)));
        }
        finishScoring(scored, settings);
        done(scored);
    });
    watcher->setFuture(
            QtConcurrent::mapped(run.candidates + run.repeats, [context](const CandidateResult &r) {
                return BuiltInScorers::scoreCandidate(r, context);
            }));
}

void RunScorer::startScript(const RunRecord &run, const ScoringSettings &settings)
{
    m_staging = std::make_shared<QTemporaryDir>(QDir::tempPath()
                                                + QStringLiteral("/dreamfoundry-score-XXXXXX"));
    auto *watcher = new QFutureWatcher<Staged>(this);
    connect(watcher, &QFutureWatcher<Staged>::finished, this, [this, watcher, run, settings] {
        watcher->deleteLater();
        ScoringSettings withSha = settings;
        withSha.scorerSha256 = watcher->result().scriptSha256;
        runScript(run, withSha, watcher->result().error);
    });
    // Hashing the script and copying the artifacts is file I/O: off this thread.
    watcher->setFuture(QtConcurrent::run([run, script = settings.scorer, staging = m_staging] {
        if (!staging->isValid())
            return Staged{{}, tr("Could not create a temporary folder for the scorer script.")};
        return stage(run, script, staging->path());
    }));
}

void RunScorer::runScript(const RunRecord &run, ScoringSettings settings,
                          const QString &stagingError)
{
    if (!stagingError.isEmpty() || m_cancelled) {
        ScorerScriptOutcome failed;
        failed.error = m_cancelled ? tr("scoring was cancelled before the script started.")
                                   : stagingError;
        finishScript(run, settings, failed);
        return;
    }
    m_script = new ScorerScriptRun(scriptBackend(), this);
    connect(m_script, &ScorerScriptRun::finished, this,
            [this, run, settings](const ScorerScriptOutcome &outcome) {
                finishScript(run, settings, outcome);
            });
    m_script->start(settings.scorer, m_staging->filePath(QStringLiteral("results")),
                    settings.scorerTimeoutSeconds);
}

void RunScorer::finishScript(const RunRecord &run, const ScoringSettings &settings,
                             const ScorerScriptOutcome &outcome)
{
    auto *watcher = new QFutureWatcher<RunRecord>(this);
    connect(watcher, &QFutureWatcher<RunRecord>::finished, this, [this, watcher] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([run, settings, outcome] {
        return Scoring::applyScorerOutcome(run, settings, outcome);
    }));
}

void RunScorer::done(const RunRecord &scored)
{
    m_running = false;
    if (m_script) {
        m_script->deleteLater();
        m_script = nullptr;
    }
    // Removing the staged copies is quick: a few files per candidate, unlinked.
    m_staging.reset();
    // The scorer's kind, never its path: logs carry no machine paths.
    qCDebug(lcScoring) << "scored" << scored.candidates.size() << "candidates with"
                       << (scored.scoring.isScript() ? "a scorer script" : "a built-in scorer");
    if (!scored.scoring.scorerError.isEmpty())
        qCInfo(lcScoring) << "the scorer script gave no usable answer; its candidates are unscored";
    Q_EMIT finished(scored);
}

Backend &RunScorer::scriptBackend()
{
    if (!m_backend) {
        m_ownBackend = std::make_unique<LocalBackend>();
        m_backend = m_ownBackend.get();
    }
    return *m_backend;
}

} // namespace DreamFoundry
