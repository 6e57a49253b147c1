#include "runcommand.h"

#include "core/candidate.h"
#include "core/samples.h"
#include "credentials/credentialslogging.h"
#include "credentials/keychaincredentialstore.h"
#include "daytona/backendselection.h"
#include "daytona/daytonabackend.h"
#include "results/resultstore.h"
#include "runner/localbackend.h"
#include "runner/orchestrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace DreamFoundry {

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
    m_err << tr("dreamfoundry run: %1").arg(message) << Qt::endl;
    QTimer::singleShot(0, this, [this, exitStatus] { Q_EMIT done(exitStatus); });
}

bool RunCommand::chooseBackend(QString *note)
{
    const QSettings settings;
    DaytonaConfig daytona = DaytonaConfig::load(QProcessEnvironment::systemEnvironment(),
                                                QDir::currentPath(), m_request.apiUrl, &settings);
    daytona.useKeychainKey(m_keychainKey);
    const BackendSelection selection = selectBackend(m_request.settings.backend, daytona);
    if (!selection.error.isEmpty()) {
        fail(tr("cannot use Daytona: %1").arg(selection.error), 2);
        return false;
    }
    *note = selection.note;
    if (!note->isEmpty())
        m_err << *note << Qt::endl;
    if (selection.daytona)
        m_backend = std::make_unique<DaytonaBackend>(daytona);
    else
        m_backend = std::make_unique<LocalBackend>();
    return true;
}

// The keychain's key comes before DAYTONA_API_KEY and .env (DESIGN.md §6), so it is read before
// the backend is chosen. A local run never asks: it must not wait on a keychain prompt.
void RunCommand::start()
{
    if (!m_request.error.isEmpty() || m_request.settings.backend == BackendChoice::Local)
        return startRun();
    auto *keychain = new KeychainCredentialStore(this);
    keychain->setTimeout(std::chrono::seconds(30));
    keychain->read(CredentialStore::daytonaApiKey(), this,
                   [this, keychain](const CredentialResult &result) {
                       keychain->deleteLater();
                       if (result.ok())
                           m_keychainKey = result.secret;
                       else if (result.error == CredentialError::NoBackend)
                           qCDebug(lcCredentials) << "no keychain; the run looks at DAYTONA_API_KEY"
                                                     " and .env:"
                                                  << result.detail;
                       else if (result.error != CredentialError::NotFound)
                           m_err << tr("warning: %1").arg(result.message) << Qt::endl;
                       startRun();
                   });
}

void RunCommand::startRun()
{
    if (!m_request.error.isEmpty())
        return fail(m_request.error, 2);
    const QStringList scripts
            = m_request.scripts.isEmpty() ? sampleCandidateScripts() : m_request.scripts;
    if (scripts.isEmpty())
        return fail(tr("no scripts given and no sample candidates found in %1.")
                            .arg(sampleCandidatesDir()),
                    2);
    const CandidateList list = candidatesFromScripts(scripts);
    if (!list.error.isEmpty())
        return fail(list.error, 2);
    m_resultsDir = m_request.outDir.isEmpty()
            ? ResultStore::defaultResultsDir(QDateTime::currentDateTime())
            : m_request.outDir;
    // Refuse before anything runs: a run whose results cannot be kept is work lost.
    if (const QString problem = ResultStore::writableProblem(m_resultsDir); !problem.isEmpty())
        return fail(problem, 2);
    QString note;
    if (!chooseBackend(&note))
        return;

    m_orchestrator = new Orchestrator(*m_backend, this);
    m_orchestrator->setBackendNote(note);
    connect(m_orchestrator, &Orchestrator::candidateStateChanged, this,
            &RunCommand::onStateChanged);
    connect(m_orchestrator, &Orchestrator::warning, this, [this](int, const QString &message) {
        m_err << tr("warning: %1").arg(message) << Qt::endl;
    });
    connect(m_orchestrator, &Orchestrator::runFinished, this, &RunCommand::onRunFinished);
    watchInterrupts();
    m_out << tr("Running %n candidate(s) on the %1 backend: %2", nullptr,
                int(list.candidates.size()))
                     .arg(m_backend->name(), m_request.settings.objective.left(80))
          << Qt::endl;
    if (const QString error = m_orchestrator->start(list.candidates, m_request.settings);
        !error.isEmpty())
        fail(error, 1);
}

// Ctrl+C cancels the run cleanly: sandboxes are removed and what finished is still saved.
void RunCommand::watchInterrupts()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptPipe) != 0)
        return;
    m_interrupts = new QSocketNotifier(interruptPipe[1], QSocketNotifier::Read, this);
    connect(m_interrupts, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto got = ::read(interruptPipe[1], &byte, 1);
        m_err << tr("Interrupted: cancelling every candidate...") << Qt::endl;
        m_orchestrator->cancelAll();
    });
    std::signal(SIGINT, onInterruptSignal);
    std::signal(SIGTERM, onInterruptSignal);
}

void RunCommand::onStateChanged(int row, CandidateState state)
{
    const CandidateResult &r = m_orchestrator->result(row);
    QString line = QStringLiteral("[%1] %2").arg(r.candidateId, stateName(state));
    if (!r.sandboxId.isEmpty())
        line += QStringLiteral("  sandbox %1").arg(r.sandboxId);
    if (isFinal(state))
        line += QStringLiteral("  %1 s").arg(r.runtimeSeconds, 0, 'f', 2);
    m_out << line << Qt::endl;
}

void RunCommand::printTable()
{
    const RunRecord run = m_orchestrator->record();
    qsizetype width = 9;
    for (const CandidateResult &r : run.candidates)
        width = qMax(width, r.candidateId.size());
    m_out << Qt::endl
          << tr("Candidate").leftJustified(width + 2) << tr("Status").leftJustified(11)
          << tr("Runtime").rightJustified(9) << QStringLiteral("  ") << tr("Artifact") << Qt::endl;
    for (const CandidateResult &r : run.candidates) {
        m_out << r.candidateId.leftJustified(width + 2) << stateName(r.state).leftJustified(11)
              << QStringLiteral("%1 s").arg(r.runtimeSeconds, 0, 'f', 2).rightJustified(9)
              << QStringLiteral("  ") << artifactPreview(r, 40) << Qt::endl;
        if (!r.succeeded() && !r.errorMessage.isEmpty())
            m_out << QStringLiteral("  ") << r.errorMessage << Qt::endl;
    }
}

void RunCommand::onRunFinished()
{
    printTable();
    const RunRecord run = m_orchestrator->record();
    if (const QString error = ResultStore::save(run, m_resultsDir); !error.isEmpty()) {
        m_err << tr("Could not save the results: %1").arg(error) << Qt::endl;
        Q_EMIT done(1);
        return;
    }
    m_out << Qt::endl << tr("Results: %1").arg(m_resultsDir) << Qt::endl;
    Q_EMIT done(run.succeededCount() > 0 ? 0 : 1);
}

} // namespace DreamFoundry
