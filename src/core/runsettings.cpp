#include "runsettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

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

QString RunSettings::environmentProblem() const
{
    for (const EnvironmentVariable &variable : environment) {
        if (QString problem = CandidateEnvironment::nameProblem(variable.name); !problem.isEmpty())
            return problem;
        if (QString problem = CandidateEnvironment::valueProblem(variable.name, variable.value);
            !problem.isEmpty())
            return problem;
    }
    for (const SecretGrant &grant : secrets) {
        if (QString problem = CandidateEnvironment::nameProblem(grant.name); !problem.isEmpty())
            return problem;
    }
    return {};
}

namespace {

QJsonObject environmentJson(const QList<EnvironmentVariable> &environment)
{
    QJsonObject json;
    for (const EnvironmentVariable &variable : environment)
        json.insert(variable.name, QString::fromUtf8(variable.value));
    return json;
}

// Names and who got them; never a value.
QJsonArray secretsJson(const QList<SecretGrant> &secrets)
{
    QJsonArray json;
    for (const SecretGrant &grant : secrets) {
        QJsonObject entry{{QStringLiteral("name"), grant.name}};
        if (!grant.candidates.isEmpty())
            entry.insert(QStringLiteral("candidates"),
                         QJsonArray::fromStringList(grant.candidates));
        json.append(entry);
    }
    return json;
}

void readEnvironment(const QJsonObject &json, RunSettings *settings)
{
    const QJsonObject environment = json.value(QStringLiteral("environment")).toObject();
    for (auto it = environment.begin(); it != environment.end(); ++it)
        settings->environment.append({it.key(), it.value().toString().toUtf8(), false});
    for (const QJsonValue &value : json.value(QStringLiteral("secrets")).toArray()) {
        const QJsonObject entry = value.toObject();
        SecretGrant grant{entry.value(QStringLiteral("name")).toString(), {}};
        for (const QJsonValue &candidate : entry.value(QStringLiteral("candidates")).toArray())
            grant.candidates.append(candidate.toString());
        settings->secrets.append(grant);
    }
}

} // namespace

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
            {QStringLiteral("install_timeout_seconds"), installTimeoutSeconds},
            // A private index's address may carry its password: kept without it.
            {QStringLiteral("index_url"),
             QUrl(indexUrl).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)},
            {QStringLiteral("folder_limit_mib"), folderLimitMiB},
    };
    // Only when used, so a run without them reads as before.
    if (!environment.isEmpty())
        json.insert(QStringLiteral("environment"), environmentJson(environment));
    if (!secrets.isEmpty())
        json.insert(QStringLiteral("secrets"), secretsJson(secrets));
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
    s.installTimeoutSeconds
            = json.value(QStringLiteral("install_timeout_seconds")).toInt(s.installTimeoutSeconds);
    s.indexUrl = json.value(QStringLiteral("index_url")).toString();
    s.folderLimitMiB = json.value(QStringLiteral("folder_limit_mib")).toInt(s.folderLimitMiB);
    readEnvironment(json, &s);
    s.plan = RunPlan::fromJson(json);
    return s;
}

} // namespace DreamFoundry
