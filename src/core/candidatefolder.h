#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace DreamFoundry {

// A candidate that is a folder rather than one script (docs/architecture.md, "Dependencies
// and multi-file candidates"): its entry script is main.py, and the whole folder, less what
// a copy should never carry, goes into the sandbox as /home/daytona/<id>/.
namespace CandidateFolder {

inline constexpr auto entryScript = "main.py";
// The default cap on what a folder may hold (RunSettings::folderLimitMiB).
inline constexpr int defaultLimitMiB = 50;

// What of a folder is copied: regular files only, with .git, __pycache__ and virtual
// environments (a folder holding a pyvenv.cfg) left out. Symbolic links are never followed:
// one pointing outside the folder would hand the user's files to the candidate.
struct Scan
{
    QStringList files; // paths relative to the folder
    QStringList skippedLinks; // relative paths of the links left out
    qint64 bytes = 0; // what the files hold together
    QString error; // empty when the folder can be copied
};

// Stops as soon as the files hold more than limitBytes (error says so).
Scan scan(const QString &folder, qint64 limitBytes);

// Copies the scanned files of `folder` into `target` (made, with its subfolders). A file
// replaced by a link since the scan is refused, not followed.
bool copy(const QString &folder, const Scan &scan, const QString &target, QString *error);

// Empty when `folder` can be a candidate with `entry` (a path relative to it) as its entry
// script, else why not (no such file, a link, outside the folder).
QString problem(const QString &folder, const QString &entry = QLatin1StringView(entryScript));

// "FOLDER:ENTRY.py", a folder candidate whose entry script is not main.py: the folder and the
// entry, when `path` is not itself a file or folder and names a folder before its last ':'.
std::optional<std::pair<QString, QString>> splitNamedEntry(const QString &path);

// A folder candidate's entry script relative to its folder ("main.py", "src/agent.py").
QString entryOf(const QString &folder, const QString &scriptPath);

} // namespace CandidateFolder

} // namespace DreamFoundry
