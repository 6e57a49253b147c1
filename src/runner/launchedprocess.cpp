#include "launchedprocess.h"

#include "processlimits.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

#include <signal.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

QThread *runningLauncher = nullptr; // made and ended on the app's main thread
std::atomic_bool launcherEnding = false;

// Joined when the application object goes: the processes still there are killed and reaped
// (their workers are deleted as the thread finishes), so no thread outlives the app.
void endLauncherThread()
{
    QThread *thread = std::exchange(runningLauncher, nullptr);
    launcherEnding = true; // no output waits for a reader any more (PendingOutput::add)
    thread->quit();
    thread->wait();
    delete thread;
    launcherEnding = false;
}

QThread *launcherThread()
{
    if (!runningLauncher) {
        runningLauncher = new QThread;
        runningLauncher->setObjectName(QStringLiteral("process launcher"));
        runningLauncher->start();
        qAddPostRoutine(endLauncherThread);
    }
    return runningLauncher;
}

void closeAll(const QList<int> &fds)
{
    for (const int fd : fds)
        ::close(fd);
}

} // namespace

// Output read on the launcher thread and not yet taken by the LaunchedProcess, in the order it
// was read. One delivery is asked for at a time: what is read while the GUI thread is busy is
// taken with it, in fewer and larger chunks, as when the GUI thread read the pipes itself.
// Past `cap` bytes the launcher thread waits for the taker, so a candidate printing faster than
// the window can show stalls on its pipe rather than filling the app's memory.
class PendingOutput
{
public:
    // Small: the taker copies what it takes a few times over (redaction, tails, the log).
    static constexpr qsizetype cap = 1024 * 1024;

    // Launcher thread: true when a delivery must be asked for.
    bool add(OutputStream stream, const QByteArray &chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_bytes > cap && !m_abandoned && !launcherEnding)
            m_taken.wait(&m_mutex, QDeadlineTimer(100)); // and look at launcherEnding again
        if (m_abandoned)
            return false;
        if (!m_chunks.isEmpty() && m_chunks.last().first == stream)
            m_chunks.last().second.append(chunk);
        else
            m_chunks.append({stream, chunk});
        m_bytes += chunk.size();
        return !std::exchange(m_asked, true);
    }

    // The LaunchedProcess's thread.
    QList<std::pair<OutputStream, QByteArray>> take()
    {
        QMutexLocker lock(&m_mutex);
        m_asked = false;
        m_bytes = 0;
        m_taken.wakeAll();
        return std::exchange(m_chunks, {});
    }

    // The LaunchedProcess has gone: nobody takes output any more.
    void abandon()
    {
        QMutexLocker lock(&m_mutex);
        m_abandoned = true;
        m_chunks.clear();
        m_taken.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_taken;
    QList<std::pair<OutputStream, QByteArray>> m_chunks;
    qsizetype m_bytes = 0;
    bool m_asked = false;
    bool m_abandoned = false;
};

// The launcher thread's side of one LaunchedProcess: owns the QProcess. It goes once its
// LaunchedProcess has gone and its process has ended, or when the launcher thread ends.
class LauncherWorker final : public QObject
{
    Q_OBJECT
public:
    explicit LauncherWorker(std::shared_ptr<PendingOutput> output) : m_output(std::move(output))
    {
        connect(launcherThread(), &QThread::finished, this, &QObject::deleteLater,
                Qt::DirectConnection);
        moveToThread(launcherThread());
    }

    ~LauncherWorker() override
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            killAll();
            // Reaped here, on the launcher thread, as ~QProcess would after warning that it
            // was still running (a private network's helper killed as the app exits).
            m_process->waitForFinished(1000);
        }
    }

    void start(const LaunchedProcess::Spec &spec)
    {
        m_leadsGroup = spec.leadsGroup;
        m_process = new QProcess(this);
        m_process->setProgram(spec.program);
        m_process->setArguments(spec.arguments);
        m_process->setProcessEnvironment(spec.environment);
        m_process->setWorkingDirectory(spec.workingDirectory);
        m_process->setStandardInputFile(QProcess::nullDevice());
        m_process->setProcessChannelMode(spec.mergedChannels ? QProcess::MergedChannels
                                                             : QProcess::SeparateChannels);
        if (spec.childSetup)
            m_process->setChildProcessModifier(spec.childSetup);
        connectProcess();
        m_process->start();
        // With vfork semantics the child has exec'd (or failed) when start() returns: it has
        // its copies, and the pipes' ends see the end of the file when the child closes its.
        closeAll(spec.closeAfterStart);
    }

    void signal(int signal)
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return; // reaped here, on this thread: its pid may already be another process's
        if (signal == SIGKILL)
            killAll();
        else
            ::kill(pid_t(m_process->processId()), signal);
    }

    void release()
    {
        m_released = true;
        if (m_process && m_process->state() != QProcess::NotRunning)
            killAll(); // goes once finished
        else
            deleteLater();
    }

Q_SIGNALS:
    void started(qint64 pid);
    void outputPending(); // take it from the PendingOutput
    void finished(int exitCode, QProcess::ExitStatus status);
    void failedToStart(const QString &errorString);

private:
    void connectProcess()
    {
        // QProcess reads what is left in the pipes before it says finished(), and the other
        // thread takes what is pending before it passes finished() on.
        connect(m_process, &QProcess::readyReadStandardOutput, this,
                [this] { pass(OutputStream::Stdout, m_process->readAllStandardOutput()); });
        connect(m_process, &QProcess::readyReadStandardError, this,
                [this] { pass(OutputStream::Stderr, m_process->readAllStandardError()); });
        connect(m_process, &QProcess::started, this,
                [this] { Q_EMIT started(m_process->processId()); });
        connect(m_process, &QProcess::finished, this,
                [this](int exitCode, QProcess::ExitStatus status) {
                    Q_EMIT finished(exitCode, status);
                    if (m_released)
                        deleteLater();
                });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // crashes and kills arrive through finished()
            Q_EMIT failedToStart(m_process->errorString());
            if (m_released)
                deleteLater();
        });
    }

    void pass(OutputStream stream, const QByteArray &chunk)
    {
        if (m_output->add(stream, chunk))
            Q_EMIT outputPending();
    }

    void killAll()
    {
        // The child's setsid() has run: start() returned only once it exec'd.
        if (m_leadsGroup)
            killProcessGroup(m_process->processId());
        m_process->kill();
    }

    std::shared_ptr<PendingOutput> m_output;
    QProcess *m_process = nullptr;
    bool m_leadsGroup = false;
    bool m_released = false;
};

LaunchedProcess::LaunchedProcess(QObject *parent)
    : QObject(parent)
    , m_output(std::make_shared<PendingOutput>())
    , m_worker(new LauncherWorker(m_output))
{
    // Queued both ways: each side runs on its own thread, and a side that goes takes its
    // connections, and the calls still waiting for it, with it.
    connect(this, &LaunchedProcess::startRequested, m_worker, &LauncherWorker::start);
    connect(this, &LaunchedProcess::signalRequested, m_worker, &LauncherWorker::signal);
    connect(this, &LaunchedProcess::released, m_worker, &LauncherWorker::release);
    connect(m_worker, &LauncherWorker::started, this, &LaunchedProcess::onStarted);
    connect(m_worker, &LauncherWorker::outputPending, this, &LaunchedProcess::deliverOutput);
    connect(m_worker, &LauncherWorker::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                deliverOutput();
                onEnded();
                Q_EMIT finished(exitCode, status);
            });
    connect(m_worker, &LauncherWorker::failedToStart, this, [this](const QString &error) {
        onEnded();
        Q_EMIT failedToStart(error);
    });
}

LaunchedProcess::~LaunchedProcess()
{
    m_output->abandon();
    Q_EMIT released(QPrivateSignal());
}

void LaunchedProcess::start(Spec spec)
{
    Q_ASSERT(m_state == State::NotStarted);
    m_state = State::Starting;
    m_program = spec.program;
    Q_EMIT startRequested(spec, QPrivateSignal());
}

void LaunchedProcess::terminate()
{
    if (m_state == State::Running)
        Q_EMIT signalRequested(SIGTERM, QPrivateSignal());
}

void LaunchedProcess::kill()
{
    if (isActive())
        Q_EMIT signalRequested(SIGKILL, QPrivateSignal());
}

void LaunchedProcess::onStarted(qint64 pid)
{
    m_pid = pid;
    if (m_state == State::Starting)
        m_state = State::Running;
    Q_EMIT started(pid);
}

void LaunchedProcess::deliverOutput()
{
    for (const auto &[stream, chunk] : m_output->take())
        Q_EMIT outputReceived(stream, chunk);
}

void LaunchedProcess::onEnded()
{
    m_state = State::Ended;
}

} // namespace DreamFoundry

#include "launchedprocess.moc"
