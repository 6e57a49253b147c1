// The History panel with 1,000 saved runs, 3 of them corrupted (issue 12: the list shown
// within 500 ms of opening, the GUI thread never stalled more than 50 ms while it loads).
// Cold: no history index yet, every run.json is read once. Warm: the index is there, as on
// every later opening. Baseline measured in the same run: listing the runs folder and
// stat()ing each run.json, the least any history must do.
// Usage: QT_QPA_PLATFORM=offscreen build/bin/bench_history
#include "core/runrecord.h"
#include "gui/historymodel.h"
#include "gui/historypanel.h"
#include "history/runhistory.h"
#include "medianms.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace DreamFoundry;

namespace {

constexpr int runs = 1000;

void writeRuns(const QString &root)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int n = 0; n < runs; ++n) {
        RunRecord run;
        run.objective = QStringLiteral("Generate weekly AI events for Discord, run %1").arg(n);
        run.backend = n % 3 ? QStringLiteral("local") : QStringLiteral("daytona");
        run.startedAt = start.addSecs(n * 600);
        run.finishedAt = run.startedAt.addSecs(20);
        for (int c = 0; c < 5; ++c) {
            CandidateResult r;
            r.candidateId = QStringLiteral("candidate%1").arg(c);
            r.state = (n + c) % 7 ? CandidateState::Succeeded : CandidateState::Failed;
            r.runtimeSeconds = 1 + c;
            r.output = QString(QStringLiteral("a line of output\n")).repeated(50);
            ScoreCard card;
            card.total = 40 + (n * 7 + c * 13) % 60;
            r.score = card;
            run.candidates.append(r);
        }
        run.winner.candidateId = QStringLiteral("candidate0");
        const QString folder = root + QStringLiteral("/run-%1").arg(n, 4, 10, QLatin1Char('0'));
        QDir().mkpath(folder);
        QFile file(folder + QStringLiteral("/run.json"));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(n % 333 == 5 ? QByteArray("{ corrupted") : QJsonDocument(run.toJson()).toJson());
    }
}

struct Opening
{
    double shownMs = 0; // from reload() to the list on screen
    double worstStallMs = 0; // the longest the GUI thread did not answer meanwhile
    int rows = 0;
};

// Opens the panel as the window does and watches the event loop with a 1 ms timer.
Opening open(HistoryPanel &panel)
{
    Opening opening;
    QElapsedTimer clock, sinceTick;
    bool done = false;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        opening.worstStallMs = std::max(opening.worstStallMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    const auto connection = QObject::connect(&panel, &HistoryPanel::loaded, [&] {
        // The list is on screen once the next paint is through.
        QCoreApplication::sendPostedEvents();
        panel.repaint();
        opening.shownMs = clock.nsecsElapsed() / 1e6;
        opening.rows = panel.model().rowCount();
        done = true;
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    panel.reload();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // The stall of the paint that shows the list counts too.
    opening.worstStallMs = std::max(opening.worstStallMs, sinceTick.nsecsElapsed() / 1e6);
    QObject::disconnect(connection);
    return opening;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    writeRuns(dir.path());
    const double baseline = Bench::medianMs(5, [&] {
        for (const QString &name : QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QFileInfo(dir.path() + QLatin1Char('/') + name + QStringLiteral("/run.json")).size();
    });

    HistoryPanel panel;
    panel.setFolders(dir.path(), {});
    panel.resize(1000, 700);
    panel.show();
    const Opening cold = open(panel);
    QList<Opening> warm;
    for (int i = 0; i < 5; ++i)
        warm.append(open(panel));
    std::ranges::sort(warm, {}, &Opening::shownMs);
    const Opening median = warm.at(2);
    double worstWarmStall = 0;
    for (const Opening &o : warm)
        worstWarmStall = std::max(worstWarmStall, o.worstStallMs);

    std::printf("History of %d runs (3 corrupted), %d rows listed\n", runs, median.rows);
    std::printf("  baseline: list the folder and stat each run.json  %7.1f ms\n", baseline);
    std::printf("  cold (no index, every run.json read)  shown in %7.1f ms (%.1fx baseline), "
                "worst GUI stall %5.1f ms\n",
                cold.shownMs, cold.shownMs / baseline, cold.worstStallMs);
    std::printf("  warm (index), median of 5             shown in %7.1f ms (%.1fx baseline), "
                "worst GUI stall %5.1f ms\n",
                median.shownMs, median.shownMs / baseline, worstWarmStall);
    std::printf("  targets: shown within 500 ms, no stall over 50 ms\n");
    return 0;
}
