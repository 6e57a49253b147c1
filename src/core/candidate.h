#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DreamFoundry {

// One candidate agent script. The id names its folder in the results and its file in the
// sandbox (/home/daytona/<id>.py), so it is unique within a run and safe as a file name.
// A folder candidate (core/candidatefolder.h) is copied whole to /home/daytona/<id>/ and its
// main.py runs from there.
struct Candidate
{
    QString id;
    QString scriptPath; // absolute path on the user's machine; a folder's main.py
    QString folder = {}; // absolute path of a folder candidate, empty for a single script
};

struct CandidateList
{
    QList<Candidate> candidates;
    QString error; // empty when every script could be used
};

// Turns script paths into candidates: each must be a readable file or a folder with a main.py;
// ids come from the file or folder names and are made unique ("agent", "agent-2") when two
// share a name.
CandidateList candidatesFromScripts(const QStringList &scriptPaths);

// A file-name-safe id from a script's name: "My Agent.py" gives "My_Agent".
QString candidateIdForScript(const QString &scriptPath);

// The script's file name, in the sandbox and in the results folder: "<id>.py".
QString candidateScriptName(const QString &candidateId);

} // namespace DreamFoundry
