#include "samples.h"

#include "appfolders.h"

#include <QDir>

namespace DreamFoundry {

QString sampleCandidatesDir()
{
    return QDir::cleanPath(appBinFolder() + QLatin1Char('/')
                           + QStringLiteral(DREAMFOUNDRY_SAMPLES_FROM_BINDIR));
}

QStringList sampleCandidateScripts()
{
    const QDir dir(sampleCandidatesDir());
    QStringList scripts;
    const QStringList names = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        scripts.append(dir.filePath(name));
    return scripts;
}

QString defaultObjective()
{
    return QStringLiteral("Generate weekly AI events for Discord");
}

} // namespace DreamFoundry
