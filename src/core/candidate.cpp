#include "candidate.h"

#include "candidatefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::Candidate, which lupdate can read.
class CandidateText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::Candidate)
};

QString problemWithScript(const QFileInfo &info, const QString &given)
{
    if (!info.exists())
        return CandidateText::tr("Candidate script not found: %1").arg(given);
    if (info.isDir())
        return CandidateFolder::problem(info.absoluteFilePath());
    if (!info.isReadable())
        return CandidateText::tr("Candidate script cannot be read (check its permissions): %1")
                .arg(given);
    return {};
}

QString uniqueId(const QString &base, QSet<QString> &taken)
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    taken.insert(id);
    return id;
}

} // namespace

QString candidateIdForScript(const QString &scriptPath)
{
    const QFileInfo info(scriptPath);
    // A folder's name is the whole of it: "agent.v2" stays "agent_v2", not "agent".
    QString id = info.isDir() ? info.fileName() : info.completeBaseName();
    for (QChar &c : id) {
        const bool safe = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-')
                || c == QLatin1Char('_');
        if (!safe)
            c = QLatin1Char('_');
    }
    return id.isEmpty() ? QStringLiteral("candidate") : id;
}

CandidateList candidatesFromScripts(const QStringList &scriptPaths)
{
    CandidateList list;
    QSet<QString> taken;
    for (const QString &path : scriptPaths) {
        if (const auto named = CandidateFolder::splitNamedEntry(path)) {
            const auto &[folder, entry] = *named;
            if (QString problem = CandidateFolder::problem(folder, entry); !problem.isEmpty()) {
                list.error = problem;
                list.candidates.clear();
                return list;
            }
            list.candidates.append({uniqueId(candidateIdForScript(folder), taken),
                                    QDir::cleanPath(folder + QLatin1Char('/') + entry), folder});
            continue;
        }
        const QFileInfo info(path);
        if (QString problem = problemWithScript(info, path); !problem.isEmpty()) {
            list.error = problem;
            list.candidates.clear();
            return list;
        }
        const QString id = uniqueId(candidateIdForScript(path), taken);
        if (info.isDir()) {
            const QString folder = info.absoluteFilePath();
            list.candidates.append(
                    {id,
                     folder + QLatin1Char('/') + QLatin1StringView(CandidateFolder::entryScript),
                     folder});
        } else {
            list.candidates.append({id, info.absoluteFilePath()});
        }
    }
    return list;
}

QString candidateScriptName(const QString &candidateId)
{
    return candidateId + QStringLiteral(".py");
}

} // namespace DreamFoundry
