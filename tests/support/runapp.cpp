#include "runapp.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace DreamFoundry::Test {

Finished runApp(const QStringList &arguments, const QByteArray &input,
                const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DREAMFOUNDRY_BINARY), arguments);
    if (!process.waitForStarted(10'000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject runJson(const QString &dir)
{
    QFile file(dir + QStringLiteral("/run.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace DreamFoundry::Test
