#pragma once

#include "core/outputstream.h"
#include "dependencies.h"
#include "launchedprocess.h"

#include <QObject>
#include <QProcess>

#include <memory>

class QTemporaryDir;

namespace DreamFoundry {

class OwnedFolder;

// Installs one requirement list into a new virtual environment of the dependency cache
// (docs/architecture.md, "Dependencies and multi-file candidates"). It runs pip in a sandbox
// of its own that holds the list and the new environment and nothing of the candidate, with
// the host's network for that step only; the environment is built at
// venvInside(), the path candidates see it at, and moved into the cache by rename once pip
// succeeded. Emits exactly one finished(), also after stop().
class DependencyInstaller final : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        Requirements requirements;
        QString key; // DependencyCache::key of the list
        QString cacheRoot;
        QString indexUrl; // empty: pip's default index
        QString python; // the interpreter candidates run
        bool isolated = true; // false: pip runs on the host, as unisolated candidates do
        QString bwrapProgram;
        int memoryLimitMiB = 0;
        qint64 tmpBytes = 0; // the install's /tmp, where pip builds
    };

    explicit DependencyInstaller(Spec spec, QObject *parent = nullptr);
    ~DependencyInstaller() override;

    // Where an environment is seen inside a sandbox.
    static QString venvInside();

    void start();
    void stop();

Q_SIGNALS:
    void outputReceived(DreamFoundry::OutputStream stream, const QByteArray &chunk);
    // ok: the environment is at DependencyCache(cacheRoot).pathFor(key). Else reason says
    // why, with pip's last lines.
    void finished(bool ok, const QString &reason);

private:
    bool stage(QString *error);
    bool configure(LaunchedProcess::Spec *spec, QString *error);
    void onOutput(const QByteArray &chunk);
    QStringList scriptArguments(const QString &venv, const QString &requirementsFile) const;
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(bool ok, const QString &reason);

    Spec m_spec;
    std::unique_ptr<QTemporaryDir> m_stage;
    std::unique_ptr<OwnedFolder> m_owner; // the stage's lock, so no sweep takes it; goes first
    LaunchedProcess *m_process = nullptr; // started off the GUI thread
    QByteArray m_tail; // the last few KiB pip printed, for the reason of a failure
    int m_seccompFd = -1;
    bool m_stopped = false;
    bool m_finished = false;
};

} // namespace DreamFoundry
