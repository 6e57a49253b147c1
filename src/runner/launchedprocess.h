#pragma once

#include "core/outputstream.h"

#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>

namespace DreamFoundry {

class LauncherWorker;
class PendingOutput;

// A process started, read and reaped on the launcher thread, one thread the app shares for
// all of them, and seen from the thread that made this object through queued signals.
// QProcess::start holds its thread until the child execs (Qt starts it with vfork semantics),
// 8-50 ms when fifty sandboxes start at once on two cores: on the GUI thread that is a dropped
// frame per sandbox. Its output is read on the launcher thread too, and handed over in chunks
// as large as what came while this thread was busy.
// Signals: started(), then every chunk of output, then finished(); or failedToStart() alone.
class LaunchedProcess final : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QString program;
        QStringList arguments = {};
        // Empty (default): the app's own environment.
        QProcessEnvironment environment = {};
        QString workingDirectory = {};
        // Run in the child between fork and exec: async-signal-safe calls only (ChildSetup).
        std::function<void()> childSetup = {};
        // The app's copies of descriptors the child is handed: from start() on they are this
        // object's, closed once the child has its copies (or could not be started).
        QList<int> closeAfterStart = {};
        bool mergedChannels = false; // stderr into stdout
        // The child calls setsid() (applyProcessLimits): kill() ends its whole group.
        bool leadsGroup = false;
    };

    enum class State { NotStarted, Starting, Running, Ended };

    explicit LaunchedProcess(QObject *parent = nullptr);
    // A process still starting or running is killed (with its group when it leads one).
    ~LaunchedProcess() override;

    // Once per object; returns at once, the process starts on the launcher thread.
    void start(Spec spec);
    // SIGTERM to the process, once it has started.
    void terminate();
    // SIGKILL to the process and its group, also while it starts: finished() follows.
    void kill();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Starting || m_state == State::Running; }
    qint64 pid() const { return m_pid; } // 0 until started()
    QString program() const { return m_program; }

Q_SIGNALS:
    void started(qint64 pid);
    void outputReceived(DreamFoundry::OutputStream stream, const QByteArray &chunk);
    void finished(int exitCode, QProcess::ExitStatus status);
    void failedToStart(const QString &errorString);

    // To the launcher thread (queued); not for users of this class.
    void startRequested(const DreamFoundry::LaunchedProcess::Spec &spec, QPrivateSignal);
    void signalRequested(int signal, QPrivateSignal);
    void released(QPrivateSignal);

private:
    void onStarted(qint64 pid);
    void deliverOutput();
    void onEnded();

    std::shared_ptr<PendingOutput> m_output; // shared with the launcher thread
    LauncherWorker *m_worker = nullptr; // lives on the launcher thread, never touched here
    State m_state = State::NotStarted;
    qint64 m_pid = 0;
    QString m_program;
};

} // namespace DreamFoundry
