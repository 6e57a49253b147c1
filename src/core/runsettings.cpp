#include "runsettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace DreamFoundry {

QString backendName(BackendChoice backend)
{
    switch (backend) {
    case BackendChoice::Local:
        return QStringLiteral("local");
    case BackendChoice::Daytona:
        return QStringLiteral("daytona");
    case BackendChoice::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

std::optional<BackendChoice> backendFromName(const QString &name)
{
    for (auto backend : {BackendChoice::Local, BackendChoice::Daytona, BackendChoice::Auto}) {
        if (name.compare(backendName(backend), Qt::CaseInsensitive) == 0)
            return backend;
    }
    return std::nullopt;
}

QString RunSettings::objectiveProblem(const QString &objective)
{
    if (objective.trimmed().isEmpty())
        return QCoreApplication::translate("DreamFoundry::RunSettings", "The objective is empty.");
    const qsizetype bytes = objective.toUtf8().size();
    if (bytes > maxObjectiveBytes) {
        return QCoreApplication::translate("DreamFoundry::RunSettings",
                                           "The objective is %1 bytes long; the limit is %2 "
                                           "bytes. Shorten it or move the detail into a file.")
                .arg(bytes)
                .arg(maxObjectiveBytes);
    }
    return {};
}

QJsonObject RunSettings::toJson() const
{
    QJsonObject json{
            {QStringLiteral("backend"), backendName(backend)},
            {QStringLiteral("timeout_seconds"), timeoutSeconds},
            {QStringLiteral("parallelism"), parallelism},
            {QStringLiteral("network"), network},
            {QStringLiteral("read_only_folders"), QJsonArray::fromStringList(readOnlyFolders)},
            {QStringLiteral("memory_limit_mib"), memoryLimitMiB},
            {QStringLiteral("process_limit"), processLimit},
            {QStringLiteral("disk_limit_mib"), diskLimitMiB},
            {QStringLiteral("artifact_limit_mib"), artifactLimitMiB},
            {QStringLiteral("artifact_extension"), artifactExtension},
    };
    plan.insertInto(json);
    return json;
}

RunSettings RunSettings::fromJson(const QJsonObject &json)
{
    RunSettings s;
    s.backend = backendFromName(json.value(QStringLiteral("backend")).toString())
                        .value_or(BackendChoice::Local);
    s.timeoutSeconds = json.value(QStringLiteral("timeout_seconds")).toInt(s.timeoutSeconds);
    s.parallelism = json.value(QStringLiteral("parallelism")).toInt(s.parallelism);
    s.network = json.value(QStringLiteral("network")).toBool(s.network);
    for (const QJsonValue &folder : json.value(QStringLiteral("read_only_folders")).toArray())
        s.readOnlyFolders.append(folder.toString());
    s.memoryLimitMiB = json.value(QStringLiteral("memory_limit_mib")).toInt(s.memoryLimitMiB);
    s.processLimit = json.value(QStringLiteral("process_limit")).toInt(s.processLimit);
    s.diskLimitMiB = json.value(QStringLiteral("disk_limit_mib")).toInt(s.diskLimitMiB);
    s.artifactLimitMiB = json.value(QStringLiteral("artifact_limit_mib")).toInt(s.artifactLimitMiB);
    s.artifactExtension
            = json.value(QStringLiteral("artifact_extension")).toString(s.artifactExtension);
    s.plan = RunPlan::fromJson(json);
    return s;
}

} // namespace DreamFoundry
