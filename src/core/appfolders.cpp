#include "appfolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace DreamFoundry {

namespace {

QString &chosenBinFolder()
{
    static QString folder;
    return folder;
}

} // namespace

QString appBinFolder()
{
    if (!chosenBinFolder().isEmpty())
        return chosenBinFolder();
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Before any application object (the command line deciding whether to open the window).
    // Empty when /proc cannot say, rather than "." (the user's folder).
    const QString binary = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return binary.isEmpty() ? QString() : QFileInfo(binary).path();
}

void setAppBinFolder(const QString &folder)
{
    chosenBinFolder() = QDir::cleanPath(folder);
}

QString helpersFolder()
{
    if (appBinFolder().isEmpty())
        return {};
    return QDir::cleanPath(appBinFolder() + QStringLiteral("/" DREAMFOUNDRY_HELPERS_FROM_BINDIR));
}

QString appBinFolderFromHelpers()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/" DREAMFOUNDRY_BINDIR_FROM_HELPERS));
}

} // namespace DreamFoundry
