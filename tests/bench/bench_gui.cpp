// GUI benchmarks of the main window issue, each against a baseline measured in the same run:
//  load:    50 candidates each printing 500 lines a second for 10 s on the local backend, all at
//           once, with the window shown and the busiest candidate's log streaming. Longest stall
//           of the GUI thread (a 5 ms QTimer heartbeat: largest gap between ticks minus the
//           interval; target <= 50 ms) against the same heartbeat with the window idle for as
//           long, and peak RSS of this process (VmHWM; the candidates are children, not in it;
//           target <= 300 MiB).
//  launch:  time from process start to the MainWindow's first paint (target <= 500 ms);
//  bare:    the same for a bare QApplication + QWidget, the baseline of launch.
//  compare: the comparison viewer (issue 9) on a 50 MiB text artifact against a 1 KB one: time
//           from setSources to the first paint of the diff (target <= 300 ms), the longest
//           stall while scrolling to the end a page at a time and then by jumps (target <= 50
//           ms), the longest stall while the diff runs (target <= 50 ms), and peak RSS growth
//           against the artifacts' size (target <= 4x); the same opening of two 1 KB
//           artifacts is its baseline.
//  redaction: the log streaming path of a run (sandbox output through RunSession, the
//           orchestrator and into the candidates' live logs, as the window keeps them) with three
//           secrets passed against none, alternately, median of 7 each: throughput in MiB per
//           second of the GUI thread's CPU time and its ratio (issue 13: redaction costs at most
//           5%); with the log pane showing the stream, as the window does, and without it (the
//           run's own path alone, the harshest view).
// Prints `key=value` lines for tests/bench/bench_gui.sh. Settings and results go to a temporary
// HOME and XDG dirs (and QStandardPaths' test mode), never the user's.
#include "core/candidatestate.h"
#include "gui/candidatelistwidget.h"
#include "gui/comparepane.h"
#include "gui/comparewindow.h"
#include "gui/difftextview.h"
#include "gui/logview.h"
#include "gui/mainwindow.h"
#include "gui/runtablemodel.h"
#include "pipeline/runpipeline.h"
#include "runner/orchestrator.h"
#include "runner/sandbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace DreamFoundry;

namespace {

constexpr int heartbeatMs = 5;

void print(const QString &key, const QString &value)
{
    std::printf("%s=%s\n", qUtf8Printable(key), qUtf8Printable(value));
    std::fflush(stdout);
}

void print(const QString &key, double value, int decimals = 1)
{
    print(key, QString::number(value, 'f', decimals));
}

// Seconds since boot, the clock /proc/<pid>/stat's starttime counts in.
double bootSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double realtimeSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Milliseconds since this process started. The script passes the wall-clock time it launched
// us at (BENCH_GUI_T0, bash's $EPOCHREALTIME: microseconds); without it, /proc/self/stat's
// starttime (clock ticks since boot: 10 ms resolution, fork time).
double msSinceProcessStart(QString *source)
{
    bool ok = false;
    const double t0 = qEnvironmentVariable("BENCH_GUI_T0").toDouble(&ok);
    if (ok) {
        *source = QStringLiteral("BENCH_GUI_T0");
        return (realtimeSeconds() - t0) * 1000;
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name may hold spaces and parentheses: fields count from the last ')'.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of proc(5)
    *source = QStringLiteral("/proc/self/stat");
    return (bootSeconds() - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000;
}

// A /proc/self/status figure in MiB (VmHWM: peak resident set; VmRSS: now).
double statusMiB(const QByteArray &field)
{
    // Read whole: /proc files have no size, so QFile::atEnd() would be true at once.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

// CPU time of the calling thread (the GUI thread here): on a machine shared with builds, a
// stall is mostly waiting for a core, while this is the work the window itself did.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The GUI thread's responsiveness: a timer that should fire every 5 ms; any larger gap is time
// the event loop spent elsewhere.
class Heartbeat
{
public:
    void start()
    {
        m_gaps.clear();
        m_stalls.clear();
        m_maxGapMs = 0;
        m_worstAtMs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(heartbeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        QObject::disconnect(&m_timer, nullptr, nullptr, nullptr);
    }
    double longestStallMs() const { return std::max(0.0, m_maxGapMs - heartbeatMs); }
    double worstAtSeconds() const { return m_worstAtMs / 1000; }
    // The gap that only `fraction` of the ticks exceed, minus the interval.
    double stallQuantileMs(double fraction) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const auto at = qsizetype(double(sorted.size() - 1) * fraction);
        return std::max(0.0, sorted.at(at) - heartbeatMs);
    }
    qsizetype stallsOver(double ms) const
    {
        return std::count_if(m_gaps.cbegin(), m_gaps.cend(),
                             [ms](double gap) { return gap - heartbeatMs > ms; });
    }
    qsizetype ticks() const { return m_gaps.size(); }
    // The stalls over 16 ms that began in the first `seconds`, "ms@s" in the order they came:
    // the load's first half second is when its sandboxes start.
    QStringList stallsWithin(double seconds) const
    {
        QStringList text;
        for (const auto &[ms, at] : m_stalls) {
            if (at < seconds)
                text.append(QStringLiteral("%1@%2").arg(ms, 0, 'f', 1).arg(at, 0, 'f', 2));
        }
        return text;
    }
    // The longest stalls, "ms@s" (how long, when), longest first: where to look.
    QString worstStalls(int count) const
    {
        QList<std::pair<double, double>> stalls = m_stalls;
        std::sort(stalls.begin(), stalls.end(), std::greater<>());
        QStringList text;
        for (const auto &[ms, at] : stalls.mid(0, count))
            text.append(QStringLiteral("%1@%2").arg(ms, 0, 'f', 1).arg(at, 0, 'f', 2));
        return text.join(QLatin1Char(' '));
    }

private:
    void tick()
    {
        const double now = double(m_clock.nsecsElapsed()) / 1e6;
        const double gap = now - m_last;
        m_last = now;
        m_gaps.append(gap);
        if (gap - heartbeatMs > 16)
            m_stalls.append({gap - heartbeatMs, (now - gap) / 1000});
        if (gap > m_maxGapMs) {
            m_maxGapMs = gap;
            m_worstAtMs = now;
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_maxGapMs = 0;
    double m_worstAtMs = 0;
    QList<double> m_gaps;
    QList<std::pair<double, double>> m_stalls;
};

void printStalls(const QString &prefix, const Heartbeat &heartbeat)
{
    print(prefix + QStringLiteral("_longest_stall_ms"), heartbeat.longestStallMs());
    print(prefix + QStringLiteral("_worst_at_s"), heartbeat.worstAtSeconds(), 2);
    print(prefix + QStringLiteral("_p99_stall_ms"), heartbeat.stallQuantileMs(0.99));
    print(prefix + QStringLiteral("_stalls_over_16ms"), QString::number(heartbeat.stallsOver(16)));
    print(prefix + QStringLiteral("_ticks"), QString::number(heartbeat.ticks()));
    print(prefix + QStringLiteral("_worst_stalls"), heartbeat.worstStalls(5));
}

// A candidate that prints `rate` lines a second for `seconds`, paced by the clock in 10 ms
// batches, every 50th line on stderr, then writes its artifact.
QString loudCandidate(int rate, int seconds)
{
    return QStringLiteral(R"(import sys, time
rate, seconds = %1, %2
name = sys.argv[0].rsplit("/", 1)[-1]
out, err = sys.stdout, sys.stderr
start = time.monotonic()
for i in range(rate * seconds):
    text = f"{name} line {i:6d} t={time.monotonic() - start:7.3f} lorem ipsum dolor sit amet\n"
    (err if i % 50 == 49 else out).write(text)
    if i % (rate // 100 or 1) == 0:
        out.flush(); err.flush()
        delay = start + (i + 1) / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
out.flush(); err.flush()
open(sys.argv[2], "w").write(f"# {name}\n\n{rate * seconds} lines\n")
)")
            .arg(rate)
            .arg(seconds);
}

template<typename T> T *child(QWidget &window, const char *name)
{
    auto *widget = window.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("bench_gui: the main window has no %s", name);
    return widget;
}

int runLoad(QApplication &app, const QString &workDir, int candidates, int rate, int seconds)
{
    const QString scriptsDir = workDir + QStringLiteral("/scripts");
    QDir().mkpath(scriptsDir);
    QStringList scripts;
    for (int i = 1; i <= candidates; ++i) {
        const QString path
                = scriptsDir + QStringLiteral("/loud%1.py").arg(i, 2, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(loudCandidate(rate, seconds).toUtf8()) < 0)
            qFatal("bench_gui: cannot write %s", qUtf8Printable(path));
        scripts.append(path);
    }

    MainWindow window;
    window.runPipeline().setAutosaveRoot(workDir + QStringLiteral("/runs"));
    window.resize(1280, 800);
    auto *list = child<CandidateListWidget>(window, "candidateList");
    list->clear();
    list->addScripts(scripts);
    child<QPlainTextEdit>(window, "objectiveEdit")
            ->setPlainText(QStringLiteral("Print as fast as you are told"));
    auto *backend = child<QComboBox>(window, "backendCombo");
    backend->setCurrentIndex(backend->findData(int(BackendChoice::Local)));
    child<QSpinBox>(window, "parallelSpin")->setValue(candidates);
    child<QSpinBox>(window, "timeoutSpin")->setValue(seconds * 6 + 60);
    auto *table = child<QTreeView>(window, "runTable");
    window.show();

    Heartbeat heartbeat;
    QElapsedTimer phase;
    double cpuAtStart = 0;
    qint64 bytes = 0;
    qint64 lines = 0;
    int exitCode = 0;

    // Resident memory every half second of the load, to see when the peak comes.
    QStringList rssTimeline;
    QTimer rssSampler;
    rssSampler.setInterval(500);
    QObject::connect(&rssSampler, &QTimer::timeout, &app,
                     [&] { rssTimeline.append(QString::number(statusMiB("VmRSS"), 'f', 0)); });

    const auto finish = [&](const RunRecord &run, const QString &error) {
        print(QStringLiteral("load_finished_at_s"), double(phase.nsecsElapsed()) / 1e9, 2);
        // Half a second more: the finished table and the artifact pane are part of the run.
        QTimer::singleShot(500, &app, [&, run, error] {
            heartbeat.stop();
            rssSampler.stop();
            print(QStringLiteral("load_rss_timeline_mib"), rssTimeline.join(QLatin1Char(' ')));
            const double wall = double(phase.nsecsElapsed()) / 1e9;
            printStalls(QStringLiteral("load"), heartbeat);
            const QStringList starting = heartbeat.stallsWithin(0.5);
            print(QStringLiteral("load_start_stalls_over_16ms"), QString::number(starting.size()));
            print(QStringLiteral("load_start_stalls"), starting.join(QLatin1Char(' ')));
            print(QStringLiteral("load_wall_s"), wall, 2);
            print(QStringLiteral("load_gui_cpu_percent"), (cpuSeconds() - cpuAtStart) / wall * 100);
            print(QStringLiteral("load_peak_rss_mib"), statusMiB("VmHWM"));
            print(QStringLiteral("load_end_rss_mib"), statusMiB("VmRSS"));
            print(QStringLiteral("load_lines_received"), QString::number(lines));
            print(QStringLiteral("load_lines_expected"),
                  QString::number(qint64(candidates) * rate * seconds));
            print(QStringLiteral("load_mib_received"), double(bytes) / 1048576);
            print(QStringLiteral("load_succeeded"),
                  QStringLiteral("%1/%2").arg(run.succeededCount()).arg(run.candidates.size()));
            if (!error.isEmpty())
                print(QStringLiteral("load_save_error"), error);
            if (run.succeededCount() != candidates)
                exitCode = 1;
            app.quit();
        });
    };

    const auto startLoad = [&] {
        QObject::connect(&window.runPipeline(), &RunPipeline::outputReceived, &app,
                         [&](int, OutputStream, const QByteArray &chunk) {
                             bytes += chunk.size();
                             lines += chunk.count('\n');
                         });
        QObject::connect(&window.runPipeline(), &RunPipeline::finished, &app,
                         [&](const RunRecord &run, const QString &, const QString &error) {
                             finish(run, error);
                         });
        cpuAtStart = cpuSeconds();
        phase.start();
        heartbeat.start();
        auto *run = child<QAbstractButton>(window, "runButton");
        if (!run->isEnabled())
            qFatal("bench_gui: Run is disabled: %s", qUtf8Printable(run->toolTip()));
        QElapsedTimer click;
        click.start();
        const double cpuAtRun = threadCpuMs();
        run->click();
        print(QStringLiteral("load_run_click_ms"), double(click.nsecsElapsed()) / 1e6);
        print(QStringLiteral("load_run_click_gui_cpu_ms"), threadCpuMs() - cpuAtRun);
        QTimer::singleShot(500, &app, [cpuAtRun] {
            print(QStringLiteral("load_start_gui_cpu_ms"), threadCpuMs() - cpuAtRun);
        });
        rssSampler.start();
        // Once every candidate prints, follow the one that has printed the most.
        QTimer::singleShot(2000, &app, [&] {
            int busiest = 0;
            qsizetype most = -1;
            for (int row = 0; row < candidates; ++row) {
                qsizetype size = window.runPipeline().log(row).bytesCut();
                for (const LiveLog::Segment &segment : window.runPipeline().log(row).segments())
                    size += segment.bytes.size();
                if (size > most) {
                    most = size;
                    busiest = row;
                }
            }
            table->setCurrentIndex(table->model()->index(busiest, 0));
            print(QStringLiteral("load_selected_row"), QString::number(busiest));
        });
    };

    // The baseline first: the same window, shown and idle, for as long as the load lasts.
    QTimer::singleShot(500, &app, [&] {
        print(QStringLiteral("idle_rss_mib"), statusMiB("VmRSS"));
        const double cpu = cpuSeconds();
        phase.start();
        heartbeat.start();
        QTimer::singleShot(seconds * 1000, &app, [&, cpu] {
            heartbeat.stop();
            printStalls(QStringLiteral("idle"), heartbeat);
            print(QStringLiteral("idle_gui_cpu_percent"),
                  (cpuSeconds() - cpu) / (double(phase.nsecsElapsed()) / 1e9) * 100);
            print(QStringLiteral("idle_peak_rss_mib"), statusMiB("VmHWM"));
            startLoad();
        });
    });
    // A run that never ends is a result too: give up well after it should have finished.
    QTimer::singleShot((seconds * 2 + 120) * 1000, &app, [&] {
        print(QStringLiteral("load_error"), QStringLiteral("the run did not finish in time"));
        exitCode = 1;
        app.quit();
    });
    app.exec();
    return exitCode;
}

// Launch time: process start to the window's first paint, and to the event loop after it
// (the frame is on screen then). The window is whatever `make` builds.
int runLaunch(QApplication &app, const std::function<std::unique_ptr<QWidget>()> &make)
{
    QString source;
    const double atApp = msSinceProcessStart(&source);
    std::unique_ptr<QWidget> window = make();
    double atPaint = -1;
    class FirstPaint final : public QObject
    {
    public:
        explicit FirstPaint(std::function<void()> onPaint) : m_onPaint(std::move(onPaint)) {}
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && m_onPaint) {
                m_onPaint();
                m_onPaint = nullptr;
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        std::function<void()> m_onPaint;
    };
    FirstPaint filter([&] {
        atPaint = msSinceProcessStart(&source);
        QTimer::singleShot(0, &app, [&] {
            print(QStringLiteral("launch_clock"), source);
            print(QStringLiteral("launch_app_ms"), atApp);
            print(QStringLiteral("launch_first_paint_ms"), atPaint);
            print(QStringLiteral("launch_shown_ms"), msSinceProcessStart(&source));
            app.quit();
        });
    });
    window->installEventFilter(&filter);
    window->show();
    QTimer::singleShot(10'000, &app, [&] {
        print(QStringLiteral("launch_error"), QStringLiteral("no paint within 10 s"));
        app.exit(1);
    });
    return app.exec();
}

// Calls onPaint at the first paint of the widgets it watches.
class PaintWatch final : public QObject
{
public:
    using QObject::QObject;
    std::function<void()> onPaint;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            QTimer::singleShot(0, this, [call = std::exchange(onPaint, nullptr)] { call(); });
        return QObject::eventFilter(watched, event);
    }
};

// A text artifact of about `bytes`, in lines of prose with numbers, as candidates write them.
QString writeTextArtifact(const QString &path, qint64 bytes, const QByteArray &salt)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("bench_gui: cannot write %s", qUtf8Printable(path));
    QByteArray chunk;
    qint64 written = 0;
    for (qint64 line = 0; written < bytes; ++line) {
        chunk += "- " + salt + " event " + QByteArray::number(line)
                + ": a meetup about language models, agents and evaluation, room "
                + QByteArray::number(line % 97) + '\n';
        if (chunk.size() > (1 << 20) || written + chunk.size() >= bytes) {
            written += file.write(chunk);
            chunk.clear();
        }
    }
    return path;
}

// `lines` lines of events; every tenth line differs between variants (`variant` 0 is the
// base), as candidates that agree on most of a long list write them.
QString writeLinesArtifact(const QString &path, int lines, int variant)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("bench_gui: cannot write %s", qUtf8Printable(path));
    QByteArray text;
    for (int line = 0; line < lines; ++line) {
        const bool changed = variant > 0 && (line + variant) % 10 == 0;
        text += "- 2026-12-" + QByteArray::number(line % 28 + 1) + " | [Event "
                + QByteArray::number(line) + (changed ? " (moved)" : "") + "](https://lu.ma/e"
                + QByteArray::number(line) + ")\n";
    }
    file.write(text);
    return path;
}

CompareSource benchSource(const QString &label, const QString &file)
{
    CompareSource source;
    source.label = label;
    source.artifactFile = file;
    source.state = stateName(CandidateState::Succeeded);
    return source;
}

// Opens a viewer on `sources` and calls `shown` with the milliseconds from setSources to the
// first paint of the first pane once the comparison is on screen.
void openViewer(CompareWindow &viewer, const QList<CompareSource> &sources,
                const std::function<void(double)> &shown)
{
    auto clock = std::make_shared<QElapsedTimer>();
    auto *filter = new PaintWatch(&viewer);
    QObject::connect(&viewer, &CompareWindow::comparisonShown, filter, [&viewer, filter] {
        viewer.pane(0)->textView()->viewport()->installEventFilter(filter);
        viewer.pane(0)->textView()->viewport()->update();
    });
    filter->onPaint = [clock, shown, filter] {
        filter->deleteLater();
        shown(double(clock->nsecsElapsed()) / 1e6);
    };
    viewer.resize(1280, 800);
    viewer.show();
    clock->start();
    viewer.setSources(sources);
}

int runCompare(QApplication &app, const QString &workDir, int mib)
{
    const QString small = writeTextArtifact(workDir + QStringLiteral("/small.md"), 1024, "small");
    const QString smaller
            = writeTextArtifact(workDir + QStringLiteral("/smaller.md"), 1024, "smaller");
    const qint64 bigBytes = qint64(mib) * 1024 * 1024;
    const QString big = writeTextArtifact(workDir + QStringLiteral("/big.md"), bigBytes, "big");
    int exitCode = 0;
    auto baseline = std::make_unique<CompareWindow>();
    auto viewer = std::make_unique<CompareWindow>();
    Heartbeat heartbeat;
    double rssBefore = 0;

    // Scrolls to the end, a page per heartbeat-sized step and then in jumps of a tenth, each
    // step painted, while the heartbeat measures the GUI thread.
    const auto scrollToEnd = [&] {
        auto *bar = viewer->findChild<QScrollBar *>(QStringLiteral("compareScrollBar"));
        auto pages = std::make_shared<int>(0);
        auto *stepper = new QTimer(viewer.get());
        stepper->setInterval(10);
        heartbeat.start();
        QElapsedTimer *clock = new QElapsedTimer;
        clock->start();
        QObject::connect(stepper, &QTimer::timeout, viewer.get(), [&, bar, pages, stepper, clock] {
            const int step = *pages < 200 ? bar->pageStep() : bar->maximum() / 10 + 1;
            bar->setValue(std::min(bar->maximum(), bar->value() + step));
            ++*pages;
            if (bar->value() < bar->maximum())
                return;
            stepper->stop();
            QTimer::singleShot(200, &app, [&, clock] {
                heartbeat.stop();
                print(QStringLiteral("compare_scroll_s"), double(clock->nsecsElapsed()) / 1e9, 2);
                delete clock;
                printStalls(QStringLiteral("compare_scroll"), heartbeat);
                print(QStringLiteral("compare_rows"), QString::number(bar->maximum()));
                print(QStringLiteral("compare_peak_rss_growth_mib"),
                      statusMiB("VmHWM") - rssBefore);
                print(QStringLiteral("compare_artifacts_mib"), double(bigBytes + 1024) / 1048576);
                app.quit();
            });
        });
        stepper->start();
    };

    // Two and four artifacts of 100,000 lines, 10% of lines changed in each.
    QList<CompareSource> longLists;
    for (int variant = 0; variant < 4; ++variant)
        longLists.append(
                benchSource(QStringLiteral("v%1").arg(variant),
                            writeLinesArtifact(workDir + QStringLiteral("/lines%1.md").arg(variant),
                                               100'000, variant)));
    auto twoWay = std::make_unique<CompareWindow>();
    std::function<void()> openBig;
    auto fourWay = std::make_unique<CompareWindow>();

    QTimer::singleShot(200, &app, [&] {
        openViewer(*baseline,
                   {benchSource(QStringLiteral("small"), small),
                    benchSource(QStringLiteral("smaller"), smaller)},
                   [&](double ms) {
                       print(QStringLiteral("compare_small_first_paint_ms"), ms);
                       baseline->close();
                       openViewer(*twoWay, longLists.mid(0, 2), [&](double twoMs) {
                           print(QStringLiteral("compare_lines2_first_paint_ms"), twoMs);
                           twoWay->close();
                           openViewer(*fourWay, longLists, [&](double fourMs) {
                               print(QStringLiteral("compare_lines4_first_paint_ms"), fourMs);
                               fourWay->close();
                               openBig();
                           });
                       });
                   });
    });
    openBig = [&] {
        rssBefore = statusMiB("VmHWM");
        heartbeat.start(); // the GUI thread while the big diff runs
        openViewer(*viewer,
                   {benchSource(QStringLiteral("big"), big),
                    benchSource(QStringLiteral("small"), small)},
                   [&](double bigMs) {
                       print(QStringLiteral("compare_big_first_paint_ms"), bigMs);
                       heartbeat.stop();
                       printStalls(QStringLiteral("compare_open"), heartbeat);
                       scrollToEnd();
                   });
    };
    QTimer::singleShot(120'000, &app, [&] {
        print(QStringLiteral("compare_error"), QStringLiteral("not done within 120 s"));
        exitCode = 1;
        app.quit();
    });
    app.exec();
    return exitCode;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// A sandbox that prints `bytes` of the loud candidate's lines in 4 KiB chunks as fast as the
// run takes them, and times that.
class StreamingSandbox final : public Sandbox
{
public:
    StreamingSandbox(qint64 bytes, double *seconds, QObject *parent)
        : Sandbox(parent), m_bytes(bytes), m_seconds(seconds)
    {}

    void start() override
    {
        QByteArray lines;
        for (int i = 0; lines.size() < 4096; ++i)
            lines += QByteArray("loud line ") + QByteArray::number(i)
                    + " t=  1.234 lorem ipsum dolor sit amet, sk-not-quite-a-key\n";
        const QByteArray chunk = lines.left(4096);
        Q_EMIT phaseChanged(CandidateState::Running);
        // The thread's CPU time: every receiver is called directly, on this thread, and the
        // machine's other load does not count.
        const double start = threadCpuSeconds();
        for (qint64 sent = 0; sent < m_bytes; sent += chunk.size())
            Q_EMIT outputReceived(
                    sent % (50 * 4096) == 0 ? OutputStream::Stderr : OutputStream::Stdout, chunk);
        *m_seconds = threadCpuSeconds() - start;
        SandboxOutcome outcome;
        outcome.exitCode = 0;
        QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
    }
    void stop() override {}

private:
    qint64 m_bytes;
    double *m_seconds;
};

class StreamingBackend final : public Backend
{
public:
    StreamingBackend(qint64 bytes, double *seconds) : m_bytes(bytes), m_seconds(seconds) {}
    QString name() const override { return QStringLiteral("streaming"); }
    int defaultParallelism() const override { return 1; }
    Sandbox *createSandbox(const SandboxJob &, QObject *parent) override
    {
        return new StreamingSandbox(m_bytes, m_seconds, parent);
    }

private:
    qint64 m_bytes;
    double *m_seconds;
};

// MiB/s of one candidate's output through the run into a live log, and into the log pane too
// when `logPane` is given (as the window shows the selected candidate), with `secrets` passed.
double streamingThroughput(QApplication &app, const QString &workDir, bool secrets,
                           LogView *logPane)
{
    const qint64 bytes = (logPane ? 8 : 64) * 1024 * 1024;
    double seconds = 0;
    StreamingBackend backend(bytes, &seconds);
    Orchestrator orchestrator(backend);
    RunSettings settings;
    settings.objective = QStringLiteral("stream");
    SecretValues values;
    if (secrets) {
        values = {
                {QStringLiteral("OPENAI_API_KEY"),
                 "sk-proj-" + QByteArray(48, 'a') + QByteArray::number(qint64(std::time(nullptr)))},
                {QStringLiteral("HF_TOKEN"), "hf_" + QByteArray(34, 'b')},
                {QStringLiteral("LONG_SECRET"), QByteArray(100, 'c')}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            settings.secrets.append({it.key(), {}});
        orchestrator.setSecretValues(values);
    }
    LiveLog log; // what the window keeps of a candidate's output
    QObject::connect(&orchestrator, &Orchestrator::outputReceived, &app,
                     [&log, logPane](int, OutputStream stream, const QByteArray &chunk) {
                         log.append(stream, chunk);
                         if (logPane)
                             logPane->appendOutput(stream, chunk);
                     });
    // Before app.exec(): the only event loop running.
    QEventLoop loop;
    QObject::connect(&orchestrator, &Orchestrator::runFinished, &loop, &QEventLoop::quit);
    const QString script = workDir + QStringLiteral("/stream.py");
    QFile(script).open(QIODevice::WriteOnly);
    orchestrator.start({{QStringLiteral("stream"), script}}, settings);
    loop.exec();
    return double(bytes) / 1048576 / seconds;
}

int runRedaction(QApplication &app, const QString &workDir)
{
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    // The window's path (the log pane shows the stream), then the run's own path alone.
    LogView pane;
    pane.resize(900, 500);
    pane.show();
    for (LogView *logPane : {&pane, static_cast<LogView *>(nullptr)}) {
        const QString prefix
                = logPane ? QStringLiteral("redaction") : QStringLiteral("redaction_core");
        QList<double> without, with;
        for (int i = 0; i < 7; ++i) {
            pane.clear();
            without.append(streamingThroughput(app, workDir, false, logPane));
            pane.clear();
            with.append(streamingThroughput(app, workDir, true, logPane));
        }
        print(prefix + QStringLiteral("_without_mib_s"), median(without));
        print(prefix + QStringLiteral("_with_mib_s"), median(with));
        print(prefix + QStringLiteral("_ratio"), median(with) / median(without), 3);
    }
    return 0;
}

// Settings, candidate lists and autosaves of the benchmark live and die in `home`.
void useTemporaryHome(const QString &home)
{
    qputenv("HOME", home.toUtf8());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        qputenv(name, (home + QLatin1Char('/') + QString::fromLatin1(name).toLower()).toUtf8());
}

int usage()
{
    std::fprintf(stderr,
                 "usage: bench_gui load [CANDIDATES [LINES_PER_SECOND [SECONDS]]]\n"
                 "       bench_gui launch | bare\n"
                 "       bench_gui compare [MIB]\n"
                 "       bench_gui redaction\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode != "load" && mode != "launch" && mode != "bare" && mode != "compare"
        && mode != "redaction")
        return usage();
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/bench_gui-XXXXXX"));
    if (!work.isValid())
        return 1;
    useTemporaryHome(work.path() + QStringLiteral("/home"));
    QStandardPaths::setTestModeEnabled(true);

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dream Foundry"));
    if (mode == "launch")
        return runLaunch(app, [] { return std::make_unique<MainWindow>(); });
    if (mode == "bare")
        return runLaunch(app, [] { return std::make_unique<QWidget>(); });
    const QStringList args = QCoreApplication::arguments();
    if (mode == "compare")
        return runCompare(app, work.path(), args.size() > 2 ? args.at(2).toInt() : 50);
    if (mode == "redaction")
        return runRedaction(app, work.path());
    const int candidates = args.size() > 2 ? args.at(2).toInt() : 50;
    const int rate = args.size() > 3 ? args.at(3).toInt() : 500;
    const int seconds = args.size() > 4 ? args.at(4).toInt() : 10;
    if (candidates < 1 || candidates > 64 || rate < 1 || seconds < 1)
        return usage();
    return runLoad(app, work.path(), candidates, rate, seconds);
}
