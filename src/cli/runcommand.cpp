#include "runcommand.h"

#include "clilogging.h"
#include "core/durationtext.h"
#include "core/samples.h"
#include "credentials/candidatesecrets.h"
#include "credentials/keychaincredentialstore.h"
#include "daytona/daytonaaccount.h"
#include "daytona/warmpool.h"
#include "pipeline/runpipeline.h"
#include "results/resultstore.h"
#include "runtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace DreamFoundry {

Q_LOGGING_CATEGORY(lcCli, "dreamfoundry.cli", QtInfoMsg)

namespace {

int interruptPipe[2] = {-1, -1};

void onInterruptSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(interruptPipe[0], &byte, 1);
}

} // namespace

RunCommand::RunCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent), m_request(RunRequest::parse(arguments)), m_out(stdout), m_err(stderr)
{}

RunCommand::~RunCommand()
{
    if (m_interrupts) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

void RunCommand::fail(const QString &message, int exitStatus)
{
    m_err << tr("dreamfoundry run: %1").arg(terminalSafe(message)) << Qt::endl;
    QTimer::singleShot(0, this, [this, exitStatus] { finishAfterDrain(exitStatus); });
}

// The keychain's key comes before DAYTONA_API_KEY and .env (docs/architecture.md, "Secrets and
// the API key"), so it is read before the backend is chosen. A local run never asks: it must
// not wait on a keychain prompt.
void RunCommand::start()
{
    if (!m_request.error.isEmpty() || m_request.settings.backend == BackendChoice::Local)
        return startRun();
    auto *keychain = new KeychainCredentialStore(this);
    keychain->setTimeout(std::chrono::seconds(30));
    m_account = new DaytonaAccount(keychain, this);
    m_account->setApiUrlOverride(m_request.apiUrl);
    connect(m_account, &DaytonaAccount::error, this, [this](const QString &message) {
        m_err << tr("warning: %1").arg(terminalSafe(message)) << Qt::endl;
    });
    connect(m_account, &DaytonaAccount::changed, this, [this] {
        if (!m_account->isLoading() && !m_pipeline && !m_pool)
            startRun();
    });
}

// The secrets the run passes are read from the keychain before anything starts; a missing one
// refuses the run, naming it.
void RunCommand::readSecretsThenRun()
{
    QStringList names;
    for (const SecretGrant &grant : m_request.settings.secrets)
        names.append(grant.name);
    auto *keychain = new KeychainCredentialStore(this);
    keychain->setTimeout(std::chrono::seconds(30));
    auto *secrets = new CandidateSecrets(*keychain, keychain);
    secrets->read(names, this, [this, keychain](const SecretValues &values, const QString &error) {
        keychain->deleteLater();
        if (!error.isEmpty())
            return fail(error, 2);
        m_secretValues = values;
        m_secretsRead = true;
        startRun();
    });
}

void RunCommand::startRun()
{
    if (!m_request.error.isEmpty())
        return fail(m_request.error, 2);
    if (!m_request.settings.secrets.isEmpty() && !m_secretsRead)
        return readSecretsThenRun();
    const QStringList scripts
            = m_request.scripts.isEmpty() ? sampleCandidateScripts() : m_request.scripts;
    if (scripts.isEmpty())
        return fail(tr("no scripts given and no sample candidates found in %1.")
                            .arg(sampleCandidatesDir()),
                    2);
    if (warmUpFirst())
        return; // startRun() again once the pool is warm
    m_pipeline = new RunPipeline(this);
    m_pipeline->setKeepLogs(false); // progress lines only
    m_pipeline->setWarmPool(m_pool);
    if (m_account)
        m_pipeline->setDaytonaConfig(m_account->config());
    connect(m_pipeline, &RunPipeline::attemptStateChanged, this, &RunCommand::onStateChanged);
    connect(m_pipeline, &RunPipeline::warning, this, [this](int row, const QString &message) {
        // The backend Auto chose is news, not a warning.
        if (row < 0 && message == m_pipeline->backendNote())
            m_err << terminalSafe(message) << Qt::endl;
        else if (row >= 0) // a candidate's: named as its progress lines name it
            m_err << tr("warning: [%1] %2")
                             .arg(terminalSafe(m_pipeline->result(row).candidateId),
                                  terminalSafe(message))
                  << Qt::endl;
        else
            m_err << tr("warning: %1").arg(terminalSafe(message)) << Qt::endl;
    });
    connect(m_pipeline, &RunPipeline::started, this, [this](const QStringList &ids) {
        watchInterrupts();
        m_out << tr("Running %n candidate(s) on the %1 backend: %2", nullptr, int(ids.size()))
                         .arg(m_pipeline->backendName(),
                              terminalSafe(m_request.settings.objective.left(80)))
              << Qt::endl;
    });
    connect(m_pipeline, &RunPipeline::finished, this, &RunCommand::onRunFinished);

    const QString resultsDir = m_request.outDir.isEmpty()
            ? ResultStore::defaultResultsDir(QDateTime::currentDateTime())
            : m_request.outDir;
    if (!m_request.scoringNote.isEmpty())
        m_err << terminalSafe(m_request.scoringNote) << Qt::endl;
    RunPipeline::Refusal refusal;
    const QString error = m_pipeline->start(
            {scripts, m_request.settings, resultsDir, m_request.scoring, m_secretValues}, &refusal);
    switch (refusal) {
    case RunPipeline::Refusal::None:
        break;
    case RunPipeline::Refusal::BackendUnavailable:
        return fail(tr("cannot use Daytona: %1").arg(error), 2);
    case RunPipeline::Refusal::BadRequest:
        return fail(error, 2);
    case RunPipeline::Refusal::CouldNotStart:
        return fail(error, 1);
    }
}

// Ctrl+C cancels the run cleanly: sandboxes are removed and what finished is still saved.
void RunCommand::watchInterrupts()
{
    // Close-on-exec: a candidate that inherited either end could cancel the run or swallow
    // the user's Ctrl+C.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, interruptPipe) != 0)
        return;
    m_interrupts = new QSocketNotifier(interruptPipe[1], QSocketNotifier::Read, this);
    connect(m_interrupts, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto got = ::read(interruptPipe[1], &byte, 1);
        m_err << tr("Interrupted: cancelling every candidate...") << Qt::endl;
        m_pipeline->cancelAll();
    });
    std::signal(SIGINT, onInterruptSignal);
    std::signal(SIGTERM, onInterruptSignal);
}

void RunCommand::onStateChanged(int row, int attempt, CandidateState state)
{
    const CandidateResult r = m_pipeline->attempts(row).value(attempt);
    // "[alpha #2]" for the second of its repeats.
    const QString who = r.repeat > 0
            ? QStringLiteral("%1 #%2").arg(terminalSafe(r.candidateId)).arg(r.repeat)
            : terminalSafe(r.candidateId);
    QString line = QStringLiteral("[%1] %2").arg(who, stateName(state));
    if (state == CandidateState::Queued && r.queueWait) {
        line += QStringLiteral("  ")
                + (r.queueWait->reason == QueueWait::Reason::Quota ? tr("waiting for quota")
                                                                   : tr("waiting for a runner"));
    }
    if (!r.sandboxId.isEmpty())
        line += QStringLiteral("  sandbox %1").arg(terminalSafe(r.sandboxId));
    if (isFinal(state))
        line += QStringLiteral("  ") + formatDuration(r.runtimeSeconds);
    m_out << line << Qt::endl;
}

void RunCommand::onRunFinished(const RunRecord &run, const QString &folder, const QString &error)
{
    printRunTable(m_out, run);
    m_out << Qt::endl << winnerLine(run) << Qt::endl;
    if (!error.isEmpty()) {
        m_err << tr("Could not save the results: %1").arg(terminalSafe(error)) << Qt::endl;
        Q_EMIT done(1);
        return;
    }
    m_out << tr("Results: %1").arg(terminalSafe(folder)) << Qt::endl;
    finishAfterDrain(run.succeededCount() > 0 ? 0 : 1);
}

// True while the pool is being filled; startRun() is called again once it is as warm as it
// gets (every sandbox warm, or the creates gave up for now).
bool RunCommand::warmUpFirst()
{
    if (m_request.warm == 0 || m_poolReady || !m_account || !m_account->config().isConfigured()
        || m_request.settings.backend == BackendChoice::Local)
        return false;
    if (!m_pool) {
        m_pool = new WarmPool(m_account->config(), managerPerOwner(), this);
        connect(m_pool, &WarmPool::changed, this, &RunCommand::onPoolChanged);
        m_err << tr("Warming %n Daytona sandbox(es)...", nullptr, m_request.warm) << Qt::endl;
        m_pool->setTarget(m_request.warm);
    }
    return true;
}

void RunCommand::onPoolChanged()
{
    if (m_poolReady || m_pool->isDraining())
        return;
    const bool full = m_pool->warmCount() >= m_request.warm;
    const bool stuck = m_pool->pendingCount() == 0 && !m_pool->problem().isEmpty();
    if (!full && !stuck)
        return;
    m_poolReady = true;
    m_poolHold = m_pool->holdTopUps();
    if (stuck)
        m_err << tr("warning: %1").arg(terminalSafe(m_pool->problem())) << Qt::endl;
    // Benchmarks time the run from this line.
    m_err << tr("Warm pool ready: %n sandbox(es).", nullptr, m_pool->warmCount()) << Qt::endl;
    QTimer::singleShot(0, this, &RunCommand::startRun);
}

void RunCommand::finishAfterDrain(int exitStatus)
{
    if (!m_pool) {
        Q_EMIT done(exitStatus);
        return;
    }
    connect(m_pool, &WarmPool::drained, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
    m_pool->drain();
}

} // namespace DreamFoundry
