// Built-in scoring of 20 candidates with 1 MiB artifacts (issue 8: at most 100 ms in total, off
// the GUI thread), against a baseline measured in the same run: reading the same 20 files
// whole. Two kinds of artifact: an event list filling the MiB (the scorer stops after
// EventList::maxEvents events) and five events followed by a MiB of notes (every line read).
// Each figure is the median of 7 rounds; the files sit in the page cache for all of them.
// Usage: build/bin/bench_scoring
#include "medianms.h"
#include "scoring/runscorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace DreamFoundry;

namespace {

constexpr int candidates = 20;
constexpr qint64 artifactBytes = 1024 * 1024;
constexpr int rounds = 7;

QByteArray eventList(const QDate &today, bool notes)
{
    QByteArray text = "# AI events\n\n";
    const char *titles[] = {"LLM Builders Meetup", "AI Agents Office Hours", "PyTorch Hangout",
                            "Machine Learning Night", "Open Source AI Demo"};
    for (int i = 0; text.size() < artifactBytes; ++i) {
        if (notes && i >= 5) {
            text += "Notes: a line of prose that is not an event, to be skipped quickly.\n";
            continue;
        }
        text += "- " + today.addDays(1 + i % 7).toString(Qt::ISODate).toLatin1() + " | ["
                + titles[i % 5] + " " + QByteArray::number(i) + "](https://lu.ma/e"
                + QByteArray::number(i) + ")\n";
    }
    text.truncate(artifactBytes);
    return text;
}

RunRecord makeRun(const QString &dir, bool notes)
{
    RunRecord run;
    run.objective = QStringLiteral("Generate weekly AI events for Discord");
    run.startedAt = QDateTime::currentDateTime();
    const QByteArray bytes = eventList(run.startedAt.date(), notes);
    for (int i = 0; i < candidates; ++i) {
        CandidateResult r;
        r.candidateId = QStringLiteral("c%1").arg(i);
        r.exitCode = 0;
        r.state = CandidateState::Succeeded;
        r.runtimeSeconds = 1 + i;
        r.artifactName = r.candidateId + QStringLiteral("_output.md");
        r.artifactFile = dir + QLatin1Char('/') + r.artifactName;
        r.artifactSize = bytes.size();
        QFile file(r.artifactFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(r.artifactFile));
        run.candidates.append(r);
    }
    return run;
}

double medianMs(const std::function<void()> &work)
{
    return Bench::medianMs(rounds, work);
}

void bench(const char *label, const RunRecord &run)
{
    qint64 sink = 0;
    const double baseline = medianMs([&] {
        for (const CandidateResult &r : run.candidates) {
            QFile file(r.artifactFile);
            if (file.open(QIODevice::ReadOnly))
                sink += file.readAll().size();
        }
    });
    const double sync = medianMs([&] { sink += Scoring::scoreBuiltIn(run, {}).candidates.size(); });
    const double async = medianMs([&] {
        RunScorer scorer;
        QSignalSpy finished(&scorer, &RunScorer::finished);
        if (!scorer.start(run, {}).isEmpty() || !finished.wait(10'000))
            qFatal("scoring did not finish");
    });
    std::printf("%s: read 20 files %.1f ms | score, one thread %.1f ms | RunScorer (thread pool, "
                "%d threads) %.1f ms (target <= 100 ms)%s\n",
                label, baseline, sync, QThreadPool::globalInstance()->maxThreadCount(), async,
                sink > 0 ? "" : " (nothing read)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir events;
    QTemporaryDir notes;
    bench("events filling 1 MiB", makeRun(events.path(), false));
    bench("5 events + 1 MiB of notes", makeRun(notes.path(), true));
    return 0;
}
