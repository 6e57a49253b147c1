#include "runlease.h"

#include "daytonalogging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace DreamFoundry {

namespace {

// Run ids are UUIDs; anything else must not walk out of the folder.
QString safeName(const QString &runId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString name = runId;
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() || name.startsWith(QLatin1Char('.')) ? QStringLiteral("_") + name : name;
}

} // namespace

RunLease::RunLease(const QString &runId) : m_runId(runId)
{
    QDir().mkpath(directory());
    m_lock = std::make_unique<QLockFile>(lockPath(runId));
    // A live run may last for hours: only a dead owner makes its lock stale, never age.
    m_lock->setStaleLockTime(0);
    m_held = m_lock->tryLock(0);
    if (!m_held)
        qCWarning(lcDaytona) << "could not take the lease of run" << runId << m_lock->error();
}

RunLease::~RunLease()
{
    if (m_held)
        m_lock->unlock();
}

QString RunLease::directory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return base + QStringLiteral("/dreamfoundry/runs");
}

QString RunLease::lockPath(const QString &runId)
{
    return directory() + QLatin1Char('/') + safeName(runId) + QStringLiteral(".lock");
}

bool RunLease::isLive(const QString &runId)
{
    const QString path = lockPath(runId);
    if (!QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    // Succeeds only when nobody alive holds it (QLockFile checks the owner's pid and name).
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace DreamFoundry
