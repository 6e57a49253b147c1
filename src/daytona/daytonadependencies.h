#pragma once

#include "core/candidate.h"
#include "daytonatypes.h"
#include "runner/dependencies.h"

#include <QList>
#include <QString>

namespace DreamFoundry {

// What a Daytona sandbox needs beyond the one script (docs/architecture.md, "Dependencies and
// multi-file candidates"): a folder candidate's files, and its packages, installed with the
// sandbox's own pip into a folder of its home before the script runs.
namespace DaytonaDependencies {

struct Uploads
{
    QList<UploadFile> files; // the script, or every file of the folder
    QStringList skippedLinks; // a folder's symbolic links, left out
    QString error; // the folder cannot be sent (over its cap)
};

// The candidate's files with their paths in the sandbox: /home/daytona/<id>.py, or each file
// of a folder candidate under /home/daytona/<id>/.
Uploads candidateFiles(const Candidate &candidate, qint64 folderLimitBytes);

// Where the requirement list is uploaded, and where pip installs it.
QString requirementsPath(const QString &candidateId);
QString packagesPath(const QString &candidateId);

// pip install --target packagesPath(): with --target pip installs beside, not into, the
// image's Python, so an "externally managed" system Python accepts it too. Output merged.
QString installCommand(const QString &candidateId, const Requirements &requirements,
                       const QString &indexUrl);

// The script to run and the folder it runs in: /home/daytona/<id>.py from /home/daytona, or
// /home/daytona/<id>/main.py from /home/daytona/<id>.
QString scriptPath(const Candidate &candidate);
QString workingDirectory(const Candidate &candidate);

QString shellQuote(const QString &text);

} // namespace DaytonaDependencies

} // namespace DreamFoundry
