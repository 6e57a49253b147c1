#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace DreamFoundry::Test {

// One command running in a sandbox: a fresh bwrap process over the sandbox's folders. Output is
// kept the way the daemon keeps a session log: every line prefixed with a stream marker.
class SandboxCommand final : public QObject
{
    Q_OBJECT
public:
    enum class Output { Separate, Merged };

    SandboxCommand(const QString &id, const QString &command, QObject *parent);
    ~SandboxCommand() override;

    void start(const QString &bwrap, const QStringList &arguments, Output output, int timeoutMs);
    void kill();

    QString id() const { return m_id; }
    QString command() const { return m_command; }
    bool isRunning() const { return !m_exitCode.has_value(); }
    std::optional<int> exitCode() const { return m_exitCode; }
    bool timedOut() const { return m_timedOut; }

    // The session log as the daemon writes it: each line behind 01 01 01 (stdout) or
    // 02 02 02 (stderr). plain() is the same without markers, merged() is the interleaved
    // output of a Merged command (process/execute).
    const QByteArray &raw() const { return m_raw; }
    const QByteArray &plain() const { return m_plain; }
    const QByteArray &stdoutText() const { return m_stdout; }
    const QByteArray &stderrText() const { return m_stderr; }
    const QByteArray &merged() const { return m_merged; }

Q_SIGNALS:
    void outputAppended();
    void finished();

private:
    void takeOutput(QProcess::ProcessChannel channel);
    void appendLines(QProcess::ProcessChannel channel, bool flush);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_id;
    QString m_command;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
    qint64 m_pid = 0;
    Output m_output = Output::Separate;
    std::optional<int> m_exitCode;
    bool m_timedOut = false;
    bool m_killed = false;
    QByteArray m_pendingOut;
    QByteArray m_pendingErr;
    QByteArray m_raw;
    QByteArray m_plain;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QByteArray m_merged;
};

// A stand-in sandbox: its Daytona record (the JSON the API returns), its state machine, and
// its folders on the host: <root>/home bound as /home/daytona and <root>/tmp bound as /tmp,
// both living as long as the sandbox, as they would in a real one.
class StandInSandbox final : public QObject
{
    Q_OBJECT
public:
    StandInSandbox(const QJsonObject &record, QObject *parent);
    ~StandInSandbox() override;

    // Creates the folders inside `parentFolder`; false (with the reason) when it is unusable.
    bool prepare(const QString &parentFolder, QString *error);

    QString id() const;
    QString name() const;
    QString state() const;
    QMap<QString, QString> labels() const;
    QJsonObject record() const; // full Sandbox DTO
    QJsonObject listItem() const; // SandboxListItem: without env, volumes, buildInfo, network

    void setState(const QString &state, const QString &desiredState);
    void setErrorReason(const QString &reason);
    void setLabels(const QJsonObject &labels);
    void touch(); // toolbox activity: postpones auto-stop

    // Where a path inside the sandbox lives on the host: only /home/daytona and /tmp (and
    // paths relative to /home/daytona) exist; empty for anything else or a path escaping them.
    QString hostPath(const QString &sandboxPath) const;
    QString hostHome() const;
    void handToSandbox(const QString &hostPath) const; // chown to the sandbox's user

    // Starts `command` in the sandbox's shell (bash reading the command on stdin, as the
    // daemon does), with the sandbox's env plus `envs`, in `cwd` (default /home/daytona).
    SandboxCommand *run(const QString &command, const QMap<QString, QString> &envs,
                        const QString &cwd, SandboxCommand::Output output, int timeoutMs);
    void killProcesses();
    int runningProcessCount() const;

    // Sessions: named groups of commands (the daemon's long-lived shells; here each command
    // runs on its own, so cd/export do not carry over between commands).
    bool hasSession(const QString &sessionId) const;
    void addSession(const QString &sessionId);
    void removeSession(const QString &sessionId); // kills its commands
    QStringList sessionIds() const;
    QList<SandboxCommand *> sessionCommands(const QString &sessionId) const;
    SandboxCommand *sessionCommand(const QString &sessionId, const QString &commandId) const;
    void addSessionCommand(const QString &sessionId, SandboxCommand *command);

    // Auto-stop / auto-delete timers, with the length of a minute made configurable so tests
    // can see them fire.
    void armLifecycleTimers(int minuteMs);

Q_SIGNALS:
    void autoStopped();
    void autoDeleteDue();

private:
    QJsonObject m_record;
    std::unique_ptr<QTemporaryDir> m_root;
    QList<QPointer<SandboxCommand>> m_commands;
    QMap<QString, QList<QPointer<SandboxCommand>>> m_sessions;
    QTimer m_autoStop;
    QTimer m_autoDelete;
    int m_minuteMs = 60'000;
};

} // namespace DreamFoundry::Test
