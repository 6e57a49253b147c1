#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DreamFoundry {

// One candidate agent script. The id names its folder in the results and its file in the
// sandbox (/home/daytona/<id>.py), so it is unique within a run and safe as a file name.
struct Candidate
{
    QString id;
    QString scriptPath; // absolute path on the user's machine
};

struct CandidateList
{
    QList<Candidate> candidates;
    QString error; // empty when every script could be used
};

// Turns script paths into candidates: each must be a readable file; ids come from the file
// names and are made unique ("agent", "agent-2") when two scripts share a name.
CandidateList candidatesFromScripts(const QStringList &scriptPaths);

// A file-name-safe id from a script's name: "My Agent.py" gives "My_Agent".
QString candidateIdForScript(const QString &scriptPath);

// The script's file name, in the sandbox and in the results folder: "<id>.py".
QString candidateScriptName(const QString &candidateId);

} // namespace DreamFoundry
