// Export of a 20-candidate run with 1 MiB artifacts to HTML (issue 12: at most 500 ms),
// against a baseline measured in the same run: loading the same results folder
// (ResultStore::load, which every export starts with). Each figure is the median of 7
// rounds; the folder sits in the page cache for all of them.
// Usage: build/bin/bench_export
#include "export/runexport.h"
#include "medianms.h"
#include "results/resultstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace DreamFoundry;

namespace {

constexpr int candidates = 20;
// Just under the 1 MiB above which run.json keeps no artifact text: the largest page.
constexpr qint64 artifactBytes = 1024 * 1024 - 64;
constexpr int rounds = 7;

QByteArray artifact(int candidate)
{
    QByteArray text = "# AI events <&> \"quoted\"\n\n";
    for (int i = 0; text.size() < artifactBytes; ++i)
        text += "- 2099-01-0" + QByteArray::number(1 + i % 9) + " | [Meetup "
                + QByteArray::number(candidate) + "/" + QByteArray::number(i) + "](https://lu.ma/e"
                + QByteArray::number(i) + ")\n";
    text.truncate(artifactBytes);
    return text;
}

RunRecord makeRun(const QString &dir)
{
    RunRecord run;
    run.objective = QStringLiteral("Generate weekly AI events for Discord");
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt.addSecs(30);
    for (int i = 0; i < candidates; ++i) {
        CandidateResult r;
        r.candidateId = QStringLiteral("c%1").arg(i);
        r.exitCode = 0;
        r.state = CandidateState::Succeeded;
        r.runtimeSeconds = 1 + i;
        r.output = QString(QStringLiteral("a line of output\n")).repeated(2000);
        r.artifactName = r.candidateId + QStringLiteral("_output.md");
        r.artifactFile = dir + QLatin1Char('/') + r.artifactName;
        const QByteArray bytes = artifact(i);
        QFile file(r.artifactFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(r.artifactFile));
        r.artifactSize = bytes.size();
        r.artifactContent = QString::fromUtf8(bytes);
        ScoreCard card;
        card.gates = {{QStringLiteral("exit_code"), true, QStringLiteral("Exited with 0.")}};
        card.total = 50 + i;
        card.rank = candidates - i;
        r.score = card;
        run.candidates.append(r);
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString results = dir.filePath(QStringLiteral("results"));
    if (const QString error = ResultStore::save(makeRun(dir.path()), results); !error.isEmpty())
        qFatal("%s", qPrintable(error));

    QString error;
    qint64 pageBytes = 0;
    const double load = Bench::medianMs(rounds, [&] { ResultStore::load(results, &error); });
    const double html = Bench::medianMs(rounds, [&] {
        pageBytes = RunExport::exportFolder(results, ExportFormat::Html, &error).size();
    });
    const double csv = Bench::medianMs(
            rounds, [&] { RunExport::exportFolder(results, ExportFormat::Csv, &error); });
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    std::printf("export of %d candidates with 1 MiB artifacts (median of %d)\n", candidates,
                rounds);
    std::printf("  load (baseline)  %8.1f ms\n", load);
    std::printf("  html             %8.1f ms  (%.2fx the load; page %.1f MiB; target 500 ms)\n",
                html, html / load, double(pageBytes) / (1024 * 1024));
    std::printf("  csv              %8.1f ms  (%.2fx the load)\n", csv, csv / load);
    return 0;
}
