// The comparison engine's figures for issue 9 (tests/bench/bench_compare.sh runs it and adds
// the command line against `diff -u`):
//   two 100,000-line artifacts with 10% of lines changed: load + align (target <= 300 ms);
//   four such artifacts against one baseline (target <= 1 s);
//   a 50 MiB text artifact against a 1 KB one: load + align, and the peak memory growth
//   against the artifacts' size (target <= 4x).
// Each time is the median of 5 rounds, files in the page cache.
// Usage: build/bin/bench_compare                 the figures
//        build/bin/bench_compare --results DIR   writes a results folder with candidates
//                                                base, v1, v2, v3 (100,000 lines each) for the
//                                                script
#include "compare/comparison.h"
#include "medianms.h"
#include "results/resultstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace DreamFoundry;

namespace {

constexpr int rounds = 5;
constexpr int lines = 100'000;

QByteArray sentence(QRandomGenerator &random, int n)
{
    static const char *words[] = {"agent",  "event",   "meetup", "model", "prompt", "token",
                                  "vector", "sandbox", "result", "score", "window", "artifact"};
    QByteArray line = "Line " + QByteArray::number(n) + ":";
    for (int w = 0; w < 8; ++w)
        line += ' ' + QByteArray(words[random.bounded(12)]);
    return line + '\n';
}

QByteArray baseText(int count)
{
    QRandomGenerator random(1);
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += sentence(random, i);
    return text;
}

// `base` with 10% of its lines changed: 8% rewritten, 1% deleted, 1% with a new line after.
QByteArray changed(const QByteArray &base, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray text;
    int n = 0;
    for (const QByteArray &line : base.split('\n')) {
        if (line.isEmpty())
            continue;
        const int dice = int(random.bounded(100));
        if (dice < 8)
            text += sentence(random, 1'000'000 + n++);
        else if (dice == 8)
            continue;
        else
            text += line + '\n';
        if (dice == 9)
            text += sentence(random, 2'000'000 + n++);
    }
    return text;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

double medianMs(const std::function<void()> &work)
{
    return Bench::medianMs(rounds, work);
}

CompareSource sourceFor(const QString &label, const QString &file)
{
    CompareSource source;
    source.label = label;
    source.artifactFile = file;
    source.state = QStringLiteral("succeeded");
    return source;
}

// Peak resident memory (VmHWM) and current (VmRSS) in bytes, from /proc/self/status.
qint64 procStatus(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current VmRSS
}

void benchHuge(const QString &dir)
{
    QRandomGenerator random(3);
    QByteArray huge;
    huge.reserve(50 * 1024 * 1024 + 200);
    for (int i = 0; huge.size() < 50 * 1024 * 1024; ++i)
        huge += sentence(random, i);
    huge.truncate(50 * 1024 * 1024);
    const QByteArray small = huge.left(1024);
    const QString hugeFile = writeFile(dir + QStringLiteral("/huge.md"), huge);
    const QString smallFile = writeFile(dir + QStringLiteral("/small.md"), small);
    huge = QByteArray();
    const QList<CompareSource> sources{sourceFor(QStringLiteral("huge"), hugeFile),
                                       sourceFor(QStringLiteral("small"), smallFile)};
    resetPeakMemory();
    const qint64 before = procStatus("VmRSS:");
    QElapsedTimer clock;
    clock.start();
    auto comparison = compareSources(sources, 0, {});
    const double first = double(clock.nsecsElapsed()) / 1e6;
    const qint64 peak = procStatus("VmHWM:");
    const double artifacts = 50.0 * 1024 * 1024 + 1024;
    std::printf("50 MiB text against 1 KB: load + align %.0f ms (first, cold process) | peak "
                "memory growth %.0f MiB = %.2fx the artifacts (target <= 4x) | %d rows, %lld "
                "blocks\n",
                first, double(peak - before) / 1048576.0, double(peak - before) / artifacts,
                comparison->rowCount(), qint64(comparison->blocks().size()));
    comparison.reset();
    const double median = medianMs([&] { comparison = compareSources(sources, 0, {}); });
    std::printf("50 MiB text against 1 KB: load + align, median %.0f ms\n", median);
    const double reversed = medianMs([&] { comparison = compareSources(sources, 1, {}); });
    std::printf("1 KB against 50 MiB (the small one as baseline): median %.0f ms\n", reversed);
}

// Intra-line spans of the first 1,000 changed rows: what a viewer computes per painted row.
void benchSpans(const Comparison &comparison)
{
    std::vector<std::pair<QString, QString>> pairs;
    for (const AlignedRow &row : comparison.rows()) {
        if (row.change[1] == LineChange::Changed && pairs.size() < 1000)
            pairs.emplace_back(comparison.text(0).line(row.line[0]),
                               comparison.text(1).line(row.line[1]));
    }
    qsizetype marked = 0;
    const double ms = medianMs([&] {
        for (const auto &[base, other] : pairs)
            marked += changedSpans(base, other, {}).base.size();
    });
    std::printf("changedSpans: %.1f us per changed line (%zu lines, %lld spans)\n",
                ms * 1000.0 / double(pairs.size()), pairs.size(), qint64(marked));
}

void benchLines(const QString &dir)
{
    const QByteArray base = baseText(lines);
    QList<CompareSource> sources{
            sourceFor(QStringLiteral("base"), writeFile(dir + QStringLiteral("/base.md"), base))};
    for (quint32 seed = 11; seed <= 13; ++seed)
        sources << sourceFor(
                QStringLiteral("v%1").arg(seed - 10),
                writeFile(dir + QStringLiteral("/v%1.md").arg(seed - 10), changed(base, seed)));
    std::shared_ptr<const Comparison> comparison;
    const QList<CompareSource> two = sources.mid(0, 2);
    const double load = medianMs([&] {
        for (const CompareSource &s : two)
            ArtifactText::load(s, {});
    });
    const double both = medianMs([&] { comparison = compareSources(two, 0, {}); });
    std::printf("2 x 100,000 lines, 10%% changed: load %.1f ms, load + align %.1f ms (target <= "
                "300 ms) | %d rows, %lld blocks, pane 1: +%d -%d ~%d\n",
                load, both, comparison->rowCount(), qint64(comparison->blocks().size()),
                comparison->stats(1).added, comparison->stats(1).removed,
                comparison->stats(1).changed);
    const double diffText = medianMs([&] { unifiedDiff(*comparison, 1); });
    std::printf("2 x 100,000 lines: unified diff text %.1f ms\n", diffText);
    benchSpans(*comparison);
    const double four = medianMs([&] { comparison = compareSources(sources, 0, {}); });
    std::printf("4 x 100,000 lines, 10%% changed each: load + align %.1f ms (target <= 1000 ms) "
                "| %d rows\n",
                four, comparison->rowCount());
    CompareOptions ignoring;
    ignoring.ignoreCase = true;
    ignoring.ignoreWhitespace = true;
    const double options = medianMs([&] { comparison = compareSources(two, 0, ignoring); });
    std::printf("2 x 100,000 lines, ignoring case and white space: load + align %.1f ms\n",
                options);
}

// 100,000 lines of code-like filler (braces, blank lines: eight distinct lines, none unique).
QByteArray fillerText(quint32 seed, const QByteArray &from = {})
{
    static const char *filler[]
            = {"}", "", "    return x;", "{", "  end", "# note", "    i += 1", "else"};
    QRandomGenerator random(seed);
    QByteArray text;
    const QList<QByteArray> base = from.isEmpty() ? QList<QByteArray>() : from.split('\n');
    for (int i = 0; i < lines; ++i) {
        const QByteArray line = from.isEmpty() ? QByteArray(filler[random.bounded(8)]) : base[i];
        text += (from.isEmpty() || random.bounded(10) != 0 ? line
                                                           : QByteArray(filler[random.bounded(8)]))
                + '\n';
    }
    return text;
}

void addCandidate(RunRecord &run, const QString &id, const QByteArray &bytes,
                  const QString &scratch)
{
    CandidateResult r;
    r.candidateId = id;
    r.state = CandidateState::Succeeded;
    r.exitCode = 0;
    r.artifactName = id + QStringLiteral(".md");
    r.artifactFile = writeFile(scratch + QLatin1Char('/') + r.artifactName, bytes);
    r.artifactSize = bytes.size();
    // As a real run records it (RunSession hashes every artifact).
    r.artifactSha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    run.candidates << r;
}

void writeResults(const QString &results, const QString &scratch)
{
    const QByteArray base = baseText(lines);
    RunRecord run;
    run.runId = QStringLiteral("bench");
    run.objective = QStringLiteral("bench");
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt;
    addCandidate(run, QStringLiteral("base"), base, scratch);
    for (int k = 1; k < 4; ++k)
        addCandidate(run, QStringLiteral("v%1").arg(k), changed(base, quint32(10 + k)), scratch);
    const QByteArray filler = fillerText(5);
    addCandidate(run, QStringLiteral("filler1"), filler, scratch);
    addCandidate(run, QStringLiteral("filler2"), fillerText(6, filler), scratch);
    if (const QString error = ResultStore::save(run, results); !error.isEmpty())
        qFatal("%s", qPrintable(error));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--results")) {
        writeResults(arguments.at(2), dir.path());
        return 0;
    }
    benchHuge(dir.path()); // first, while the process is small: its peak memory is the figure
    benchLines(dir.path());
    return 0;
}
