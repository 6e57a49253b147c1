#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <functional>

namespace DreamFoundry {

// Finds out once, without blocking, whether bwrap can make a sandbox on this machine: it may
// be missing, or user namespaces may be disabled. Candidates wait for the answer before they
// start, and run unisolated (with a warning) only when the answer is no.
// A yes is kept in the user's cache folder for the next start, with what it depends on (the
// boot, the kernel's user namespace settings, bwrap, the app and its disk program, the user,
// the temporary folder): asking again costs each run two process starts before its first
// candidate. A sandbox whose bwrap or disk could not be made forgets it (forget()).
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
    // A sandbox failed as if bwrap or the disk could not be made: the next app start asks
    // again rather than trusting the kept answer. This run's answer stays.
    void forget();
    // Where the answer is kept.
    static QString cacheFile();

private:
    void start();
    void probeScratchDisk();
    void conclude(Result result, const QString &reason);
    // What the kept answer depends on; it is trusted only when all of it is the same.
    QByteArray circumstances() const;
    bool readKeptAnswer();
    void keepAnswer();

    Result m_result = Result::Unknown;
    QString m_reason;
    QString m_program;
    QString m_scratchDiskProgram;
    bool m_scratchDisk = false;
    QByteArray m_circumstances; // read by readKeptAnswer(), written by keepAnswer()
    QProcess *m_process = nullptr;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_waiting;
};

} // namespace DreamFoundry
