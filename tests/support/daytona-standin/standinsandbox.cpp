#include "standinsandbox.h"

#include "runner/processlimits.h"
#include "runner/sandboxlayout.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

namespace DreamFoundry::Test {

namespace {

constexpr char stdoutMarker[] = "\x01\x01\x01";
constexpr char stderrMarker[] = "\x02\x02\x02";

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString bwrapProgram()
{
    static const QString program = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    return program;
}

QString shellProgram()
{
    return QFileInfo::exists(QStringLiteral("/bin/bash")) ? QStringLiteral("/bin/bash")
                                                          : QStringLiteral("/bin/sh");
}

} // namespace

SandboxCommand::SandboxCommand(const QString &id, const QString &command, QObject *parent)
    : QObject(parent), m_id(id), m_command(command)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        kill();
    });
}

SandboxCommand::~SandboxCommand()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // QProcess's own destructor then reaps bwrap, whose namespace takes the rest along.
        killProcessGroup(m_pid);
        m_process->kill();
    }
}

void SandboxCommand::start(const QString &bwrap, const QStringList &arguments, Output output,
                           int timeoutMs)
{
    m_output = output;
    if (bwrap.isEmpty()) {
        m_stderr = "bwrap was not found: the stand-in needs bubblewrap to run commands\n";
        m_raw = stderrMarker + m_stderr;
        m_plain = m_merged = m_stderr;
        m_exitCode = 127;
        QTimer::singleShot(0, this, &SandboxCommand::finished);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(bwrap);
    m_process->setArguments(arguments);
    if (output == Output::Merged)
        m_process->setProcessChannelMode(QProcess::MergedChannels);
    // bwrap clears the environment for the inside; it only needs PATH to find itself.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    m_process->setProcessEnvironment(env);
    applyProcessLimits(*m_process, {});
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { takeOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { takeOutput(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &SandboxCommand::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_stderr += m_process->errorString().toUtf8() + '\n';
        m_raw += stderrMarker + m_process->errorString().toUtf8() + '\n';
        m_exitCode = -1;
        m_timeout.stop();
        Q_EMIT finished();
    });
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        // The daemon hands the command to the shell on stdin, so there is no argv limit.
        m_process->write(m_command.toUtf8());
        m_process->closeWriteChannel();
    });
    m_timeout.start(timeoutMs);
    m_process->start();
}

void SandboxCommand::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_killed = true;
    // The group holds bwrap and, through its PID namespace, everything the command started.
    killProcessGroup(m_pid);
    m_process->kill();
}

void SandboxCommand::takeOutput(QProcess::ProcessChannel channel)
{
    m_process->setReadChannel(channel);
    const QByteArray data = m_process->readAll();
    if (data.isEmpty())
        return;
    if (m_output == Output::Merged) {
        m_merged += data;
        return; // nobody reads it before the command ends
    }
    (channel == QProcess::StandardOutput ? m_pendingOut : m_pendingErr) += data;
    appendLines(channel, false);
}

void SandboxCommand::appendLines(QProcess::ProcessChannel channel, bool flush)
{
    // The daemon's wrapper labels output line by line: a partial line waits for its newline,
    // and the last one gets a newline appended when the command ends.
    QByteArray &pending = channel == QProcess::StandardOutput ? m_pendingOut : m_pendingErr;
    QByteArray &stream = channel == QProcess::StandardOutput ? m_stdout : m_stderr;
    const char *marker = channel == QProcess::StandardOutput ? stdoutMarker : stderrMarker;
    bool appended = false;
    for (;;) {
        qsizetype end = pending.indexOf('\n');
        if (end < 0) {
            if (!flush || pending.isEmpty())
                break;
            pending.append('\n');
            end = pending.size() - 1;
        }
        const QByteArray line = pending.left(end + 1);
        pending.remove(0, end + 1);
        m_raw += marker + line;
        m_plain += line;
        stream += line;
        appended = true;
    }
    if (appended)
        Q_EMIT outputAppended();
}

void SandboxCommand::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timeout.stop();
    takeOutput(QProcess::StandardOutput);
    if (m_output == Output::Separate) {
        takeOutput(QProcess::StandardError);
        appendLines(QProcess::StandardOutput, true);
        appendLines(QProcess::StandardError, true);
    }
    killProcessGroup(m_pid);
    // A killed command reports what a shell would: 128 + SIGKILL.
    m_exitCode = status == QProcess::NormalExit && !m_killed ? exitCode : 137;
    Q_EMIT finished();
}

StandInSandbox::StandInSandbox(const QJsonObject &record, QObject *parent)
    : QObject(parent), m_record(record)
{
    m_autoStop.setSingleShot(true);
    m_autoDelete.setSingleShot(true);
    connect(&m_autoStop, &QTimer::timeout, this, [this] {
        if (state() != QStringLiteral("started"))
            return;
        killProcesses();
        setState(QStringLiteral("stopped"), QStringLiteral("stopped"));
        Q_EMIT autoStopped();
        const int deleteMinutes = m_record.value(QStringLiteral("autoDeleteInterval")).toInt(-1);
        if (deleteMinutes >= 0)
            m_autoDelete.start(qMax(0, deleteMinutes * m_minuteMs));
    });
    connect(&m_autoDelete, &QTimer::timeout, this, &StandInSandbox::autoDeleteDue);
}

StandInSandbox::~StandInSandbox()
{
    killProcesses();
    qDeleteAll(findChildren<SandboxCommand *>(Qt::FindDirectChildrenOnly));
    if (m_root)
        m_root->remove();
}

bool StandInSandbox::prepare(const QString &parentFolder, QString *error)
{
    m_root = std::make_unique<QTemporaryDir>(parentFolder + QStringLiteral("/sandbox-XXXXXX"));
    if (!m_root->isValid() || !QDir().mkdir(m_root->filePath(QStringLiteral("home")))
        || !QDir().mkdir(m_root->filePath(QStringLiteral("tmp")))) {
        *error = QStringLiteral("could not create the sandbox folders: ") + m_root->errorString();
        return false;
    }
    // The sandbox's user must pass through the root folder to reach its folders, and own them.
    QFile::setPermissions(m_root->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
    handToSandbox(m_root->filePath(QStringLiteral("home")));
    handToSandbox(m_root->filePath(QStringLiteral("tmp")));
    return true;
}

QString StandInSandbox::id() const
{
    return m_record.value(QStringLiteral("id")).toString();
}

QString StandInSandbox::name() const
{
    return m_record.value(QStringLiteral("name")).toString();
}

QString StandInSandbox::state() const
{
    return m_record.value(QStringLiteral("state")).toString();
}

QMap<QString, QString> StandInSandbox::labels() const
{
    QMap<QString, QString> result;
    const QJsonObject labels = m_record.value(QStringLiteral("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QJsonObject StandInSandbox::record() const
{
    return m_record;
}

QJsonObject StandInSandbox::listItem() const
{
    QJsonObject item = m_record;
    for (const char *field : {"env", "volumes", "buildInfo", "backupCreatedAt", "networkBlockAll",
                              "networkAllowList", "domainAllowList"})
        item.remove(QLatin1StringView(field));
    return item;
}

void StandInSandbox::setState(const QString &state, const QString &desiredState)
{
    m_record.insert(QStringLiteral("state"), state);
    m_record.insert(QStringLiteral("desiredState"), desiredState);
    m_record.insert(QStringLiteral("updatedAt"), nowIso());
    if (state == QStringLiteral("started"))
        touch();
}

void StandInSandbox::setErrorReason(const QString &reason)
{
    m_record.insert(QStringLiteral("errorReason"), reason);
    m_record.insert(QStringLiteral("recoverable"), false);
}

void StandInSandbox::setLabels(const QJsonObject &labels)
{
    m_record.insert(QStringLiteral("labels"), labels);
    m_record.insert(QStringLiteral("updatedAt"), nowIso());
}

void StandInSandbox::touch()
{
    m_record.insert(QStringLiteral("lastActivityAt"), nowIso());
    const int stopMinutes = m_record.value(QStringLiteral("autoStopInterval")).toInt();
    if (stopMinutes > 0 && state() == QStringLiteral("started"))
        m_autoStop.start(stopMinutes * m_minuteMs);
}

void StandInSandbox::armLifecycleTimers(int minuteMs)
{
    m_minuteMs = qMax(1, minuteMs);
    touch();
}

QString StandInSandbox::hostHome() const
{
    return m_root ? m_root->filePath(QStringLiteral("home")) : QString();
}

QString StandInSandbox::hostPath(const QString &sandboxPath) const
{
    if (!m_root || sandboxPath.isEmpty())
        return {};
    const QString home = QLatin1StringView(SandboxLayout::home);
    const QString absolute = QDir::cleanPath(sandboxPath.startsWith(QLatin1Char('/'))
                                                     ? sandboxPath
                                                     : home + QLatin1Char('/') + sandboxPath);
    QString mapped;
    if (absolute == home || absolute.startsWith(home + QLatin1Char('/')))
        mapped = m_root->filePath(QStringLiteral("home")) + absolute.mid(home.size());
    else if (absolute == QStringLiteral("/tmp") || absolute.startsWith(QStringLiteral("/tmp/")))
        mapped = m_root->filePath(QStringLiteral("tmp")) + absolute.mid(4);
    else
        return {};
    // A link the sandbox planted must not lead the server (which may be root) to host files.
    const QFileInfo info(mapped);
    const QString canonical = info.exists() ? info.canonicalFilePath()
                                            : QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString rootCanonical = QFileInfo(m_root->path()).canonicalFilePath();
    if (!canonical.isEmpty() && !canonical.startsWith(rootCanonical + QLatin1Char('/')))
        return {};
    return mapped;
}

void StandInSandbox::handToSandbox(const QString &hostPath) const
{
    if (!candidatesRunAsNobody())
        return;
    if (::chown(QFile::encodeName(hostPath).constData(), nobodyUid(), nobodyGid()) != 0)
        qWarning("daytona-standin: could not hand %s to the sandbox user", qPrintable(hostPath));
}

SandboxCommand *StandInSandbox::run(const QString &command, const QMap<QString, QString> &envs,
                                    const QString &cwd, SandboxCommand::Output output,
                                    int timeoutMs)
{
    touch();
    auto *process
            = new SandboxCommand(QUuid::createUuid().toString(QUuid::WithoutBraces), command, this);
    m_commands.append(process);
    BwrapInvocation bwrap;
    bwrap.hostHome = hostHome();
    bwrap.hiddenPaths = foldersHiddenFromSandboxes();
    bwrap.network = SandboxNetwork::Host;
    QStringList inside{QStringLiteral("/usr/bin/env")};
    QMap<QString, QString> environment;
    const QJsonObject sandboxEnv = m_record.value(QStringLiteral("env")).toObject();
    for (auto it = sandboxEnv.begin(); it != sandboxEnv.end(); ++it)
        environment.insert(it.key(), it.value().toString());
    environment.insert(envs);
    for (auto it = environment.begin(); it != environment.end(); ++it)
        inside << it.key() + QLatin1Char('=') + it.value();
    inside << shellProgram();
    bwrap.command = inside;
    QStringList arguments = bwrap.arguments();
    // The sandbox's /tmp persists between its commands, as a real sandbox's does.
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    arguments.insert(separator, QStringLiteral("/tmp"));
    arguments.insert(separator, m_root->filePath(QStringLiteral("tmp")));
    arguments.insert(separator, QStringLiteral("--bind"));
    if (!cwd.isEmpty()) {
        // bwrap warns when --chdir is given twice, so the invocation's own one is replaced.
        const QString home = QLatin1StringView(SandboxLayout::home);
        const qsizetype chdir = arguments.indexOf(QStringLiteral("--chdir"));
        if (chdir >= 0 && chdir + 1 < arguments.size())
            arguments[chdir + 1] = QDir::cleanPath(
                    cwd.startsWith(QLatin1Char('/')) ? cwd : home + QLatin1Char('/') + cwd);
    }
    connect(process, &SandboxCommand::finished, this, [this] { touch(); });
    process->start(bwrapProgram(), arguments, output, timeoutMs);
    return process;
}

void StandInSandbox::killProcesses()
{
    for (const QPointer<SandboxCommand> &command : std::as_const(m_commands)) {
        if (command)
            command->kill();
    }
}

int StandInSandbox::runningProcessCount() const
{
    return int(std::ranges::count_if(
            m_commands, [](const QPointer<SandboxCommand> &c) { return c && c->isRunning(); }));
}

bool StandInSandbox::hasSession(const QString &sessionId) const
{
    return m_sessions.contains(sessionId);
}

void StandInSandbox::addSession(const QString &sessionId)
{
    m_sessions.insert(sessionId, {});
}

void StandInSandbox::removeSession(const QString &sessionId)
{
    for (const QPointer<SandboxCommand> &command : m_sessions.take(sessionId)) {
        if (command)
            command->kill();
    }
}

QStringList StandInSandbox::sessionIds() const
{
    return m_sessions.keys();
}

QList<SandboxCommand *> StandInSandbox::sessionCommands(const QString &sessionId) const
{
    QList<SandboxCommand *> result;
    for (const QPointer<SandboxCommand> &command : m_sessions.value(sessionId)) {
        if (command)
            result.append(command);
    }
    return result;
}

SandboxCommand *StandInSandbox::sessionCommand(const QString &sessionId,
                                               const QString &commandId) const
{
    for (SandboxCommand *command : sessionCommands(sessionId)) {
        if (command->id() == commandId)
            return command;
    }
    return nullptr;
}

void StandInSandbox::addSessionCommand(const QString &sessionId, SandboxCommand *command)
{
    m_sessions[sessionId].append(command);
}

} // namespace DreamFoundry::Test
