#include "runhistory.h"

#include "core/runrecord.h"
#include "results/resultstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::RunHistory, which lupdate can read.
class RunHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunHistory)
};

constexpr auto indexFormat = "dreamfoundry-history/1";

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> numberOf(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QHash<QString, HistoryEntry> readIndex(const QString &indexFile)
{
    QHash<QString, HistoryEntry> entries;
    QFile file(indexFile);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1StringView(indexFormat))
        return entries; // another version's index: it is made again
    for (const QJsonValue &item : json.value(QStringLiteral("entries")).toArray()) {
        const HistoryEntry entry = HistoryEntry::fromJson(item.toObject());
        entries.insert(entry.folder, entry);
    }
    return entries;
}

void writeIndex(const QString &indexFile, const QList<HistoryEntry> &entries)
{
    QJsonArray list;
    for (const HistoryEntry &entry : entries)
        list.append(entry.toJson());
    const QJsonObject json{{QStringLiteral("format"), QLatin1StringView(indexFormat)},
                           {QStringLiteral("entries"), list}};
    QSaveFile file(indexFile);
    // The index only saves time: a history that cannot keep one still lists every run.
    if (QDir().mkpath(QFileInfo(indexFile).path()) && file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

// The results folders to list: the runs folder's own (not a save's staging or old copy)
// and the others that still exist, each once.
QStringList foldersToList(const QString &runsFolder, const QStringList &otherFolders)
{
    QStringList folders;
    QSet<QString> seen;
    const QDir runs(runsFolder);
    for (const QString &name : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name.contains(QStringLiteral(".partial-")) || name.contains(QStringLiteral(".old-")))
            continue;
        const QString folder = QDir::cleanPath(runs.absoluteFilePath(name));
        seen.insert(folder);
        folders.append(folder);
    }
    for (const QString &other : otherFolders) {
        const QString folder = QDir::cleanPath(QFileInfo(other).absoluteFilePath());
        if (QFileInfo(folder).isDir() && !seen.contains(folder)) {
            seen.insert(folder);
            folders.append(folder);
        }
    }
    return folders;
}

HistoryEntry brokenEntry(const QString &folder, const QString &problem)
{
    HistoryEntry entry;
    entry.folder = folder;
    entry.problem = problem;
    entry.startedAt = QFileInfo(folder).lastModified();
    return entry;
}

} // namespace

QJsonObject HistoryCandidate::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("state"), state},
            {QStringLiteral("total"), optionalNumber(total)},
            {QStringLiteral("disqualified"), disqualified},
            {QStringLiteral("runtime_seconds"), runtimeSeconds},
            {QStringLiteral("artifact_sha256"), artifactSha256}};
}

HistoryCandidate HistoryCandidate::fromJson(const QJsonObject &json)
{
    HistoryCandidate c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.state = json.value(QStringLiteral("state")).toString();
    c.total = numberOf(json.value(QStringLiteral("total")));
    c.disqualified = json.value(QStringLiteral("disqualified")).toBool();
    c.runtimeSeconds = json.value(QStringLiteral("runtime_seconds")).toDouble();
    c.artifactSha256 = json.value(QStringLiteral("artifact_sha256")).toString();
    return c;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonArray list;
    for (const HistoryCandidate &c : candidates)
        list.append(c.toJson());
    return {{QStringLiteral("folder"), folder},
            {QStringLiteral("objective"), objective},
            {QStringLiteral("backend"), backend},
            {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("candidate_count"), candidateCount},
            {QStringLiteral("succeeded"), succeeded},
            {QStringLiteral("winner"), winner},
            {QStringLiteral("winner_total"), optionalNumber(winnerTotal)},
            {QStringLiteral("candidates"), list},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("stamp_ms"), stampMs},
            {QStringLiteral("size"), size}};
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry e;
    e.folder = json.value(QStringLiteral("folder")).toString();
    e.objective = json.value(QStringLiteral("objective")).toString();
    e.backend = json.value(QStringLiteral("backend")).toString();
    e.startedAt = QDateTime::fromString(json.value(QStringLiteral("started_at")).toString(),
                                        Qt::ISODateWithMs);
    e.candidateCount = json.value(QStringLiteral("candidate_count")).toInt();
    e.succeeded = json.value(QStringLiteral("succeeded")).toInt();
    e.winner = json.value(QStringLiteral("winner")).toString();
    e.winnerTotal = numberOf(json.value(QStringLiteral("winner_total")));
    for (const QJsonValue &item : json.value(QStringLiteral("candidates")).toArray())
        e.candidates.append(HistoryCandidate::fromJson(item.toObject()));
    e.problem = json.value(QStringLiteral("problem")).toString();
    e.stampMs = json.value(QStringLiteral("stamp_ms")).toInteger();
    e.size = json.value(QStringLiteral("size")).toInteger();
    return e;
}

HistoryEntry HistoryEntry::fromRun(const RunRecord &run, const QString &folder)
{
    HistoryEntry e;
    e.folder = folder;
    e.objective = run.objective.trimmed().section(QLatin1Char('\n'), 0, 0);
    e.backend = run.backend;
    e.startedAt = run.startedAt;
    e.candidateCount = int(run.candidates.size());
    e.succeeded = run.succeededCount();
    e.winner = run.winner.candidateId;
    for (const CandidateResult &r : run.candidates) {
        HistoryCandidate c;
        c.id = r.candidateId;
        c.state = stateName(r.state);
        if (r.score && !r.score->unscored)
            c.total = r.score->total;
        c.disqualified = r.score && r.score->disqualified();
        c.runtimeSeconds = r.runtimeSeconds;
        c.artifactSha256 = r.artifactSha256;
        if (c.id == e.winner)
            e.winnerTotal = c.total;
        e.candidates.append(c);
    }
    return e;
}

namespace RunHistory {

QString indexFileIn(const QString &runsFolder)
{
    return runsFolder + QStringLiteral("/history-index.json");
}

HistoryEntry readEntry(const QString &folder)
{
    const QFileInfo manifest(folder + QStringLiteral("/run.json"));
    if (!manifest.exists())
        return brokenEntry(
                folder,
                RunHistoryText::tr("This folder holds no run.json: it is not a Dream Foundry "
                                   "results folder."));
    QString error;
    const RunRecord run = ResultStore::load(folder, &error);
    HistoryEntry entry
            = error.isEmpty() ? HistoryEntry::fromRun(run, folder) : brokenEntry(folder, error);
    entry.stampMs = manifest.lastModified().toMSecsSinceEpoch();
    entry.size = manifest.size();
    return entry;
}

QList<HistoryEntry> load(const QString &runsFolder, const QStringList &otherFolders,
                         const QString &indexFile)
{
    const QHash<QString, HistoryEntry> known = readIndex(indexFile);
    QList<HistoryEntry> entries;
    bool changed = false;
    for (const QString &folder : foldersToList(runsFolder, otherFolders)) {
        const QFileInfo manifest(folder + QStringLiteral("/run.json"));
        const auto found = known.constFind(folder);
        if (found != known.cend() && manifest.exists()
            && found->stampMs == manifest.lastModified().toMSecsSinceEpoch()
            && found->size == manifest.size()) {
            entries.append(*found);
            continue;
        }
        entries.append(readEntry(folder));
        changed = true;
    }
    changed = changed || entries.size() != known.size();
    std::ranges::stable_sort(entries, [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.startedAt > b.startedAt;
    });
    if (changed)
        writeIndex(indexFile, entries);
    return entries;
}

QString moveToTrash(const QString &folder)
{
    if (!QFileInfo::exists(folder + QStringLiteral("/run.json")))
        return RunHistoryText::tr("%1 is not a results folder; nothing was moved.").arg(folder);
    // Qt 6.4 cannot set up the home trash when the data folder does not exist yet, and then
    // "succeeds" by moving into ./files of the working folder: make it, and check the answer.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QString inTrash;
    const bool moved = QFile::moveToTrash(folder, &inTrash);
    if (moved && !(QDir::isAbsolutePath(inTrash) && inTrash.contains(QStringLiteral("Trash")))) {
        QDir().rename(inTrash, folder);
        return RunHistoryText::tr("There is no trash for %1.").arg(folder);
    }
    if (!moved)
        return RunHistoryText::tr("There is no trash for %1.").arg(folder);
    return {};
}

QString removeForGood(const QString &folder)
{
    if (!QFileInfo::exists(folder + QStringLiteral("/run.json")))
        return RunHistoryText::tr("%1 is not a results folder; nothing was removed.").arg(folder);
    if (!QDir(folder).removeRecursively())
        return RunHistoryText::tr("%1 could not be removed completely.").arg(folder);
    return {};
}

} // namespace RunHistory

} // namespace DreamFoundry
