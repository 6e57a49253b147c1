#include "resultstore.h"

#include "core/candidate.h"
#include "core/filecopy.h"
#include "core/untrustedtext.h"
#include "resultslogging.h"
#include "runner/leftovers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DreamFoundry {
Q_LOGGING_CATEGORY(lcResults, "dreamfoundry.results", QtInfoMsg)
}

namespace DreamFoundry::ResultStore {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::ResultStore, which lupdate can read.
class ResultStoreText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::ResultStore)
};

constexpr qsizetype maxCellChars = 200;
// An error message is a sentence or a traceback's last lines; more is in output.log.
constexpr qsizetype maxDetailChars = 4000;

// A name that stays inside the folder it is joined to: no separators, no "." or "..", no
// control characters.
bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1StringView(".") || name == QLatin1StringView(".."))
        return false;
    return std::ranges::none_of(name, [](QChar c) {
        return c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20
                || c.unicode() == 0x7f;
    });
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = ResultStoreText::tr("Could not write %1: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

// run.json in place (a re-score), written as it is made (RunRecord::writeJson) rather than
// built whole first.
bool writeRunJson(const QString &path, const RunRecord &run, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && run.writeJson(file) && file.commit())
        return true;
    *error = ResultStoreText::tr("Could not write %1: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

// The files of a staging folder are written plainly and made durable together (syncTree)
// just before the folder is renamed into place: the rename is what makes the save atomic,
// and one flush for the whole folder costs far less than QSaveFile's flush per file (three
// per candidate took 60-180 ms for a run of twenty on a busy disk).
bool writeNewFile(const QString &path, const std::function<bool(QIODevice &)> &write,
                  QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && write(file) && file.flush())
        return true;
    *error = ResultStoreText::tr("Could not write %1: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
    return false;
}

bool writeNewFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeNewFile(
            path, [&bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); }, error);
}

enum class Placing { Copy, LinkOrCopy };

// An artifact collected into a run's working folder, which goes once the run is saved: linked
// into the results where it can be (on the same file system), no bytes are copied and no new
// file is made. An artifact of another results folder (a rerun, a loaded run saved elsewhere)
// is copied: two results folders sharing a file would both change when a user edits one.
Placing placingOf(const QString &artifact)
{
    return artifact.startsWith(QDir::tempPath() + QStringLiteral("/dreamfoundry-run-"))
            ? Placing::LinkOrCopy
            : Placing::Copy;
}

// A file the results may share: the app's own, linked nowhere else, and writable by nobody
// else. Without the private disk the collected artifact is the very file the candidate made
// (as `nobody`, with the modes it chose): it is copied, so the results hold a file of the
// app's with plain modes that nothing of the candidate can still write.
bool linkable(const QString &path)
{
    struct stat facts = {};
    return ::lstat(QFile::encodeName(path).constData(), &facts) == 0 && S_ISREG(facts.st_mode)
            && facts.st_uid == ::getuid() && facts.st_nlink == 1
            && (facts.st_mode & (S_IWGRP | S_IWOTH | S_ISUID | S_ISGID | S_ISVTX)) == 0;
}

bool copyFile(const QString &from, const QString &to, QString *error, Placing how = Placing::Copy)
{
    // Saving a loaded run over itself finds the file already in place.
    const QString source = QFileInfo(from).canonicalFilePath();
    if (!source.isEmpty() && source == QFileInfo(to).canonicalFilePath())
        return true;
    if (how == Placing::LinkOrCopy && linkable(from)
        && ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    QFile in(from);
    QFile out(to);
    if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        && copyDescriptor(in.handle(), out.handle()))
        return true;
    *error = ResultStoreText::tr("Could not copy %1 into the results.")
                     .arg(QFileInfo(from).fileName());
    return false;
}

bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// Everything written under `root` on disk, so the folder renamed into place is whole after a
// crash of the machine too. One syncfs of its file system rather than an fsync per file: 60
// files of a 20-candidate run took 15-40 ms one by one, 2-3 ms together; a per-file fsync
// commits the file system's journal, with whatever else is waiting in it, all the same.
bool syncTree(const QString &root, QString *error)
{
    const int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::syncfs(fd) == 0;
    const int cause = errno;
    if (fd >= 0)
        ::close(fd);
    if (!synced) {
        *error = ResultStoreText::tr("Could not write %1: %2")
                         .arg(QFileInfo(root).fileName(),
                              QString::fromLocal8Bit(std::strerror(cause)));
    }
    return synced;
}

QByteArray outputLog(const CandidateResult &result)
{
    return "=== stdout ===\n" + result.standardOutput.toUtf8() + "\n=== stderr ===\n"
            + result.errorOutput.toUtf8();
}

bool saveCandidate(const CandidateResult &result, const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = ResultStoreText::tr("Could not create the folder of %1.").arg(result.candidateId);
        return false;
    }
    if (!writeNewFile(folder + QStringLiteral("/output.log"), outputLog(result), error))
        return false;
    const QString script = folder + QLatin1Char('/') + candidateScriptName(result.candidateId);
    if (!result.scriptPath.isEmpty() && !copyFile(result.scriptPath, script, error))
        return false;
    if (result.hasArtifact() && !result.artifactFile.isEmpty()
        && !copyFile(result.artifactFile, folder + QLatin1Char('/') + result.artifactName, error,
                     placingOf(result.artifactFile)))
        return false;
    return true;
}

// `written`: attempt folders already in the staging folder (EarlySave).
bool writeStaging(const RunRecord &run, const QString &staging, QString *error,
                  const QSet<QString> &written = {})
{
    const auto write = [&](const CandidateResult &result, bool earlier) {
        const QString folder = attemptFolder(result, earlier);
        return written.contains(folder)
                || saveCandidate(result, staging + QLatin1Char('/') + folder, error);
    };
    for (const CandidateResult &result : run.candidates) {
        if (!write(result, false))
            return false;
    }
    for (const CandidateResult &earlier : run.earlierAttempts) {
        if (!write(earlier, true))
            return false;
    }
    for (const CandidateResult &repeat : run.repeats) {
        if (!write(repeat, false))
            return false;
    }
    return writeNewFile(staging + QStringLiteral("/report.md"), report(run).toUtf8(), error)
            && writeNewFile(
                    staging + QStringLiteral("/run.json"),
                    [&run](QIODevice &file) { return run.writeJson(file); }, error)
            && syncTree(staging, error);
}

// Puts the finished staging folder where the results go, keeping the old folder until the
// new one is in place.
bool swapIn(const QString &staging, const QString &dir, QString *error)
{
    const QString old
            = dir + QStringLiteral(".old-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const bool hadOld = QFileInfo::exists(dir);
    if (hadOld && !QDir().rename(dir, old)) {
        *error = ResultStoreText::tr("Could not replace the existing results folder.");
        return false;
    }
    if (!QDir().rename(staging, dir)) {
        if (hadOld)
            QDir().rename(old, dir);
        *error = ResultStoreText::tr("Could not move the new results into place.");
        return false;
    }
    if (hadOld)
        QDir(old).removeRecursively();
    return true;
}

// Text a candidate or a scorer script may have written, made harmless in a Markdown table
// cell: one line, no markup, no HTML, no control characters, bounded.
QString tableCell(const QString &text)
{
    return UntrustedText::markdownCell(text, maxCellChars);
}

// A link to a candidate's artifact: the file name as inert text, the path percent-encoded so
// no character of it can end the link or start another.
QString artifactLink(const CandidateResult &r)
{
    const QByteArray path = QUrl::toPercentEncoding(r.candidateId) + '/'
            + QUrl::toPercentEncoding(r.artifactName);
    return QStringLiteral("[%1](%2) (%3 bytes)")
            .arg(tableCell(r.artifactName), QString::fromLatin1(path),
                 QString::number(r.artifactSize));
}

// The whole of each error message that did not fit on one line of its table cell, fenced so it
// reads as the candidate wrote it and nothing in it acts as Markdown.
QString detailsSection(const RunRecord &run)
{
    QString text;
    for (const CandidateResult &r : run.candidates) {
        const QString message = r.errorMessage.trimmed();
        if (!message.contains(QLatin1Char('\n')) && message.size() <= maxCellChars)
            continue; // the cell shows it whole
        text += QStringLiteral("### %1\n\n").arg(tableCell(r.candidateId));
        text += UntrustedText::markdownFence(message.left(maxDetailChars)) + QLatin1Char('\n');
    }
    return text.isEmpty() ? text : QStringLiteral("\n## Details\n\n") + text;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString standing(const CandidateResult &r, const RunWinner &winner)
{
    const ScoreCard &card = *r.score;
    if (r.candidateId == winner.candidateId)
        return winner.manual ? QStringLiteral("winner (picked by hand)") : QStringLiteral("winner");
    if (const Gate *failed = card.disqualifiedBy())
        return QStringLiteral("disqualified by %1: %2")
                .arg(tableCell(failed->id), tableCell(failed->reason));
    if (card.unscored && !card.manualQuality)
        return QStringLiteral("unscored: %1").arg(tableCell(card.unscoredReason));
    return {};
}

// The ranking and the winner, best first; nothing for a run that was never scored.
QString rankingSection(const RunRecord &run)
{
    if (!run.isScored())
        return {};
    QString text = QStringLiteral("## Ranking\n\n");
    if (run.winner.exists())
        text += QStringLiteral("**Winner:** %1%2\n\n")
                        .arg(tableCell(run.winner.candidateId),
                             run.winner.manual ? QStringLiteral(" (picked by hand)") : QString());
    else
        text += QStringLiteral("**No winner.** %1\n\n").arg(tableCell(run.winner.note));
    const ScoreWeights given = run.scoring.weights;
    const ScoreWeights w = given.problem().isEmpty() ? given.normalised() : ScoreWeights();
    text += QStringLiteral("Scorer: %1 · weights success %2, quality %3, speed %4\n\n")
                    .arg(tableCell(QFileInfo(run.scoring.scorer).fileName()),
                         QString::number(w.success, 'f', 2), QString::number(w.quality, 'f', 2),
                         QString::number(w.speed, 'f', 2));
    text += QStringLiteral("| Rank | Candidate | Total | Success | Quality | Speed | Standing |\n");
    text += QStringLiteral("|---:|---|---:|---:|---:|---:|---|\n");
    QList<const CandidateResult *> order;
    for (const CandidateResult &r : run.candidates) {
        if (r.score)
            order.append(&r);
    }
    // Ranked ones by rank, the unranked (0) after them in the order given.
    std::ranges::stable_sort(order, [](const CandidateResult *a, const CandidateResult *b) {
        const int x = a->score->rank == 0 ? INT_MAX : a->score->rank;
        const int y = b->score->rank == 0 ? INT_MAX : b->score->rank;
        return x < y;
    });
    for (const CandidateResult *r : order) {
        const ScoreCard &card = *r->score;
        const std::optional<double> quality = card.quality();
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5%6 | %7 | %8 |\n")
                        .arg(card.rank ? QString::number(card.rank) : QStringLiteral("-"),
                             tableCell(r->candidateId), number(card.total), number(card.success),
                             quality ? number(*quality) : QStringLiteral("-"),
                             card.manualQuality ? QStringLiteral(" (manual)") : QString(),
                             number(card.speed), standing(*r, run.winner));
    }
    return text + QLatin1Char('\n');
}

} // namespace

QString writableProblem(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return ResultStoreText::tr("The results folder %1 is a file, not a folder.").arg(dir);
    // Saving replaces the folder: never do that to a folder of the user's own files.
    if (info.isDir() && !QFileInfo::exists(dir + QStringLiteral("/run.json"))
        && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return ResultStoreText::
                tr("The folder %1 already holds other files; choose an empty folder or a results "
                   "folder to replace.")
                        .arg(dir);
    QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return ResultStoreText::tr("The results folder %1 cannot be created.").arg(dir);
    QTemporaryDir probe(parent + QStringLiteral("/.dreamfoundry-probe-XXXXXX"));
    if (!probe.isValid())
        return ResultStoreText::tr("The results folder %1 cannot be written: %2")
                .arg(dir, probe.errorString());
    return {};
}

namespace {

QString cleanDir(const QString &dir)
{
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

// The staging folder sits beside the target so the final rename stays on one file system.
std::unique_ptr<QTemporaryDir> makeStaging(const QString &clean, QString *error)
{
    if (*error = writableProblem(clean); !error->isEmpty())
        return nullptr;
    auto staging = std::make_unique<QTemporaryDir>(clean + QStringLiteral(".partial-XXXXXX"));
    if (staging->isValid())
        return staging;
    *error = ResultStoreText::tr("Could not create a folder beside %1: %2")
                     .arg(clean, staging->errorString());
    return nullptr;
}

// The rest of a save once the staging folder holds `written`: the other attempts, report.md
// and run.json, then the swap. `owner` is released before the swap (its lock is inside).
QString completeSave(const RunRecord &run, const QString &clean, QTemporaryDir &staging,
                     std::unique_ptr<OwnedFolder> owner, const QSet<QString> &written)
{
    QString error;
    if (!writeStaging(run, staging.path(), &error, written))
        return error;
    owner.reset();
    if (!swapIn(staging.path(), clean, &error))
        return error;
    staging.setAutoRemove(false); // it is the results folder now
    syncFolder(QFileInfo(clean).absolutePath()); // the rename itself
    qCDebug(lcResults) << "saved a run of" << run.candidates.size() << "candidates";
    return {};
}

} // namespace

QString save(const RunRecord &run, const QString &dir)
{
    const QString clean = cleanDir(dir);
    QString error;
    const std::unique_ptr<QTemporaryDir> staging = makeStaging(clean, &error);
    if (!staging)
        return error;
    // The sweep at a later start leaves a save under way alone: its process is alive.
    auto owner = std::make_unique<OwnedFolder>(staging->path());
    return completeSave(run, clean, *staging, std::move(owner), {});
}

EarlySave::EarlySave(const QString &dir) : m_dir(cleanDir(dir)) {}

EarlySave::~EarlySave() = default; // unfinished: the staging folder goes with m_staging

bool EarlySave::savesTo(const QString &dir) const
{
    return cleanDir(dir) == m_dir;
}

bool EarlySave::ensureStaging()
{
    if (m_staging || m_stagingFailed)
        return bool(m_staging);
    QString error; // said by finish(), which tries again
    m_staging = makeStaging(m_dir, &error);
    m_stagingFailed = !m_staging;
    if (m_staging)
        m_owner = std::make_unique<OwnedFolder>(m_staging->path());
    return bool(m_staging);
}

void EarlySave::writeAttempt(const CandidateResult &result)
{
    const QMutexLocker lock(&m_mutex);
    const QString folder = attemptFolder(result, false);
    if (m_finished || m_written.contains(folder) || !ensureStaging())
        return;
    QString error;
    const QString path = m_staging->filePath(folder);
    if (saveCandidate(result, path, &error)) {
        m_written.insert(folder);
        return;
    }
    // finish() writes it again, or says why it cannot. A repeat that ended first lives inside
    // this folder (<id>/repeats/<n>): it goes with it and is written again too.
    removeTree(path);
    m_written.removeIf([&folder](const QString &written) {
        return written.startsWith(folder + QLatin1Char('/'));
    });
}

QString EarlySave::finish(const RunRecord &run)
{
    const QMutexLocker lock(&m_mutex);
    m_finished = true;
    if (!m_staging)
        return save(run, m_dir);
    // Asked again at the end: the user may have put files there while the run went on.
    if (QString problem = writableProblem(m_dir); !problem.isEmpty())
        return problem;
    return completeSave(run, m_dir, *m_staging, std::move(m_owner), m_written);
}

int sweepInterruptedSaves(const QString &runsFolder)
{
    return sweepStaleFolders(runsFolder, {QStringLiteral("*.partial-*")});
}

QString saveManifest(const RunRecord &run, const QString &dir)
{
    if (!QFileInfo::exists(dir + QStringLiteral("/run.json")))
        return ResultStoreText::tr("%1 is not a results folder: it has no run.json.").arg(dir);
    QString error;
    // run.json last: it is what other tools read, so it changes once report.md is in place.
    if (!writeFile(dir + QStringLiteral("/report.md"), report(run).toUtf8(), &error)
        || !writeRunJson(dir + QStringLiteral("/run.json"), run, &error))
        return error;
    return {};
}

RunRecord load(const QString &dir, QString *error)
{
    QFile file(dir + QStringLiteral("/run.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ResultStoreText::tr("No run.json in %1: %2").arg(dir, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = ResultStoreText::tr("run.json in %1 is not valid JSON: %2")
                         .arg(dir, parseError.errorString());
        return {};
    }
    RunRecord run = RunRecord::fromJson(doc.object(), error);
    if (!error->isEmpty())
        return {};
    // Names from a results folder someone else wrote become paths: only plain names may.
    QList<CandidateResult> all = run.candidates;
    all.append(run.earlierAttempts);
    all.append(run.repeats);
    for (const CandidateResult &result : std::as_const(all)) {
        if (!isPlainName(result.candidateId)
            || (result.hasArtifact() && !isPlainName(result.artifactName))) {
            *error = ResultStoreText::tr(
                             "run.json in %1 names a candidate or an artifact that is not a plain "
                             "file name; it was not opened.")
                             .arg(dir);
            return {};
        }
    }
    return pointedInto(run, dir);
}

RunRecord pointedInto(RunRecord run, const QString &dir)
{
    const auto pointInto = [&dir](CandidateResult &result, bool earlier) {
        const QString folder
                = dir + QLatin1Char('/') + attemptFolder(result, earlier) + QLatin1Char('/');
        result.scriptPath = folder + candidateScriptName(result.candidateId);
        if (result.hasArtifact())
            result.artifactFile = folder + result.artifactName;
    };
    for (CandidateResult &result : run.candidates)
        pointInto(result, false);
    for (CandidateResult &earlier : run.earlierAttempts)
        pointInto(earlier, true);
    for (CandidateResult &repeat : run.repeats)
        pointInto(repeat, false);
    return run;
}

namespace {

// A run with repeats: what each candidate's attempts add up to, and why the run stopped
// early when a budget did (docs/architecture.md, "Repeats and budgets").
QString repeatsSection(const RunRecord &run)
{
    QString text;
    if (run.hasRepeats()) {
        text += QStringLiteral("\n## Repeats\n\nEach candidate ran %1 times; candidates are "
                               "ranked by their median total.\n\n")
                        .arg(run.settings.plan.repeat);
        text += QStringLiteral("| Candidate | Attempts |\n|---|---|\n");
        for (const CandidateResult &r : run.candidates)
            text += QStringLiteral("| %1 | %2 |\n")
                            .arg(tableCell(r.candidateId),
                                 tableCell(run.repeatSummary(r.candidateId).text()));
    }
    if (run.budgetStop != BudgetStop::None)
        text += QStringLiteral("\n%1\n").arg(budgetStopSentence(run.budgetStop, run.settings.plan));
    return text;
}

} // namespace

QString report(const RunRecord &run)
{
    QString text = QStringLiteral("# Dream Foundry run\n\n");
    text += QStringLiteral("**Objective:** %1\n\n")
                    .arg(UntrustedText::markdownCell(run.objective, 2000));
    text += rankingSection(run);
    text += QStringLiteral("- Backend: %1\n").arg(run.backend);
    if (!run.backendNote.isEmpty())
        text += QStringLiteral("- Note: %1\n")
                        .arg(UntrustedText::markdownCell(run.backendNote, 500));
    text += QStringLiteral("- Started: %1\n- Finished: %2\n- Succeeded: %3 of %4\n\n")
                    .arg(run.startedAt.toString(Qt::ISODate), run.finishedAt.toString(Qt::ISODate))
                    .arg(run.succeededCount())
                    .arg(run.candidates.size());
    text += QStringLiteral("| Candidate | Status | Runtime | Exit code | Artifact | Note |\n");
    text += QStringLiteral("|---|---|---:|---:|---|---|\n");
    for (const CandidateResult &r : run.candidates) {
        // One arg() for every cell: a later arg() would fill a "%1" that a candidate wrote.
        text += QStringLiteral("| %1 | %2 | %3 s | %4 | %5 | %6 |\n")
                        .arg(tableCell(r.candidateId), stateName(r.state),
                             QString::number(r.runtimeSeconds, 'f', 2),
                             r.exitCode ? QString::number(*r.exitCode) : QStringLiteral("-"),
                             r.hasArtifact() ? artifactLink(r) : QStringLiteral("none"),
                             tableCell(r.errorMessage));
    }
    return text + repeatsSection(run) + detailsSection(run);
}

QString defaultResultsDir(const QDateTime &startedAt)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/dreamfoundry/runs/")
            + startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace DreamFoundry::ResultStore
