// Dependencies on the local backend (issue 13): a candidate with one small cached dependency
// starts within 100 ms of the same candidate without dependencies, and the cache lookup
// (reading the requirements, hashing them, one stat) takes under 10 ms. Baselines measured in
// the same run: the candidate without dependencies, and a single stat of the script.
// "Starts" is the time from the run's start to the candidate's first line of output, printed
// after its imports. The dependency comes from a loopback index (tests/support/tinyindex.py).
// Usage: build/bin/bench_dependencies
#include "core/candidate.h"
#include "medianms.h"
#include "runner/dependencies.h"
#include "runner/isolationprobe.h"
#include "runner/localbackend.h"
#include "runner/orchestrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace DreamFoundry;

namespace {

constexpr int rounds = 7;

QString write(const QString &path, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

struct Timing
{
    double firstOutputMs = 0;
    double wholeRunMs = 0;
};

// One run of one candidate: when its first output arrived and when the run ended.
Timing runOnce(LocalBackend &backend, const Candidate &candidate, const RunSettings &settings)
{
    Orchestrator orchestrator(backend);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QElapsedTimer clock;
    Timing timing;
    QObject::connect(&orchestrator, &Orchestrator::outputReceived, &orchestrator,
                     [&](int, OutputStream, const QByteArray &) {
                         if (timing.firstOutputMs == 0)
                             timing.firstOutputMs = double(clock.nsecsElapsed()) / 1e6;
                     });
    clock.start();
    if (const QString error = orchestrator.start({candidate}, settings); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    if (!finished.wait(300'000))
        qFatal("the run did not finish");
    timing.wholeRunMs = double(clock.nsecsElapsed()) / 1e6;
    const CandidateResult &result = orchestrator.record().candidates.first();
    if (result.state != CandidateState::Succeeded)
        qFatal("%s failed: %s", qPrintable(candidate.id), qPrintable(result.errorMessage));
    return timing;
}

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    QFile::setPermissions(work.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
    qputenv("XDG_CACHE_HOME", work.filePath(QStringLiteral("cache")).toUtf8());
    QDir().mkpath(work.filePath(QStringLiteral("index")));
    QDir().mkpath(work.filePath(QStringLiteral("plain")));
    QDir().mkpath(work.filePath(QStringLiteral("withdep")));

    QProcess index;
    index.start(QStringLiteral("python3"),
                {QStringLiteral(TESTS_SOURCE_DIR "/support/tinyindex.py"),
                 work.filePath(QStringLiteral("index"))});
    if (!index.waitForReadyRead(30'000))
        qFatal("the tiny index did not start");
    RunSettings settings;
    settings.objective = QStringLiteral("bench");
    settings.indexUrl = QStringLiteral("http://127.0.0.1:%1/simple/")
                                .arg(QString::fromLatin1(index.readLine().trimmed().mid(5)));

    const QByteArray body = "import sys\nprint('started', flush=True)\n"
                            "open(sys.argv[2], 'w').write('ok')\n";
    const Candidate plain{QStringLiteral("plain"),
                          write(work.filePath(QStringLiteral("plain/agent.py")), body)};
    const Candidate withDep{
            QStringLiteral("withdep"),
            write(work.filePath(QStringLiteral("withdep/agent.py")),
                  "# /// script\n# dependencies = [\"tinydep\"]\n# ///\nimport tinydep\n" + body)};

    LocalBackend backend;
    QSignalSpy known(&app, &QObject::objectNameChanged);
    backend.isolation().whenKnown(&app, [&app] { app.setObjectName(QStringLiteral("known")); });
    known.wait(30'000);

    const Timing install = runOnce(backend, withDep, settings); // fills the cache
    QList<double> plainFirst, depFirst, plainWhole, depWhole;
    for (int i = 0; i < rounds; ++i) {
        const Timing p = runOnce(backend, plain, settings);
        const Timing d = runOnce(backend, withDep, settings);
        plainFirst << p.firstOutputMs;
        depFirst << d.firstOutputMs;
        plainWhole << p.wholeRunMs;
        depWhole << d.wholeRunMs;
    }
    // The interpreter the local backend runs, as it finds it.
    const QString python = QStandardPaths::findExecutable(
            QStringLiteral("python3"),
            {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    const double lookup = Bench::medianMs(201, [&] {
        const Requirements requirements = Requirements::of(withDep);
        const DependencyCache cache;
        if (!cache.has(DependencyCache::key(requirements, DependencyCache::pythonVersion(python),
                                            settings.indexUrl)))
            qFatal("the cache lost its environment");
    });
    const double stat = Bench::medianMs(201, [&] {
        if (!QFileInfo::exists(withDep.scriptPath))
            qFatal("the script went away");
    });
    index.closeWriteChannel();
    index.waitForFinished(5'000);

    const double startGap = median(depFirst) - median(plainFirst);
    std::printf("first run with the dependency (installing): %.0f ms\n", install.wholeRunMs);
    std::printf("start (to first output), median of %d: no dependencies %.0f ms, one cached "
                "dependency %.0f ms, difference %+.0f ms (goal: under 100 ms) %s\n",
                rounds, median(plainFirst), median(depFirst), startGap,
                startGap < 100 ? "PASS" : "FAIL");
    std::printf("whole run, median of %d: no dependencies %.0f ms, one cached dependency "
                "%.0f ms\n",
                rounds, median(plainWhole), median(depWhole));
    std::printf("cache lookup (read requirements, hash, stat), median of 201: %.3f ms "
                "(goal: under 10 ms) %s; baseline one stat of the script: %.3f ms\n",
                lookup, lookup < 10 ? "PASS" : "FAIL", stat);
    return startGap < 100 && lookup < 10 ? 0 : 1;
}
