#include "scratchdisk.h"

#include "core/appfolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DreamFoundry {

QString ScratchDisk::helperProgram()
{
    static const QString found = [] {
        const QString path = helpersFolder() + QStringLiteral("/dreamfoundry-scratch-disk");
        return QFileInfo(path).isExecutable() ? path : QString();
    }();
    return found;
}

QString ScratchDisk::mountPoint() const
{
    return root + QStringLiteral("/disk");
}

QString ScratchDisk::outbox() const
{
    return root + QStringLiteral("/out");
}

QString ScratchDisk::homeInside() const
{
    return mountPoint() + QStringLiteral("/home");
}

QString ScratchDisk::tmpInside() const
{
    return mountPoint() + QStringLiteral("/tmp");
}

QStringList ScratchDisk::wrap(const QString &bwrapProgram, const QStringList &bwrapArguments) const
{
    // Arguments in the order src/scratchdisk/main.cpp reads them; nothing is interpolated.
    return QStringList{program,
                       mountPoint(),
                       QString::number(bytes),
                       QString::number(files),
                       stagedScript,
                       artifactName,
                       outbox(),
                       QString::number(artifactLimitBytes),
                       QString::number(collectSeconds),
                       QString::number(QCoreApplication::applicationPid()),
                       privateNetwork ? QStringLiteral("private") : QStringLiteral("none"),
                       bwrapProgram}
    + bwrapArguments;
}

ScratchDisk::Report ScratchDisk::report() const
{
    QFile file(outbox() + QStringLiteral("/status"));
    Report report;
    if (!file.open(QIODevice::ReadOnly))
        return report;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    const QByteArray kind = fields.value(0);
    using A = Report::Artifact;
    report.artifact = kind == "none" ? A::None
            : kind == "collected"    ? A::Collected
            : kind == "notafile"     ? A::NotAFile
            : kind == "toolarge"     ? A::TooLarge
            : kind == "tooslow"      ? A::TooSlow
                                     : A::Unknown;
    report.full = fields.value(1) == "yes";
    report.size = fields.value(2).toLongLong();
    report.bytesOnDisk = fields.value(3).toLongLong();
    return report;
}

QString ScratchDisk::collectedArtifact() const
{
    return outbox() + QLatin1Char('/') + artifactName;
}

} // namespace DreamFoundry
