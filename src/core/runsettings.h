#pragma once

#include "candidateenvironment.h"
#include "runplan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace DreamFoundry {

enum class BackendChoice { Local, Daytona, Auto };

QString backendName(BackendChoice backend);
std::optional<BackendChoice> backendFromName(const QString &name);

// What one run is asked to do, apart from which scripts it runs.
struct RunSettings
{
    // Linux caps a single argument at 128 KiB; the objective is one argument of the script.
    static constexpr qsizetype maxObjectiveBytes = 100'000;

    QString objective;
    BackendChoice backend = BackendChoice::Local;
    int timeoutSeconds = 300;
    int parallelism = 0; // 0: the backend's default (local: the number of cores)
    bool network = true; // local backend: false cuts the sandbox off the network
    // Local backend: host folders a sandbox sees read-only at the same path, beyond the
    // system folders (docs/architecture.md, "Sandbox hardening").
    QStringList readOnlyFolders;
    int memoryLimitMiB = 2048;
    int processLimit = 256;
    // Local backend: what /home/daytona and /tmp may hold together, in MiB (files are capped
    // in proportion, see SandboxLayout).
    int diskLimitMiB = 1024;
    // Both backends: a larger artifact is refused rather than collected.
    int artifactLimitMiB = 100;
    QString artifactExtension = QStringLiteral("md");
    // Dependencies (runner/dependencies.h): how long installing them may take, and the
    // package index pip uses (empty: pip's default, PyPI).
    int installTimeoutSeconds = 600;
    QString indexUrl;
    // A folder candidate may hold this much (core/candidatefolder.h).
    int folderLimitMiB = 50;

    // Variables every candidate gets beyond PATH, HOME and LANG (saved with the run, values
    // too: they are not secret), and the secrets passed, by name only (docs/architecture.md,
    // "Candidate secrets and environment").
    QList<EnvironmentVariable> environment;
    QList<SecretGrant> secrets;

    // Empty when the environment and the secrets' names can be used, else why not.
    QString environmentProblem() const;

    // Repeats of each candidate and the run's budget.
    RunPlan plan;

    // Empty when the objective can be given to a script, else a sentence saying why not.
    static QString objectiveProblem(const QString &objective);

    QJsonObject toJson() const;
    static RunSettings fromJson(const QJsonObject &json);
};

} // namespace DreamFoundry
