#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <functional>

namespace DreamFoundry {

// Finds out once, without blocking, whether bwrap can make a sandbox on this machine: it may
// be missing, or user namespaces may be disabled. Candidates wait for the answer before they
// start, and run unisolated (with a warning) only when the answer is no.
class IsolationProbe final : public QObject
{
    Q_OBJECT
public:
    enum class Result { Unknown, Available, Unavailable };

    explicit IsolationProbe(QObject *parent = nullptr);

    // Calls `then` (in context's thread, unless context is gone) once the answer is known.
    void whenKnown(QObject *context, std::function<void()> then);

    Result result() const { return m_result; }
    // Why bwrap cannot be used, for the warning; empty when it can.
    QString reason() const { return m_reason; }
    QString bwrapProgram() const { return m_program; }
    // Whether sandboxes get a ScratchDisk (a mount in a user namespace of the app's own);
    // without it, /home/daytona is a host folder and only /tmp is capped.
    bool scratchDisk() const { return m_scratchDisk; }
    // dreamfoundry-scratch-disk, which makes each sandbox's private disk (ScratchDisk).
    QString scratchDiskProgram() const { return m_scratchDiskProgram; }

private:
    void start();
    void probeScratchDisk();
    void conclude(Result result, const QString &reason);

    Result m_result = Result::Unknown;
    QString m_reason;
    QString m_program;
    QString m_scratchDiskProgram;
    bool m_scratchDisk = false;
    QProcess *m_process = nullptr;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_waiting;
};

} // namespace DreamFoundry
